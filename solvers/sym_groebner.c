/* solvers/sym_groebner.c — reduced Groebner bases (Buchberger) over the rationals. */
#include "solvers/sym_groebner.h"

#include <string.h>

#include <flint/fmpq_mpoly.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_print.h"

/* More basis elements than this while completing are given up on. */
#define MAX_BASIS 400

/* One term of an input polynomial before it becomes an fmpq_mpoly. */
typedef struct {
    Sym *coeff;
    ulong *exp;
} Term;

/* The terms of the expanded f in gens; raises for anything that is not a polynomial in them
 * with rational coefficients (checked before any FLINT memory is taken). */
static Term *terms_of(Sym *f, const SymVec *gens, size_t *n, bool *integral)
{
    Sym *e = sym_expand(f);
    Sym *const *t;
    size_t nt = sym_add_args(&e, &t);
    Term *out = gc_alloc((nt ? nt : 1) * sizeof(Term));
    *n = 0;
    for (size_t i = 0; i < nt; i++) {
        if (sym_is_zero_num(t[i]))
            continue;
        Sym *term = t[i];
        Sym *const *fs;
        size_t nf = sym_mul_args(&term, &fs);
        Term r = {sym_one, gc_alloc_atomic(gens->n * sizeof(ulong))};
        memset(r.exp, 0, gens->n * sizeof(ulong));
        for (size_t k = 0; k < nf; k++) {
            if (sym_is_rational(fs[k])) {
                r.coeff = sym_mul(r.coeff, fs[k]);
                continue;
            }
            Sym *b;
            long p;
            sym_decompose_power(fs[k], &b, &p);
            size_t g = 0;
            while (g < gens->n && !sym_eq(gens->v[g], b))
                g++;
            if (g == gens->n || p < 0)
                sym_raise(SYM_E_NOT_IMPLEMENTED, "tirbox: groebner() of %s: only polynomials in the generators with rational coefficients are supported", sym_str(f));
            r.exp[g] += (ulong)p;
        }
        *integral = *integral && sym_is_int(r.coeff);
        out[(*n)++] = r;
    }
    return out;
}

static void set_poly(fmpq_mpoly_t p, const Term *t, size_t n, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_zero(p, ctx);
    fmpq_t c, old;
    fmpq_init(c);
    fmpq_init(old);
    for (size_t i = 0; i < n; i++) {
        sym_get_fmpq(c, t[i].coeff);
        fmpq_mpoly_get_coeff_fmpq_ui(old, p, t[i].exp, ctx);
        fmpq_add(c, c, old);
        fmpq_mpoly_set_coeff_fmpq_ui(p, c, t[i].exp, ctx);
    }
    fmpq_clear(c);
    fmpq_clear(old);
}

/* The leading monomial's exponents. */
static void lead(ulong *e, const fmpq_mpoly_t p, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_get_term_exp_ui(e, p, 0, ctx);
}

static bool divides(const ulong *a, const ulong *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] > b[i])
            return false;
    return true;
}

/* The growable basis being completed. */
typedef struct {
    fmpq_mpoly_struct **p;
    size_t n, cap;
} Basis;

static void basis_push(Basis *b, const fmpq_mpoly_t f, const fmpq_mpoly_ctx_t ctx)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 8;
        b->p = realloc(b->p, b->cap * sizeof *b->p);
    }
    fmpq_mpoly_struct *q = malloc(sizeof *q);
    fmpq_mpoly_init(q, ctx);
    fmpq_mpoly_make_monic(q, f, ctx);
    b->p[b->n++] = q;
}

static void basis_clear(Basis *b, const fmpq_mpoly_ctx_t ctx)
{
    for (size_t i = 0; i < b->n; i++) {
        fmpq_mpoly_clear(b->p[i], ctx);
        free(b->p[i]);
    }
    free(b->p);
}

/* r = f reduced by every element of b (all its terms, not only the leading one). */
static void reduce(fmpq_mpoly_t r, const fmpq_mpoly_t f, fmpq_mpoly_struct *const *b, size_t n,
                   const fmpq_mpoly_ctx_t ctx)
{
    if (!n) {
        fmpq_mpoly_set(r, f, ctx);
        return;
    }
    fmpq_mpoly_struct **q = malloc(n * sizeof *q);
    for (size_t i = 0; i < n; i++) {
        q[i] = malloc(sizeof **q);
        fmpq_mpoly_init(q[i], ctx);
    }
    fmpq_mpoly_divrem_ideal(q, r, f, b, (slong)n, ctx);
    for (size_t i = 0; i < n; i++) {
        fmpq_mpoly_clear(q[i], ctx);
        free(q[i]);
    }
    free(q);
}

/* s = the S-polynomial of the monic f and g. */
static void spoly(fmpq_mpoly_t s, const fmpq_mpoly_t f, const fmpq_mpoly_t g, size_t nv,
                  const fmpq_mpoly_ctx_t ctx)
{
    ulong *ef = malloc(3 * nv * sizeof(ulong)), *eg = ef + nv, *m = eg + nv;
    lead(ef, f, ctx);
    lead(eg, g, ctx);
    fmpq_mpoly_t a, b, mono;
    fmpq_mpoly_init(a, ctx);
    fmpq_mpoly_init(b, ctx);
    fmpq_mpoly_init(mono, ctx);
    fmpq_t one;
    fmpq_init(one);
    fmpq_one(one);
    for (size_t i = 0; i < nv; i++)
        m[i] = (ef[i] > eg[i] ? ef[i] : eg[i]) - ef[i];
    fmpq_mpoly_set_coeff_fmpq_ui(mono, one, m, ctx);
    fmpq_mpoly_mul(a, mono, f, ctx);
    fmpq_mpoly_zero(mono, ctx);
    for (size_t i = 0; i < nv; i++)
        m[i] = (ef[i] > eg[i] ? ef[i] : eg[i]) - eg[i];
    fmpq_mpoly_set_coeff_fmpq_ui(mono, one, m, ctx);
    fmpq_mpoly_mul(b, mono, g, ctx);
    fmpq_mpoly_sub(s, a, b, ctx);
    fmpq_clear(one);
    fmpq_mpoly_clear(a, ctx);
    fmpq_mpoly_clear(b, ctx);
    fmpq_mpoly_clear(mono, ctx);
    free(ef);
}

/* Are the leading monomials of f and g coprime (Buchberger's first criterion: the pair's
 * S-polynomial then reduces to 0)? */
static bool coprime_leads(const fmpq_mpoly_t f, const fmpq_mpoly_t g, size_t nv, const fmpq_mpoly_ctx_t ctx)
{
    ulong *ef = malloc(2 * nv * sizeof(ulong)), *eg = ef + nv;
    lead(ef, f, ctx);
    lead(eg, g, ctx);
    bool ok = true;
    for (size_t i = 0; i < nv && ok; i++)
        ok = !(ef[i] && eg[i]);
    free(ef);
    return ok;
}

/* Completes b to a Groebner basis; false when it grows past MAX_BASIS. */
static bool buchberger(Basis *b, size_t nv, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t s, r;
    fmpq_mpoly_init(s, ctx);
    fmpq_mpoly_init(r, ctx);
    bool ok = true;
    /* pairs (i, j), i < j, taken in order of j then i: each new element pairs with the earlier */
    for (size_t j = 1; j < b->n && ok; j++)
        for (size_t i = 0; i < j && ok; i++) {
            budget_tick();
            if (coprime_leads(b->p[i], b->p[j], nv, ctx))
                continue;
            spoly(s, b->p[i], b->p[j], nv, ctx);
            reduce(r, s, b->p, b->n, ctx);
            if (fmpq_mpoly_is_zero(r, ctx))
                continue;
            if (b->n >= MAX_BASIS)
                ok = false;
            else
                basis_push(b, r, ctx);
        }
    fmpq_mpoly_clear(s, ctx);
    fmpq_mpoly_clear(r, ctx);
    return ok;
}

/* The minimal reduced basis from a Groebner basis: elements whose leading monomial another's
 * divides dropped, each remaining one reduced by the others. */
static void reduce_basis(Basis *b, size_t nv, const fmpq_mpoly_ctx_t ctx)
{
    ulong *ei = malloc(2 * nv * sizeof(ulong)), *ej = ei + nv;
    size_t n = 0;
    for (size_t i = 0; i < b->n; i++) {
        lead(ei, b->p[i], ctx);
        bool drop = false;
        for (size_t j = 0; j < b->n && !drop; j++) {
            if (j == i || !b->p[j])
                continue;
            lead(ej, b->p[j], ctx);
            /* of two equal leading monomials the later one goes */
            drop = divides(ej, ei, nv) && (memcmp(ei, ej, nv * sizeof(ulong)) || j < i);
        }
        if (drop) {
            fmpq_mpoly_clear(b->p[i], ctx);
            free(b->p[i]);
            b->p[i] = NULL;
        }
    }
    for (size_t i = 0; i < b->n; i++)
        if (b->p[i])
            b->p[n++] = b->p[i];
    b->n = n;
    free(ei);
    fmpq_mpoly_struct **others = malloc((n ? n : 1) * sizeof *others);
    fmpq_mpoly_t r;
    fmpq_mpoly_init(r, ctx);
    for (size_t i = 0; i < n; i++) {
        size_t m = 0;
        for (size_t j = 0; j < n; j++)
            if (j != i)
                others[m++] = b->p[j];
        reduce(r, b->p[i], others, m, ctx);
        fmpq_mpoly_make_monic(b->p[i], r, ctx);
    }
    fmpq_mpoly_clear(r, ctx);
    free(others);
}

static const fmpq_mpoly_ctx_struct *sort_ctx;

/* Largest leading monomial first. */
static int by_lead(const void *a, const void *b)
{
    const fmpq_mpoly_struct *p = *(fmpq_mpoly_struct *const *)a, *q = *(fmpq_mpoly_struct *const *)b;
    fmpq_mpoly_t mp, mq;
    fmpq_mpoly_init(mp, sort_ctx);
    fmpq_mpoly_init(mq, sort_ctx);
    fmpq_mpoly_get_term_monomial(mp, p, 0, sort_ctx);
    fmpq_mpoly_get_term_monomial(mq, q, 0, sort_ctx);
    int c = fmpq_mpoly_cmp(mq, mp, sort_ctx);
    fmpq_mpoly_clear(mp, sort_ctx);
    fmpq_mpoly_clear(mq, sort_ctx);
    return c;
}

/* The element's terms as Syms, scaled to a primitive integer polynomial when integral. */
static Sym *terms_sym(const fmpq_mpoly_t p, const SymVec *gens, bool integral, const fmpq_mpoly_ctx_t ctx)
{
    size_t nt = (size_t)fmpq_mpoly_length(p, ctx), nv = gens->n;
    fmpq_t c, scale;
    fmpq_init(c);
    fmpq_init(scale);
    fmpq_one(scale);
    if (integral) {
        /* monic times the lcm of the denominators, over the gcd of the numerators */
        fmpz_t l, g;
        fmpz_init_set_ui(l, 1);
        fmpz_init(g);
        for (size_t i = 0; i < nt; i++) {
            fmpq_mpoly_get_term_coeff_fmpq(c, p, (slong)i, ctx);
            fmpz_lcm(l, l, fmpq_denref(c));
        }
        for (size_t i = 0; i < nt; i++) {
            fmpq_mpoly_get_term_coeff_fmpq(c, p, (slong)i, ctx);
            fmpq_mul_fmpz(c, c, l);
            fmpz_gcd(g, g, fmpq_numref(c));
        }
        fmpq_set_fmpz_frac(scale, l, g);
        fmpz_clear(l);
        fmpz_clear(g);
    }
    Sym **t = gc_alloc((nt ? nt : 1) * sizeof(Sym *));
    ulong *e = malloc((nv ? nv : 1) * sizeof(ulong));
    for (size_t i = 0; i < nt; i++) {
        fmpq_mpoly_get_term_coeff_fmpq(c, p, (slong)i, ctx);
        fmpq_mul(c, c, scale);
        fmpq_mpoly_get_term_exp_ui(e, p, (slong)i, ctx);
        Sym *m = sym_rat_fmpq(c);
        for (size_t k = 0; k < nv; k++)
            if (e[k])
                m = sym_mul(m, sym_pow_si(gens->v[k], (long)e[k]));
        t[i] = m;
    }
    free(e);
    fmpq_clear(c);
    fmpq_clear(scale);
    return sym_tuple(nt, t);
}

SymVec sym_groebner(const SymVec *fs, const SymVec *gens, SymMonoOrder order, bool *integral)
{
    size_t nv = gens->n;
    *integral = true;
    Term **terms = gc_alloc((fs->n ? fs->n : 1) * sizeof(Term *));
    size_t *nterms = gc_alloc_atomic((fs->n ? fs->n : 1) * sizeof(size_t));
    for (size_t i = 0; i < fs->n; i++)
        terms[i] = terms_of(fs->v[i], gens, &nterms[i], integral);
    fmpq_mpoly_ctx_t ctx;
    fmpq_mpoly_ctx_init(ctx, (slong)(nv ? nv : 1),
                        order == SYM_ORDER_LEX ? ORD_LEX : order == SYM_ORDER_GRLEX ? ORD_DEGLEX : ORD_DEGREVLEX);
    Basis b = {0};
    fmpq_mpoly_t f;
    fmpq_mpoly_init(f, ctx);
    for (size_t i = 0; i < fs->n; i++) {
        set_poly(f, terms[i], nterms[i], ctx);
        if (!fmpq_mpoly_is_zero(f, ctx))
            basis_push(&b, f, ctx);
    }
    fmpq_mpoly_clear(f, ctx);
    bool ok = buchberger(&b, nv, ctx);
    SymVec out = {0};
    if (ok) {
        reduce_basis(&b, nv, ctx);
        sort_ctx = ctx;
        qsort(b.p, b.n, sizeof *b.p, by_lead);
        for (size_t i = 0; i < b.n; i++)
            sym_vec_push(&out, terms_sym(b.p[i], gens, *integral, ctx));
    }
    basis_clear(&b, ctx);
    fmpq_mpoly_ctx_clear(ctx);
    if (!ok)
        sym_raise(SYM_E_NOT_IMPLEMENTED, "tirbox: groebner(): the basis grows past %d polynomials", MAX_BASIS);
    return out;
}
