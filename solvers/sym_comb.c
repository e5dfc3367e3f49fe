/* solvers/sym_comb.c — combinatorial and number-theoretic function classes on FLINT (see sym_comb.h). */
#include "solvers/sym_comb.h"

#include <stdlib.h>

#include <flint/arith.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly.h>
#include <partitions.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ntheory.h"
#include "solvers/sym_print.h"
#include "solvers/sym_qpoly.h"

/* Largest indices attempted; beyond them the results (or the work) exceed any request. */
#define MAX_FIB 10000000      /* fibonacci, lucas: F(n) has 0.7 n bits, computed in O(M(n)) */
#define MAX_NUMBER 100000     /* sequences computed by a recurrence over all smaller indices */
#define MAX_BERNOULLI 50000   /* bernoulli, euler, genocchi */
#define MAX_BELL 20000
#define MAX_HARMONIC 1000000
#define MAX_PARTITION 100000000
#define MAX_POLY 2000         /* degree of the polynomial forms, and terms of symbolic sums */

static const char *name_of(SymFn f) { return sym_fn_name(&(Sym){.kind = SYM_FN, .op = (uint8_t)f}); }

/* Whether x is an Integer; one whose magnitude exceeds max is refused. */
static bool index_of(SymFn f, Sym *x, long max, long *out)
{
    if (x->kind != SYM_INTEGER)
        return false;
    if (!fmpz_fits_si(x->v.z) || labs(fmpz_get_si(x->v.z)) > max)
        sym_raise(SYM_E_LIMIT, "%s(%s): index too large to compute", name_of(f), sym_str(x));
    *out = fmpz_get_si(x->v.z);
    return true;
}

/* A Number that is not an Integer (Rational, Float, oo, -oo, nan). */
static bool non_integer_number(const Sym *x) { return sym_is_num(x) && x->kind != SYM_INTEGER; }

static void need_integer(Sym *x, const char *what)
{
    if (non_integer_number(x))
        sym_raise(SYM_E_TYPE, "%s should be an integer", what);
}

static Sym *zpoly_at(const fmpz_poly_t p, Sym *x)
{
    fmpq_poly_t q;
    fmpq_poly_init(q);
    fmpq_poly_set_fmpz_poly(q, p);
    Sym *r = sym_qpoly_expr(q, x);
    fmpq_poly_clear(q);
    return r;
}

static Sym *int_of(void (*fn)(fmpz_t, ulong), ulong n)
{
    fmpz_t r;
    fmpz_init(r);
    fn(r, n);
    return sym_int_move(r);
}

/* ---- factorials ---------------------------------------------------------------------------- */

/* n!! for n >= 0: 2**k k! for n = 2k, (2k+1)!/(2**k k!) for n = 2k+1. */
static void dfac(fmpz_t r, ulong n)
{
    fmpz_t t;
    fmpz_init(t);
    fmpz_fac_ui(t, n / 2);
    fmpz_mul_2exp(t, t, n / 2);
    if (n % 2) {
        fmpz_fac_ui(r, n);
        fmpz_divexact(r, r, t);
    } else {
        fmpz_swap(r, t);
    }
    fmpz_clear(t);
}

static Sym *factorial2_eval(Sym *x)
{
    long n;
    if (index_of(SYM_FN_FACTORIAL2, x, MAX_FIB / 10, &n)) {
        if (n >= 0)
            return int_of(dfac, (ulong)n);
        if (n % 2) {   /* (-2m-1)!! = (-1)**m / (2m-1)!! */
            ulong m = (ulong)(-n - 1) / 2;
            fmpz_t d;
            fmpz_init(d);
            dfac(d, m ? 2 * m - 1 : 0);
            Sym *r = sym_div(m % 2 ? sym_neg_one : sym_one, sym_int_move(d));
            return r;
        }
    }
    if (x->kind == SYM_INTEGER || sym_is_num(x))
        sym_raise(SYM_E_VALUE, "argument must be nonnegative integer or negative odd integer");
    return NULL;
}

/* x (x + s) (x + 2s) ... over k factors, s = +1 or -1; Integer x through FLINT. */
static Sym *step_product(Sym *x, long k, int s)
{
    if (x->kind == SYM_INTEGER) {
        fmpz_t r, y;
        fmpz_init(r);
        fmpz_init(y);
        if (s > 0) {
            fmpz_rfac_ui(r, x->v.z, (ulong)k);
        } else {   /* x (x-1) ... (x-k+1) = (-1)**k rf(-x, k) */
            fmpz_neg(y, x->v.z);
            fmpz_rfac_ui(r, y, (ulong)k);
            if (k % 2)
                fmpz_neg(r, r);
        }
        fmpz_clear(y);
        return sym_int_move(r);
    }
    Sym **f = gc_alloc((size_t)(k ? k : 1) * sizeof(Sym *));
    for (long i = 0; i < k; i++) {
        budget_tick();
        f[i] = sym_add(x, sym_int(s * i));
    }
    return sym_mul_n((size_t)k, f);
}

/* RisingFactorial (s = 1) and FallingFactorial (s = -1) at an Integer k. */
static Sym *rf_ff_eval(SymFn f, Sym *x, Sym *k, int s)
{
    long n;
    if (x->kind == SYM_NAN || k->kind == SYM_NAN)
        return sym_nan;
    if (s == 1 && sym_is_one(x))   /* rf(1, k) is k! for any k */
        return sym_fn1(SYM_FN_FACTORIAL, k);
    long max = sym_is_rational(x) ? MAX_FIB / 10 : MAX_POLY;
    if (!index_of(f, k, max, &n))
        return NULL;
    if (n >= 0)
        return step_product(x, n, s);
    /* rf(x, -n) = 1/((x-1)...(x-n)), ff(x, -n) = 1/((x+1)...(x+n)) */
    return sym_pow(step_product(sym_sub(x, sym_int(s)), -n, -s), sym_neg_one);
}

static void subfac(fmpz_t r, ulong n)
{
    fmpz_one(r);   /* !0 = 1, !k = k !(k-1) + (-1)**k */
    for (ulong k = 1; k <= n; k++) {
        budget_tick();
        fmpz_mul_ui(r, r, k);
        if (k % 2)
            fmpz_sub_ui(r, r, 1);
        else
            fmpz_add_ui(r, r, 1);
    }
}

/* ---- integer sequences ----------------------------------------------------------------------- */

/* F(n) for any integer n: F(-n) = (-1)**(n+1) F(n). */
static void fib(fmpz_t r, long n)
{
    fmpz_fib_ui(r, (ulong)(n < 0 ? -n : n));
    if (n < 0 && n % 2 == 0)
        fmpz_neg(r, r);
}

static Sym *fibonacci_eval(size_t nargs, Sym *const *a)
{
    long n;
    if (nargs > 2)
        sym_raise(SYM_E_TYPE, "fibonacci takes at most 2 arguments (%zu given)", nargs);
    if (nargs == 1) {
        if (a[0]->kind == SYM_INFINITY)
            return sym_oo;
        if (!index_of(SYM_FN_FIBONACCI, a[0], MAX_FIB, &n))
            return NULL;
        fmpz_t r;
        fmpz_init(r);
        fib(r, n);
        return sym_int_move(r);
    }
    if (!index_of(SYM_FN_FIBONACCI, a[0], MAX_POLY, &n))
        return NULL;
    if (n < 1)
        sym_raise(SYM_E_VALUE, "Fibonacci polynomials are defined only for positive integer indices.");
    fmpz_poly_t p, q, t;   /* p = F(k), q = F(k-1): F(k+1) = x F(k) + F(k-1), F1 = 1, F0 = 0 */
    fmpz_poly_init(p);
    fmpz_poly_init(q);
    fmpz_poly_init(t);
    fmpz_poly_one(p);
    for (long k = 1; k < n; k++) {
        budget_tick();
        fmpz_poly_shift_left(t, p, 1);
        fmpz_poly_add(t, t, q);
        fmpz_poly_swap(q, p);
        fmpz_poly_swap(p, t);
    }
    fmpz_poly_clear(t);
    Sym *r = zpoly_at(p, a[1]);
    fmpz_poly_clear(p);
    fmpz_poly_clear(q);
    return r;
}

static Sym *lucas_eval(Sym *x)
{
    long n;
    if (x->kind == SYM_INFINITY)
        return sym_oo;
    if (!index_of(SYM_FN_LUCAS, x, MAX_FIB, &n))
        return NULL;
    fmpz_t r, t;   /* L(n) = F(n-1) + F(n+1) */
    fmpz_init(r);
    fmpz_init(t);
    fib(r, n - 1);
    fib(t, n + 1);
    fmpz_add(r, r, t);
    fmpz_clear(t);
    return sym_int_move(r);
}

static Sym *tribonacci_eval(size_t nargs, Sym *const *a)
{
    long n;
    if (nargs > 2)
        sym_raise(SYM_E_TYPE, "tribonacci takes at most 2 arguments (%zu given)", nargs);
    if (a[0]->kind == SYM_INFINITY && nargs == 1)
        return sym_oo;
    if (!index_of(SYM_FN_TRIBONACCI, a[0], nargs == 1 ? MAX_NUMBER : MAX_POLY, &n))
        return NULL;
    if (n < 0)
        sym_raise(SYM_E_VALUE, "Tribonacci polynomials are defined only for non-negative integer indices.");
    /* T0 = 0, T1 = 1, T2 = x**2, T(k) = x**2 T(k-1) + x T(k-2) + T(k-3); the numbers at x = 1 */
    fmpz_poly_t t[4];
    for (int i = 0; i < 4; i++)
        fmpz_poly_init(t[i]);
    fmpz_poly_one(t[1]);
    fmpz_poly_set_coeff_ui(t[2], nargs == 1 ? 0 : 2, 1);
    for (long k = 3; k <= n; k++) {
        budget_tick();
        fmpz_poly_shift_left(t[3], t[2], nargs == 1 ? 0 : 2);
        fmpz_poly_t u;
        fmpz_poly_init(u);
        fmpz_poly_shift_left(u, t[1], nargs == 1 ? 0 : 1);
        fmpz_poly_add(t[3], t[3], u);
        fmpz_poly_add(t[3], t[3], t[0]);
        fmpz_poly_clear(u);
        fmpz_poly_swap(t[0], t[1]);
        fmpz_poly_swap(t[1], t[2]);
        fmpz_poly_swap(t[2], t[3]);
    }
    Sym *r = zpoly_at(t[n < 2 ? n : 2], nargs == 1 ? sym_one : a[1]);
    for (int i = 0; i < 4; i++)
        fmpz_poly_clear(t[i]);
    return r;
}

static Sym *harmonic_eval(size_t nargs, Sym *const *a)
{
    long n, m = 1;
    if (nargs > 2)
        sym_raise(SYM_E_TYPE, "harmonic takes at most 2 arguments (%zu given)", nargs);
    Sym *x = a[0];
    if (nargs == 2 && sym_is_one(a[1]))
        return sym_fn1(SYM_FN_HARMONIC, x);
    if (nargs == 2 && sym_is_zero_num(a[1]))
        return x;
    if (sym_is_zero_num(x))
        return sym_zero;
    if (x->kind == SYM_INFINITY && nargs == 2 && sym_is_int(a[1]) && fmpz_cmp_ui(a[1]->v.z, 1) > 0)
        return sym_fn1(SYM_FN_ZETA, a[1]);
    if (nargs == 1 && x->kind == SYM_INFINITY)
        return sym_oo;
    bool int_m = nargs == 1 || index_of(SYM_FN_HARMONIC, a[1], MAX_HARMONIC, &m);
    if (!index_of(SYM_FN_HARMONIC, x, m == 1 ? MAX_HARMONIC : int_m ? MAX_NUMBER : MAX_POLY, &n))
        return NULL;
    if (n < 0)
        return nargs == 1 ? sym_zoo : NULL;
    if (!int_m) {   /* harmonic(n, m) = sum k**(-m) */
        Sym **t = gc_alloc((size_t)n * sizeof(Sym *));
        for (long k = 1; k <= n; k++)
            t[k - 1] = sym_pow(sym_int(k), sym_neg(a[1]));
        return sym_add_n((size_t)n, t);
    }
    fmpq_t h, u;
    fmpq_init(h);
    fmpq_init(u);
    if (m == 1)
        arith_harmonic_number(h, n);
    for (long k = 1; m != 1 && k <= n; k++) {
        budget_tick();
        fmpq_set_si(u, k, 1);
        fmpz_pow_ui(fmpq_numref(u), fmpq_numref(u), (ulong)(m < 0 ? -m : m));
        if (m > 0)
            fmpq_inv(u, u);
        fmpq_add(h, h, u);
    }
    fmpq_clear(u);
    Sym *r = sym_rat_fmpq(h);
    fmpq_clear(h);
    return r;
}

/* B_n with sympy's B_1 = +1/2. */
static void bernoulli_number(fmpq_t b, ulong n)
{
    arith_bernoulli_number(b, n);
    if (n == 1)
        fmpq_neg(b, b);
}

static Sym *bernoulli_eval(size_t nargs, Sym *const *a)
{
    long n;
    if (nargs > 2)
        sym_raise(SYM_E_TYPE, "bernoulli takes at most 2 arguments (%zu given)", nargs);
    Sym *x = a[0];
    if (x->kind == SYM_FLOAT && mpfr_integer_p(x->v.f) && mpfr_sgn(x->v.f) >= 0 &&
        mpfr_cmp_ui(x->v.f, MAX_BERNOULLI) <= 0)
        x = sym_int((long)mpfr_get_si(x->v.f, MPFR_RNDN));
    if (!index_of(SYM_FN_BERNOULLI, x, nargs == 1 ? MAX_BERNOULLI : MAX_POLY, &n) || n < 0)
        return NULL;
    if (nargs == 1) {
        fmpq_t b;
        fmpq_init(b);
        bernoulli_number(b, (ulong)n);
        Sym *r = sym_rat_fmpq(b);
        fmpq_clear(b);
        return r;
    }
    fmpq_poly_t p;
    fmpq_poly_init(p);
    arith_bernoulli_polynomial(p, (ulong)n);
    Sym *r = sym_qpoly_expr(p, a[1]);
    fmpq_poly_clear(p);
    return r;
}

static Sym *bell_eval(size_t nargs, Sym *const *a)
{
    long n;
    if (a[0]->kind == SYM_INFINITY && nargs == 1)
        return sym_oo;
    if (nargs == 3)
        return NULL;
    if (nargs > 3)
        sym_raise(SYM_E_TYPE, "bell takes at most 3 arguments (%zu given)", nargs);
    if (!index_of(SYM_FN_BELL, a[0], nargs == 1 ? MAX_BELL : MAX_POLY, &n)) {
        if (sym_is_num(a[0]))
            sym_raise(SYM_E_VALUE, "a non-negative integer expected");
        return NULL;
    }
    if (n < 0)
        sym_raise(SYM_E_VALUE, "a non-negative integer expected");
    if (nargs == 1)
        return int_of(arith_bell_number, (ulong)n);
    fmpz_poly_t p;   /* the Touchard polynomial sum S(n, k) x**k */
    fmpz_poly_init(p);
    fmpz_poly_fit_length(p, n + 1);
    arith_stirling_number_2_vec(p->coeffs, (ulong)n, n + 1);
    _fmpz_poly_set_length(p, n + 1);
    _fmpz_poly_normalise(p);
    Sym *r = zpoly_at(p, a[1]);
    fmpz_poly_clear(p);
    return r;
}

static Sym *euler_eval(size_t nargs, Sym *const *a)
{
    long n;
    if (nargs > 2)
        sym_raise(SYM_E_TYPE, "euler takes at most 2 arguments (%zu given)", nargs);
    if (!index_of(SYM_FN_EULER, a[0], nargs == 1 ? MAX_BERNOULLI : MAX_POLY, &n))
        return NULL;
    if (n < 0)
        return n == -1 && nargs == 1 ? sym_mul(sym_half, sym_pi) : NULL;
    if (nargs == 1)
        return int_of(arith_euler_number, (ulong)n);
    fmpq_poly_t p;
    fmpq_poly_init(p);
    arith_euler_polynomial(p, (ulong)n);
    Sym *r = sym_qpoly_expr(p, a[1]);
    fmpq_poly_clear(p);
    return r;
}

static void catalan_number(fmpz_t r, ulong n)
{
    fmpz_bin_uiui(r, 2 * n, n);
    fmpz_divexact_ui(r, r, n + 1);
}

static Sym *catalan_eval(Sym *x)
{
    long n;
    if (!index_of(SYM_FN_CATALAN, x, MAX_FIB / 10, &n))
        return NULL;
    if (n >= 0)
        return int_of(catalan_number, (ulong)n);
    return n == -1 ? sym_neg_half : sym_zero;
}

static Sym *genocchi_eval(size_t nargs, Sym *const *a)
{
    long n;
    if (nargs > 2)
        sym_raise(SYM_E_TYPE, "genocchi takes at most 2 arguments (%zu given)", nargs);
    if (!index_of(SYM_FN_GENOCCHI, a[0], nargs == 1 ? MAX_BERNOULLI : MAX_POLY, &n) || n < 0)
        return NULL;
    if (nargs == 1) {   /* G_n = 2 (1 - 2**n) B_n */
        fmpq_t b;
        fmpq_init(b);
        bernoulli_number(b, (ulong)n);
        Sym *r = sym_mul(sym_rat_fmpq(b), sym_int(2));
        fmpq_clear(b);
        return sym_mul(r, sym_sub(sym_one, sym_pow(sym_two, sym_int(n))));
    }
    fmpq_poly_t b, h;   /* G_n(x) = 2 (2**n B_n(x/2) - B_n(x)) */
    fmpq_poly_init(b);
    fmpq_poly_init(h);
    arith_bernoulli_polynomial(b, (ulong)n);
    fmpq_poly_set(h, b);
    fmpq_t c;
    fmpq_init(c);
    for (long i = 0; i <= n; i++) {   /* 2**n B_n(x/2): coefficient i scaled by 2**(n-i) */
        fmpq_poly_get_coeff_fmpq(c, h, i);
        fmpq_mul_2exp(c, c, (ulong)(n - i));
        fmpq_poly_set_coeff_fmpq(h, i, c);
    }
    fmpq_clear(c);
    fmpq_poly_sub(h, h, b);
    fmpq_poly_scalar_mul_si(h, h, 2);
    Sym *r = sym_qpoly_expr(h, a[1]);
    fmpq_poly_clear(b);
    fmpq_poly_clear(h);
    return r;
}

static Sym *partition_eval(Sym *x)
{
    long n;
    need_integer(x, "n");
    if (!index_of(SYM_FN_PARTITION, x, MAX_PARTITION, &n))
        return NULL;
    if (n < 0)
        return sym_zero;
    fmpz_t r;
    fmpz_init(r);
    partitions_fmpz_ui(r, (ulong)n);
    return sym_int_move(r);
}

static Sym *motzkin_eval(Sym *x)
{
    long n;
    if (!index_of(SYM_FN_MOTZKIN, x, MAX_NUMBER, &n) || n < 0)
        sym_raise(SYM_E_VALUE, "The provided number must be a positive integer");
    /* sympy's motzkin(n) is the Motzkin number M(n-1) (and 1 at n = 0) */
    fmpz_t a, b, t;   /* (k+2) M(k) = (2k+1) M(k-1) + (3k-3) M(k-2) */
    fmpz_init_set_ui(a, 1);
    fmpz_init_set_ui(b, 1);
    fmpz_init(t);
    for (long k = 2; k < n; k++) {
        budget_tick();
        fmpz_mul_ui(t, b, (ulong)(2 * k + 1));
        fmpz_addmul_ui(t, a, (ulong)(3 * k - 3));
        fmpz_divexact_ui(t, t, (ulong)(k + 2));
        fmpz_swap(a, b);
        fmpz_swap(b, t);
    }
    fmpz_clear(a);
    fmpz_clear(t);
    return sym_int_move(b);
}

/* andre(n), the number of alternating permutations: |E_n| for even n, the tangent number
 * 2**(n+1) (2**(n+1) - 1) |B_(n+1)| / (n+1) for odd n. */
static Sym *andre_eval(Sym *x)
{
    long n;
    if (x->kind == SYM_INFINITY)
        return sym_oo;
    if (!index_of(SYM_FN_ANDRE, x, MAX_BERNOULLI, &n))
        return NULL;
    if (n < 0)
        return n == -1 ? sym_neg(sym_fn1(SYM_FN_LOG, sym_two)) : n == -2 ? sym_mul(sym_int(-2), sym_catalan) : NULL;
    if (n % 2 == 0) {
        fmpz_t e;
        fmpz_init(e);
        arith_euler_number(e, (ulong)n);
        fmpz_abs(e, e);
        return sym_int_move(e);
    }
    fmpq_t b;
    fmpq_init(b);
    arith_bernoulli_number(b, (ulong)n + 1);
    fmpq_abs(b, b);
    fmpq_mul_2exp(b, b, (ulong)n + 1);
    Sym *r = sym_div(sym_mul(sym_rat_fmpq(b), sym_sub(sym_pow(sym_two, sym_int(n + 1)), sym_one)), sym_int(n + 1));
    fmpq_clear(b);
    return r;
}

/* ---- multiplicative functions ----------------------------------------------------------------- */

/* mobius, primenu, primeomega, reduced_totient from the factorisation of a positive n. */
static Sym *multiplicative_eval(SymFn f, Sym *x)
{
    need_integer(x, "n");
    if (x->kind != SYM_INTEGER)
        return NULL;
    if (fmpz_sgn(x->v.z) <= 0)
        sym_raise(SYM_E_VALUE, "n should be a positive integer");
    Sym *fac = sym_factorint(x);
    long nu = (long)fac->n / 2, omega = 0;
    bool square_free = true;
    fmpz_t lam, t, u;
    fmpz_init_set_ui(lam, 1);
    fmpz_init(t);
    fmpz_init(u);
    for (uint32_t i = 0; i + 1 < fac->n; i += 2) {
        const fmpz *p = fac->args[i]->v.z;
        ulong k = fmpz_get_ui(fac->args[i + 1]->v.z);
        omega += (long)k;
        square_free &= k == 1;
        if (f != SYM_FN_REDUCED_TOTIENT)
            continue;
        if (fmpz_equal_ui(p, 2)) {   /* lambda(2) = 1, lambda(4) = 2, lambda(2**k) = 2**(k-2) */
            fmpz_one(t);
            fmpz_mul_2exp(t, t, k >= 3 ? k - 2 : k - 1);
        } else {   /* lambda(p**k) = p**(k-1) (p-1) */
            fmpz_sub_ui(u, p, 1);
            fmpz_pow_ui(t, p, k - 1);
            fmpz_mul(t, t, u);
        }
        fmpz_lcm(lam, lam, t);
    }
    fmpz_clear(t);
    fmpz_clear(u);
    switch (f) {
    case SYM_FN_MOBIUS: fmpz_set_si(lam, square_free ? (nu % 2 ? -1 : 1) : 0); break;
    case SYM_FN_PRIMENU: fmpz_set_si(lam, nu); break;
    case SYM_FN_PRIMEOMEGA: fmpz_set_si(lam, omega); break;
    default: break;
    }
    return sym_int_move(lam);
}

static Sym *kronecker_eval(Sym *a, Sym *n)
{
    need_integer(a, "a");
    need_integer(n, "n");
    if (a->kind != SYM_INTEGER || n->kind != SYM_INTEGER)
        return NULL;
    return sym_int(fmpz_kronecker(a->v.z, n->v.z));
}

Sym *sym_stirling(Sym *n, Sym *k, long kind, bool sign)
{
    long nn, kk;
    if (!index_of(SYM_FN_BINOMIAL, n, MAX_NUMBER / 10, &nn) || !index_of(SYM_FN_BINOMIAL, k, MAX_NUMBER / 10, &kk))
        sym_raise(SYM_E_VALUE, "stirling() takes integers");
    if (nn < 0)
        sym_raise(SYM_E_VALUE, "n must be nonnegative");
    if (kind != 1 && kind != 2)
        sym_raise(SYM_E_VALUE, "kind must be 1 or 2, not %ld", kk);
    if (kk < 0 || kk > nn)
        return sym_zero;
    fmpz_t r;
    fmpz_init(r);
    if (kind == 2)
        arith_stirling_number_2(r, (ulong)nn, (ulong)kk);
    else if (sign)
        arith_stirling_number_1(r, (ulong)nn, (ulong)kk);
    else
        arith_stirling_number_1u(r, (ulong)nn, (ulong)kk);
    return sym_int_move(r);
}

/* ---- dispatch ------------------------------------------------------------------------------ */

Sym *sym_comb_eval(SymFn f, size_t n, Sym *const *a)
{
    long k;
    switch (f) {
    case SYM_FN_FACTORIAL2: return factorial2_eval(a[0]);
    case SYM_FN_RF: return rf_ff_eval(f, a[0], a[1], 1);
    case SYM_FN_FF: return rf_ff_eval(f, a[0], a[1], -1);
    case SYM_FN_SUBFACTORIAL:
        return index_of(f, a[0], MAX_NUMBER, &k) && k >= 0 ? int_of(subfac, (ulong)k) : NULL;
    case SYM_FN_FIBONACCI: return fibonacci_eval(n, a);
    case SYM_FN_LUCAS: return lucas_eval(a[0]);
    case SYM_FN_TRIBONACCI: return tribonacci_eval(n, a);
    case SYM_FN_HARMONIC: return harmonic_eval(n, a);
    case SYM_FN_BERNOULLI: return bernoulli_eval(n, a);
    case SYM_FN_BELL: return bell_eval(n, a);
    case SYM_FN_EULER: return euler_eval(n, a);
    case SYM_FN_CATALAN: return catalan_eval(a[0]);
    case SYM_FN_GENOCCHI: return genocchi_eval(n, a);
    case SYM_FN_PARTITION: return partition_eval(a[0]);
    case SYM_FN_MOTZKIN: return motzkin_eval(a[0]);
    case SYM_FN_MOBIUS: case SYM_FN_PRIMENU: case SYM_FN_PRIMEOMEGA: case SYM_FN_REDUCED_TOTIENT:
        return multiplicative_eval(f, a[0]);
    case SYM_FN_KRONECKER: return kronecker_eval(a[0], a[1]);
    case SYM_FN_ANDRE: return andre_eval(a[0]);
    default: return NULL;
    }
}

/* ---- numeric values ----------------------------------------------------------------------- */

/* phi**x + c cos(pi x) phi**(-x): the analytic continuation of sqrt(5) F(x) (c = -1) and L(x) (c = 1). */
static void binet(acb_t out, const acb_t x, int c, slong prec)
{
    acb_t phi, t, u;
    acb_init(phi);
    acb_init(t);
    acb_init(u);
    arb_sqrt_ui(acb_realref(phi), 5, prec);
    acb_add_ui(phi, phi, 1, prec);
    acb_mul_2exp_si(phi, phi, -1);
    acb_pow(t, phi, x, prec);
    acb_neg(u, x);
    acb_pow(u, phi, u, prec);
    acb_cos_pi(phi, x, prec);
    acb_mul(u, u, phi, prec);
    if (c < 0)
        acb_sub(out, t, u, prec);
    else
        acb_add(out, t, u, prec);
    acb_clear(phi);
    acb_clear(t);
    acb_clear(u);
}

bool sym_comb_acb(acb_t out, SymFn f, size_t n, const acb_t x, const acb_t y, slong prec)
{
    (void)y;
    if (n != 1)
        return false;
    acb_t t, u;
    acb_init(t);
    acb_init(u);
    bool ok = true;
    switch (f) {
    case SYM_FN_FIBONACCI:
        binet(out, x, -1, prec);
        arb_sqrt_ui(acb_realref(t), 5, prec);
        acb_div_arb(out, out, acb_realref(t), prec);
        break;
    case SYM_FN_LUCAS: binet(out, x, 1, prec); break;
    case SYM_FN_HARMONIC:   /* digamma(x + 1) + EulerGamma */
        acb_add_ui(t, x, 1, prec);
        acb_digamma(out, t, prec);
        arb_const_euler(acb_realref(t), prec);
        arb_zero(acb_imagref(t));
        acb_add(out, out, t, prec);
        break;
    case SYM_FN_CATALAN:   /* gamma(2x + 1) / (gamma(x + 1) gamma(x + 2)) */
        acb_mul_2exp_si(t, x, 1);
        acb_add_ui(t, t, 1, prec);
        acb_gamma(out, t, prec);
        acb_add_ui(t, x, 1, prec);
        acb_gamma(u, t, prec);
        acb_div(out, out, u, prec);
        acb_add_ui(t, x, 2, prec);
        acb_gamma(u, t, prec);
        acb_div(out, out, u, prec);
        break;
    case SYM_FN_BERNOULLI: case SYM_FN_GENOCCHI:   /* B(x) = -x zeta(1 - x); G(x) = 2 (1 - 2**x) B(x) */
        acb_sub_ui(t, x, 1, prec);
        acb_neg(t, t);
        acb_zeta(out, t, prec);
        acb_mul(out, out, x, prec);
        acb_neg(out, out);
        if (f == SYM_FN_GENOCCHI) {
            acb_set_ui(t, 2);
            acb_pow(t, t, x, prec);
            acb_sub_ui(t, t, 1, prec);
            acb_mul(out, out, t, prec);
            acb_mul_si(out, out, -2, prec);
        }
        break;
    default: ok = false; break;
    }
    acb_clear(t);
    acb_clear(u);
    return ok;
}
