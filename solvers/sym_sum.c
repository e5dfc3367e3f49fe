/* solvers/sym_sum.c — sums and products (see sym_sum.h). */
#include "solvers/sym_sum.h"

#include <flint/arith.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_apart.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_deriv.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_sumseries.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_gosper.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_solve.h"

/* Fewer terms than this are added one by one, as sympy does before trying closed forms. */
#define FEW_TERMS 100
/* A definite range longer than this without a closed form is refused. */
#define MAX_TERMS 1000000

static bool infinite(const Sym *e) { return e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY; }

/* b - a when it is an Integer that fits a long. */
static bool definite(Sym *a, Sym *b, long *dif)
{
    Sym *d = sym_sub(b, a);
    if (d->kind != SYM_INTEGER || !fmpz_fits_si(d->v.z))
        return false;
    *dif = fmpz_get_si(d->v.z);
    return true;
}

/* f at k = a, a + 1, ..., a + dif, combined with add (sum) or multiply (product). */
static Sym *term_by_term(Sym *f, Sym *k, Sym *a, long dif, bool product)
{
    if (dif >= MAX_TERMS)
        sym_raise(SYM_E_LIMIT, "%s over %ld terms is too long", product ? "product" : "summation", dif + 1);
    Sym *acc = product ? sym_one : sym_zero;
    for (long i = 0; i <= dif; i++) {
        budget_tick();
        Sym *t = sym_subs(f, k, sym_add(a, sym_int(i)));
        acc = product ? sym_mul(acc, t) : sym_add(acc, t);
    }
    return acc;
}

/* The Bernoulli polynomial B_m(x) (B_1 = -1/2). */
static Sym *bernoulli_poly(long m, Sym *x)
{
    SymVec terms = {0, 0, NULL};
    fmpq_t bj;
    fmpz_t c;
    fmpq_init(bj);
    fmpz_init(c);
    for (long j = 0; j <= m; j++) {
        arith_bernoulli_number(bj, (ulong)j);
        if (fmpq_is_zero(bj))
            continue;
        fmpz_bin_uiui(c, (ulong)m, (ulong)j);
        fmpq_mul_fmpz(bj, bj, c);
        sym_vec_push(&terms, sym_mul(sym_rat_fmpq(bj), sym_pow_si(x, m - j)));
    }
    fmpq_clear(bj);
    fmpz_clear(c);
    return sym_add_n(terms.n, terms.v);
}

static Sym *sum_symbolic(Sym *f, Sym *k, Sym *a, Sym *b);

/* f = k**n: Faulhaber's formula; for n < 0 from an integer a >= 1, zeta(-n) less the first terms
 * (an infinite sum) or harmonic(b, -n) - harmonic(a - 1, -n). */
static Sym *sum_power(long n, Sym *k, Sym *a, Sym *b)
{
    (void)k;
    if (n >= 0) {
        if (b->kind == SYM_INFINITY && a->kind != SYM_NEG_INFINITY)
            return sym_oo;
        if (infinite(a) || infinite(b))
            return NULL;
        Sym *d = sym_sub(bernoulli_poly(n + 1, sym_add(b, sym_one)), bernoulli_poly(n + 1, a));
        return sym_expand(sym_div(d, sym_int(n + 1)));
    }
    if (n == -1 && b->kind == SYM_INFINITY && !infinite(a))
        return sym_oo;
    if (a->kind != SYM_INTEGER || fmpz_cmp_ui(a->v.z, 1) < 0 || b->kind == SYM_NEG_INFINITY)
        return NULL;
    Sym *m = sym_int(-n), *before = sym_sub(a, sym_one);
    if (b->kind != SYM_INFINITY)
        return sym_sub(sym_fn2(SYM_FN_HARMONIC, b, m), sym_fn2(SYM_FN_HARMONIC, before, m));
    return sym_sub(sym_fn1(SYM_FN_ZETA, m), sym_fn2(SYM_FN_HARMONIC, before, m));
}

/* f = c**(p*k + q), c free of k: the closed form of a geometric series. */
static Sym *sum_geometric(Sym *f, Sym *k, Sym *a, Sym *b)
{
    Sym *c, *e;
    sym_as_base_exp(f, &c, &e);
    SymVec lin = {0, 0, NULL};
    if (sym_has(c, k) || !sym_poly_coeffs(e, k, &lin) || lin.n != 2)
        return NULL;
    Sym *p = sym_pow(c, lin.v[1]), *q = sym_pow(c, lin.v[0]);
    if (b->kind == SYM_INFINITY && !infinite(a)) {
        if (!sym_is_number(q))
            return NULL;
        int s = sym_eval_sign(sym_sub(sym_fn1(SYM_FN_ABS, q), sym_one));
        if (s < 0)
            return sym_div(sym_mul(p, sym_pow(q, a)), sym_sub(sym_one, q));
        return s > 0 && sym_is(p, SYM_F_POSITIVE) && sym_is(q, SYM_F_POSITIVE) ? sym_oo : NULL;
    }
    if (infinite(a) || infinite(b))
        return NULL;
    Sym *r = sym_div(sym_mul(p, sym_sub(sym_pow(q, a), sym_pow(q, sym_add(b, sym_one)))), sym_sub(sym_one, q));
    Sym *l = sym_mul(p, sym_add(sym_sub(b, a), sym_one));
    Sym *pieces[2] = {sym_tuple(2, (Sym *[]){l, sym_rel(SYM_EQ, q, sym_one)}), sym_tuple(2, (Sym *[]){r, sym_true})};
    return sym_fn(SYM_FN_PIECEWISE, 2, pieces);
}

/* The shifts tried when looking for telescoping terms L(k + s) == -R(k). */
#define MAX_SHIFT 20

/* sympy's telescopic: L(k + s) + R(k) == 0 for one integer s != 0 makes the sum the first |s|
 * terms of one and the last |s| of the other. */
static Sym *telescopic(Sym *L, Sym *R, Sym *k, Sym *a, Sym *b)
{
    if (L->kind == SYM_ADD || R->kind == SYM_ADD)
        return NULL;
    for (long s = 1; s <= MAX_SHIFT; s++) {
        for (int sign = 1; sign >= -1; sign -= 2) {
            budget_tick();
            Sym *t = sym_expand(sym_add(sym_subs(L, k, sym_add(k, sym_int(sign * s))), R));
            if (!sym_is_zero_num(t))
                continue;
            Sym *lo = sign > 0 ? L : R, *hi = sign > 0 ? R : L, *acc = sym_zero;
            for (long m = 0; m < s; m++)
                acc = sym_add(acc, sym_add(sym_subs(lo, k, sym_add(a, sym_int(m))), sym_subs(hi, k, sym_sub(b, sym_int(m)))));
            return acc;
        }
    }
    return NULL;
}

/* sympy's eval_sum_symbolic: linearity, partial fractions and telescoping terms, then the
 * patterns above and Gosper's algorithm, then the factored term; NULL when none applies. */
static Sym *sum_symbolic(Sym *f, Sym *k, Sym *a, Sym *b)
{
    budget_tick();
    Sym *orig = f;
    if (!sym_has(f, k))
        return sym_mul(f, sym_add(sym_sub(b, a), sym_one));
    if (f->kind == SYM_MUL) {
        SymVec out = {0, 0, NULL}, in = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++)
            sym_vec_push(sym_has(f->args[i], k) ? &in : &out, f->args[i]);
        if (out.n) {
            Sym *s = sum_symbolic(sym_mul_n(in.n, in.v), k, a, b);
            if (s)
                return sym_mul(sym_mul_n(out.n, out.v), s);
        }
    }
    Sym *parts = sym_apart(f, k);
    if (parts)
        f = parts;
    if (f->kind == SYM_ADD) {
        Sym *t = f->n == 2 ? telescopic(f->args[0], f->args[1], k, a, b) : NULL;
        if (t)
            return t;
        SymVec out = {0, 0, NULL}, in = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++)
            sym_vec_push(sym_has(f->args[i], k) ? &in : &out, f->args[i]);
        Sym *total = NULL;
        if (out.n) {   /* the constant terms apart, the rest as one sum */
            Sym *s = sum_symbolic(sym_add_n(in.n, in.v), k, a, b);
            total = s ? sym_add(sym_mul(sym_add_n(out.n, out.v), sym_add(sym_sub(b, a), sym_one)), s) : NULL;
        } else {
            total = sym_zero;
            for (uint32_t i = 0; i < in.n && total; i++) {
                Sym *s = sum_symbolic(in.v[i], k, a, b);
                total = s ? sym_add(total, s) : NULL;
            }
        }
        if (total && total->kind != SYM_NAN)
            return total;
    }
    if (sym_eq(f, k))
        return sum_power(1, k, a, b);
    if (f->kind == SYM_POW && sym_eq(f->args[0], k) && f->args[1]->kind == SYM_INTEGER &&
        fmpz_fits_si(f->args[1]->v.z)) {
        Sym *s = sum_power(fmpz_get_si(f->args[1]->v.z), k, a, b);
        if (s)
            return s;
    }
    Sym *r = sum_geometric(f, k, a, b);
    if (!r && b->kind == SYM_INFINITY)
        r = sym_sum_series(f, k, a);
    if (!r)
        r = sym_gosper_sum(f, k, a, b);
    if (r)
        return r;
    Sym *factored = sym_factor(orig);
    return sym_eq(factored, orig) ? NULL : sum_symbolic(factored, k, a, b);
}

static void need_symbol(Sym *k)
{
    if (!sym_is_symbol(k))
        sym_raise(SYM_E_VALUE, "Invalid limits given: %s", sym_str(k));
}

Sym *sym_summation(Sym *f, Sym *k, Sym *a, Sym *b)
{
    need_symbol(k);
    if (sym_is_zero_num(f))
        return sym_zero;
    if (!sym_has(f, k))
        return sym_mul(f, sym_add(sym_sub(b, a), sym_one));
    if (sym_eq(a, b))
        return sym_subs(f, k, a);
    long dif;
    bool def = definite(a, b, &dif);
    if (def && dif == -1)   /* empty: the reversal below would give back the same range */
        return sym_zero;
    if (def && dif < 0)
        return sym_neg(sym_summation(f, k, sym_add(b, sym_one), sym_sub(a, sym_one)));
    if (def && dif < FEW_TERMS)
        return term_by_term(f, k, a, dif, false);
    Sym *s = sum_symbolic(sym_expand(f), k, a, b);
    if (s)
        return s;
    if (def)
        return term_by_term(f, k, a, dif, false);
    return sym_fn_raw(SYM_FN_SUM, 2, (Sym *[]){f, sym_tuple(3, (Sym *[]){k, a, b})});
}

static Sym *product_symbolic(Sym *f, Sym *k, Sym *a, Sym *b);

/* Product(f, (k, a, b)) evaluated where a closed form exists, else left unevaluated. */
static Sym *product_or_node(Sym *f, Sym *k, Sym *a, Sym *b)
{
    Sym *p = product_symbolic(f, k, a, b);
    return p ? p : sym_fn_raw(SYM_FN_PRODUCT, 2, (Sym *[]){f, sym_tuple(3, (Sym *[]){k, a, b})});
}

/* A polynomial in k: its leading coefficient to the number of terms times RisingFactorial(a - r,
 * b - a + 1)**m for each root r of multiplicity m (all roots must be found). */
static Sym *product_polynomial(Sym *f, Sym *k, Sym *a, Sym *b)
{
    SymVec c = {0, 0, NULL};
    if (!sym_poly_coeffs(f, k, &c) || c.n < 2)
        return NULL;
    Sym *roots = sym_roots(f, k), *count = sym_add(sym_sub(b, a), sym_one), *acc = sym_pow(c.v[0], count);
    long found = 0;
    for (uint32_t i = 0; i + 1 < roots->n; i += 2) {
        long m = fmpz_get_si(roots->args[i + 1]->v.z);
        found += m;
        acc = sym_mul(acc, sym_pow_si(sym_fn2(SYM_FN_RF, sym_sub(a, roots->args[i]), count), m));
    }
    return found == (long)c.n - 1 ? acc : NULL;
}

/* sympy's Product._eval_product without the term-by-term fallback: polynomials by their roots,
 * a sum over a common denominator, products factor by factor, c**g(k) as c**sum(g); NULL when no
 * closed form applies. */
static Sym *product_symbolic(Sym *f, Sym *k, Sym *a, Sym *b)
{
    budget_tick();
    Sym *count = sym_add(sym_sub(b, a), sym_one);
    if (!sym_has(f, k))
        return sym_pow(f, count);
    Sym *p = product_polynomial(f, k, a, b);
    if (p)
        return p;
    if (f->kind == SYM_ADD) {
        Sym *t = sym_together(f);
        return t->kind == SYM_MUL ? product_symbolic(t, k, a, b) : NULL;
    }
    if (f->kind == SYM_MUL) {
        SymVec out = {0, 0, NULL}, done = {0, 0, NULL}, rest = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++) {
            Sym *t = f->args[i];
            if (!sym_has(t, k)) {
                sym_vec_push(&out, t);
                continue;
            }
            Sym *q = product_symbolic(t, k, a, b);
            sym_vec_push(q ? &done : &rest, q ? q : t);
        }
        if (!done.n && rest.n > 1)
            return NULL;
        Sym *r = sym_pow(sym_mul_n(out.n, out.v), count);
        r = sym_mul(r, sym_mul_n(done.n, done.v));
        return rest.n ? sym_mul(r, product_or_node(sym_mul_n(rest.n, rest.v), k, a, b)) : r;
    }
    if (f->kind == SYM_POW && !sym_has(f->args[0], k))
        return sym_pow(f->args[0], sym_summation(f->args[1], k, a, b));
    if (f->kind == SYM_POW && !sym_has(f->args[1], k)) {
        Sym *q = product_symbolic(f->args[0], k, a, b);
        return q ? sym_pow(q, f->args[1]) : NULL;
    }
    return NULL;
}

Sym *sym_product(Sym *f, Sym *k, Sym *a, Sym *b)
{
    need_symbol(k);
    if (!sym_has(f, k))
        return sym_pow(f, sym_add(sym_sub(b, a), sym_one));
    if (sym_eq(a, b))
        return sym_subs(f, k, a);
    long dif;
    bool def = definite(a, b, &dif);
    if (def && dif == -1)   /* empty, as in sym_summation */
        return sym_one;
    if (def && dif < 0)
        return sym_pow(sym_product(f, k, sym_add(b, sym_one), sym_sub(a, sym_one)), sym_neg_one);
    if (def && dif < FEW_TERMS)
        return term_by_term(f, k, a, dif, true);
    Sym *p = product_symbolic(f, k, a, b);
    if (p)
        return p;
    if (def)
        return term_by_term(f, k, a, dif, true);
    return sym_fn_raw(SYM_FN_PRODUCT, 2, (Sym *[]){f, sym_tuple(3, (Sym *[]){k, a, b})});
}

Sym *sym_doit(Sym *e)
{
    budget_tick();
    if (!e->n || e->kind <= SYM_DUMMY)
        return e;
    /* the arguments are copied only once one of them changes (evalf calls this on every tree) */
    Sym **v = NULL;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *a = sym_doit(e->args[i]);
        if (a != e->args[i] && !v) {
            v = gc_alloc(e->n * sizeof(Sym *));
            memcpy(v, e->args, i * sizeof(Sym *));
        }
        if (v)
            v[i] = a;
    }
    bool changed = v != NULL;
    if (!v)
        v = e->args;
    if (sym_is_fn(e, SYM_FN_DERIVATIVE))
        return sym_derivative_doit(changed ? sym_rebuild(e, v) : e);
    if (sym_is_fn(e, SYM_FN_INTEGRAL))
        return sym_integral_doit(changed ? sym_rebuild(e, v) : e);
    if (sym_is_fn(e, SYM_FN_SUM) || sym_is_fn(e, SYM_FN_PRODUCT)) {
        Sym *f = v[0];
        for (uint32_t i = 1; i < e->n; i++) {
            Sym *lim = v[i];
            if (lim->kind != SYM_TUPLE || lim->n != 3)
                sym_raise(SYM_E_VALUE, "Invalid limits given: %s", sym_str(lim));
            f = e->op == SYM_FN_SUM ? sym_summation(f, lim->args[0], lim->args[1], lim->args[2])
                                    : sym_product(f, lim->args[0], lim->args[1], lim->args[2]);
        }
        return f;
    }
    return changed ? sym_rebuild(e, v) : e;
}
