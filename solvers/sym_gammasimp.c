/* solvers/sym_gammasimp.c — gammasimp and combsimp (see sym_gammasimp.h). */
#include "solvers/sym_gammasimp.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"

/* gamma(a)**k */
typedef struct Gam { Sym *a; long k; } Gam;

/* A product being simplified: its gammas, its other factors (base**exp), and the polynomial
 * factors that cancelling produced. */
typedef struct Prod {
    Gam *g;
    size_t ng;
    Sym **base, **exp;
    size_t nr;
    Sym *poly;
    bool changed;
} Prod;

/* Binomials with a small integer k are expanded to their polynomial (as sympy's are). */
enum { BINOMIAL_EXPAND_MAX = 20, SHIFT_MAX = 1000 };

bool sym_has_gamma_like(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_GAMMA) || sym_is_fn(e, SYM_FN_FACTORIAL) || sym_is_fn(e, SYM_FN_BINOMIAL))
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (sym_has_gamma_like(e->args[i]))
            return true;
    return false;
}

static bool small_long(const Sym *e, long lo, long hi, long *v)
{
    if (e->kind != SYM_INTEGER || !fmpz_fits_si(e->v.z))
        return false;
    *v = fmpz_get_si(e->v.z);
    return *v >= lo && *v <= hi;
}

static void add_gamma(Prod *p, Sym *a, long k)
{
    p->g[p->ng++] = (Gam){a, k};
}

static void add_factor(Prod *p, Sym *f)
{
    Sym *b, *x;
    sym_as_base_exp(f, &b, &x);
    long k;
    if (small_long(x, -SHIFT_MAX, SHIFT_MAX, &k) && k) {
        if (sym_is_fn(b, SYM_FN_GAMMA)) {
            add_gamma(p, b->args[0], k);
            return;
        }
        if (sym_is_fn(b, SYM_FN_FACTORIAL)) {
            add_gamma(p, sym_add(b->args[0], sym_one), k);
            return;
        }
        long m;
        if (sym_is_fn(b, SYM_FN_BINOMIAL) && small_long(b->args[1], 0, BINOMIAL_EXPAND_MAX, &m)) {
            Sym *v = sym_one;
            for (long i = 0; i < m; i++)
                v = sym_div(sym_mul(v, sym_sub(b->args[0], sym_int(i))), sym_int(i + 1));
            p->poly = sym_mul(p->poly, sym_pow_si(v, k));
            p->changed = true;
            return;
        }
        if (sym_is_fn(b, SYM_FN_BINOMIAL)) {
            Sym *n = b->args[0], *kk = b->args[1];
            add_gamma(p, sym_add(n, sym_one), k);
            add_gamma(p, sym_add(kk, sym_one), -k);
            add_gamma(p, sym_add(sym_sub(n, kk), sym_one), -k);
            return;
        }
    }
    p->base[p->nr] = b;
    p->exp[p->nr++] = x;
}

/* An argument whose constant term is an integer (gamma(x + 1/2) and gamma(x - 1/2) stay). */
static bool integer_offset(Sym *a)
{
    Sym *c, *rest;
    sym_as_coeff_add(sym_expand(a), &c, &rest);
    return c->kind == SYM_INTEGER;
}

/* (b)(b + 1)...(b + d - 1) */
static Sym *rising(Sym *b, long d)
{
    Sym *v = sym_one;
    for (long s = 0; s < d; s++)
        v = sym_mul(v, sym_add(b, sym_int(s)));
    return v;
}

/* gamma(a)/gamma(b) with a - b an integer: a product of linear factors. */
static void cancel_pairs(Prod *p)
{
    for (size_t i = 0; i < p->ng; i++) {
        for (size_t j = 0; j < p->ng && p->g[i].k > 0; j++) {
            long d;
            if (p->g[j].k >= 0 || !small_long(sym_expand(sym_sub(p->g[i].a, p->g[j].a)), -SHIFT_MAX, SHIFT_MAX, &d) ||
                !integer_offset(p->g[i].a) || !integer_offset(p->g[j].a))
                continue;
            long m = p->g[i].k < -p->g[j].k ? p->g[i].k : -p->g[j].k;
            Sym *r = d >= 0 ? rising(p->g[j].a, d) : sym_div(sym_one, rising(p->g[i].a, -d));
            p->poly = sym_mul(p->poly, sym_pow_si(r, m));
            p->g[i].k -= m;
            p->g[j].k += m;
            p->changed = true;
        }
    }
}

/* gamma(a)*gamma(1 - a) = pi/sin(pi*a). */
static void reflect(Prod *p)
{
    for (size_t i = 0; i < p->ng; i++) {
        for (size_t j = i + 1; j < p->ng && p->g[i].k == 1; j++) {
            if (p->g[j].k != 1 || !sym_is_one(sym_add(p->g[i].a, p->g[j].a)))
                continue;
            p->poly = sym_mul(p->poly, sym_div(sym_pi, sym_fn1(SYM_FN_SIN, sym_mul(sym_pi, p->g[i].a))));
            p->g[i].k = p->g[j].k = 0;
            p->changed = true;
        }
    }
}

/* a*gamma(a) = gamma(a + 1) and gamma(a)/(a - 1) = gamma(a - 1), and the same below the bar. */
static void absorb(Prod *p)
{
    for (size_t i = 0; i < p->ng; i++) {
        Gam *g = &p->g[i];
        if (g->k != 1 && g->k != -1)
            continue;
        for (size_t r = 0; r < p->nr; r++) {
            budget_tick();
            long e;
            if (!small_long(p->exp[r], -SHIFT_MAX, SHIFT_MAX, &e) || !e)
                continue;
            /* the factor moves the argument up when it is a and sits on g's side of the bar */
            bool up = sym_eq(p->base[r], g->a) && (e > 0) == (g->k > 0);
            bool down = sym_eq(p->base[r], sym_sub(g->a, sym_one)) && (e > 0) != (g->k > 0);
            if (!up && !down)
                continue;
            g->a = sym_add(g->a, up ? sym_one : sym_neg_one);
            p->exp[r] = sym_int(e > 0 ? e - 1 : e + 1);
            p->changed = true;
            r = (size_t)-1;   /* the new argument may match another factor */
        }
    }
}

/* gamma(a) in the form the result uses: factorial(a - 1) when combsimp found every argument an
 * integer, gamma(a) otherwise. */
static Sym *gamma_as(Sym *a, bool fact)
{
    return fact ? sym_fn1(SYM_FN_FACTORIAL, sym_sub(a, sym_one)) : sym_fn1(SYM_FN_GAMMA, a);
}

static Sym *rebuild(const Prod *p, bool fact)
{
    Sym *rest = p->poly;
    for (size_t r = 0; r < p->nr; r++)
        rest = sym_mul(rest, sym_pow(p->base[r], p->exp[r]));
    Sym *v = sym_factor(rest);
    for (size_t i = 0; i < p->ng; i++)
        if (p->g[i].k)
            v = sym_mul(v, sym_pow_si(gamma_as(p->g[i].a, fact), p->g[i].k));
    return v;
}

/* e with gamma written as factorial (fact) or factorial and binomial written as gamma, as
 * combsimp and gammasimp give back an expression they cannot simplify. */
static Sym *rewrite(Sym *e, bool fact)
{
    if (!e->n || !(e->kind <= SYM_FN))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = rewrite(e->args[i], fact);
    if (fact && sym_is_fn(e, SYM_FN_GAMMA))
        return gamma_as(v[0], true);
    if (!fact && sym_is_fn(e, SYM_FN_FACTORIAL))
        return gamma_as(sym_add(v[0], sym_one), false);
    if (!fact && sym_is_fn(e, SYM_FN_BINOMIAL))
        return sym_div(gamma_as(sym_add(v[0], sym_one), false),
                       sym_mul(gamma_as(sym_add(v[1], sym_one), false),
                               gamma_as(sym_add(sym_sub(v[0], v[1]), sym_one), false)));
    return sym_rebuild(e, v);
}

/* combsimp answers with factorials when every gamma it works with has an integer argument. */
static bool integer_gammas(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_GAMMA) && !sym_is(e->args[0], SYM_F_INTEGER))
        return false;
    if (sym_is_fn(e, SYM_FN_FACTORIAL) && !sym_is(e->args[0], SYM_F_INTEGER))
        return false;
    if (sym_is_fn(e, SYM_FN_BINOMIAL) && !(sym_is(e->args[0], SYM_F_INTEGER) && sym_is(e->args[1], SYM_F_INTEGER)))
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!integer_gammas(e->args[i]))
            return false;
    return true;
}

static Sym *simp_term(Sym *t, bool fact)
{
    Sym *const *f;
    size_t n = sym_mul_args((Sym *const *)&t, &f);
    Prod p = {gc_alloc(3 * n * sizeof(Gam)), 0, gc_alloc(n * sizeof(Sym *)), gc_alloc(n * sizeof(Sym *)), 0,
              sym_one, false};
    for (size_t i = 0; i < n; i++)
        add_factor(&p, f[i]);
    cancel_pairs(&p);
    reflect(&p);
    absorb(&p);
    return p.changed ? rebuild(&p, fact) : rewrite(t, fact);
}

static bool has_sum_factor(Sym *e)
{
    Sym *const *f;
    size_t n = sym_mul_args((Sym *const *)&e, &f);
    for (size_t i = 0; i < n; i++) {
        Sym *b, *x;
        sym_as_base_exp(f[i], &b, &x);
        if (b->kind == SYM_ADD && sym_has_gamma_like(b))
            return true;
    }
    return false;
}

static Sym *simp(Sym *e, bool fact)
{
    if (!sym_has_gamma_like(e))
        return e;
    if (e->kind != SYM_ADD) {
        Sym *r = simp_term(e, fact);
        if (!sym_has_gamma_like(r) || !has_sum_factor(e))
            return r;
        /* (factorial(n) + factorial(n + 1))/factorial(n): term by term over the distributed form */
        Sym *d = simp(sym_expand_mul(e), fact);
        return sym_has_gamma_like(d) ? r : sym_factor(sym_together(d));
    }
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = simp_term(e->args[i], fact);
    Sym *r = sym_add_n(e->n, v);
    if (!sym_has_gamma_like(r))
        return sym_factor(sym_together(r));
    /* n*factorial(n) + factorial(n): the factored sum may let a factor join its gamma */
    Sym *fe = sym_factor(e);
    if (fe->kind == SYM_MUL) {
        Sym *g = simp_term(fe, fact);
        if (!sym_eq(g, rewrite(fe, fact)))
            return g;
    }
    return r;
}

Sym *sym_gammasimp(Sym *e) { return simp(e, false); }

Sym *sym_combsimp(Sym *e) { return simp(e, integer_gammas(e)); }
