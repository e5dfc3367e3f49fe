/* solvers/sym_intrat.c — rational functions (see sym_intrat.h). */
#include "solvers/sym_intrat.h"

#include <flint/fmpq_mat.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"
#include "solvers/sym_qpoly.h"

/* a/b as sympy's cancel() prints it: both cleared of denominators, their common integer
 * content removed, one Mul of the numerator and the denominator's inverse. */
static Sym *cancel_expr(const fmpq_poly_t a, const fmpq_poly_t b, Sym *x, fmpq_poly_t num, fmpq_poly_t den)
{
    fmpz_t l, g;
    fmpz_init(l);
    fmpz_init(g);
    fmpz_lcm(l, fmpq_poly_denref(a), fmpq_poly_denref(b));
    fmpq_poly_scalar_mul_fmpz(num, a, l);
    fmpq_poly_scalar_mul_fmpz(den, b, l);
    fmpz_poly_t zn, zd;
    fmpz_poly_init(zn);
    fmpz_poly_init(zd);
    fmpq_poly_get_numerator(zn, num);
    fmpq_poly_get_numerator(zd, den);
    fmpz_poly_content(g, zn);
    fmpz_poly_content(l, zd);
    fmpz_gcd(g, g, l);
    fmpq_poly_scalar_div_fmpz(num, num, g);
    fmpq_poly_scalar_div_fmpz(den, den, g);
    fmpz_poly_clear(zn);
    fmpz_poly_clear(zd);
    fmpz_clear(l);
    fmpz_clear(g);
    return sym_mul(sym_qpoly_expr(num, x), sym_pow_si(sym_qpoly_expr(den, x), -1));
}

/* Hermite reduction: r/q = (A/u)' + B/v with u = gcd(q, q') monic and v = q/u, solved as the
 * linear system r = A'v - A(u'v/u) + Bu in the coefficients of A (deg < deg u) and B. */
static bool hermite(const fmpq_poly_t r, const fmpq_poly_t q, fmpq_poly_t A, fmpq_poly_t u, fmpq_poly_t B,
                    fmpq_poly_t v)
{
    fmpq_poly_t dq, w, t, t2;
    fmpq_poly_init(dq);
    fmpq_poly_init(w);
    fmpq_poly_init(t);
    fmpq_poly_init(t2);
    fmpq_poly_derivative(dq, q);
    fmpq_poly_gcd(u, q, dq);
    fmpq_poly_div(v, q, u);
    slong n = fmpq_poly_degree(u), m = fmpq_poly_degree(v), N = n + m;
    fmpq_poly_derivative(t, u);
    fmpq_poly_mul(t, t, v);
    fmpq_poly_div(w, t, u);
    fmpq_mat_t M, X, Y;
    fmpq_mat_init(M, N, N);
    fmpq_mat_init(X, N, 1);
    fmpq_mat_init(Y, N, 1);
    for (slong k = 0; k < N; k++) {
        fmpq_poly_zero(t);
        if (k < n) {
            fmpq_poly_zero(t2);
            if (k > 0) {
                fmpq_poly_set_coeff_si(t2, k - 1, k);
                fmpq_poly_mul(t, t2, v);
            }
            fmpq_poly_zero(t2);
            fmpq_poly_set_coeff_si(t2, k, 1);
            fmpq_poly_mul(t2, t2, w);
            fmpq_poly_sub(t, t, t2);
        } else {
            fmpq_poly_zero(t2);
            fmpq_poly_set_coeff_si(t2, k - n, 1);
            fmpq_poly_mul(t, t2, u);
        }
        for (slong i = 0; i < N; i++)
            fmpq_poly_get_coeff_fmpq(fmpq_mat_entry(M, i, k), t, i);
    }
    for (slong i = 0; i < N; i++)
        fmpq_poly_get_coeff_fmpq(fmpq_mat_entry(Y, i, 0), r, i);
    bool ok = fmpq_mat_solve(X, M, Y);
    fmpq_poly_zero(A);
    fmpq_poly_zero(B);
    for (slong k = 0; ok && k < N; k++) {
        if (k < n)
            fmpq_poly_set_coeff_fmpq(A, k, fmpq_mat_entry(X, k, 0));
        else
            fmpq_poly_set_coeff_fmpq(B, k - n, fmpq_mat_entry(X, k, 0));
    }
    fmpq_mat_clear(M);
    fmpq_mat_clear(X);
    fmpq_mat_clear(Y);
    fmpq_poly_clear(dq);
    fmpq_poly_clear(w);
    fmpq_poly_clear(t);
    fmpq_poly_clear(t2);
    return ok;
}

/* One irreducible factor f of the log part with its share b/f of the partial fractions. */
typedef struct Share { Sym *residue; Sym *monic; } Share;

/* The log terms of b/f for an irreducible f whose residues are not rational: a quadratic with
 * complex roots gives a log of its monic form and an atan, one with real roots a log per root. */
static Sym *quadratic_logs(const fmpq_poly_t b, const fmpq_poly_t f, Sym *x)
{
    fmpq_t c;
    fmpq_init(c);
    Sym *lc, *p, *q, *al, *be;
    fmpq_poly_get_coeff_fmpq(c, f, 2);
    lc = sym_rat_fmpq(c);
    fmpq_poly_get_coeff_fmpq(c, f, 1);
    p = sym_div(sym_rat_fmpq(c), lc);
    fmpq_poly_get_coeff_fmpq(c, f, 0);
    q = sym_div(sym_rat_fmpq(c), lc);
    fmpq_poly_get_coeff_fmpq(c, b, 1);
    al = sym_div(sym_rat_fmpq(c), lc);
    fmpq_poly_get_coeff_fmpq(c, b, 0);
    be = sym_div(sym_rat_fmpq(c), lc);
    fmpq_clear(c);
    Sym *d = sym_sub(sym_mul(p, p), sym_mul(sym_int(4), q));
    Sym *half_al = sym_div(al, sym_two), *k = sym_sub(be, sym_mul(half_al, p));
    if (sym_num_sign(d) < 0) {
        Sym *s = sym_sqrt(sym_neg(d));
        Sym *mon = sym_add_n(3, (Sym *[]){sym_pow_si(x, 2), sym_mul(p, x), q});
        Sym *arg = sym_expand(sym_div(sym_add(sym_mul(sym_two, x), p), s));
        return sym_add(sym_mul(half_al, sym_fn1(SYM_FN_LOG, mon)),
                       sym_mul(sym_div(sym_mul(sym_two, k), s), sym_fn1(SYM_FN_ATAN, arg)));
    }
    Sym *s = sym_sqrt(d), *terms[2];
    for (int i = 0; i < 2; i++) {
        Sym *sg = i ? sym_neg_one : sym_one;
        Sym *root = sym_div(sym_add(sym_neg(p), sym_mul(sg, s)), sym_two);
        Sym *res = sym_add(half_al, sym_mul(sg, sym_div(k, s)));
        terms[i] = sym_mul(res, sym_fn1(SYM_FN_LOG, sym_sub(x, root)));
    }
    return sym_add(terms[0], terms[1]);
}

/* The log part of r/q for squarefree q (deg r < deg q). */
static Sym *log_part(const fmpq_poly_t r, const fmpq_poly_t q, Sym *x)
{
    fmpz_poly_t zq;
    fmpz_poly_factor_t fac;
    fmpz_poly_init(zq);
    fmpz_poly_factor_init(fac);
    fmpq_poly_get_numerator(zq, q);
    fmpz_poly_factor(fac, zq);
    slong nf = fac->num;
    Share *sh = gc_alloc((size_t)nf * sizeof(Share));
    fmpq_poly_t f, co, b, g, s, t, df;
    fmpq_poly_init(f);
    fmpq_poly_init(co);
    fmpq_poly_init(b);
    fmpq_poly_init(g);
    fmpq_poly_init(s);
    fmpq_poly_init(t);
    fmpq_poly_init(df);
    fmpq_t c1, c2;
    fmpq_init(c1);
    fmpq_init(c2);
    SymVec others = {0, 0, NULL};
    bool ok = true;
    for (slong i = 0; i < nf && ok; i++) {
        budget_tick();
        fmpq_poly_set_fmpz_poly(f, fac->p + i);
        fmpq_poly_div(co, q, f);
        fmpq_poly_xgcd(g, s, t, co, f);
        fmpq_poly_mul(b, r, s);
        fmpq_poly_rem(b, b, f);
        fmpq_poly_derivative(df, f);
        slong db = fmpq_poly_degree(b), dfd = fmpq_poly_degree(df);
        sh[i].residue = NULL;
        if (db == dfd) {
            /* a rational residue when b is a multiple of f' */
            fmpq_poly_get_coeff_fmpq(c1, b, db);
            fmpq_poly_get_coeff_fmpq(c2, df, dfd);
            fmpq_div(c1, c1, c2);
            fmpq_poly_scalar_mul_fmpq(t, df, c1);
            if (fmpq_poly_equal(t, b)) {
                sh[i].residue = sym_rat_fmpq(c1);
                fmpq_poly_make_monic(t, f);
                sh[i].monic = sym_qpoly_expr(t, x);
            }
        }
        if (!sh[i].residue) {
            if (fmpq_poly_degree(f) == 2)
                sym_vec_push(&others, quadratic_logs(b, f, x));
            else
                ok = false;
        }
    }
    fmpq_clear(c1);
    fmpq_clear(c2);
    fmpq_poly_clear(f);
    fmpq_poly_clear(co);
    fmpq_poly_clear(b);
    fmpq_poly_clear(g);
    fmpq_poly_clear(s);
    fmpq_poly_clear(t);
    fmpq_poly_clear(df);
    fmpz_poly_factor_clear(fac);
    if (!ok) {
        fmpz_poly_clear(zq);
        return NULL;
    }
    /* roots sharing a residue: one log of their monic product; all of q's roots: q itself */
    for (slong i = 0; i < nf; i++) {
        if (!sh[i].residue)
            continue;
        Sym *prod = sh[i].monic;
        slong members = 1;
        for (slong j = i + 1; j < nf; j++)
            if (sh[j].residue && sym_eq(sh[j].residue, sh[i].residue)) {
                prod = sym_mul(prod, sh[j].monic);
                sh[j].residue = NULL;
                members++;
            }
        if (members == nf) {
            fmpz_poly_primitive_part(zq, zq);
            fmpq_poly_t pq;
            fmpq_poly_init(pq);
            fmpq_poly_set_fmpz_poly(pq, zq);
            prod = sym_qpoly_expr(pq, x);
            fmpq_poly_clear(pq);
        } else {
            prod = sym_expand(prod);
        }
        sym_vec_push(&others, sym_mul(sh[i].residue, sym_fn1(SYM_FN_LOG, prod)));
    }
    fmpz_poly_clear(zq);
    return sym_add_n(others.n, others.v);
}

/* p/q as sympy's Poly.cancel over QQ leaves it: both cleared of denominators, their integer
 * gcd divided out, q's leading coefficient positive; the factor taken out goes to *coeff. */
static void cancel_qq(fmpq_poly_t p, fmpq_poly_t q, fmpq_t coeff)
{
    fmpz_poly_t zp, zq, g;
    fmpz_poly_init(zp);
    fmpz_poly_init(zq);
    fmpz_poly_init(g);
    fmpq_poly_get_numerator(zp, p);
    fmpq_poly_get_numerator(zq, q);
    fmpq_set_fmpz_frac(coeff, fmpq_poly_denref(q), fmpq_poly_denref(p));
    fmpz_poly_gcd(g, zp, zq);
    fmpz_poly_div(zp, zp, g);
    fmpz_poly_div(zq, zq, g);
    if (fmpz_sgn(fmpz_poly_lead(zq)) < 0) {
        fmpz_poly_neg(zq, zq);
        fmpq_neg(coeff, coeff);
    }
    fmpq_poly_set_fmpz_poly(p, zp);
    fmpq_poly_set_fmpz_poly(q, zq);
    fmpz_poly_clear(zp);
    fmpz_poly_clear(zq);
    fmpz_poly_clear(g);
}

Sym *sym_intrat(Sym *f, Sym *x)
{
    Sym *num, *den;
    sym_numer_denom(f, &num, &den);
    fmpq_poly_t p, q, quo, rem, A, u, B, v, n2, d2;
    fmpq_poly_init(p);
    fmpq_poly_init(q);
    if (!sym_qpoly_read(p, num, x) || !sym_qpoly_read(q, den, x) || fmpq_poly_degree(q) < 1) {
        fmpq_poly_clear(p);
        fmpq_poly_clear(q);
        return NULL;
    }
    fmpq_t coeff;
    fmpq_init(coeff);
    cancel_qq(p, q, coeff);
    Sym *c = sym_rat_fmpq(coeff);
    fmpq_clear(coeff);
    fmpq_poly_init(quo);
    fmpq_poly_init(rem);
    fmpq_poly_init(A);
    fmpq_poly_init(u);
    fmpq_poly_init(B);
    fmpq_poly_init(v);
    fmpq_poly_init(n2);
    fmpq_poly_init(d2);
    fmpq_poly_divrem(quo, rem, p, q);
    fmpq_poly_integral(quo, quo);
    Sym *result = sym_qpoly_expr(quo, x), *logs = sym_zero;
    bool ok = true;
    if (!fmpq_poly_is_zero(rem)) {
        ok = hermite(rem, q, A, u, B, v);
        if (ok && !fmpq_poly_is_zero(A))
            result = sym_add(result, cancel_expr(A, u, x, n2, d2));
        if (ok && !fmpq_poly_is_zero(B)) {
            cancel_expr(B, v, x, n2, d2);
            logs = log_part(n2, d2, x);
            ok = logs != NULL;
        }
    }
    fmpq_poly_clear(p);
    fmpq_poly_clear(q);
    fmpq_poly_clear(quo);
    fmpq_poly_clear(rem);
    fmpq_poly_clear(A);
    fmpq_poly_clear(u);
    fmpq_poly_clear(B);
    fmpq_poly_clear(v);
    fmpq_poly_clear(n2);
    fmpq_poly_clear(d2);
    if (!ok)
        sym_raise(SYM_E_NOT_IMPLEMENTED, "integrate(%s, %s) is not supported", sym_str(f), sym_str(x));
    return sym_mul(c, sym_add(result, logs));
}
