/* solvers/sym_dsolve.c — ordinary differential equations (see sym_dsolve.h). */
#include "solvers/sym_dsolve.h"

#include <math.h>
#include <stdlib.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_solve.h"

/* Orders above this are refused (the characteristic polynomial is solved in radicals). */
#define MAX_ORDER 8

_Noreturn static void unsupported(Sym *eq)
{
    sym_raise(SYM_E_NOT_IMPLEMENTED, "tirbox: dsolve() of %s is not supported", sym_str(eq));
}

/* The order k when e is fx (0) or Derivative(fx, x, ..., x) (k), else -1. */
static long order_of(Sym *e, Sym *fx, Sym *x)
{
    if (sym_eq(e, fx))
        return 0;
    if (!sym_is_fn(e, SYM_FN_DERIVATIVE) || !sym_eq(e->args[0], fx))
        return -1;
    long k = 0;
    for (uint32_t i = 1; i < e->n; i++) {
        Sym *v = e->args[i];
        Sym *var = v->kind == SYM_TUPLE ? v->args[0] : v;
        if (!sym_eq(var, x) || (v->kind == SYM_TUPLE && (v->args[1]->kind != SYM_INTEGER ||
                                                         !fmpz_fits_si(v->args[1]->v.z))))
            return -1;
        k += v->kind == SYM_TUPLE ? fmpz_get_si(v->args[1]->v.z) : 1;
    }
    return k;
}

/* The ODE as sum a[k]*f^(k) = *g; the order, or -1 when it is not linear in f. */
static long read_linear(Sym *e, Sym *fx, Sym *x, Sym **a, Sym **g)
{
    for (long k = 0; k <= MAX_ORDER; k++)
        a[k] = sym_zero;
    *g = sym_zero;
    long order = -1;
    Sym *ex = sym_expand(e);
    Sym *const *t;
    size_t nt = sym_add_args(&ex, &t);
    for (size_t i = 0; i < nt; i++) {
        Sym *const *fs;
        size_t nf = sym_mul_args(&t[i], &fs);
        long k = -1;
        Sym *c = sym_one;
        for (size_t j = 0; j < nf; j++) {
            long kj = order_of(fs[j], fx, x);
            if (kj >= 0 && k < 0)
                k = kj;
            else
                c = sym_mul(c, fs[j]);
        }
        if (sym_has(c, fx) || k > MAX_ORDER)
            return -1;
        if (k < 0) {
            *g = sym_sub(*g, t[i]);
            continue;
        }
        a[k] = sym_add(a[k], c);
        if (k > order)
            order = k;
    }
    return order;
}

/* ---- the shape of sympy's answer ------------------------------------------------------------ */

/* True when the factor is x**j (j >= 1); j in *j. */
static bool x_power(Sym *f, Sym *x, long *j)
{
    if (sym_eq(f, x)) {
        *j = 1;
        return true;
    }
    if (f->kind == SYM_POW && sym_eq(f->args[0], x) && f->args[1]->kind == SYM_INTEGER &&
        fmpz_fits_si(f->args[1]->v.z) && fmpz_sgn(f->args[1]->v.z) > 0) {
        *j = fmpz_get_si(f->args[1]->v.z);
        return true;
    }
    return false;
}

/* The rate c of a factor exp(c*x), or NULL. */
static Sym *exp_rate(Sym *f, Sym *x)
{
    Sym *c, *b;
    if (!sym_is_fn(f, SYM_FN_EXP) || !sym_integrate_linear(f->args[0], x, &c, &b) || !sym_is_zero_num(b))
        return NULL;
    return c;
}

/* c/a when it is an integer, else 0. */
static long ratio(Sym *c, Sym *a)
{
    double cr, ci, ar, ai;
    if (!sym_eval_complex(c, &cr, &ci) || !sym_eval_complex(a, &ar, &ai) || ar == 0 || ci != 0 || ai != 0)
        return 0;
    double k = round(cr / ar);
    if (fabs(k) > 1e6 || !sym_is_zero_num(sym_expand(sym_sub(c, sym_mul(sym_int((long)k), a)))))
        return 0;
    return (long)k;
}

/* The key collect(sol, x**i*exp(a*x)*T) files the term t under, NULL when t does not hold the
 * pattern (a or T NULL when absent). A pattern of one factor takes the term's own power of it
 * (exp(c*x) for c/a an integer, x**j for j/i one); a pattern of several takes t when it holds
 * T and exp(a*x) as they are and x**j with j >= i. */
static Sym *key_of(Sym *t, Sym *x, long i, Sym *a, Sym *T)
{
    Sym *const *fs;
    size_t nf = sym_mul_args(&t, &fs);
    Sym *xf = NULL, *ef = NULL, *tf = NULL, *c = NULL;
    long j = 0;
    for (size_t k = 0; k < nf; k++) {
        long e;
        Sym *r;
        if (x_power(fs[k], x, &e)) {
            xf = fs[k];
            j = e;
        } else if ((r = exp_rate(fs[k], x))) {
            ef = fs[k];
            c = r;
        } else if (T && sym_eq(fs[k], T)) {
            tf = fs[k];
        }
    }
    bool single = (i > 0) + (a != NULL) + (T != NULL) == 1;
    if ((T && !tf) || (a && !ef) || (i > 0 && !xf))
        return NULL;
    long k = a ? ratio(c, a) : 1;
    if (single) {
        if (a)
            return k ? ef : NULL;
        if (i > 0)
            return j % i == 0 ? xf : NULL;
        return tf;
    }
    if (k != 1 || (i > 0 && j < i))
        return NULL;
    return sym_mul(sym_mul(sym_pow_si(x, i), a ? ef : sym_one), T ? T : sym_one);
}

/* collect(sol, x**i*exp(a*x)*T): the terms grouped by their keys, key*(sum of the rest). */
static Sym *collect_pattern(Sym *sol, Sym *x, long i, Sym *a, Sym *T)
{
    if (i == 0 && !a && !T)
        return sol;
    Sym *const *t;
    size_t nt = sym_add_args(&sol, &t);
    SymMap groups = {0};
    SymVec out = {0};
    for (size_t k = 0; k < nt; k++) {
        Sym *key = key_of(t[k], x, i, a, T);
        if (!key) {
            sym_vec_push(&out, t[k]);
            continue;
        }
        bool fresh;
        Sym **slot = sym_map_slot(&groups, key, &fresh);
        Sym *rest = sym_div(t[k], key);
        *slot = fresh ? rest : sym_add(*slot, rest);
    }
    for (size_t k = 0; k < groups.n; k++)
        sym_vec_push(&out, sym_mul(groups.keys[k], groups.vals[k]));
    return sym_add_n(out.n, out.v);
}

/* One root class of the characteristic polynomial: x**i*exp(re*x)*(sin|cos)(im*x). */
typedef struct Term { long i; Sym *re, *im; } Term;

static int term_cmp(const void *pa, const void *pb)
{
    const Term *a = pa, *b = pb;
    Sym *ta[3] = {sym_int(a->i), a->re, a->im}, *tb[3] = {sym_int(b->i), b->re, b->im};
    /* sorted by default_sort_key, then reversed */
    return -sym_sort_cmp(sym_tuple(3, ta), sym_tuple(3, tb));
}

/* sympy's _get_simplified_sol: collect by x**i*exp(re*x)*sin(|im|*x) and *cos(im*x), then by
 * x**i*exp(re*x), the classes in reverse default order. */
static Sym *collect_classes(Sym *sol, Sym *x, Term *ts, size_t n)
{
    qsort(ts, n, sizeof *ts, term_cmp);
    for (size_t k = 0; k < n; k++) {
        Sym *a = sym_is_zero_num(ts[k].re) ? NULL : ts[k].re;
        if (sym_is_zero_num(ts[k].im)) {
            sol = collect_pattern(sol, x, ts[k].i, a, NULL);
            continue;
        }
        Sym *b = sym_mul(ts[k].im, x);
        sol = collect_pattern(sol, x, ts[k].i, a, sym_fn1(SYM_FN_SIN, sym_mul(sym_fn1(SYM_FN_ABS, ts[k].im), x)));
        sol = collect_pattern(sol, x, ts[k].i, a, sym_fn1(SYM_FN_COS, b));
    }
    for (size_t k = 0; k < n; k++)
        sol = collect_pattern(sol, x, ts[k].i, sym_is_zero_num(ts[k].re) ? NULL : ts[k].re, NULL);
    return sol;
}

/* A factor as a power of a generator, as terms_gcd sees it: exp(c*t) with c = p/q is
 * exp(+-t/q)**|p|, x**j is x**j; false for anything else. */
static bool generator(Sym *f, Sym *x, Sym **gen, long *e)
{
    if (x_power(f, x, e)) {
        *gen = x;
        return true;
    }
    if (!sym_is_fn(f, SYM_FN_EXP))
        return false;
    Sym *c, *tail;
    sym_as_coeff_mul(f->args[0], true, &c, &tail);
    fmpq_t q;
    fmpq_init(q);
    sym_get_fmpq(q, c);
    bool ok = fmpz_fits_si(fmpq_numref(q));
    if (ok) {
        long p = fmpz_get_si(fmpq_numref(q));
        *e = labs(p);
        *gen = sym_fn1(SYM_FN_EXP, sym_div(sym_mul(sym_int(p < 0 ? -1 : 1), tail), sym_int_fmpz(fmpq_denref(q))));
    }
    fmpq_clear(q);
    return ok;
}

/* terms_gcd(sum, clear=False): the powers of generators common to every term and the rational
 * content of the coefficients taken out; the content goes back into the sum when that leaves
 * some coefficient an integer. */
static Sym *terms_gcd(Sym *sum, Sym *x)
{
    Sym *const *t;
    size_t nt = sym_add_args(&sum, &t);
    if (nt < 2)
        return sum;
    SymMap gens = {0};
    SymVec order = {0};
    long *mins = gc_alloc_atomic(sizeof(long) * 64);
    fmpz_t num, den;
    fmpz_init(num);
    fmpz_init_set_ui(den, 1);
    fmpq_t q;
    fmpq_init(q);
    bool integer = false;
    for (size_t k = 0; k < nt; k++) {
        Sym *c, *rest;
        sym_as_coeff_mul(t[k], true, &c, &rest);
        sym_get_fmpq(q, c);
        fmpz_gcd(num, num, fmpq_numref(q));
        fmpz_lcm(den, den, fmpq_denref(q));
        integer |= fmpz_is_one(fmpq_denref(q));
        Sym *const *fs;
        size_t nf = sym_mul_args(&t[k], &fs);
        SymMap here = {0};
        for (size_t j = 0; j < nf; j++) {
            Sym *g;
            long e;
            if (!generator(fs[j], x, &g, &e))
                continue;
            bool fresh;
            *sym_map_slot(&here, g, &fresh) = sym_one;
            Sym **slot = sym_map_slot(&gens, g, &fresh);
            if (fresh && k == 0 && order.n < 64) {
                *slot = sym_int((long)order.n);
                mins[order.n] = e;
                sym_vec_push(&order, g);
            } else if (!fresh && *slot) {
                long idx = fmpz_get_si((*slot)->v.z);
                if (e < mins[idx])
                    mins[idx] = e;
            }
        }
        for (size_t g = 0; g < order.n; g++)
            if (!sym_map_get(&here, order.v[g]))
                mins[g] = 0;
    }
    Sym *content = sym_rat_fmpz(num, den);
    fmpz_clear(num);
    fmpz_clear(den);
    fmpq_clear(q);
    if (content->kind == SYM_RATIONAL && integer)
        content = sym_one;
    Sym *common = sym_one;
    for (size_t g = 0; g < order.n; g++)
        common = sym_mul(common, sym_pow_si(order.v[g], mins[g]));
    Sym *all = sym_mul(content, common);
    if (sym_is_one(all))
        return sum;
    SymVec rest = {0};
    for (size_t k = 0; k < nt; k++)
        sym_vec_push(&rest, sym_div(t[k], all));
    Sym *r = sym_mul(common, sym_add_n(rest.n, rest.v));
    if (sym_is_one(content) || r->kind == SYM_MUL)
        return sym_mul(content, r);
    /* sympy's _keep_coeff: content*(sum) stays a product */
    return sym_build(SYM_MUL, 0, 2, (Sym *[]){content, r});
}

/* exp(r*x), NULL for r = 0; a sum r as sympy's terms_gcd leaves it: its rational content
 * outside (x*(1 - sqrt(13))/2) and, when every term is negative, its sign (-x*(1 + sqrt(2))). */
static Sym *exp_of(Sym *r, Sym *x)
{
    if (sym_is_zero_num(r))
        return NULL;
    if (r->kind != SYM_ADD)
        return sym_fn1(SYM_FN_EXP, sym_mul(r, x));
    Sym *g = terms_gcd(r, x), *c = sym_one, *p = g;
    if (g->kind == SYM_MUL && g->args[0]->kind != SYM_ADD) {
        c = g->args[0];
        p = g->args[1];
    }
    bool neg = p->kind == SYM_ADD;
    for (uint32_t i = 0; neg && i < p->n; i++)
        neg = sym_could_extract_minus_sign(p->args[i]);
    if (neg) {
        c = sym_neg(c);
        p = sym_neg(p);
    }
    return sym_fn1(SYM_FN_EXP, sym_mul(sym_mul(c, x), p));
}

/* terms_gcd(..., deep=True) over the sums and products of sol (inner sums first). */
static Sym *terms_gcd_deep(Sym *e, Sym *x)
{
    if (e->kind != SYM_ADD && e->kind != SYM_MUL)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = terms_gcd_deep(e->args[i], x);
    Sym *r = e->kind == SYM_ADD ? sym_add_n(e->n, v) : sym_mul_n(e->n, v);
    return r->kind == SYM_ADD ? terms_gcd(r, x) : r;
}

/* constant_renumber: the constants in the order met walking the expression, the arguments of
 * sums and products sorted as sympy sorts them with every constant set to 1. */
static void meet_constants(Sym *e, const SymVec *cs, Sym **ones, SymVec *met)
{
    budget_tick();
    for (size_t i = 0; i < cs->n; i++)
        if (sym_eq(e, cs->v[i])) {
            for (size_t j = 0; j < met->n; j++)
                if (met->v[j] == cs->v[i])
                    return;
            sym_vec_push(met, cs->v[i]);
            return;
        }
    bool any = false;
    for (size_t i = 0; i < cs->n && !any; i++)
        any = sym_has(e, cs->v[i]);
    if (!any)
        return;
    Sym **v = gc_alloc((e->n ? e->n : 1) * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = e->args[i];
    if (e->kind == SYM_ADD || e->kind == SYM_MUL) {
        Sym **keys = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            keys[i] = sym_xreplace(v[i], cs->n, cs->v, ones);
        for (uint32_t i = 1; i < e->n; i++)
            for (uint32_t j = i; j > 0 && sym_sort_cmp(keys[j - 1], keys[j]) > 0; j--) {
                Sym *tk = keys[j], *tv = v[j];
                keys[j] = keys[j - 1];
                v[j] = v[j - 1];
                keys[j - 1] = tk;
                v[j - 1] = tv;
            }
    }
    for (uint32_t i = 0; i < e->n; i++)
        meet_constants(v[i], cs, ones, met);
}

static Sym *renumber(Sym *sol, const SymVec *cs)
{
    Sym **ones = gc_alloc((cs->n ? cs->n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < cs->n; i++)
        ones[i] = sym_one;
    SymVec met = {0};
    meet_constants(sol, cs, ones, &met);
    Sym **names = gc_alloc((met.n ? met.n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < met.n; i++)
        names[i] = sym_symbol(sym_sprintf("C%zu", i + 1), (SymFacts){0, 0});
    return sym_xreplace(sol, met.n, met.v, names);
}

/* ---- constant coefficients ------------------------------------------------------------------ */

/* The multiplicity of r among the roots (a SYM_DICT of root, multiplicity). */
static long multiplicity(Sym *roots, Sym *r)
{
    for (uint32_t i = 0; i < roots->n; i += 2)
        if (sym_is_zero_num(sym_expand(sym_sub(roots->args[i], r))))
            return fmpz_get_si(roots->args[i + 1]->v.z);
    return 0;
}

/* L[phi] = sum a[k]*phi^(k). */
static Sym *apply_operator(Sym *const *a, long order, Sym *phi, Sym *x)
{
    Sym *r = sym_zero, *d = phi;
    for (long k = 0; k <= order; k++) {
        r = sym_add(r, sym_mul(a[k], d));
        d = sym_diff(d, x);
    }
    return sym_expand(r);
}

/* A term c*x**k*exp(cc*x)*sin|cos(d*x) of the right side: its family (cc, d >= 0) and k. */
static bool uc_term(Sym *t, Sym *x, Sym **cc, Sym **d, long *k)
{
    Sym *const *fs;
    size_t nf = sym_mul_args(&t, &fs);
    *cc = *d = sym_zero;
    *k = 0;
    bool trig = false;
    for (size_t j = 0; j < nf; j++) {
        Sym *f = fs[j], *a, *b;
        long e;
        if (!sym_has(f, x))
            continue;
        if (x_power(f, x, &e)) {
            *k += e;
        } else if (sym_is_fn(f, SYM_FN_EXP) && sym_integrate_linear(f->args[0], x, &a, &b) && sym_is_zero_num(b)) {
            *cc = sym_add(*cc, a);
        } else if ((sym_is_fn(f, SYM_FN_SIN) || sym_is_fn(f, SYM_FN_COS)) && !trig &&
                   sym_integrate_linear(f->args[0], x, &a, &b) && sym_is_zero_num(b) && sym_is_num(a)) {
            trig = true;
            *d = sym_num_sign(a) < 0 ? sym_neg(a) : a;
        } else {
            return false;
        }
    }
    return true;
}

/* The particular solution of L[f] = g by undetermined coefficients. */
static Sym *particular(Sym *const *a, long order, Sym *g, Sym *x, Sym *roots, Sym *eq)
{
    Sym *ex = sym_expand(g);
    Sym *const *t;
    size_t nt = sym_add_args(&ex, &t);
    SymVec fam_c = {0}, fam_d = {0};
    long degs[64];
    for (size_t i = 0; i < nt; i++) {
        Sym *cc, *d;
        long k;
        if (!uc_term(t[i], x, &cc, &d, &k))
            unsupported(eq);
        size_t j;
        for (j = 0; j < fam_c.n; j++)
            if (sym_eq(fam_c.v[j], cc) && sym_eq(fam_d.v[j], d))
                break;
        if (j == fam_c.n) {
            if (j == 64)
                unsupported(eq);
            sym_vec_push(&fam_c, cc);
            sym_vec_push(&fam_d, d);
            degs[j] = 0;
        }
        if (k > degs[j])
            degs[j] = k;
    }
    SymVec phis = {0}, unknowns = {0};
    for (size_t j = 0; j < fam_c.n; j++) {
        long s = multiplicity(roots, sym_add(fam_c.v[j], sym_mul(fam_d.v[j], sym_i)));
        Sym *E = sym_fn1(SYM_FN_EXP, sym_mul(fam_c.v[j], x));
        for (long k = 0; k <= degs[j]; k++) {
            Sym *m = sym_mul(sym_pow_si(x, s + k), E);
            if (sym_is_zero_num(fam_d.v[j])) {
                sym_vec_push(&phis, m);
            } else {
                sym_vec_push(&phis, sym_mul(m, sym_fn1(SYM_FN_COS, sym_mul(fam_d.v[j], x))));
                sym_vec_push(&phis, sym_mul(m, sym_fn1(SYM_FN_SIN, sym_mul(fam_d.v[j], x))));
            }
        }
    }
    Sym *lhs = sym_neg(ex), *trial = sym_zero;
    for (size_t j = 0; j < phis.n; j++) {
        Sym *u = sym_dummy("A", (SymFacts){0, 0});
        sym_vec_push(&unknowns, u);
        lhs = sym_add(lhs, sym_mul(u, apply_operator(a, order, phis.v[j], x)));
        trial = sym_add(trial, sym_mul(u, phis.v[j]));
    }
    /* every function of x in the residual must vanish: one equation per coefficient */
    lhs = sym_expand(lhs);
    Sym *const *lt;
    size_t nl = sym_add_args(&lhs, &lt);
    SymMap coeffs = {0};
    for (size_t i = 0; i < nl; i++) {
        Sym *c = sym_one, *m = sym_one;
        Sym *const *fs;
        size_t nf = sym_mul_args(&lt[i], &fs);
        for (size_t j = 0; j < nf; j++) {
            if (sym_has(fs[j], x))
                m = sym_mul(m, fs[j]);
            else
                c = sym_mul(c, fs[j]);
        }
        bool fresh;
        Sym **slot = sym_map_slot(&coeffs, m, &fresh);
        *slot = fresh ? c : sym_add(*slot, c);
    }
    Sym *sys = sym_list(coeffs.n, coeffs.vals);
    Sym *sol = sym_solve(sys, unknowns.n, unknowns.v, false);
    if (sol->kind != SYM_DICT)
        unsupported(eq);
    for (uint32_t i = 0; i < sol->n; i += 2)
        trial = sym_subs(trial, sol->args[i], sol->args[i + 1]);
    for (size_t j = 0; j < unknowns.n; j++)
        trial = sym_subs(trial, unknowns.v[j], sym_zero);
    return sym_expand(trial);
}

static Sym *constant_coefficients(Sym *const *a, long order, Sym *g, Sym *x, Sym *fx, Sym *eq)
{
    /* a Symbol: sym_roots loses multiplicities of a Dummy's repeated complex roots */
    Sym *r = sym_symbol("r", (SymFacts){0, 0}), *chareq = sym_zero;
    for (long k = 0; k <= order; k++)
        chareq = sym_add(chareq, sym_mul(a[k], sym_pow_si(r, k)));
    Sym *roots = sym_roots(chareq, r);
    long total = 0;
    for (uint32_t i = 0; i < roots->n; i += 2)
        total += fmpz_get_si(roots->args[i + 1]->v.z);
    if (total != order)
        unsupported(eq);
    /* coefficients not known to be real: every root as exp(root*x), as sympy */
    bool real = true;
    for (long k = 0; k <= order; k++)
        real &= sym_is_number(a[k]) && sym_is(a[k], SYM_F_REAL);
    SymVec basis = {0}, used = {0};
    Term *ts = gc_alloc_atomic(sizeof(Term) * 2 * (size_t)order);
    size_t nts = 0;
    for (uint32_t i = 0; i < roots->n; i += 2) {
        Sym *root = roots->args[i], *re, *im;
        long m = fmpz_get_si(roots->args[i + 1]->v.z);
        if (real) {
            sym_as_real_imag(root, &re, &im);
            /* roots in radicals of complex numbers (a cubic's): not split into re + I*im */
            if (sym_has(re, sym_i) || sym_has(im, sym_i))
                unsupported(eq);
        } else {
            re = root;
            im = sym_zero;
        }
        if (sym_has_fn(re, SYM_FN_RE) || sym_has_fn(im, SYM_FN_IM))
            unsupported(eq);
        bool conj = false;
        for (size_t j = 0; j < used.n; j++)
            conj |= sym_eq(used.v[j], root);
        for (long k = 0; k < m; k++) {
            ts[nts++] = (Term){k, re, im};
            if (conj)
                continue;
            Sym *E = exp_of(re, x), *xe = sym_mul(sym_pow_si(x, k), E ? E : sym_one);
            if (sym_is_zero_num(im)) {
                sym_vec_push(&basis, xe);
            } else {
                sym_vec_push(&basis, sym_mul(xe, sym_fn1(SYM_FN_SIN, sym_mul(sym_fn1(SYM_FN_ABS, im), x))));
                sym_vec_push(&basis, sym_mul(xe, sym_fn1(SYM_FN_COS, sym_mul(im, x))));
            }
        }
        if (!sym_is_zero_num(im))
            sym_vec_push(&used, sym_sub(re, sym_mul(im, sym_i)));
    }
    if ((long)basis.n != order)
        unsupported(eq);
    SymVec cs = {0};
    Sym *sol = sym_is_zero_num(g) ? sym_zero : particular(a, order, g, x, roots, eq);
    for (size_t j = 0; j < basis.n; j++) {
        Sym *c = sym_dummy("C", (SymFacts){0, 0});
        sym_vec_push(&cs, c);
        sol = sym_add(sol, sym_mul(c, basis.v[j]));
    }
    sol = collect_classes(sol, x, ts, nts);
    sol = terms_gcd_deep(sol, x);
    return sym_rel(SYM_EQ, fx, renumber(sol, &cs));
}

/* ---- first order ---------------------------------------------------------------------------- */

/* a1*f' + a0*f = g with a0/a1 or g/a1 depending on x: f' = q by one integration, f' = -p*f
 * by separation, and (C1 + integral(q*exp(P)))*exp(-P) with P the integral of p otherwise. */
static Sym *first_order(Sym *const *a, Sym *g, Sym *x, Sym *fx, Sym *eq)
{
    Sym *c = sym_dummy("C", (SymFacts){0, 0});
    SymVec cs = {0};
    sym_vec_push(&cs, c);
    Sym *p = sym_div(a[0], a[1]), *q = sym_div(g, a[1]), *sol;
    if (sym_is_zero_num(p)) {
        Sym *F = sym_integrate_try(q, x);
        if (!F)
            unsupported(eq);
        sol = sym_add(c, sym_expand(F));
    } else {
        Sym *P = sym_integrate_try(p, x);
        if (!P)
            unsupported(eq);
        Sym *m = sym_fn1(SYM_FN_EXP, P);
        if (sym_is_zero_num(q)) {
            sol = sym_mul(c, sym_fn1(SYM_FN_EXP, sym_neg(P)));
        } else {
            Sym *F = sym_integrate_try(sym_mul(q, m), x);
            if (!F)
                unsupported(eq);
            sol = sym_div(sym_add(c, F), m);
        }
    }
    return sym_rel(SYM_EQ, fx, renumber(sol, &cs));
}

Sym *sym_dsolve(Sym *eq, Sym *fx)
{
    if (!sym_is_fn(fx, SYM_FN_UNDEF) || fx->n != 1 || !sym_is_symbol(fx->args[0]))
        sym_raise(SYM_E_VALUE, "dsolve() and classify_ode() only work with functions of one variable, not %s", sym_str(fx));
    Sym *x = fx->args[0], *e = eq;
    if (e->kind == SYM_REL && e->op == SYM_EQ)
        e = sym_sub(e->args[0], e->args[1]);
    else if (e->kind == SYM_REL)
        unsupported(eq);
    Sym *a[MAX_ORDER + 1], *g;
    long order = read_linear(e, fx, x, a, &g);
    if (order < 1)
        unsupported(eq);
    bool constant = true;
    for (long k = 0; k <= order; k++)
        constant &= !sym_has(a[k], x) && (order == 1 || sym_is_number(a[k]));
    /* f' = q(x) is one integration, whatever q */
    if (constant && !(order == 1 && sym_is_zero_num(a[0])))
        return constant_coefficients(a, order, g, x, fx, eq);
    if (order == 1)
        return first_order(a, g, x, fx, eq);
    unsupported(eq);
}

Sym *sym_dsolve_ics(Sym *sol, Sym *fx, size_t n, Sym *const *keys, Sym *const *vals)
{
    SymVec eqs = {0}, cs = {0};
    Sym *x = fx->args[0];
    for (size_t i = 0; i < n; i++) {
        /* f(x0), or Subs(Derivative(f(x), x, k), x, x0) */
        Sym *k = keys[i], *y = sol->args[1], *at = NULL;
        if (sym_is_fn(k, SYM_FN_UNDEF) && k->n == 1 && !sym_has(k->args[0], x) &&
            sym_eq(sym_undef_fn(k->v.s.name, 1, &x), fx)) {
            at = k->args[0];
        } else if (sym_is_fn(k, SYM_FN_SUBS) && sym_eq(k->args[1], x) && order_of(k->args[0], fx, x) > 0) {
            for (long d = order_of(k->args[0], fx, x); d > 0; d--)
                y = sym_diff(y, x);
            at = k->args[2];
        }
        if (!at)
            sym_raise(SYM_E_NOT_IMPLEMENTED, "tirbox: dsolve(ics=) with a condition on %s is not supported", sym_str(k));
        sym_vec_push(&eqs, sym_sub(sym_subs(y, x, at), vals[i]));
    }
    SymVec fs = sym_free_symbols(sol->args[1]);
    for (size_t i = 0; i < fs.n; i++)
        if (fs.v[i]->kind == SYM_SYMBOL && fs.v[i]->v.s.name[0] == 'C')
            sym_vec_push(&cs, fs.v[i]);
    Sym *s = sym_solve(sym_list(eqs.n, eqs.v), cs.n, cs.v, false);
    if (s->kind != SYM_DICT)
        sym_raise(SYM_E_NOT_IMPLEMENTED, "tirbox: dsolve(ics=) whose constants are not determined");
    Sym *r = sol->args[1];
    for (uint32_t i = 0; i < s->n; i += 2)
        r = sym_subs(r, s->args[i], s->args[i + 1]);
    return sym_rel(SYM_EQ, fx, r);
}
