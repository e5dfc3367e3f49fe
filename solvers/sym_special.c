/* solvers/sym_special.c — special functions with sympy's automatic evaluation (see sym_special.h). */
#include "solvers/sym_special.h"

#include <acb_dirichlet.h>
#include <acb_hypgeom.h>
#include <arb_hypgeom.h>
#include <flint/arith.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"

/* Largest integer arguments evaluated exactly (zeta(2n) needs B_2n; polygamma and the
 * incomplete gammas sum as many terms). */
#define MAX_EXACT 10000

static Sym *raw(SymFn f, size_t n, Sym *const *a) { return sym_fn_raw(f, n, a); }

static bool is_zero(Sym *x) { return sym_ask(x, SYM_F_ZERO) == SYM_YES; }

static bool is_small_int(Sym *x, long *v)
{
    if (x->kind != SYM_INTEGER || !fmpz_fits_si(x->v.z) || labs(fmpz_get_si(x->v.z)) > MAX_EXACT)
        return false;
    *v = fmpz_get_si(x->v.z);
    return true;
}

/* x = m + 1/2 for an integer m >= 0: m; otherwise -1. */
static long half_integer(Sym *x)
{
    if (x->kind != SYM_RATIONAL || !fmpz_equal_ui(fmpq_denref(x->v.q), 2) || fmpz_sgn(fmpq_numref(x->v.q)) < 0 ||
        fmpz_cmp_ui(fmpq_numref(x->v.q), 2 * MAX_EXACT) > 0)
        return -1;
    return (long)fmpz_get_ui(fmpq_numref(x->v.q)) / 2;
}

static Sym *log_of(Sym *x) { return sym_fn1(SYM_FN_LOG, x); }

static Sym *factorial_int(long n) { return sym_fn1(SYM_FN_FACTORIAL, sym_int(n)); }

/* f(-x) = -f(x) pulled out, or NULL. */
static Sym *odd(SymFn f, Sym *x)
{
    return sym_could_extract_minus_sign(x) ? sym_neg(sym_fn1(f, sym_neg(x))) : NULL;
}

/* ---- hyperbolic ---------------------------------------------------------------------------- */

/* sech(I y) = sec(y) and csch(I y) = -I csc(y) where sec and csc evaluate. */
static Sym *imaginary_hyperbolic(SymFn f, Sym *x)
{
    Sym *y = sym_mul(sym_neg(sym_i), x);
    if (sym_has(y, sym_i))
        return NULL;
    Sym *r = sym_fn1(f == SYM_FN_SECH ? SYM_FN_SEC : SYM_FN_CSC, y);
    if (r->kind == SYM_FN)
        return NULL;
    return f == SYM_FN_SECH ? r : sym_mul(sym_neg(sym_i), r);
}

static Sym *hyperbolic_eval(SymFn f, Sym *x)
{
    bool zero = is_zero(x), inf = x->kind == SYM_INFINITY || x->kind == SYM_NEG_INFINITY;
    Sym *r;
    switch (f) {
    case SYM_FN_SECH:
        if (zero)
            return sym_one;
        if (inf)
            return sym_zero;
        if (sym_could_extract_minus_sign(x))
            return sym_fn1(f, sym_neg(x));
        return imaginary_hyperbolic(f, x);
    case SYM_FN_CSCH:
        if (zero)
            return sym_zoo;
        if (inf)
            return sym_zero;
        return (r = odd(f, x)) ? r : imaginary_hyperbolic(f, x);
    case SYM_FN_ACOTH:
        if (zero)
            return sym_mul(sym_mul(sym_half, sym_i), sym_pi);
        if (sym_is_one(x))
            return sym_oo;
        if (sym_is_int_value(x, -1))
            return sym_neg_oo;
        if (inf)
            return sym_zero;
        return odd(f, x);
    case SYM_FN_ASECH:
        if (zero)
            return sym_oo;
        if (sym_is_one(x))
            return sym_zero;
        if (sym_is_int_value(x, -1))
            return sym_mul(sym_i, sym_pi);
        if (sym_is_int_value(x, 2))
            return sym_mul(sym_mul(sym_rat(1, 3), sym_i), sym_pi);
        if (inf)
            return sym_mul(sym_mul(sym_half, sym_i), sym_pi);
        return NULL;
    case SYM_FN_ACSCH:
        if (zero)
            return sym_zoo;
        if (sym_is_one(x))
            return log_of(sym_add(sym_one, sym_sqrt(sym_two)));
        if (inf)
            return sym_zero;
        return odd(f, x);
    default:
        return NULL;
    }
}

/* ---- LambertW and the error functions ---------------------------------------------------------- */

static Sym *lambertw_eval(size_t n, Sym *const *a)
{
    if (n > 2)
        sym_raise(SYM_E_TYPE, "LambertW takes 1 or 2 arguments (%zu given)", n);
    Sym *x = a[0], *minus_inv_e = sym_neg(sym_pow(sym_e, sym_neg_one));
    if (n == 2 && is_zero(a[1]))
        return sym_fn1(SYM_FN_LAMBERTW, x);
    if (n == 2)
        return sym_is_int_value(a[1], -1) && sym_eq(x, minus_inv_e) ? sym_neg_one : NULL;
    if (is_zero(x))
        return sym_zero;
    if (x->kind == SYM_E)
        return sym_one;
    if (sym_eq(x, minus_inv_e))
        return sym_neg_one;
    if (x->kind == SYM_INFINITY)
        return sym_oo;
    return NULL;
}

static Sym *erf_eval(SymFn f, Sym *x)
{
    if (x->kind == SYM_NAN)
        return sym_nan;
    bool zero = is_zero(x), pos = x->kind == SYM_INFINITY, neg = x->kind == SYM_NEG_INFINITY;
    switch (f) {
    case SYM_FN_ERF:
        if (zero || pos || neg)
            return zero ? sym_zero : pos ? sym_one : sym_neg_one;
        return odd(f, x);
    case SYM_FN_ERFC:
        if (zero || pos || neg)
            return zero ? sym_one : pos ? sym_zero : sym_two;
        return sym_could_extract_minus_sign(x) ? sym_sub(sym_two, sym_fn1(f, sym_neg(x))) : NULL;
    case SYM_FN_ERFI:
        if (zero || pos || neg)
            return zero ? sym_zero : x;
        return odd(f, x);
    case SYM_FN_ERFINV:
        if (zero)
            return sym_zero;
        if (sym_is_one(x))
            return sym_oo;
        if (sym_is_int_value(x, -1))
            return sym_neg_oo;
        return NULL;
    default:
        return NULL;
    }
}

/* ---- zeta and its relatives ---------------------------------------------------------------- */

/* zeta(s) at an integer s: pi**s |B_s| 2**(s-1)/s! for even s > 0, (-1)**k B_(k+1)/(k+1) at
 * s = -k <= 0, zoo at 1; NULL (unevaluated) for odd s > 1. */
static Sym *zeta_int(long s)
{
    if (s == 1)
        return sym_zoo;
    if (s > 1 && s % 2)
        return NULL;
    fmpq_t b;
    fmpq_init(b);
    Sym *r;
    if (s > 0) {
        arith_bernoulli_number(b, (ulong)s);
        fmpq_abs(b, b);
        fmpq_mul_2exp(b, b, (ulong)(s - 1));
        r = sym_div(sym_mul(sym_rat_fmpq(b), sym_pow(sym_pi, sym_int(s))), factorial_int(s));
    } else {
        arith_bernoulli_number(b, (ulong)(1 - s));
        if (s == 0)   /* B_1 = -1/2 */
            fmpq_set_si(b, -1, 2);
        else if ((-s) % 2)
            fmpq_neg(b, b);
        fmpq_div_fmpz(b, b, &(fmpz){1 - s});
        r = sym_rat_fmpq(b);
    }
    fmpq_clear(b);
    return r;
}

/* sum_{k=1}^{m} k**(-s) */
static Sym *power_sum(long m, Sym *s)
{
    Sym **t = gc_alloc((size_t)(m > 0 ? m : 1) * sizeof(Sym *));
    for (long k = 1; k <= m; k++) {
        budget_tick();
        t[k - 1] = sym_pow(sym_int(k), sym_neg(s));
    }
    return sym_add_n((size_t)(m > 0 ? m : 0), t);
}

static Sym *zeta_eval(size_t n, Sym *const *a)
{
    long s, q;
    if (n > 2)
        sym_raise(SYM_E_TYPE, "zeta takes 1 or 2 arguments (%zu given)", n);
    if (n == 2) {
        if (sym_is_one(a[1]))
            return sym_fn1(SYM_FN_ZETA, a[0]);
        if (sym_is_one(a[0]))
            return sym_zoo;
        if (is_small_int(a[0], &s) && s > 1 && is_small_int(a[1], &q) && q > 1)
            return sym_sub(sym_fn1(SYM_FN_ZETA, a[0]), power_sum(q - 1, a[0]));
        return NULL;
    }
    if (a[0]->kind == SYM_INFINITY)
        return sym_one;
    if (is_small_int(a[0], &s))
        return zeta_int(s);
    return NULL;
}

static Sym *eta_eval(Sym *s)
{
    if (sym_is_one(s))
        return log_of(sym_two);
    Sym *z = sym_fn1(SYM_FN_ZETA, s);
    if (sym_is_fn(z, SYM_FN_ZETA) || s->kind == SYM_FLOAT)
        return NULL;
    return sym_mul(sym_sub(sym_one, sym_pow(sym_two, sym_sub(sym_one, s))), z);
}

static Sym *polylog_eval(Sym *s, Sym *z)
{
    if (is_zero(z))
        return sym_zero;
    if (sym_is_one(z))
        return sym_fn1(SYM_FN_ZETA, s);
    if (sym_is_int_value(z, -1))
        return sym_neg(sym_fn1(SYM_FN_DIRICHLET_ETA, s));
    if (is_zero(s))
        return sym_div(z, sym_sub(sym_one, z));
    if (sym_is_int_value(s, -1))
        return sym_div(z, sym_pow(sym_sub(sym_one, z), sym_two));
    if (sym_is_int_value(s, 2) && sym_eq(z, sym_half))
        return sym_sub(sym_div(sym_pow(sym_pi, sym_two), sym_int(12)),
                       sym_div(sym_pow(log_of(sym_two), sym_two), sym_two));
    if (sym_is_int_value(s, 2) && sym_is_int_value(z, 2))
        return sym_sub(sym_div(sym_pow(sym_pi, sym_two), sym_int(4)), sym_mul(sym_mul(sym_i, sym_pi), log_of(sym_two)));
    return NULL;
}

/* ---- gamma relatives --------------------------------------------------------------------------- */

static bool nonpositive_int(Sym *x) { return x->kind == SYM_INTEGER && fmpz_sgn(x->v.z) <= 0; }

static Sym *loggamma_eval(Sym *x)
{
    long m;
    if (x->kind == SYM_INFINITY || nonpositive_int(x))
        return sym_oo;
    if ((is_small_int(x, &m) && m > 0) || half_integer(x) >= 0)
        return log_of(sym_fn1(SYM_FN_GAMMA, x));
    return NULL;
}

static Sym *polygamma_eval(Sym *nn, Sym *x)
{
    long n, m;
    if (!is_small_int(nn, &n) || n < 0)
        return NULL;
    if (nonpositive_int(x))
        return sym_zoo;
    if (x->kind == SYM_INFINITY)
        return n == 0 ? sym_oo : sym_zero;
    Sym *sign_fac = sym_mul(sym_int(n % 2 ? 1 : -1), factorial_int(n));   /* (-1)**(n+1) n! */
    Sym *s = sym_int(n + 1);
    if (is_small_int(x, &m) && m > 0) {   /* (-1)**(n+1) n! (zeta(n+1) - H(m-1, n+1)); digamma: H(m-1) - gamma */
        if (n == 0)
            return sym_sub(sym_fn1(SYM_FN_HARMONIC, sym_int(m - 1)), sym_euler_gamma);
        return sym_mul(sign_fac, sym_sub(sym_fn1(SYM_FN_ZETA, s), power_sum(m - 1, s)));
    }
    if ((m = half_integer(x)) < 0)
        return NULL;
    /* at 1/2, then up by polygamma(n, y + 1) = polygamma(n, y) + (-1)**n n! / y**(n+1) */
    Sym *r = n == 0 ? sym_sub(sym_mul(sym_int(-2), log_of(sym_two)), sym_euler_gamma)
                    : sym_mul(sym_mul(sign_fac, sym_sub(sym_pow(sym_two, s), sym_one)), sym_fn1(SYM_FN_ZETA, s));
    for (long k = 0; k < m; k++) {
        budget_tick();
        Sym *y = sym_add(sym_half, sym_int(k));
        r = sym_sub(r, sym_mul(sign_fac, sym_pow(y, sym_neg(s))));
    }
    return r;
}

/* sum_{k<m} x**k/k! */
static Sym *exp_partial(long m, Sym *x)
{
    Sym **t = gc_alloc((size_t)m * sizeof(Sym *));
    for (long k = 0; k < m; k++) {
        budget_tick();
        t[k] = sym_div(sym_pow(x, sym_int(k)), factorial_int(k));
    }
    return sym_add_n((size_t)m, t);
}

/* lowergamma (lower) and uppergamma at a positive integer a or at a = 1/2. */
static Sym *incomplete_gamma_eval(bool lower, Sym *a, Sym *x)
{
    long m;
    if (sym_eq(a, sym_half))
        return sym_mul(sym_sqrt(sym_pi), sym_fn1(lower ? SYM_FN_ERF : SYM_FN_ERFC, sym_sqrt(x)));
    if (!is_small_int(a, &m) || m <= 0)
        return NULL;
    Sym *upper = sym_mul(sym_fn1(SYM_FN_EXP, sym_neg(x)), exp_partial(m, x));
    Sym *c = factorial_int(m - 1);
    return lower ? sym_mul(c, sym_sub(sym_one, upper)) : sym_mul(c, upper);
}

static Sym *beta_eval(size_t n, Sym *const *a)
{
    long p, q;
    if (n > 2)
        sym_raise(SYM_E_TYPE, "beta takes 1 or 2 arguments (%zu given)", n);
    if (n == 1) {
        Sym *both[2] = {a[0], a[0]};
        return sym_fn(SYM_FN_BETA, 2, both);
    }
    if (!is_small_int(a[0], &p) || !is_small_int(a[1], &q) || p <= 0 || q <= 0)
        return NULL;
    return sym_div(sym_mul(factorial_int(p - 1), factorial_int(q - 1)), factorial_int(p + q - 1));
}

/* ---- distributions and tensors ------------------------------------------------------------ */

static Sym *heaviside_eval(size_t n, Sym *const *a)
{
    if (n > 2)
        sym_raise(SYM_E_TYPE, "Heaviside takes 1 or 2 arguments (%zu given)", n);
    Sym *x = a[0], *h0 = n == 2 ? a[1] : sym_half;
    if (n == 2 && sym_eq(h0, sym_half))
        return sym_fn1(SYM_FN_HEAVISIDE, x);
    if (sym_is(x, SYM_F_POSITIVE))
        return sym_one;
    if (sym_is(x, SYM_F_NEGATIVE))
        return sym_zero;
    if (is_zero(x))
        return h0;
    return NULL;
}

static Sym *dirac_eval(size_t n, Sym *const *a)
{
    if (n > 2)
        sym_raise(SYM_E_TYPE, "DiracDelta takes 1 or 2 arguments (%zu given)", n);
    if (n == 2 && is_zero(a[1]))
        return sym_fn1(SYM_FN_DIRAC_DELTA, a[0]);
    if (sym_is(a[0], SYM_F_POSITIVE) || sym_is(a[0], SYM_F_NEGATIVE))
        return sym_zero;
    return NULL;
}

static Sym *kronecker_delta_eval(size_t n, Sym *const *a)
{
    if (n != 2 && n != 3)
        sym_raise(SYM_E_TYPE, "KroneckerDelta takes 2 or 3 arguments (%zu given)", n);
    Sym *d = sym_sub(a[0], a[1]);
    if (is_zero(d))
        return sym_one;
    if (sym_is(d, SYM_F_NONZERO))
        return sym_zero;
    if (sym_cmp(a[0], a[1]) > 0) {
        Sym *swapped[3] = {a[1], a[0], n == 3 ? a[2] : NULL};
        return raw(SYM_FN_KRONECKER_DELTA, n, swapped);
    }
    return NULL;
}

/* prod_{i<j} (a_j - a_i) / (j - i): the sign of a permutation, 0 at a repeated index. */
static Sym *levi_civita_eval(size_t n, Sym *const *a)
{
    bool ints = true;
    for (size_t i = 0; i < n; i++) {
        ints &= a[i]->kind == SYM_INTEGER;
        for (size_t j = i + 1; j < n; j++)
            if (sym_eq(a[i], a[j]))
                return sym_zero;
    }
    if (!ints)
        return NULL;
    if (n > 1000)
        sym_raise(SYM_E_LIMIT, "LeviCivita: too many indices");
    Sym *r = sym_one;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            budget_tick();
            r = sym_mul(r, sym_div(sym_sub(a[j], a[i]), sym_int((long)(j - i))));
        }
    return r;
}

static Sym *sinc_eval(Sym *x)
{
    if (is_zero(x))
        return sym_one;
    if (x->kind == SYM_INFINITY || x->kind == SYM_NEG_INFINITY)
        return sym_zero;
    if (sym_could_extract_minus_sign(x))
        return sym_fn1(SYM_FN_SINC, sym_neg(x));
    Sym *c = sym_div(x, sym_pi);
    if (c->kind == SYM_INTEGER)
        return sym_zero;
    if (c->kind == SYM_RATIONAL && fmpz_equal_ui(fmpq_denref(c->v.q), 2))
        return sym_div(sym_fn1(SYM_FN_SIN, x), x);
    return NULL;
}

/* ---- dispatch ------------------------------------------------------------------------------ */

Sym *sym_special_eval(SymFn f, size_t n, Sym *const *a)
{
    switch (f) {
    case SYM_FN_SECH: case SYM_FN_CSCH: case SYM_FN_ACOTH: case SYM_FN_ASECH: case SYM_FN_ACSCH:
        return hyperbolic_eval(f, a[0]);
    case SYM_FN_LAMBERTW: return lambertw_eval(n, a);
    case SYM_FN_ERF: case SYM_FN_ERFC: case SYM_FN_ERFI: case SYM_FN_ERFINV: return erf_eval(f, a[0]);
    case SYM_FN_ZETA: return zeta_eval(n, a);
    case SYM_FN_DIRICHLET_ETA: return eta_eval(a[0]);
    case SYM_FN_POLYLOG: return polylog_eval(a[0], a[1]);
    case SYM_FN_LOGGAMMA: return loggamma_eval(a[0]);
    case SYM_FN_POLYGAMMA: return polygamma_eval(a[0], a[1]);
    case SYM_FN_LOWERGAMMA: return incomplete_gamma_eval(true, a[0], a[1]);
    case SYM_FN_UPPERGAMMA: return incomplete_gamma_eval(false, a[0], a[1]);
    case SYM_FN_BETA: return beta_eval(n, a);
    case SYM_FN_HEAVISIDE: return heaviside_eval(n, a);
    case SYM_FN_DIRAC_DELTA: return dirac_eval(n, a);
    case SYM_FN_KRONECKER_DELTA: return kronecker_delta_eval(n, a);
    case SYM_FN_LEVI_CIVITA: return levi_civita_eval(n, a);
    case SYM_FN_SINC: return sinc_eval(a[0]);
    default: return NULL;
    }
}

/* ---- numeric values ------------------------------------------------------------------------ */

bool sym_special_acb(acb_t out, SymFn f, size_t n, const acb_t x, const acb_t y, slong prec)
{
    acb_t t;
    acb_init(t);
    bool ok = true;
    switch (f) {
    case SYM_FN_SECH: acb_cosh(t, x, prec); acb_inv(out, t, prec); break;
    case SYM_FN_CSCH: acb_sinh(t, x, prec); acb_inv(out, t, prec); break;
    case SYM_FN_ACOTH: acb_inv(t, x, prec); acb_atanh(out, t, prec); break;
    case SYM_FN_ASECH: acb_inv(t, x, prec); acb_acosh(out, t, prec); break;
    case SYM_FN_ACSCH: acb_inv(t, x, prec); acb_asinh(out, t, prec); break;
    case SYM_FN_LAMBERTW: {
        fmpz_t k;
        fmpz_init(k);
        ok = n == 1;
        if (ok)
            acb_lambertw(out, x, k, 0, prec);
        fmpz_clear(k);
        break;
    }
    case SYM_FN_ERF: acb_hypgeom_erf(out, x, prec); break;
    case SYM_FN_ERFC: acb_hypgeom_erfc(out, x, prec); break;
    case SYM_FN_ERFI: acb_hypgeom_erfi(out, x, prec); break;
    case SYM_FN_ERFINV:
        ok = acb_is_real(x);
        if (ok) {
            arb_hypgeom_erfinv(acb_realref(out), acb_realref(x), prec);
            arb_zero(acb_imagref(out));
        }
        break;
    case SYM_FN_ZETA:
        if (n == 2)
            acb_hurwitz_zeta(out, x, y, prec);
        else
            acb_zeta(out, x, prec);
        break;
    case SYM_FN_DIRICHLET_ETA: acb_dirichlet_eta(out, x, prec); break;
    case SYM_FN_POLYLOG: acb_polylog(out, x, y, prec); break;
    case SYM_FN_LOGGAMMA: acb_lgamma(out, x, prec); break;
    case SYM_FN_POLYGAMMA: acb_polygamma(out, x, y, prec); break;
    case SYM_FN_LOWERGAMMA: acb_hypgeom_gamma_lower(out, x, y, 0, prec); break;
    case SYM_FN_UPPERGAMMA: acb_hypgeom_gamma_upper(out, x, y, 0, prec); break;
    case SYM_FN_BETA:   /* gamma(x) gamma(y) / gamma(x + y) */
        acb_add(t, x, y, prec);
        acb_rgamma(t, t, prec);
        acb_gamma(out, x, prec);
        acb_mul(out, out, t, prec);
        acb_gamma(t, y, prec);
        acb_mul(out, out, t, prec);
        break;
    case SYM_FN_SINC: acb_sinc(out, x, prec); break;
    default: ok = false; break;
    }
    acb_clear(t);
    return ok;
}

/* ---- derivatives --------------------------------------------------------------------------- */

Sym *sym_special_fdiff(Sym *e)
{
    Sym *u = e->args[0], *one = sym_one, *u2 = sym_pow(u, sym_two);
    Sym *two_over_sqrt_pi = sym_div(sym_two, sym_sqrt(sym_pi));
    switch ((SymFn)e->op) {
    case SYM_FN_GAMMA: return sym_mul(e, sym_fn2(SYM_FN_POLYGAMMA, sym_zero, u));
    case SYM_FN_LOGGAMMA: return sym_fn2(SYM_FN_POLYGAMMA, sym_zero, u);
    case SYM_FN_SECH: return sym_neg(sym_mul(sym_fn1(SYM_FN_TANH, u), e));
    case SYM_FN_CSCH: return sym_neg(sym_mul(sym_fn1(SYM_FN_COTH, u), e));
    case SYM_FN_ACOTH: return sym_div(one, sym_sub(one, u2));
    case SYM_FN_ASECH: return sym_div(sym_neg_one, sym_mul(u, sym_sqrt(sym_sub(one, u2))));
    case SYM_FN_ACSCH:
        return sym_div(sym_neg_one, sym_mul(u2, sym_sqrt(sym_add(one, sym_pow(u, sym_int(-2))))));
    case SYM_FN_LAMBERTW: return e->n == 1 ? sym_div(e, sym_mul(u, sym_add(e, one))) : NULL;
    case SYM_FN_ERF: return sym_mul(two_over_sqrt_pi, sym_fn1(SYM_FN_EXP, sym_neg(u2)));
    case SYM_FN_ERFC: return sym_neg(sym_mul(two_over_sqrt_pi, sym_fn1(SYM_FN_EXP, sym_neg(u2))));
    case SYM_FN_ERFI: return sym_mul(two_over_sqrt_pi, sym_fn1(SYM_FN_EXP, u2));
    case SYM_FN_ERFINV:
        return sym_mul(sym_div(sym_sqrt(sym_pi), sym_two), sym_fn1(SYM_FN_EXP, sym_pow(e, sym_two)));
    case SYM_FN_HEAVISIDE: return e->n == 1 ? sym_fn1(SYM_FN_DIRAC_DELTA, u) : NULL;
    case SYM_FN_SINC:
        return sym_sub(sym_div(sym_fn1(SYM_FN_COS, u), u), sym_div(sym_fn1(SYM_FN_SIN, u), u2));
    default: return NULL;
    }
}
