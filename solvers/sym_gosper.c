/* solvers/sym_gosper.c — Gosper's algorithm (see sym_gosper.h). */
#include "solvers/sym_gosper.h"

#include <flint/fmpq_mat.h>
#include <flint/fmpz_poly_factor.h>

#include "base/budget.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_limit.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_qpoly.h"

/* Terms of higher degree than this in k are not attempted (the linear system grows with it). */
#define MAX_DEGREE 64

/* The ratio num/den being built, as polynomials in k. */
typedef struct Ratio {
    fmpq_poly_t num, den;
    bool rational;          /* every factor of the term is a rational function of k */
} Ratio;

/* How the antidifference behaves as k -> oo. */
typedef enum { TAIL_VANISHES, TAIL_RATIONAL, TAIL_UNKNOWN } Tail;

/* The coefficient of k**i in p. */
static void coeff(fmpq_t c, const fmpq_poly_t p, slong i)
{
    if (i < 0)
        fmpq_zero(c);
    else
        fmpq_poly_get_coeff_fmpq(c, p, i);
}

/* Multiplies the ratio by p (or divides, when !up). */
static void ratio_mul(Ratio *r, const fmpq_poly_t p, bool up)
{
    fmpq_poly_mul(up ? r->num : r->den, up ? r->num : r->den, p);
}

/* e = s*k + c with s an integer (|s| <= MAX_DEGREE) and c rational. */
static bool integer_linear(Sym *e, Sym *k, long *s, Sym **c)
{
    SymVec v = {0, 0, NULL};
    if (!sym_poly_coeffs(e, k, &v) || v.n > 2)
        return false;
    Sym *slope = v.n == 2 ? v.v[0] : sym_zero, *rest = v.v[v.n - 1];
    if (slope->kind != SYM_INTEGER || !fmpz_fits_si(slope->v.z) || !sym_is_rational(rest))
        return false;
    *s = fmpz_get_si(slope->v.z);
    *c = rest;
    return *s >= -MAX_DEGREE && *s <= MAX_DEGREE;
}

/* gamma(s*k + c) (shift 0) or factorial(s*k + c) (shift 1): the ratio gains
 * (s*k + c + shift)...(s*k + c + shift + s - 1), upwards or downwards. */
static bool gamma_ratio(Ratio *r, Sym *arg, Sym *k, int shift, bool up)
{
    long s;
    Sym *c;
    if (!integer_linear(arg, k, &s, &c) || s < 0)
        return false;
    r->rational = false;
    fmpq_poly_t lin;
    fmpq_t q;
    fmpq_poly_init(lin);
    fmpq_init(q);
    sym_get_fmpq(q, c);
    fmpq_add_si(q, q, shift);
    fmpq_poly_set_coeff_si(lin, 1, s);
    for (long j = 0; j < s; j++, fmpq_add_si(q, q, 1)) {
        fmpq_poly_set_coeff_fmpq(lin, 0, q);
        ratio_mul(r, lin, up);
    }
    fmpq_clear(q);
    fmpq_poly_clear(lin);
    return true;
}

/* Multiplies the ratio by t(k+1)/t(k) of one factor t, raised to the integer power e. */
static bool factor_ratio(Ratio *r, Sym *t, Sym *k, long e)
{
    budget_tick();
    if (!sym_has(t, k))
        return true;
    bool up = e > 0;
    long times = e > 0 ? e : -e;
    Sym *base, *x;
    sym_as_base_exp(t, &base, &x);
    if (x->kind == SYM_INTEGER && !sym_is_one(x) && fmpz_fits_si(x->v.z) && !sym_has(x, k)) {
        long m = fmpz_get_si(x->v.z);
        return m > -MAX_DEGREE && m < MAX_DEGREE && factor_ratio(r, base, k, e * m);
    }
    if (!sym_has(base, k)) {
        /* c**(s*k + d): the ratio is the number c**s */
        long s;
        Sym *d;
        if (!sym_is_rational(base) || !integer_linear(x, k, &s, &d))
            return false;
        r->rational = false;
        Sym *q = sym_pow(base, sym_int(s * e));
        fmpq_poly_t p;
        fmpq_poly_init(p);
        bool ok = sym_qpoly_read(p, q, k);
        if (ok)
            fmpq_poly_mul(r->num, r->num, p);
        fmpq_poly_clear(p);
        return ok;
    }
    for (long i = 0; i < times; i++) {
        if (sym_is_fn(t, SYM_FN_FACTORIAL) || sym_is_fn(t, SYM_FN_GAMMA)) {
            if (!gamma_ratio(r, t->args[0], k, sym_is_fn(t, SYM_FN_FACTORIAL), up))
                return false;
        } else if (sym_is_fn(t, SYM_FN_BINOMIAL)) {
            /* n!/(m!*(n - m)!) */
            Sym *n = t->args[0], *m = t->args[1];
            if (!gamma_ratio(r, n, k, 1, up) || !gamma_ratio(r, m, k, 1, !up) ||
                !gamma_ratio(r, sym_sub(n, m), k, 1, !up))
                return false;
        } else {
            fmpq_poly_t p, p1;
            fmpq_poly_init(p);
            fmpq_poly_init(p1);
            bool ok = sym_qpoly_read(p, t, k) && fmpq_poly_degree(p) <= MAX_DEGREE;
            if (ok) {
                sym_qpoly_shift(p1, p, 1);
                ratio_mul(r, p1, up);
                ratio_mul(r, p, !up);
            }
            fmpq_poly_clear(p);
            fmpq_poly_clear(p1);
            if (!ok)
                return false;
        }
    }
    return true;
}

/* The monic version of p and its leading coefficient. */
static void make_monic(fmpq_poly_t p, fmpq_t lc)
{
    fmpq_poly_get_coeff_fmpq(lc, p, fmpq_poly_degree(p));
    fmpq_poly_make_monic(p, p);
}

/* The nonnegative integers h for which the monic irreducible factors of A and B satisfy
 * p(k) == q(k + h), ascending, without repeats. */
static slong dispersion_set(const fmpq_poly_t A, const fmpq_poly_t B, slong *hs, slong max)
{
    fmpz_poly_factor_t fa, fb;
    fmpz_poly_factor_init(fa);
    fmpz_poly_factor_init(fb);
    sym_qpoly_factor(fa, A);
    sym_qpoly_factor(fb, B);
    slong n = 0;
    fmpq_poly_t p, q, qs;
    fmpq_poly_init(p);
    fmpq_poly_init(q);
    fmpq_poly_init(qs);
    fmpq_t cp, cq, h;
    fmpq_init(cp);
    fmpq_init(cq);
    fmpq_init(h);
    for (slong i = 0; i < fa->num; i++) {
        for (slong j = 0; j < fb->num; j++) {
            slong d = fmpz_poly_degree(fa->p + i);
            if (d != fmpz_poly_degree(fb->p + j) || d < 1)
                continue;
            fmpq_poly_set_fmpz_poly(p, fa->p + i);
            fmpq_poly_set_fmpz_poly(q, fb->p + j);
            fmpq_poly_make_monic(p, p);
            fmpq_poly_make_monic(q, q);
            /* q(k + h) has the coefficient q[d-1] + d*h at k**(d-1) */
            fmpq_poly_get_coeff_fmpq(cp, p, d - 1);
            fmpq_poly_get_coeff_fmpq(cq, q, d - 1);
            fmpq_sub(h, cp, cq);
            fmpq_div_fmpz(h, h, (fmpz[]){d});
            if (!fmpz_is_one(fmpq_denref(h)) || fmpz_sgn(fmpq_numref(h)) < 0 || !fmpz_fits_si(fmpq_numref(h)))
                continue;
            slong hv = fmpz_get_si(fmpq_numref(h));
            if (hv > 10 * MAX_DEGREE)
                continue;
            fmpq_poly_set(qs, q);
            sym_qpoly_shift(qs, q, (long)hv);
            if (!fmpq_poly_equal(qs, p))
                continue;
            slong at = 0;
            while (at < n && hs[at] < hv)
                at++;
            if ((at < n && hs[at] == hv) || n == max)
                continue;
            for (slong m = n; m > at; m--)
                hs[m] = hs[m - 1];
            hs[at] = hv;
            n++;
        }
    }
    fmpq_clear(cp);
    fmpq_clear(cq);
    fmpq_clear(h);
    fmpq_poly_clear(p);
    fmpq_poly_clear(q);
    fmpq_poly_clear(qs);
    fmpz_poly_factor_clear(fa);
    fmpz_poly_factor_clear(fb);
    return n;
}

/* Gosper's normal form of num/den: num/den = Z*A(k)/B(k)*C(k+1)/C(k), A and B monic with
 * gcd(A(k), B(k + h)) == 1 for every integer h >= 0; Z is multiplied into A. */
static void normal_form(fmpq_poly_t A, fmpq_poly_t B, fmpq_poly_t C, const fmpq_poly_t num, const fmpq_poly_t den)
{
    fmpq_t za, zb;
    fmpq_init(za);
    fmpq_init(zb);
    fmpq_poly_set(A, num);
    fmpq_poly_set(B, den);
    make_monic(A, za);
    make_monic(B, zb);
    fmpq_div(za, za, zb);
    fmpq_poly_one(C);
    slong hs[2 * MAX_DEGREE + 2];
    slong n = dispersion_set(A, B, hs, 2 * MAX_DEGREE + 2);
    fmpq_poly_t g, s;
    fmpq_poly_init(g);
    fmpq_poly_init(s);
    for (slong i = 0; i < n; i++) {
        sym_qpoly_shift(s, B, (long)hs[i]);
        fmpq_poly_gcd(g, A, s);
        if (fmpq_poly_degree(g) < 1)
            continue;
        fmpq_poly_div(A, A, g);
        sym_qpoly_shift(s, g, -(long)hs[i]);
        fmpq_poly_div(B, B, s);
        for (slong j = 1; j <= hs[i]; j++) {
            sym_qpoly_shift(s, g, -(long)j);
            fmpq_poly_mul(C, C, s);
        }
    }
    fmpq_poly_scalar_mul_fmpq(A, A, za);
    fmpq_poly_clear(g);
    fmpq_poly_clear(s);
    fmpq_clear(za);
    fmpq_clear(zb);
}

/* The largest admissible degree of a solution x of A*x(k+1) - B*x(k) = C, or -1. */
static slong degree_bound(const fmpq_poly_t A, const fmpq_poly_t B, const fmpq_poly_t C)
{
    slong N = fmpq_poly_degree(A), M = fmpq_poly_degree(B), K = fmpq_poly_degree(C);
    fmpq_t la, lb, t;
    fmpq_init(la);
    fmpq_init(lb);
    fmpq_init(t);
    coeff(la, A, N);
    coeff(lb, B, M);
    slong d = -1;
    if (N != M || !fmpq_equal(la, lb)) {
        d = K - (N > M ? N : M);
    } else {
        d = K - N + 1;
        if (N == 0 && d < 0) {
            d = 0;
        } else if (N > 0) {
            coeff(t, B, N - 1);
            coeff(lb, A, N - 1);
            fmpq_sub(t, t, lb);
            fmpq_div(t, t, la);
            if (fmpz_is_one(fmpq_denref(t)) && fmpz_fits_si(fmpq_numref(t)) && fmpz_get_si(fmpq_numref(t)) > d)
                d = fmpz_get_si(fmpq_numref(t));
        }
    }
    fmpq_clear(la);
    fmpq_clear(lb);
    fmpq_clear(t);
    return d <= MAX_DEGREE ? d : -1;
}

/* A polynomial x of degree at most d with A*x(k+1) - B*x(k) = C into x; false when none. */
static bool solve_gosper(fmpq_poly_t x, const fmpq_poly_t A, const fmpq_poly_t B, const fmpq_poly_t C, slong d)
{
    slong rows = d + 1 + (fmpq_poly_degree(A) > fmpq_poly_degree(B) ? fmpq_poly_degree(A) : fmpq_poly_degree(B));
    if (fmpq_poly_degree(C) + 1 > rows)
        rows = fmpq_poly_degree(C) + 1;
    fmpq_mat_t M, X, R;
    fmpq_mat_init(M, rows, d + 1);
    fmpq_mat_init(X, d + 1, 1);
    fmpq_mat_init(R, rows, 1);
    fmpq_poly_t basis, shifted, col;
    fmpq_poly_init(basis);
    fmpq_poly_init(shifted);
    fmpq_poly_init(col);
    fmpq_poly_t tmp;
    fmpq_poly_init(tmp);
    for (slong j = 0; j <= d; j++) {
        budget_tick();
        fmpq_poly_zero(basis);
        fmpq_poly_set_coeff_si(basis, j, 1);
        sym_qpoly_shift(shifted, basis, 1);
        fmpq_poly_mul(col, A, shifted);
        fmpq_poly_mul(tmp, B, basis);
        fmpq_poly_sub(col, col, tmp);
        for (slong i = 0; i < rows; i++)
            coeff(fmpq_mat_entry(M, i, j), col, i);
    }
    for (slong i = 0; i < rows; i++)
        coeff(fmpq_mat_entry(R, i, 0), C, i);
    bool ok = fmpq_mat_can_solve(X, M, R) != 0;
    fmpq_poly_zero(x);
    for (slong j = 0; ok && j <= d; j++)
        fmpq_poly_set_coeff_fmpq(x, j, fmpq_mat_entry(X, j, 0));
    fmpq_poly_clear(basis);
    fmpq_poly_clear(shifted);
    fmpq_poly_clear(col);
    fmpq_poly_clear(tmp);
    fmpq_mat_clear(M);
    fmpq_mat_clear(X);
    fmpq_mat_clear(R);
    return ok && !fmpq_poly_is_zero(x);
}

/* The tail of a term of ratio num/den: the ratio's limit below 1 in size makes the term, and
 * with it the antidifference (the term times a rational function), vanish at oo. */
static Tail tail_of(const Ratio *r)
{
    slong dn = fmpq_poly_degree(r->num), dd = fmpq_poly_degree(r->den);
    if (dn != dd)
        return dn < dd ? TAIL_VANISHES : TAIL_UNKNOWN;
    fmpq_t a, b;
    fmpq_init(a);
    fmpq_init(b);
    coeff(a, r->num, dn);
    coeff(b, r->den, dd);
    fmpq_div(a, a, b);
    fmpq_abs(a, a);
    int c = fmpq_cmp_si(a, 1);
    fmpq_clear(a);
    fmpq_clear(b);
    return c < 0 ? TAIL_VANISHES : c == 0 && r->rational ? TAIL_RATIONAL : TAIL_UNKNOWN;
}

/* Gosper's term g(k), with the antidifference g(k)*f(k), or NULL; *tail as tail_of. */
static Sym *gosper_term(Sym *f, Sym *k, Tail *tail)
{
    Ratio r = {.rational = true};
    fmpq_poly_init(r.num);
    fmpq_poly_init(r.den);
    fmpq_poly_one(r.num);
    fmpq_poly_one(r.den);
    Sym *const *fs;
    size_t nf = sym_mul_args(&f, &fs);
    bool ok = true;
    for (size_t i = 0; i < nf && ok; i++)
        ok = factor_ratio(&r, fs[i], k, 1);
    Sym *g = NULL;
    if (ok && !fmpq_poly_is_zero(r.num)) {
        *tail = tail_of(&r);
        fmpq_poly_t A, B, C, x;
        fmpq_poly_init(A);
        fmpq_poly_init(B);
        fmpq_poly_init(C);
        fmpq_poly_init(x);
        normal_form(A, B, C, r.num, r.den);
        sym_qpoly_shift(B, B, -1);
        slong d = degree_bound(A, B, C);
        if (d >= 0 && solve_gosper(x, A, B, C, d)) {
            fmpq_poly_mul(x, x, B);
            g = sym_div(sym_qpoly_expr(x, k), sym_qpoly_expr(C, k));
        }
        fmpq_poly_clear(A);
        fmpq_poly_clear(B);
        fmpq_poly_clear(C);
        fmpq_poly_clear(x);
    }
    fmpq_poly_clear(r.num);
    fmpq_poly_clear(r.den);
    return g;
}

Sym *sym_gosper_sum(Sym *f, Sym *k, Sym *a, Sym *b)
{
    SymVec free = sym_free_symbols(f);
    if (free.n != 1 || a->kind == SYM_NEG_INFINITY || b->kind == SYM_NEG_INFINITY)
        return NULL;
    if (f->kind == SYM_ADD)   /* a sum of terms is one term over a common denominator */
        f = sym_together(f);
    Tail tail;
    Sym *g = gosper_term(f, k, &tail);
    if (!g || (b->kind == SYM_INFINITY && tail == TAIL_UNKNOWN))
        return NULL;
    Sym *upper = sym_mul(f, sym_add(g, sym_one)), *lower = sym_mul(f, g), *hi, *lo;
    if (b->kind != SYM_INFINITY)
        hi = sym_subs(upper, k, b);
    else if (tail == TAIL_VANISHES)
        hi = sym_zero;
    else
        hi = sym_limit(upper, k, sym_oo, 1);
    lo = sym_subs(lower, k, a);
    Sym *r = sym_sub(hi, lo);
    if (r->kind == SYM_NAN || r->kind == SYM_COMPLEX_INFINITY)
        return NULL;
    return sym_factor(r);
}
