/* runtime/modules/cmath.c — the `cmath` module (see cmath.h).
 *
 * Finite arguments go through the textbook formulas CPython also uses (W. Kahan, "Branch cuts
 * for complex elementary functions"): square roots through the C library's csqrt, which agrees
 * with them bit for bit, and everything else built from real functions, so the last digits match.
 * Infinite and NaN arguments take the C99 Annex G values of the C library's complex functions. */
#include "runtime/modules/cmath.h"

#include <complex.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

typedef struct Cx {
    double re, im;
} Cx;

static Cx cx(double re, double im) { return (Cx){re, im}; }
static Cx from_c99(double complex z) { return cx(creal(z), cimag(z)); }
static double complex to_c99(Cx z) { return CMPLX(z.re, z.im); }
static bool is_finite(Cx z) { return isfinite(z.re) && isfinite(z.im); }

/* Rotations by i, to derive sin from sinh, tan from tanh and so on. */
static Cx times_i(Cx z) { return cx(-z.im, z.re); }
static Cx times_minus_i(Cx z) { return cx(z.im, -z.re); }

/* log(DBL_MAX / 4): beyond it exp(x) is computed as exp(x - 1) * e to stay finite longer. */
#define LOG_LARGE 708.3964185322641

_Noreturn static void domain_error(void) { exc_raisef(&type_ValueError, "math domain error"); }
_Noreturn static void range_error(void) { exc_raisef(&type_OverflowError, "math range error"); }

/* ---- the functions on finite arguments --------------------------------------------------- */

static Cx c_sqrt(Cx z) { return from_c99(csqrt(to_c99(z))); }

static Cx c_exp(Cx z)
{
    if (z.re > LOG_LARGE) {
        double l = exp(z.re - 1.);
        return cx(l * cos(z.im) * M_E, l * sin(z.im) * M_E);
    }
    double l = exp(z.re);
    return cx(l * cos(z.im), l * sin(z.im));
}

/* cosh (hyperbolic true) or sinh. */
static Cx c_cosh_sinh(Cx z, bool cosh_)
{
    double c, s;
    if (fabs(z.re) > LOG_LARGE) {
        double x1 = z.re - copysign(1., z.re);
        c = cosh(x1) * M_E;
        s = sinh(x1) * M_E;
    } else {
        c = cosh(z.re);
        s = sinh(z.re);
    }
    return cosh_ ? cx(cos(z.im) * c, sin(z.im) * s) : cx(cos(z.im) * s, sin(z.im) * c);
}

static Cx c_tanh(Cx z)
{
    if (fabs(z.re) > LOG_LARGE / 2)
        return cx(copysign(1., z.re), 4 * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re)));
    double tx = tanh(z.re), ty = tan(z.im), cx_ = 1. / cosh(z.re), txty = tx * ty, denom = 1. + txty * txty;
    return cx(tx * (1. + ty * ty) / denom, ((ty / denom) * cx_) * cx_);
}

static Cx c_log(Cx z)
{
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (ax > DBL_MAX / 4 || ay > DBL_MAX / 4) {
        re = log(hypot(ax / 2, ay / 2)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0 && ay == 0)
            domain_error();
        re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2;
        } else {
            re = log(h);
        }
    }
    return cx(re, atan2(z.im, z.re));
}

static Cx c_asinh(Cx z)
{
    Cx s1 = c_sqrt(cx(1. + z.im, -z.re)), s2 = c_sqrt(cx(1. - z.im, z.re));
    return cx(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

static Cx c_acos(Cx z)
{
    Cx s1 = c_sqrt(cx(1. - z.re, -z.im)), s2 = c_sqrt(cx(1. + z.re, z.im));
    return cx(2. * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

static Cx c_acosh(Cx z)
{
    Cx s1 = c_sqrt(cx(z.re - 1., z.im)), s2 = c_sqrt(cx(z.re + 1., z.im));
    return cx(asinh(s1.re * s2.re + s1.im * s2.im), 2. * atan2(s1.im, s2.re));
}

static Cx c_atanh(Cx z)
{
    if (z.re < 0) {
        Cx r = c_atanh(cx(-z.re, -z.im));
        return cx(-r.re, -r.im);
    }
    double ay = fabs(z.im);
    if (z.re == 1. && ay == 0)
        domain_error();
    return cx(log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
              -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.);
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

enum { F_SQRT, F_EXP, F_LOG, F_LOG10, F_SIN, F_COS, F_TAN, F_ASIN, F_ACOS, F_ATAN, F_SINH, F_COSH, F_TANH,
       F_ASINH, F_ACOSH, F_ATANH };

static Cx eval_finite(int f, Cx z)
{
    switch (f) {
    case F_SQRT: return c_sqrt(z);
    case F_EXP: return c_exp(z);
    case F_LOG: return c_log(z);
    case F_LOG10: {
        Cx r = c_log(z);
        return cx(r.re / M_LN10, r.im / M_LN10);
    }
    case F_SIN: return times_minus_i(c_cosh_sinh(times_i(z), false));
    case F_COS: return c_cosh_sinh(times_i(z), true);
    case F_TAN: return times_minus_i(c_tanh(times_i(z)));
    case F_ASIN: return times_minus_i(c_asinh(times_i(z)));
    case F_ACOS: return c_acos(z);
    case F_ATAN: return times_minus_i(c_atanh(times_i(z)));
    case F_SINH: return c_cosh_sinh(z, false);
    case F_COSH: return c_cosh_sinh(z, true);
    case F_TANH: return c_tanh(z);
    case F_ASINH: return c_asinh(z);
    case F_ACOSH: return c_acosh(z);
    default: return c_atanh(z);
    }
}

static Cx eval_special(int f, Cx z)
{
    double complex w = to_c99(z), r;
    switch (f) {
    case F_SQRT: r = csqrt(w); break;
    case F_EXP: r = cexp(w); break;
    case F_LOG: r = clog(w); break;
    case F_LOG10: r = clog(w) / M_LN10; break;
    case F_SIN: r = csin(w); break;
    case F_COS: r = ccos(w); break;
    case F_TAN: r = ctan(w); break;
    case F_ASIN: r = casin(w); break;
    case F_ACOS: r = cacos(w); break;
    case F_ATAN: r = catan(w); break;
    case F_SINH: r = csinh(w); break;
    case F_COSH: r = ccosh(w); break;
    case F_TANH: r = ctanh(w); break;
    case F_ASINH: r = casinh(w); break;
    case F_ACOSH: r = cacosh(w); break;
    default: r = catanh(w); break;
    }
    Cx out = from_c99(r);
    bool has_inf = isinf(z.re) || isinf(z.im), out_nan = isnan(out.re) || isnan(out.im);
    if (has_inf && !isnan(z.re) && !isnan(z.im) && out_nan)
        domain_error();
    return out;
}

/* A number as a complex: complex, float, int, or anything with __complex__ or __float__. */
static Cx as_complex(Obj *o)
{
    if (!is_small(o) && obj_is(o, &type_complex))
        return cx(((ComplexObj *)o)->re, ((ComplexObj *)o)->im);
    if (!is_small(o) && !float_check(o) && !int_check(o) && TYPE(o)->convert) {
        Obj *c = TYPE(o)->convert(o, CONV_COMPLEX, NULL);
        if (c && obj_is(c, &type_complex))
            return cx(((ComplexObj *)c)->re, ((ComplexObj *)c)->im);
    }
    return cx(float_as_double(o), 0.0);
}

static Cx apply(int f, Cx z)
{
    if (!is_finite(z))
        return eval_special(f, z);
    Cx r = eval_finite(f, z);
    if (!is_finite(r))
        range_error();
    return r;
}

static Obj *unary(const char *name, int f, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    Cx r = apply(f, as_complex(args[0]));
    return complex_new(r.re, r.im);
}

#define CMATH1(fn, code)                                                    \
    static Obj *m_##fn(Obj *self, Obj **args, int nargs, Obj *kwnames)      \
    {                                                                       \
        (void)self;                                                         \
        return unary("cmath." #fn, code, args, nargs, kwnames);            \
    }

CMATH1(sqrt, F_SQRT)
CMATH1(exp, F_EXP)
CMATH1(log10, F_LOG10)
CMATH1(sin, F_SIN)
CMATH1(cos, F_COS)
CMATH1(tan, F_TAN)
CMATH1(asin, F_ASIN)
CMATH1(acos, F_ACOS)
CMATH1(atan, F_ATAN)
CMATH1(sinh, F_SINH)
CMATH1(cosh, F_COSH)
CMATH1(tanh, F_TANH)
CMATH1(asinh, F_ASINH)
CMATH1(acosh, F_ACOSH)
CMATH1(atanh, F_ATANH)

/* a / b by Smith's method; a zero divisor is a domain error, as in cmath.log(x, 1). */
static Cx quotient(Cx a, Cx b)
{
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0)
            domain_error();
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return cx((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
    }
    if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return cx((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    }
    return cx(NAN, NAN);
}

static Obj *m_log(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"$x", "$base", NULL};
    Obj *a[2];
    args_parse("log", args, nargs, kwnames, names, 1, a);
    Cx r = apply(F_LOG, as_complex(a[0]));
    if (a[1])
        r = quotient(r, apply(F_LOG, as_complex(a[1])));
    return complex_new(r.re, r.im);
}

/* ---- the rest ---------------------------------------------------------------------------------- */

static Cx one_complex(const char *name, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return as_complex(args[0]);
}

static Obj *m_phase(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Cx z = one_complex("cmath.phase", args, nargs, kwnames);
    return float_new(atan2(z.im, z.re));
}

static Obj *m_polar(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Cx z = one_complex("cmath.polar", args, nargs, kwnames);
    double r = hypot(z.re, z.im);
    if (isinf(r) && is_finite(z))
        exc_raisef(&type_OverflowError, "absolute value too large");
    return tuple_pack(2, float_new(r), float_new(atan2(z.im, z.re)));
}

static Obj *m_rect(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("rect", kwnames);
    args_count("rect", nargs, 2, 2);
    double r = float_as_double(args[0]), phi = float_as_double(args[1]);
    if (phi == 0)
        return complex_new(r, r * phi);
    Cx z = cx(r * cos(phi), r * sin(phi));
    if ((isnan(z.re) || isnan(z.im)) && !isnan(r) && !isnan(phi))
        domain_error();
    return complex_new(z.re, z.im);
}

static Obj *m_isfinite(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return bool_from(is_finite(one_complex("cmath.isfinite", args, nargs, kwnames)));
}

static Obj *m_isinf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Cx z = one_complex("cmath.isinf", args, nargs, kwnames);
    return bool_from(isinf(z.re) || isinf(z.im));
}

static Obj *m_isnan(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Cx z = one_complex("cmath.isnan", args, nargs, kwnames);
    return bool_from(isnan(z.re) || isnan(z.im));
}

static Obj *m_isclose(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs > 2)
        exc_raisef(&type_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Obj *v[4];
    args_parse("isclose", args, nargs, kwnames, names, 2, v);
    Cx a = as_complex(v[0]), b = as_complex(v[1]);
    double rel = v[2] ? float_as_double(v[2]) : 1e-9, abs_tol = v[3] ? float_as_double(v[3]) : 0.0;
    if (rel < 0 || abs_tol < 0)
        exc_raisef(&type_ValueError, "tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im)
        return True;
    if (!is_finite(a) || !is_finite(b))
        return False;
    double diff = hypot(b.re - a.re, b.im - a.im);
    return bool_from(diff <= rel * hypot(b.re, b.im) || diff <= rel * hypot(a.re, a.im) || diff <= abs_tol);
}

static void cmath_init(Obj *m)
{
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"sqrt", m_sqrt}, {"exp", m_exp}, {"log", m_log}, {"log10", m_log10}, {"sin", m_sin}, {"cos", m_cos},
        {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos}, {"atan", m_atan}, {"sinh", m_sinh}, {"cosh", m_cosh},
        {"tanh", m_tanh}, {"asinh", m_asinh}, {"acosh", m_acosh}, {"atanh", m_atanh}, {"phase", m_phase},
        {"polar", m_polar}, {"rect", m_rect}, {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan},
        {"isclose", m_isclose},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add_function(m, fns[i].name, fns[i].fn);
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
    module_add(m, "infj", complex_new(0.0, INFINITY));
    module_add(m, "nanj", complex_new(0.0, NAN));
}

const ModuleDef cmath_module = {"cmath", cmath_init, NULL};
