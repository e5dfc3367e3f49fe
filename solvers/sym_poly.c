/* solvers/sym_poly.c — polynomials over Q with FLINT: factor, cancel, together, gcd, division. */
#include "solvers/sym_poly.h"

#include <ctype.h>
#include <string.h>

#include <flint/fmpq_mpoly.h>
#include <flint/fmpz_mpoly_factor.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"

/* Monomial exponents above this are refused (FLINT would accept them, but the results explode). */
#define MAX_EXP 100000

/* ---- generators ---------------------------------------------------------------------------- */

/* sympy's _sort_gens key: (rank of the name's letter, name, trailing index). I comes after every
 * other generator: sympy keeps it in the coefficient domain (ZZ_I), so the true generators must
 * lead the lex order whatever their names (a Dummy's '_r' sorts after 'I'). */
static void gen_key(Sym *g, long *rank, const char **name, long *index)
{
    if (g->kind == SYM_I) {
        *rank = 2000;
        *name = "I";
        *index = 0;
        return;
    }
    const char *s = sym_str(g);
    size_t n = strlen(s), k = n;
    while (k > 0 && isdigit((unsigned char)s[k - 1]))
        k--;
    char *nm = gc_alloc_atomic(k + 1);
    memcpy(nm, s, k);
    *name = nm;
    *index = k < n ? strtol(s + k, NULL, 10) : 0;
    *rank = 1000;
    if (k == 1 && nm[0] >= 'a' && nm[0] <= 'z') {
        char c = nm[0];
        *rank = c >= 'x' ? 124 + (c - 'x') : c >= 'p' ? 216 + (c - 'p') : 301 + (c - 'a');
    }
}

static int gen_cmp(Sym *a, Sym *b)
{
    long ra, rb, ia, ib;
    const char *na, *nb;
    gen_key(a, &ra, &na, &ia);
    gen_key(b, &rb, &nb, &ib);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    int c = strcmp(na, nb);
    if (c)
        return c < 0 ? -1 : 1;
    return (ia > ib) - (ia < ib);
}

/* The generator and exponent a factor contributes (negative powers give the generator 1/b). */
static void factor_gen(Sym *f, Sym **gen, long *k)
{
    sym_decompose_power(f, gen, k);
    if (*k < 0) {
        *k = -*k;
        *gen = sym_pow(*gen, sym_neg_one);
    }
}

/* Adds the generators of e to gens; false when e has a Float coefficient (sympy would work
 * over the reals, which this module does not). */
static bool collect_gens(Sym *e, SymMap *gens)
{
    Sym *const *t;
    size_t nt = sym_add_args(&e, &t);
    for (size_t i = 0; i < nt; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        for (size_t j = 0; j < nf; j++) {
            budget_tick();
            if (sym_is_num(f[j])) {
                if (!sym_is_rational(f[j]))
                    return false;
                continue;
            }
            Sym *g;
            long k;
            factor_gen(f[j], &g, &k);
            bool fresh;
            sym_map_slot(gens, g, &fresh);
        }
    }
    return true;
}

static SymVec sorted_gens(SymMap *m)
{
    SymVec v = {0};
    for (size_t i = 0; i < m->n; i++) {
        size_t j = v.n;
        sym_vec_push(&v, m->keys[i]);
        while (j > 0 && gen_cmp(v.v[j - 1], m->keys[i]) > 0) {
            v.v[j] = v.v[j - 1];
            j--;
        }
        v.v[j] = m->keys[i];
    }
    return v;
}

void sym_sort_gens(SymVec *v)
{
    for (size_t i = 1; i < v->n; i++)
        for (size_t j = i; j > 0 && gen_cmp(v->v[j - 1], v->v[j]) > 0; j--) {
            Sym *t = v->v[j];
            v->v[j] = v->v[j - 1];
            v->v[j - 1] = t;
        }
}

SymVec sym_poly_gens(Sym *e)
{
    SymMap m = {0};
    collect_gens(e, &m);
    return sorted_gens(&m);
}

/* ---- conversion ---------------------------------------------------------------------------- */

typedef struct {
    SymVec gens;
    fmpq_mpoly_ctx_t ctx;
} Ring;

static void ring_init(Ring *r, SymVec gens)
{
    r->gens = gens;
    fmpq_mpoly_ctx_init(r->ctx, gens.n ? (slong)gens.n : 1, ORD_LEX);
}

static void ring_clear(Ring *r) { fmpq_mpoly_ctx_clear(r->ctx); }

static slong gen_index(const Ring *r, Sym *g)
{
    for (size_t i = 0; i < r->gens.n; i++)
        if (sym_eq(r->gens.v[i], g))
            return (slong)i;
    return -1;
}

/* e as a polynomial in the ring's generators; false when it is not one. */
static bool to_poly(fmpq_mpoly_t out, Sym *e, const Ring *r)
{
    fmpq_mpoly_zero(out, r->ctx);
    ulong *exps = gc_alloc_atomic((r->gens.n + 1) * sizeof(ulong));
    fmpq_t c, q;
    fmpq_init(c);
    fmpq_init(q);
    bool ok = true;
    Sym *const *t;
    size_t nt = sym_add_args(&e, &t);
    for (size_t i = 0; i < nt && ok; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        fmpq_one(c);
        memset(exps, 0, (r->gens.n + 1) * sizeof(ulong));
        for (size_t j = 0; j < nf && ok; j++) {
            budget_tick();
            if (sym_is_rational(f[j])) {
                sym_get_fmpq(q, f[j]);
                fmpq_mul(c, c, q);
                continue;
            }
            Sym *g;
            long k;
            factor_gen(f[j], &g, &k);
            slong idx = gen_index(r, g);
            if (idx < 0 || sym_is_num(f[j]) || k > MAX_EXP)
                ok = false;
            else
                exps[idx] += (ulong)k;
        }
        if (ok)
            fmpq_mpoly_push_term_fmpq_ui(out, c, exps, r->ctx);
    }
    fmpq_clear(c);
    fmpq_clear(q);
    if (ok) {
        fmpq_mpoly_sort_terms(out, r->ctx);
        fmpq_mpoly_combine_like_terms(out, r->ctx);
    }
    return ok;
}

static Sym *from_poly(const fmpq_mpoly_t p, const Ring *r)
{
    slong n = fmpq_mpoly_length(p, r->ctx);
    Sym **terms = gc_alloc((n ? (size_t)n : 1) * sizeof(Sym *));
    ulong *exps = gc_alloc_atomic((r->gens.n + 1) * sizeof(ulong));
    fmpq_t c;
    fmpq_init(c);
    for (slong i = 0; i < n; i++) {
        budget_tick();
        fmpq_mpoly_get_term_coeff_fmpq(c, p, i, r->ctx);
        fmpq_mpoly_get_term_exp_ui(exps, p, i, r->ctx);
        SymVec f = {0};
        sym_vec_push(&f, sym_rat_fmpq(c));
        for (size_t k = 0; k < r->gens.n; k++)
            if (exps[k])
                sym_vec_push(&f, sym_pow(r->gens.v[k], sym_int((long)exps[k])));
        terms[i] = sym_mul_n(f.n, f.v);
    }
    fmpq_clear(c);
    return sym_add_n((size_t)n, terms);
}

static Sym *from_zpoly(const fmpz_mpoly_t p, const Ring *r)
{
    fmpq_mpoly_t q;
    fmpq_mpoly_init(q, r->ctx);
    fmpq_one(fmpq_mpoly_content_ref(q, r->ctx));
    fmpz_mpoly_set(fmpq_mpoly_zpoly_ref(q, r->ctx), p, r->ctx->zctx);
    fmpq_mpoly_reduce(q, r->ctx);
    Sym *e = from_poly(q, r);
    fmpq_mpoly_clear(q, r->ctx);
    return e;
}

/* A ring for the generators of the given expressions; false when one has Float coefficients
 * or there are no generators at all. */
static bool ring_for(Ring *r, size_t n, Sym *const *es)
{
    SymMap m = {0};
    for (size_t i = 0; i < n; i++)
        if (!collect_gens(es[i], &m))
            return false;
    if (!m.n)
        return false;
    ring_init(r, sorted_gens(&m));
    return true;
}

/* ---- factor -------------------------------------------------------------------------------- */

/* Poly(base).factor_list(): constant, primitive factors with positive leading coefficients.
 * Returns NULL when base is not a polynomial. */
static Sym *poly_factor_list(Sym *base, SymVec *facs, SymVec *mults)
{
    base = sym_expand(base);
    if (sym_is_rational(base))   /* (x - 1)*(x + 1) - x**2 is the constant -1 */
        return base;
    Ring r;
    if (!ring_for(&r, 1, &base))
        return NULL;
    fmpq_mpoly_t p;
    fmpq_mpoly_init(p, r.ctx);
    Sym *constant = NULL;
    if (to_poly(p, base, &r)) {
        fmpz_mpoly_factor_t f;
        fmpz_mpoly_factor_init(f, r.ctx->zctx);
        fmpz_mpoly_factor(f, fmpq_mpoly_zpoly_ref(p, r.ctx), r.ctx->zctx);
        fmpq_t c;
        fmpq_init(c);
        fmpq_set_fmpz_frac(c, f->constant, sym_one->v.z);
        fmpq_mul(c, c, fmpq_mpoly_content_ref(p, r.ctx));
        constant = sym_rat_fmpq(c);
        fmpq_clear(c);
        for (slong i = 0; i < f->num; i++) {
            sym_vec_push(facs, from_zpoly(f->poly + i, &r));
            sym_vec_push(mults, sym_int_fmpz(f->exp + i));
        }
        fmpz_mpoly_factor_clear(f, r.ctx->zctx);
    }
    fmpq_mpoly_clear(p, r.ctx);
    ring_clear(&r);
    return constant;
}

static bool is_pure_complex(Sym *e)
{
    Sym *h, *t, *c, *i;
    sym_as_coeff_add(e, &h, &t);
    if (sym_is_zero_num(t))
        return sym_is_num(h);
    sym_as_coeff_mul(t, false, &c, &i);
    return i->kind == SYM_I && sym_is_num(c) && sym_is_num(h);
}

Sym *sym_factor_list(Sym *e, SymVec *factors, SymVec *mults)
{
    Sym *coeff = sym_one;
    Sym *t = sym_together(e);
    Sym *const *args;
    size_t n = sym_mul_args(&t, &args);
    for (size_t i = 0; i < n; i++) {
        Sym *arg = args[i], *base = arg, *exp = sym_one;
        if (sym_is_num(arg) || is_pure_complex(arg)) {
            coeff = sym_mul(coeff, arg);
            continue;
        }
        if (arg->kind == SYM_POW) {
            base = arg->args[0];
            exp = arg->args[1];
            if (sym_is_num(base) && sym_is_num(exp)) {
                coeff = sym_mul(coeff, arg);
                continue;
            }
            if (sym_is_num(base)) {
                sym_vec_push(factors, base);
                sym_vec_push(mults, exp);
                continue;
            }
        }
        SymVec fs = {0}, ks = {0};
        Sym *c = poly_factor_list(base, &fs, &ks);
        if (!c) {
            sym_vec_push(factors, base);
            sym_vec_push(mults, exp);
            continue;
        }
        if (!sym_is_one(c)) {
            if (exp->kind == SYM_INTEGER) {
                coeff = sym_mul(coeff, sym_pow(c, exp));
            } else if (sym_is(c, SYM_F_POSITIVE)) {
                sym_vec_push(factors, c);
                sym_vec_push(mults, exp);
            } else {
                sym_vec_push(&fs, c);
                sym_vec_push(&ks, sym_one);
            }
        }
        if (sym_is_one(exp) || sym_is(exp, SYM_F_INTEGER)) {
            for (size_t k = 0; k < fs.n; k++) {
                sym_vec_push(factors, fs.v[k]);
                sym_vec_push(mults, sym_mul(ks.v[k], exp));
            }
        } else {
            SymVec other = {0};
            for (size_t k = 0; k < fs.n; k++) {
                if (sym_is(fs.v[k], SYM_F_POSITIVE)) {
                    sym_vec_push(factors, fs.v[k]);
                    sym_vec_push(mults, sym_mul(ks.v[k], exp));
                } else {
                    sym_vec_push(&other, sym_pow(fs.v[k], ks.v[k]));
                }
            }
            sym_vec_push(factors, sym_mul_n(other.n, other.v));
            sym_vec_push(mults, exp);
        }
    }
    return coeff;
}

static bool is_expr(Sym *e)
{
    return e->kind != SYM_REL && e->kind != SYM_AND && e->kind != SYM_OR && e->kind != SYM_NOT &&
           e->kind != SYM_TUPLE && e->kind != SYM_LIST && e->kind != SYM_DICT &&
           e->kind != SYM_TRUE && e->kind != SYM_FALSE;
}

/* Applies f to the arguments of a non-expression (a relation, a tuple...). */
static Sym *map_args(Sym *e, Sym *(*f)(Sym *))
{
    if (e->n == 0)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = f(e->args[i]);
    return sym_rebuild(e, v);
}

Sym *sym_factor(Sym *e)
{
    if (!is_expr(e))
        return map_args(e, sym_factor);
    SymVec fs = {0}, ks = {0};
    Sym *coeff = sym_factor_list(e, &fs, &ks);
    Sym **p = gc_alloc((fs.n ? fs.n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < fs.n; i++)
        p[i] = sym_pow(fs.v[i], ks.v[i]);
    return sym_keep_coeff(coeff, sym_mul_n(fs.n, p));
}

/* ---- cancel -------------------------------------------------------------------------------- */

/* The integer polynomial den(content) * P and the multiplier used (dmp_clear_denoms). */
static void clear_denoms(fmpz_mpoly_t out, fmpz_t mult, fmpq_mpoly_t p, const Ring *r)
{
    fmpq *c = fmpq_mpoly_content_ref(p, r->ctx);
    fmpz_mpoly_scalar_mul_fmpz(out, fmpq_mpoly_zpoly_ref(p, r->ctx), fmpq_numref(c), r->ctx->zctx);
    fmpz_set(mult, fmpq_denref(c));
}

Sym *sym_cancel(Sym *e)
{
    if (sym_is_num(e) || !is_expr(e))
        return e;
    Sym *num, *den;
    sym_numer_denom(e, &num, &den);
    num = sym_expand(num);
    den = sym_expand(den);
    if (sym_is_rational(num) && sym_is_rational(den) && !sym_is_zero_num(den))
        return sym_div(num, den);
    Ring r;
    Sym *both[2] = {num, den};
    if (!ring_for(&r, 2, both))
        return e;
    fmpq_mpoly_t P, Q;
    fmpq_mpoly_init(P, r.ctx);
    fmpq_mpoly_init(Q, r.ctx);
    Sym *result = e;
    if (to_poly(P, num, &r) && to_poly(Q, den, &r) && !fmpq_mpoly_is_zero(Q, r.ctx)) {
        fmpz_mpoly_t f, g, h;
        fmpz_t cq, cp;
        fmpz_mpoly_init(f, r.ctx->zctx);
        fmpz_mpoly_init(g, r.ctx->zctx);
        fmpz_mpoly_init(h, r.ctx->zctx);
        fmpz_init(cq);
        fmpz_init(cp);
        clear_denoms(f, cq, P, &r);
        clear_denoms(g, cp, Q, &r);
        if (fmpz_mpoly_is_zero(f, r.ctx->zctx)) {
            result = sym_zero;
        } else {
            fmpz_mpoly_gcd(h, f, g, r.ctx->zctx);
            fmpz_mpoly_divides(f, f, h, r.ctx->zctx);
            fmpz_mpoly_divides(g, g, h, r.ctx->zctx);
            /* sympy makes the denominator's leading coefficient positive and leaves the
             * numerator's sign inside it: (-x - 1)/(x - 1), not -(x + 1)/(x - 1) */
            fmpz_t lc;
            fmpz_init(lc);
            fmpz_mpoly_get_term_coeff_fmpz(lc, g, 0, r.ctx->zctx);
            if (fmpz_sgn(lc) < 0) {
                fmpz_mpoly_neg(f, f, r.ctx->zctx);
                fmpz_mpoly_neg(g, g, r.ctx->zctx);
            }
            fmpz_clear(lc);
            Sym *c = sym_rat_fmpz(cp, cq);
            result = sym_mul(c, sym_div(from_zpoly(f, &r), from_zpoly(g, &r)));
        }
        fmpz_mpoly_clear(f, r.ctx->zctx);
        fmpz_mpoly_clear(g, r.ctx->zctx);
        fmpz_mpoly_clear(h, r.ctx->zctx);
        fmpz_clear(cq);
        fmpz_clear(cp);
    }
    fmpq_mpoly_clear(P, r.ctx);
    fmpq_mpoly_clear(Q, r.ctx);
    ring_clear(&r);
    return result;
}

/* ---- gcd, lcm, division -------------------------------------------------------------------- */

/* Runs op on a and b read as polynomials in their joint generators. */
typedef Sym *(*poly_op)(fmpq_mpoly_t a, fmpq_mpoly_t b, const Ring *r, void *out2);

static Sym *with_polys(Sym *a, Sym *b, poly_op op, void *out2)
{
    a = sym_expand(a);
    b = sym_expand(b);
    Ring r;
    Sym *both[2] = {a, b};
    if (!ring_for(&r, 2, both))
        return NULL;
    fmpq_mpoly_t A, B;
    fmpq_mpoly_init(A, r.ctx);
    fmpq_mpoly_init(B, r.ctx);
    Sym *res = NULL;
    if (to_poly(A, a, &r) && to_poly(B, b, &r))
        res = op(A, B, &r, out2);
    fmpq_mpoly_clear(A, r.ctx);
    fmpq_mpoly_clear(B, r.ctx);
    ring_clear(&r);
    return res;
}

static bool integral(fmpq_mpoly_t p, const Ring *r)
{
    return fmpz_is_one(fmpq_denref(fmpq_mpoly_content_ref(p, r->ctx)));
}

/* gcd over Z (content included, positive leading coefficient) when both are integral, else the
 * monic gcd over Q, as sympy's domains ZZ and QQ give. */
static Sym *gcd_op(fmpq_mpoly_t a, fmpq_mpoly_t b, const Ring *r, void *unused)
{
    (void)unused;
    fmpq_mpoly_t g;
    fmpq_mpoly_init(g, r->ctx);
    fmpq_mpoly_gcd(g, a, b, r->ctx);
    if (integral(a, r) && integral(b, r) && !fmpq_mpoly_is_zero(g, r->ctx)) {
        fmpq_t ca, cb;
        fmpz_t z;
        fmpq_init(ca);
        fmpq_init(cb);
        fmpz_init(z);
        fmpq_mpoly_content(ca, a, r->ctx);
        fmpq_mpoly_content(cb, b, r->ctx);
        fmpz_gcd(z, fmpq_numref(ca), fmpq_numref(cb));
        fmpq_mpoly_scalar_mul_fmpz(g, g, z, r->ctx);
        fmpq_clear(ca);
        fmpq_clear(cb);
        fmpz_clear(z);
    }
    Sym *res = from_poly(g, r);
    fmpq_mpoly_clear(g, r->ctx);
    return res;
}

static Sym *rat_gcd_lcm(Sym *a, Sym *b, bool lcm)
{
    fmpq_t x, y;
    fmpq_init(x);
    fmpq_init(y);
    sym_get_fmpq(x, a);
    sym_get_fmpq(y, b);
    fmpz_t n, d;
    fmpz_init(n);
    fmpz_init(d);
    if (lcm) {
        fmpz_lcm(n, fmpq_numref(x), fmpq_numref(y));
        fmpz_gcd(d, fmpq_denref(x), fmpq_denref(y));
    } else {
        fmpz_gcd(n, fmpq_numref(x), fmpq_numref(y));
        fmpz_lcm(d, fmpq_denref(x), fmpq_denref(y));
    }
    Sym *r = sym_rat_fmpz(n, d);
    fmpq_clear(x);
    fmpq_clear(y);
    fmpz_clear(n);
    fmpz_clear(d);
    return r;
}

Sym *sym_gcd(Sym *a, Sym *b)
{
    if (sym_is_rational(a) && sym_is_rational(b))
        return rat_gcd_lcm(a, b, false);
    Sym *r = with_polys(a, b, gcd_op, NULL);
    return r ? r : sym_one;
}

Sym *sym_lcm(Sym *a, Sym *b)
{
    if (sym_is_rational(a) && sym_is_rational(b))
        return rat_gcd_lcm(a, b, true);
    Sym *g = sym_gcd(a, b);
    if (sym_is_zero_num(g))
        return sym_zero;
    return sym_cancel(sym_div(sym_expand(sym_mul(a, b)), g));
}

/* sympy's division over Q (dmp_ff_div): a and b as polynomials in generator v with coefficients
 * in the later ones, each step dividing the leading coefficients recursively; it stops where
 * that division leaves a remainder, so div(c*d + 35, d + 4) in (c, d) is (0, c*d + 35). */
static void recursive_divrem(fmpq_mpoly_t q, fmpq_mpoly_t rem, const fmpq_mpoly_t a,
                             const fmpq_mpoly_t b, slong v, const Ring *r)
{
    const fmpq_mpoly_ctx_struct *ctx = r->ctx;
    fmpq_mpoly_zero(q, ctx);
    if (v == fmpq_mpoly_ctx_nvars(r->ctx)) {
        /* constants */
        fmpq_t c;
        fmpq_init(c);
        fmpq_mpoly_get_fmpq(c, b, ctx);
        fmpq_mpoly_scalar_div_fmpq(q, a, c, ctx);
        fmpq_mpoly_zero(rem, ctx);
        fmpq_clear(c);
        return;
    }
    fmpq_mpoly_set(rem, a, ctx);
    slong dg = fmpq_mpoly_degree_si(b, v, ctx), dr = fmpq_mpoly_degree_si(rem, v, ctx);
    fmpq_mpoly_t lcg, lcr, c, cr, t;
    fmpq_mpoly_init(lcg, ctx);
    fmpq_mpoly_init(lcr, ctx);
    fmpq_mpoly_init(c, ctx);
    fmpq_mpoly_init(cr, ctx);
    fmpq_mpoly_init(t, ctx);
    slong var = v;
    ulong dgu = (ulong)dg;
    fmpq_mpoly_get_coeff_vars_ui(lcg, b, &var, &dgu, 1, ctx);
    while (dr >= dg && !fmpq_mpoly_is_zero(rem, ctx)) {
        budget_tick();
        ulong dru = (ulong)dr;
        fmpq_mpoly_get_coeff_vars_ui(lcr, rem, &var, &dru, 1, ctx);
        recursive_divrem(c, cr, lcr, lcg, v + 1, r);
        if (!fmpq_mpoly_is_zero(cr, ctx))
            break;
        fmpq_mpoly_gen(t, v, ctx);
        fmpq_mpoly_pow_ui(t, t, (ulong)(dr - dg), ctx);
        fmpq_mpoly_mul(c, c, t, ctx);
        fmpq_mpoly_add(q, q, c, ctx);
        fmpq_mpoly_mul(t, c, b, ctx);
        fmpq_mpoly_sub(rem, rem, t, ctx);
        dr = fmpq_mpoly_degree_si(rem, v, ctx);
    }
    fmpq_mpoly_clear(lcg, ctx);
    fmpq_mpoly_clear(lcr, ctx);
    fmpq_mpoly_clear(c, ctx);
    fmpq_mpoly_clear(cr, ctx);
    fmpq_mpoly_clear(t, ctx);
}

/* Division in the lex order of the ring (recursive: sympy's div() without generators, else
 * the reduction by the leading term that reduced() does); out2 receives the remainder. */
static Sym *divrem(fmpq_mpoly_t a, fmpq_mpoly_t b, const Ring *r, void *out2, bool recursive)
{
    if (fmpq_mpoly_is_zero(b, r->ctx))
        sym_raise(SYM_E_ZERO_DIVISION, "polynomial division");
    fmpq_mpoly_t q, rem;
    fmpq_mpoly_init(q, r->ctx);
    fmpq_mpoly_init(rem, r->ctx);
    if (recursive)
        recursive_divrem(q, rem, a, b, 0, r);
    else
        fmpq_mpoly_divrem(q, rem, a, b, r->ctx);
    *(Sym **)out2 = from_poly(rem, r);
    Sym *res = from_poly(q, r);
    fmpq_mpoly_clear(q, r->ctx);
    fmpq_mpoly_clear(rem, r->ctx);
    return res;
}

static Sym *divrem_op(fmpq_mpoly_t a, fmpq_mpoly_t b, const Ring *r, void *out2)
{
    return divrem(a, b, r, out2, false);
}

static Sym *recursive_divrem_op(fmpq_mpoly_t a, fmpq_mpoly_t b, const Ring *r, void *out2)
{
    return divrem(a, b, r, out2, true);
}

void sym_poly_div(Sym *f, Sym *g, Sym **quo, Sym **rem)
{
    if (sym_is_zero_num(g))
        sym_raise(SYM_E_ZERO_DIVISION, "polynomial division");
    Sym *r = NULL;
    Sym *q = with_polys(f, g, recursive_divrem_op, &r);
    if (!q)
        sym_poly_divide(f, g, &q, &r);
    *quo = q;
    *rem = r;
}

void sym_poly_divide(Sym *f, Sym *g, Sym **quo, Sym **rem)
{
    if (sym_is_zero_num(g))
        sym_raise(SYM_E_ZERO_DIVISION, "polynomial division");
    Sym *r = NULL;
    Sym *q = with_polys(f, g, divrem_op, &r);
    if (!q) {
        if (sym_is_num(f) && sym_is_num(g))
            sym_raise(SYM_E_COMPUTATION, "div(%s, %s) failed without generators", sym_str(f),
                      sym_str(g));
        sym_raise(SYM_E_POLYNOMIAL, "cannot divide %s by %s as polynomials", sym_str(f), sym_str(g));
    }
    *quo = q;
    *rem = r;
}

/* ---- resultants ----------------------------------------------------------------------------- */

static Sym *resultant_op(fmpq_mpoly_t a, fmpq_mpoly_t b, const Ring *r, void *var)
{
    slong v = gen_index(r, (Sym *)var);
    fmpq_mpoly_t res;
    fmpq_mpoly_init(res, r->ctx);
    Sym *out = NULL;
    if (v >= 0 && fmpq_mpoly_resultant(res, a, b, v, r->ctx))
        out = from_poly(res, r);
    fmpq_mpoly_clear(res, r->ctx);
    return out;
}

Sym *sym_resultant(Sym *a, Sym *b, Sym *x)
{
    return with_polys(a, b, resultant_op, x);
}

/* ---- together (gcd_terms) ------------------------------------------------------------------ */

/* A term of gcd_terms: rational coefficient, numerator and denominator factors (base ->
 * integer exponent). */
typedef struct {
    Sym *coeff;
    SymMap num, den;
} Term;

static void factors_add(SymMap *m, Sym *base, long k)
{
    bool fresh;
    Sym **slot = sym_map_slot(m, base, &fresh);
    *slot = fresh ? sym_int(k) : sym_int(fmpz_get_si((*slot)->v.z) + k);
}

static long factors_get(const SymMap *m, Sym *base)
{
    Sym *v = sym_map_get(m, base);
    return v ? fmpz_get_si(v->v.z) : 0;
}

static Term term_of(Sym *e)
{
    Term t = {sym_one, {0}, {0}};
    Sym *c, *rest;
    sym_as_coeff_mul(e, false, &c, &rest);
    t.coeff = c;
    if (sym_is_one(rest))
        return t;
    Sym *const *f;
    size_t nf = sym_mul_args(&rest, &f);
    for (size_t i = 0; i < nf; i++) {
        Sym *base;
        long k;
        sym_decompose_power(f[i], &base, &k);
        if (base->kind == SYM_ADD) {
            Sym *cont, *prim;
            sym_primitive(base, &cont, &prim);
            t.coeff = sym_mul(t.coeff, sym_pow(cont, sym_int(k)));
            base = prim;
        }
        if (k > 0)
            factors_add(&t.num, base, k);
        else if (k < 0)
            factors_add(&t.den, base, -k);
    }
    return t;
}

/* Keeps the entries of a that b also has, at the smaller (gcd) or larger (lcm) exponent. */
static SymMap factors_merge(const SymMap *a, const SymMap *b, bool lcm)
{
    SymMap out = {0};
    for (size_t i = 0; i < a->n; i++) {
        long ka = fmpz_get_si(a->vals[i]->v.z), kb = factors_get(b, a->keys[i]);
        long k = lcm ? (ka > kb ? ka : kb) : (ka < kb ? ka : kb);
        if (k > 0)
            factors_add(&out, a->keys[i], k);
    }
    if (lcm)
        for (size_t i = 0; i < b->n; i++)
            if (!sym_map_get(a, b->keys[i]))
                factors_add(&out, b->keys[i], fmpz_get_si(b->vals[i]->v.z));
    return out;
}

static SymMap factors_quo(const SymMap *a, const SymMap *b)
{
    SymMap out = {0};
    for (size_t i = 0; i < a->n; i++) {
        long k = fmpz_get_si(a->vals[i]->v.z) - factors_get(b, a->keys[i]);
        if (k > 0)
            factors_add(&out, a->keys[i], k);
    }
    return out;
}

static Sym *factors_expr(const SymMap *m)
{
    Sym **v = gc_alloc((m->n ? m->n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < m->n; i++)
        v[i] = sym_pow(m->keys[i], m->vals[i]);
    return sym_mul_n(m->n, v);
}

Sym *sym_gcd_terms(size_t n, Sym *const *in)
{
    SymVec nz = {0};
    for (size_t i = 0; i < n; i++)
        if (!sym_is_zero_num(in[i]))
            sym_vec_push(&nz, in[i]);
    if (!nz.n)
        return sym_zero;
    Term *t = gc_alloc(nz.n * sizeof(Term));
    for (size_t i = 0; i < nz.n; i++)
        t[i] = term_of(nz.v[i]);
    Sym *cont, *numer, *denom;
    if (nz.n == 1) {
        cont = t[0].coeff;
        numer = factors_expr(&t[0].num);
        denom = factors_expr(&t[0].den);
    } else {
        Term g = t[0];
        for (size_t i = 1; i < nz.n; i++) {
            g.coeff = sym_is_rational(g.coeff) && sym_is_rational(t[i].coeff)
                          ? rat_gcd_lcm(g.coeff, t[i].coeff, false) : sym_one;
            g.num = factors_merge(&g.num, &t[i].num, false);
            g.den = factors_merge(&g.den, &t[i].den, false);
        }
        for (size_t i = 0; i < nz.n; i++) {
            t[i].coeff = sym_div(t[i].coeff, g.coeff);
            t[i].num = factors_quo(&t[i].num, &g.num);
            t[i].den = factors_quo(&t[i].den, &g.den);
        }
        SymMap den = t[0].den;
        for (size_t i = 1; i < nz.n; i++)
            den = factors_merge(&den, &t[i].den, true);
        Sym **numers = gc_alloc(nz.n * sizeof(Sym *));
        for (size_t i = 0; i < nz.n; i++) {
            SymMap extra = factors_quo(&den, &t[i].den);
            numers[i] = sym_mul(t[i].coeff, sym_mul(factors_expr(&t[i].num), factors_expr(&extra)));
        }
        /* the common content: its coefficient and factors (numerator over denominator) */
        cont = sym_mul(g.coeff, sym_div(factors_expr(&g.num), factors_expr(&g.den)));
        numer = sym_add_n(nz.n, numers);
        denom = factors_expr(&den);
    }
    if (numer->kind == SYM_ADD) {
        Sym *c2, *prim;
        sym_primitive(numer, &c2, &prim);
        cont = sym_mul(cont, c2);
        numer = prim;
    }
    Sym *coeff, *factors;
    sym_as_coeff_mul(cont, false, &coeff, &factors);
    return sym_keep_coeff(coeff, sym_div(sym_mul(factors, numer), denom));
}

Sym *sym_together(Sym *e)
{
    budget_tick();
    if (e->n == 0 || e->kind == SYM_FN)
        return e;
    if (e->kind == SYM_ADD) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = sym_together(e->args[i]);
        return sym_gcd_terms(e->n, v);
    }
    if (e->kind == SYM_POW)
        return sym_pow(sym_together(e->args[0]), e->args[1]);
    return map_args(e, sym_together);
}

/* ---- univariate coefficients --------------------------------------------------------------- */

/* The power of x in a factor (0 when free of x), or -1 when x enters otherwise. */
static long power_of(Sym *f, Sym *x)
{
    if (sym_eq(f, x))
        return 1;
    if (!sym_has(f, x))
        return 0;
    if (f->kind == SYM_POW && sym_eq(f->args[0], x) && f->args[1]->kind == SYM_INTEGER &&
        fmpz_sgn(f->args[1]->v.z) > 0 && fmpz_cmp_si(f->args[1]->v.z, MAX_EXP) <= 0)
        return fmpz_get_si(f->args[1]->v.z);
    return -1;
}

bool sym_poly_coeffs(Sym *e, Sym *x, SymVec *coeffs)
{
    Sym *ex = sym_expand(e);
    Sym *const *t;
    size_t nt = sym_add_args(&ex, &t);
    SymVec by_deg = {0};   /* by_deg.v[k]: sum of coefficients of x**k */
    for (size_t i = 0; i < nt; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        long deg = 0;
        SymVec rest = {0};
        for (size_t j = 0; j < nf; j++) {
            long k = power_of(f[j], x);
            if (k < 0)
                return false;
            if (k)
                deg += k;
            else
                sym_vec_push(&rest, f[j]);
        }
        while (by_deg.n <= (size_t)deg)
            sym_vec_push(&by_deg, sym_zero);
        by_deg.v[deg] = sym_add(by_deg.v[deg], sym_mul_n(rest.n, rest.v));
    }
    while (by_deg.n > 1 && sym_is_zero_num(by_deg.v[by_deg.n - 1]))
        by_deg.n--;
    coeffs->n = 0;
    for (size_t k = by_deg.n; k-- > 0;)
        sym_vec_push(coeffs, by_deg.v[k]);
    if (!coeffs->n)
        sym_vec_push(coeffs, sym_zero);
    return true;
}
