/* runtime/modules/math.c — the `math` module (see math.h).
 *
 * Functions on floats call the C library, as CPython does, so that results agree to the bit;
 * the error rules around them (a NaN from a non-NaN argument is a domain error, an infinity from a
 * finite one a range or domain error) follow CPython's. Where CPython computes with its own
 * algorithms (gamma, lgamma, hypot, fsum) the result here is the correctly rounded one, which is
 * what those algorithms aim at. Integer functions are exact on GMP. */
#include "runtime/modules/math.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <mpfr.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

#define UNUSED_SELF (void)self

_Noreturn static void domain_error(void) { exc_raisef(&type_ValueError, "math domain error"); }
_Noreturn static void range_error(void) { exc_raisef(&type_OverflowError, "math range error"); }

/* ---- functions of one float ------------------------------------------------------------- */

/* f(x) with CPython's error rules: can_overflow says whether an infinite result from a finite
 * argument is an overflow (exp, cosh) or a pole (log(0), atanh(1)). */
static Obj *math_1(const char *name, Obj **args, int nargs, Obj *kwnames, double (*f)(double), bool can_overflow)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    double x = float_as_double(args[0]);
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        domain_error();
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            range_error();
        domain_error();
    }
    if (isfinite(r) && errno == ERANGE && fabs(r) >= 1.5)
        range_error();
    if (isfinite(r) && errno == EDOM)
        domain_error();
    return float_new(r);
}

static double gamma_d(double x);
static double lgamma_d(double x);

#define MATH1(fn, cfn, ovf)                                                        \
    static Obj *m_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)             \
    {                                                                              \
        UNUSED_SELF;                                                               \
        return math_1("math." #fn, args, nargs, kwnames, cfn, ovf);                \
    }

MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(gamma, gamma_d, true)
MATH1(lgamma, lgamma_d, true)
MATH1(log1p, log1p, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)

/* A correctly rounded special function through MPFR; the C library has no correctly rounded
 * gamma, and CPython's own approximation aims at the same value. */
static double mpfr_eval(double x, int (*f)(mpfr_t, const mpfr_t, mpfr_rnd_t))
{
    mpfr_t a, r;
    mpfr_inits2(53, a, r, (mpfr_ptr)0);
    mpfr_set_d(a, x, MPFR_RNDN);
    mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    mpfr_set_emin(-1073);
    mpfr_set_emax(1024);
    int t = f(r, a, MPFR_RNDN);
    mpfr_subnormalize(r, t, MPFR_RNDN);
    double d = mpfr_get_d(r, MPFR_RNDN);
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
    mpfr_clears(a, r, (mpfr_ptr)0);
    return d;
}

static int mpfr_lgamma_abs(mpfr_t r, const mpfr_t a, mpfr_rnd_t rnd)
{
    int sign;
    return mpfr_lgamma(r, &sign, a, rnd);
}

static double gamma_d(double x)
{
    if (isnan(x) || x == INFINITY)
        return x;
    if (x == -INFINITY || (x <= 0 && x == floor(x)))
        return NAN;
    return mpfr_eval(x, mpfr_gamma);
}

static double lgamma_d(double x)
{
    if (isnan(x))
        return x;
    if (isinf(x))
        return INFINITY;
    if (x <= 0 && x == floor(x))
        return NAN;
    if (x == 1.0 || x == 2.0)
        return 0.0;
    return mpfr_eval(x, mpfr_lgamma_abs);
}

/* ---- logarithms: ints of any size --------------------------------------------------------- */

/* f(arg) where arg may be an int too large for a double: then log(m * 2**e) = f(m) + e * f(2). */
static double log_of(Obj *arg, double (*f)(double))
{
    if (int_check(arg)) {
        if (int_sign(arg) <= 0)
            domain_error();
        if (int_bit_length(arg) <= 1000)
            return f(int_to_double(arg));
        mpz_t z;
        mpz_init(z);
        int_get_mpz(arg, z);
        mpfr_t m;
        mpfr_init2(m, 53);
        mpfr_set_z(m, z, MPFR_RNDN);
        long e;
        double d = mpfr_get_d_2exp(&e, m, MPFR_RNDN);
        mpfr_clear(m);
        mpz_clear(z);
        return f(d) + (double)e * f(2.0);
    }
    double x = float_as_double(arg);
    if (isnan(x))
        return x;
    if (x <= 0)
        domain_error();
    return f(x);
}

double math_log(Obj *x) { return log_of(x, log); }

static Obj *m_log(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.log", kwnames);
    if (nargs < 1 || nargs > 2)
        exc_raisef(&type_TypeError, "math.log requires 1 to 2 arguments");
    double num = log_of(args[0], log);
    if (nargs == 1)
        return float_new(num);
    double den = log_of(args[1], log);
    if (den == 0)
        exc_raisef(&type_ZeroDivisionError, "float division by zero");
    return float_new(num / den);
}

static Obj *log_1(const char *name, Obj **args, int nargs, Obj *kwnames, double (*f)(double))
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return float_new(log_of(args[0], f));
}

static Obj *m_log2(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return log_1("math.log2", args, nargs, kwnames, log2);
}

static Obj *m_log10(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return log_1("math.log10", args, nargs, kwnames, log10);
}

/* ---- functions of two floats ------------------------------------------------------------- */

static void two_doubles(const char *name, Obj **args, int nargs, Obj *kwnames, double *x, double *y)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
    *x = float_as_double(args[0]);
    *y = float_as_double(args[1]);
}

static Obj *m_atan2(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    double x, y;
    two_doubles("atan2", args, nargs, kwnames, &y, &x);
    return float_new(atan2(y, x));
}

static Obj *m_copysign(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    double x, y;
    two_doubles("copysign", args, nargs, kwnames, &x, &y);
    return float_new(copysign(x, y));
}

static Obj *m_fmod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    double x, y;
    two_doubles("fmod", args, nargs, kwnames, &x, &y);
    if (isinf(y) && isfinite(x))
        return float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain_error();
    return float_new(r);
}

static Obj *m_remainder(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    double x, y;
    two_doubles("remainder", args, nargs, kwnames, &x, &y);
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain_error();
    return float_new(r);
}

static Obj *m_pow(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    double x, y;
    two_doubles("pow", args, nargs, kwnames, &x, &y);
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r))
            domain_error();
        if (isinf(r)) {
            if (x == 0)
                domain_error();
            range_error();
        }
    }
    return float_new(r);
}

static Obj *m_nextafter(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    double x, y;
    two_doubles("nextafter", args, nargs, kwnames, &x, &y);
    return float_new(nextafter(x, y));
}

static Obj *m_ulp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.ulp", kwnames);
    args_count("math.ulp", nargs, 1, 1);
    double x = fabs(float_as_double(args[0]));
    if (isnan(x) || isinf(x))
        return float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return float_new(x - nextafter(x, -INFINITY));
    return float_new(up - x);
}

static Obj *m_ldexp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("ldexp", kwnames);
    args_count("ldexp", nargs, 2, 2);
    double x = float_as_double(args[0]);
    if (!int_check(args[1]))
        exc_raisef(&type_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_get_i64(args[1], &e))
        e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (x == 0 || !isfinite(x))
        return float_new(x);
    if (e > 100000)
        range_error();
    if (e < -100000)
        return float_new(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        range_error();
    return float_new(r);
}

static Obj *m_frexp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.frexp", kwnames);
    args_count("math.frexp", nargs, 1, 1);
    double x = float_as_double(args[0]);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0)
        m = frexp(x, &e);
    return tuple_pack(2, float_new(m), small_new(e));
}

static Obj *m_modf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.modf", kwnames);
    args_count("math.modf", nargs, 1, 1);
    double x = float_as_double(args[0]);
    if (isinf(x))
        return tuple_pack(2, float_new(copysign(0.0, x)), float_new(x));
    double ip;
    double fp = modf(x, &ip);
    return tuple_pack(2, float_new(fp), float_new(ip));
}

static Obj *m_degrees(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.degrees", kwnames);
    args_count("math.degrees", nargs, 1, 1);
    return float_new(float_as_double(args[0]) * (180.0 / M_PI));
}

static Obj *m_radians(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.radians", kwnames);
    args_count("math.radians", nargs, 1, 1);
    return float_new(float_as_double(args[0]) * (M_PI / 180.0));
}

/* ---- predicates ------------------------------------------------------------------------------ */

static double one_double(const char *name, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return float_as_double(args[0]);
}

static Obj *m_isfinite(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return bool_from(isfinite(one_double("math.isfinite", args, nargs, kwnames)));
}

static Obj *m_isinf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return bool_from(isinf(one_double("math.isinf", args, nargs, kwnames)));
}

static Obj *m_isnan(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return bool_from(isnan(one_double("math.isnan", args, nargs, kwnames)));
}

static Obj *m_isclose(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    if (nargs > 2)
        exc_raisef(&type_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    Obj *v[4] = {nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : NULL, NULL, NULL};
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    for (int k = 0; k < nkw; k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        int i = 0;
        while (i < 4 && strcmp(names[i], kw) != 0)
            i++;
        if (i == 4)
            exc_raisef(&type_TypeError, "'%s' is an invalid keyword argument for isclose()", kw);
        if (v[i])
            exc_raisef(&type_TypeError, "argument for isclose() given by name ('%s') and position (%d)", kw, i + 1);
        v[i] = args[nargs + k];
    }
    for (int i = 0; i < 2; i++)
        if (!v[i])
            exc_raisef(&type_TypeError, "isclose() missing required argument '%s' (pos %d)", names[i], i + 1);
    double a = float_as_double(v[0]), b = float_as_double(v[1]);
    double rel = v[2] ? float_as_double(v[2]) : 1e-9, abs_tol = v[3] ? float_as_double(v[3]) : 0.0;
    if (rel < 0 || abs_tol < 0)
        exc_raisef(&type_ValueError, "tolerances must be non-negative");
    if (a == b)
        return True;
    if (isinf(a) || isinf(b))
        return False;
    double diff = fabs(b - a);
    return bool_from(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ---- rounding to ints ------------------------------------------------------------------------ */

/* floor, ceil and trunc: a float directly, anything else through its conversion slot (int,
 * Fraction, classes defining __floor__ ...), else as a float. */
static Obj *to_integral(const char *name, Obj **args, int nargs, Obj *kwnames, int conv, double (*f)(double))
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    Obj *x = args[0];
    if (!is_small(x) && TYPE(x) == &type_float)
        return int_from_double(f(float_value(x)));
    Type *t = TYPE(x);
    if (t->convert) {
        Obj *r = t->convert(x, conv, NULL);
        if (r)
            return r;
    }
    if (conv == CONV_TRUNC)
        exc_raisef(&type_TypeError, "type %s doesn't define __trunc__ method", obj_type_name(x));
    return int_from_double(f(float_as_double(x)));
}

static Obj *m_floor(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return to_integral("math.floor", args, nargs, kwnames, CONV_FLOOR, floor);
}

static Obj *m_ceil(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return to_integral("math.ceil", args, nargs, kwnames, CONV_CEIL, ceil);
}

static Obj *m_trunc(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    return to_integral("math.trunc", args, nargs, kwnames, CONV_TRUNC, trunc);
}

/* ---- exact integer functions ------------------------------------------------------------- */

static Obj *m_isqrt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.isqrt", kwnames);
    args_count("math.isqrt", nargs, 1, 1);
    Obj *n = obj_index(args[0]);
    if (int_sign(n) < 0)
        exc_raisef(&type_ValueError, "isqrt() argument must be nonnegative");
    if (is_small(n)) {
        intptr_t v = small_value(n), r = (intptr_t)sqrt((double)v);
        while (r * r > v)
            r--;
        while ((r + 1) * (r + 1) <= v)
            r++;
        return small_new(r);
    }
    mpz_t z;
    mpz_init(z);
    int_get_mpz(n, z);
    mpz_sqrt(z, z);
    Obj *r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* An argument as an unsigned long, or an OverflowError with `msg` when it does not fit in 63 bits. */
static unsigned long as_ulong(Obj *n, const char *msg)
{
    int64_t v;
    if (!int_get_i64(n, &v))
        exc_raisef(&type_OverflowError, "%s", msg);
    return (unsigned long)v;
}

/* Refuses a result of about `bits` bits that cannot fit in memory. */
static void check_bits(double bits) { int_check_result_size(bits / 8); }

/* check_bits for a result about to be computed from n, which is cleared when the check fails. */
static void check_bits_or_clear(double bits, mpz_ptr n)
{
    ExcJump j;
    EXC_TRY(j) {
        check_bits(bits);
        exc_pop(&j);
    } else {
        mpz_clear(n);
        exc_throw(j.exc);
    }
}

/* log2(n!) from lgamma, for the size check. */
static double log2_factorial(double n) { return n < 2 ? 0 : lgamma(n + 1) / M_LN2; }

static Obj *mpz_result(mpz_t z)
{
    Obj *r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static Obj *factorial_of(Obj *n)
{
    if (int_sign(n) < 0)
        exc_raisef(&type_ValueError, "factorial() not defined for negative values");
    unsigned long k = as_ulong(n, "factorial() argument should not exceed 9223372036854775807");
    check_bits(log2_factorial((double)k));
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, k);
    return mpz_result(z);
}

static Obj *m_factorial(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.factorial", kwnames);
    args_count("math.factorial", nargs, 1, 1);
    return factorial_of(obj_index(args[0]));
}

/* n and k of comb and perm, with CPython's checks; false when k > n (the result is 0, and n is
 * left cleared). */
static bool comb_args(Obj *na, Obj *ka, mpz_t n, unsigned long *k, bool comb)
{
    Obj *ni = obj_index(na), *ki = obj_index(ka);
    if (int_sign(ni) < 0)
        exc_raisef(&type_ValueError, "n must be a non-negative integer");
    if (int_sign(ki) < 0)
        exc_raisef(&type_ValueError, "k must be a non-negative integer");
    mpz_init(n);
    int_get_mpz(ni, n);
    mpz_t kz;
    mpz_init(kz);
    int_get_mpz(ki, kz);
    if (mpz_cmp(kz, n) > 0) {
        mpz_clears(kz, n, NULL);
        return false;
    }
    if (comb) {
        mpz_t rest;
        mpz_init(rest);
        mpz_sub(rest, n, kz);
        if (mpz_cmp(rest, kz) < 0)
            mpz_swap(rest, kz);
        mpz_clear(rest);
    }
    bool fits = mpz_fits_slong_p(kz);
    *k = fits ? mpz_get_ui(kz) : 0;
    mpz_clear(kz);
    if (!fits) {
        mpz_clear(n);
        exc_raisef(&type_OverflowError, comb ? "min(n - k, k) must not exceed 9223372036854775807"
                                             : "k must not exceed 9223372036854775807");
    }
    return true;
}

/* log2 of n!/(n-k)!, for the size check. */
static double log2_falling(const mpz_t n, unsigned long k)
{
    long e;
    double d = mpz_get_d_2exp(&e, n);
    double log2n = log2(d) + (double)e;
    if (log2n < 60) {
        double nd = mpz_get_d(n);
        return log2_factorial(nd) - log2_factorial(nd - (double)k);
    }
    return (double)k * log2n;
}

static Obj *m_comb(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("comb", kwnames);
    args_count("comb", nargs, 2, 2);
    mpz_t n;
    unsigned long k;
    if (!comb_args(args[0], args[1], n, &k, true))
        return small_new(0);
    check_bits_or_clear(log2_falling(n, k) - log2_factorial((double)k), n);
    mpz_bin_ui(n, n, k);
    return mpz_result(n);
}

static Obj *m_perm(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("perm", kwnames);
    args_count("perm", nargs, 1, 2);
    if (nargs == 1 || args[1] == None)
        return factorial_of(obj_index(args[0]));
    mpz_t n;
    unsigned long k;
    if (!comb_args(args[0], args[1], n, &k, false))
        return small_new(0);
    check_bits_or_clear(log2_falling(n, k), n);
    mpz_t f;
    mpz_init(f);
    mpz_bin_ui(n, n, k);
    mpz_fac_ui(f, k);
    mpz_mul(n, n, f);
    mpz_clear(f);
    return mpz_result(n);
}

static intptr_t small_gcd(intptr_t a, intptr_t b)
{
    uintptr_t x = (uintptr_t)(a < 0 ? -a : a), y = (uintptr_t)(b < 0 ? -b : b);
    while (y) {
        uintptr_t t = x % y;
        x = y;
        y = t;
    }
    return (intptr_t)x;
}

/* The arguments as ints, converted before any GMP temporary exists (conversion may raise). */
static Obj **int_args(Obj **args, int nargs)
{
    Obj **v = gc_alloc(((size_t)nargs + 1) * sizeof(Obj *));
    for (int i = 0; i < nargs; i++)
        v[i] = obj_index(args[i]);
    return v;
}

static Obj *m_gcd(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.gcd", kwnames);
    Obj **v = int_args(args, nargs);
    Obj *g = small_new(0);
    int i = 0;
    for (; i < nargs && is_small(v[i]); i++)
        g = small_new(small_gcd(small_value(g), small_value(v[i])));
    if (i == nargs)
        return g;
    mpz_t z, t;
    mpz_inits(z, t, NULL);
    int_get_mpz(g, z);
    for (; i < nargs; i++) {
        int_get_mpz(v[i], t);
        mpz_gcd(z, z, t);
    }
    mpz_clear(t);
    return mpz_result(z);
}

static Obj *m_lcm(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.lcm", kwnames);
    Obj **v = int_args(args, nargs);
    mpz_t z, t;
    mpz_inits(z, t, NULL);
    mpz_set_ui(z, 1);
    for (int i = 0; i < nargs; i++) {
        int_get_mpz(v[i], t);
        mpz_lcm(z, z, t);
    }
    mpz_clear(t);
    return mpz_result(z);
}

static Obj *m_prod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    if (nargs != 1)
        exc_raisef(&type_TypeError, "prod() takes exactly 1 positional argument (%d given)", nargs);
    Obj *acc = small_new(1);
    for (int k = 0; k < nkw; k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        if (strcmp(kw, "start") != 0)
            exc_raisef(&type_TypeError, "'%s' is an invalid keyword argument for prod()", kw);
        acc = args[nargs + k];
    }
    Obj *it = obj_iter(args[0]), *v;
    while ((v = obj_next(it))) {
        budget_tick();
        acc = obj_binop(acc, v, OP_MUL);
    }
    return acc;
}

/* ---- sums and norms ----------------------------------------------------------------------- */

double math_fsum_doubles(const double *xs, size_t count)
{
    /* Shewchuk's exact summation: `p` holds non-overlapping partial sums whose exact total is the
     * sum so far. */
    size_t cap = 32, m = 0;
    double *p = gc_alloc_atomic(cap * sizeof *p);
    double special = 0, infs = 0;
    for (size_t k = 0; k < count; k++) {
        double x = xs[k], orig = x;
        size_t i = 0;
        for (size_t j = 0; j < m; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0)
                p[i++] = lo;
            x = hi;
        }
        m = i;
        if (x != 0) {
            if (!isfinite(x)) {
                if (isfinite(orig))
                    exc_raisef(&type_OverflowError, "intermediate overflow in fsum");
                if (isinf(orig))
                    infs += orig;
                special += orig;
                m = 0;
            } else {
                if (m == cap) {
                    cap *= 2;
                    p = gc_realloc(p, cap * sizeof *p);
                }
                p[m++] = x;
            }
        }
    }
    if (special != 0) {
        if (isnan(infs))
            exc_raisef(&type_ValueError, "-inf + inf in fsum");
        return special;
    }
    if (m == 0)
        return 0.0;
    double hi = p[--m], lo = 0;
    while (m > 0) {
        double x = hi, y = p[--m];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0)
            break;
    }
    /* Round half to even across the remaining partials: when the next one has the sign of lo,
     * the true sum lies beyond the halfway point that hi + lo ties on. */
    if (m > 0 && ((lo < 0 && p[m - 1] < 0) || (lo > 0 && p[m - 1] > 0))) {
        double y = lo * 2, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

/* The items of an iterable as doubles. */
static double *doubles_of(Obj *iterable, size_t *n)
{
    size_t cap = 16, k = 0;
    double *v = gc_alloc_atomic(cap * sizeof *v);
    Obj *it = obj_iter(iterable), *x;
    while ((x = obj_next(it))) {
        budget_tick();
        if (k == cap) {
            cap *= 2;
            v = gc_realloc(v, cap * sizeof *v);
        }
        v[k++] = float_as_double(x);
    }
    *n = k;
    return v;
}

static Obj *m_fsum(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("math.fsum", kwnames);
    args_count("math.fsum", nargs, 1, 1);
    size_t n;
    double *v = doubles_of(args[0], &n);
    return float_new(math_fsum_doubles(v, n));
}

/* sqrt(sum of squares), correctly rounded: the squares and their sum are exact in MPFR at a
 * precision covering the whole exponent range of doubles. */
static double vector_norm(const double *v, size_t n)
{
    double max = 0;
    bool any_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isinf(a))
            return INFINITY;
        if (isnan(a))
            any_nan = true;
        else if (a > max)
            max = a;
    }
    if (any_nan)
        return NAN;
    if (max == 0 || n <= 1)
        return max;
    mpfr_t sum, sq, r;
    mpfr_init2(sum, 4400);
    mpfr_init2(sq, 120);
    mpfr_init2(r, 53);
    mpfr_set_zero(sum, 1);
    for (size_t i = 0; i < n; i++) {
        mpfr_set_d(sq, v[i], MPFR_RNDN);
        mpfr_sqr(sq, sq, MPFR_RNDN);
        mpfr_add(sum, sum, sq, MPFR_RNDN);
    }
    mpfr_sqrt(r, sum, MPFR_RNDN);
    double d = mpfr_get_d(r, MPFR_RNDN);
    mpfr_clears(sum, sq, r, (mpfr_ptr)0);
    return d;
}

static Obj *m_hypot(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("hypot", kwnames);
    double *v = gc_alloc_atomic(((size_t)nargs + 1) * sizeof *v);
    for (int i = 0; i < nargs; i++)
        v[i] = float_as_double(args[i]);
    return float_new(vector_norm(v, (size_t)nargs));
}

static Obj *m_dist(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    UNUSED_SELF;
    args_no_kw("dist", kwnames);
    args_count("dist", nargs, 2, 2);
    Obj *p = tuple_check(args[0]) ? args[0] : tuple_from_iterable(args[0]);
    Obj *q = tuple_check(args[1]) ? args[1] : tuple_from_iterable(args[1]);
    size_t n = tuple_len(p);
    if (tuple_len(q) != n)
        exc_raisef(&type_ValueError, "both points must have the same number of dimensions");
    double *v = gc_alloc_atomic((n + 1) * sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = float_as_double(tuple_get(p, i)) - float_as_double(tuple_get(q, i));
    return float_new(vector_norm(v, n));
}

/* ---- the module ------------------------------------------------------------------------------ */

static void math_init(Obj *m)
{
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"acos", m_acos}, {"acosh", m_acosh}, {"asin", m_asin}, {"asinh", m_asinh}, {"atan", m_atan},
        {"atan2", m_atan2}, {"atanh", m_atanh}, {"cbrt", m_cbrt}, {"ceil", m_ceil}, {"comb", m_comb},
        {"copysign", m_copysign}, {"cos", m_cos}, {"cosh", m_cosh}, {"degrees", m_degrees}, {"dist", m_dist},
        {"erf", m_erf}, {"erfc", m_erfc}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1},
        {"fabs", m_fabs}, {"factorial", m_factorial}, {"floor", m_floor}, {"fmod", m_fmod}, {"frexp", m_frexp},
        {"fsum", m_fsum}, {"gamma", m_gamma}, {"gcd", m_gcd}, {"hypot", m_hypot}, {"isclose", m_isclose},
        {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan}, {"isqrt", m_isqrt}, {"lcm", m_lcm},
        {"ldexp", m_ldexp}, {"lgamma", m_lgamma}, {"log", m_log}, {"log10", m_log10}, {"log1p", m_log1p},
        {"log2", m_log2}, {"modf", m_modf}, {"nextafter", m_nextafter}, {"perm", m_perm}, {"pow", m_pow},
        {"prod", m_prod}, {"radians", m_radians}, {"remainder", m_remainder}, {"sin", m_sin}, {"sinh", m_sinh},
        {"sqrt", m_sqrt}, {"tan", m_tan}, {"tanh", m_tanh}, {"trunc", m_trunc}, {"ulp", m_ulp},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add_function(m, fns[i].name, fns[i].fn);
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
}

const ModuleDef math_module = {"math", math_init, NULL};
