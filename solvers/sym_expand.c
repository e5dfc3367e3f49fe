/* solvers/sym_expand.c — expand() and expand_mul(). */
#include "solvers/sym_expand.h"

#include <math.h>

#include <flint/fmpq_mpoly.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"

/* Expansions whose term count would exceed this are refused. */
#define MAX_TERMS 200000.0

/* Polynomial expansions whose coefficients would hold more bits than this in all are refused
 * (FLINT computes them in one call, which the step budget cannot interrupt). */
#define MAX_POLY_BITS 4.0e8

/* ---- the polynomial fast path ---------------------------------------------------------------
 * A sum, product or positive integer power built from rational numbers and generators that
 * expand() leaves alone (symbols, constants, their rational powers, functions of expanded
 * arguments) is multiplied out by FLINT and rebuilt once; the canonical Add and Mul give the
 * same result as distributing term by term (sqrt(2)**2 -> 2 and I**2 -> -1 happen on the way
 * back), only without building every intermediate product. */

/* An atom expand() leaves alone: a symbol or a constant, not a Float or an infinity. */
static bool plain_atom(const Sym *e)
{
    return e->n == 0 && e->kind > SYM_NAN;
}

/* The generator and positive exponent of a factor that is not a sum, product or number, or
 * false when expand() would change it. */
static bool poly_gen(Sym *f, Sym **gen, long *k)
{
    if (plain_atom(f)) {
        *gen = f;
        *k = 1;
        return true;
    }
    if (f->kind == SYM_POW && plain_atom(f->args[0]) && sym_is_rational(f->args[1])) {
        sym_decompose_power(f, gen, k);
        if (*k < 0) {
            *k = -*k;
            *gen = sym_pow(*gen, sym_neg_one);
        }
        return *k > 0 && *k <= 100000;
    }
    if (f->kind == SYM_FN && f->op != SYM_FN_EXP && f->op != SYM_FN_LOG) {
        for (uint32_t i = 0; i < f->n; i++)
            if (!sym_eq(sym_expand(f->args[i]), f->args[i]))
                return false;
        *gen = f;
        *k = 1;
        return true;
    }
    return false;
}

/* Size of an expansion: an upper bound on its terms and on its coefficients' bits. */
typedef struct { double terms, bits; } PolySize;

/* Collects e's generators into gens and bounds the size of its expansion; false when e is not
 * a polynomial over Q in generators expand() leaves alone. */
static bool poly_scan(Sym *e, SymMap *gens, PolySize *size)
{
    budget_tick();
    if (sym_is_rational(e)) {
        fmpq_t q;
        fmpq_init(q);
        sym_get_fmpq(q, e);
        size->terms = 1;
        size->bits = (double)fmpz_bits(fmpq_numref(q)) + (double)fmpz_bits(fmpq_denref(q));
        fmpq_clear(q);
        return true;
    }
    if (e->kind == SYM_ADD || e->kind == SYM_MUL) {
        PolySize acc = {e->kind == SYM_ADD ? 0 : 1, 0}, s;
        for (uint32_t i = 0; i < e->n; i++) {
            if (!poly_scan(e->args[i], gens, &s))
                return false;
            if (e->kind == SYM_ADD) {
                acc.terms += s.terms;
                acc.bits = fmax(acc.bits, s.bits);
            } else {
                acc.bits += s.bits + log2(fmin(acc.terms, s.terms) + 1);
                acc.terms *= s.terms;
            }
        }
        acc.bits += e->kind == SYM_ADD ? log2((double)e->n) : 0;
        *size = acc;
        return true;
    }
    if (e->kind == SYM_POW && e->args[0]->kind == SYM_ADD && e->args[1]->kind == SYM_INTEGER &&
        fmpz_sgn(e->args[1]->v.z) > 0) {
        if (!fmpz_fits_si(e->args[1]->v.z))
            sym_raise(SYM_E_LIMIT, "expansion too large");
        double n = (double)fmpz_get_si(e->args[1]->v.z);
        PolySize b;
        if (!poly_scan(e->args[0], gens, &b))
            return false;
        double terms = 1;
        for (double i = 1; i <= n && terms <= MAX_TERMS; i++)
            terms = terms * (b.terms - 1 + i) / i;
        size->terms = terms;
        size->bits = n * (b.bits + log2(b.terms));
        return true;
    }
    Sym *g;
    long k;
    if (!poly_gen(e, &g, &k))
        return false;
    bool fresh;
    sym_map_slot(gens, g, &fresh);
    size->terms = 1;
    size->bits = 0;
    return true;
}

/* Builds e (which poly_scan accepted) as a polynomial in the generators. */
static void poly_build(fmpq_mpoly_t out, Sym *e, const SymMap *gens, const fmpq_mpoly_ctx_t ctx)
{
    if (sym_is_rational(e)) {
        fmpq_t q;
        fmpq_init(q);
        sym_get_fmpq(q, e);
        fmpq_mpoly_set_fmpq(out, q, ctx);
        fmpq_clear(q);
        return;
    }
    if (e->kind == SYM_ADD || e->kind == SYM_MUL) {
        fmpq_mpoly_t t;
        fmpq_mpoly_init(t, ctx);
        poly_build(out, e->args[0], gens, ctx);
        for (uint32_t i = 1; i < e->n; i++) {
            poly_build(t, e->args[i], gens, ctx);
            if (e->kind == SYM_ADD)
                fmpq_mpoly_add(out, out, t, ctx);
            else
                fmpq_mpoly_mul(out, out, t, ctx);
        }
        fmpq_mpoly_clear(t, ctx);
        return;
    }
    if (e->kind == SYM_POW && e->args[0]->kind == SYM_ADD) {
        fmpq_mpoly_t b;
        fmpq_mpoly_init(b, ctx);
        poly_build(b, e->args[0], gens, ctx);
        fmpq_mpoly_pow_ui(out, b, fmpz_get_ui(e->args[1]->v.z), ctx);
        fmpq_mpoly_clear(b, ctx);
        return;
    }
    Sym *g;
    long k;
    poly_gen(e, &g, &k);
    ulong *exps = gc_alloc_atomic(gens->n * sizeof(ulong));
    for (size_t i = 0; i < gens->n; i++)
        if (sym_eq(gens->keys[i], g))
            exps[i] = (ulong)k;
    fmpq_mpoly_zero(out, ctx);
    fmpq_mpoly_push_term_ui_ui(out, 1, exps, ctx);
}

/* expand(e) through FLINT, or NULL when e is not a polynomial of the kind poly_scan accepts
 * or is small enough that distributing directly is as quick. */
static Sym *poly_expand(Sym *e)
{
    SymMap gens = {0};
    PolySize size;
    if (!poly_scan(e, &gens, &size) || !gens.n || size.terms < 8)
        return NULL;
    if (size.terms > MAX_TERMS || size.terms * size.bits > MAX_POLY_BITS)
        sym_raise(SYM_E_LIMIT, "expansion too large (about %.0f terms)", size.terms);
    fmpq_mpoly_ctx_t ctx;
    fmpq_mpoly_ctx_init(ctx, (slong)gens.n, ORD_LEX);
    fmpq_mpoly_t p;
    fmpq_mpoly_init(p, ctx);
    poly_build(p, e, &gens, ctx);
    slong n = fmpq_mpoly_length(p, ctx);
    Sym **terms = gc_alloc((n ? (size_t)n : 1) * sizeof(Sym *));
    Sym **f = gc_alloc((gens.n + 1) * sizeof(Sym *));
    ulong *exps = gc_alloc_atomic(gens.n * sizeof(ulong));
    fmpq_t c;
    fmpq_init(c);
    for (slong i = 0; i < n; i++) {
        budget_tick();
        fmpq_mpoly_get_term_coeff_fmpq(c, p, i, ctx);
        fmpq_mpoly_get_term_exp_ui(exps, p, i, ctx);
        size_t nf = 0;
        f[nf++] = sym_rat_fmpq(c);
        for (size_t k = 0; k < gens.n; k++)
            if (exps[k])
                f[nf++] = exps[k] == 1 ? gens.keys[k] : sym_pow(gens.keys[k], sym_int((long)exps[k]));
        terms[i] = sym_mul_n(nf, f);
    }
    fmpq_clear(c);
    fmpq_mpoly_clear(p, ctx);
    fmpq_mpoly_ctx_clear(ctx);
    return sym_add_n((size_t)n, terms);
}

/* The product of two already expanded expressions, distributed. */
static Sym *distribute(Sym *a, Sym *b)
{
    Sym *const *ta, *const *tb;
    size_t na = sym_add_args(&a, &ta), nb = sym_add_args(&b, &tb);
    if (na == 1 && nb == 1)
        return sym_mul(a, b);
    if ((double)na * (double)nb > MAX_TERMS)
        sym_raise(SYM_E_LIMIT, "expansion too large (%zu x %zu terms)", na, nb);
    Sym **v = gc_alloc(na * nb * sizeof(Sym *));
    size_t k = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            budget_tick();
            v[k++] = sym_mul(ta[i], tb[j]);
        }
    return sym_add_n(k, v);
}

/* (sum)**n for a positive integer n, multiplied out by repeated squaring. */
static Sym *multinomial(Sym *base, unsigned long n)
{
    double terms = 1, k = base->kind == SYM_ADD ? base->n : 1;
    for (unsigned long i = 1; i <= n && terms <= MAX_TERMS; i++)
        terms = terms * (k - 1 + (double)i) / (double)i;
    if (terms > MAX_TERMS)
        sym_raise(SYM_E_LIMIT, "expansion too large: (%s)**%lu has more than %.0f terms",
                  "sum", n, MAX_TERMS);
    Sym *result = sym_one, *sq = base;
    while (n) {
        if (n & 1)
            result = distribute(result, sq);
        n >>= 1;
        if (n)
            sq = distribute(sq, sq);
    }
    return result;
}

static Sym *expand_rec(Sym *e, bool full);

static Sym *expand_pow(Sym *b, Sym *x, bool full)
{
    if (full && x->kind == SYM_ADD) {
        Sym **v = gc_alloc(x->n * sizeof(Sym *));
        for (uint32_t i = 0; i < x->n; i++)
            v[i] = sym_pow(b, x->args[i]);
        Sym *r = v[0];
        for (uint32_t i = 1; i < x->n; i++)
            r = distribute(r, expand_rec(v[i], full));
        return expand_rec(r, full);
    }
    if (!full || b->kind != SYM_ADD)
        return sym_pow(b, x);
    if (x->kind == SYM_INTEGER && fmpz_sgn(x->v.z) > 0) {
        if (!fmpz_fits_si(x->v.z))
            sym_raise(SYM_E_LIMIT, "expansion too large");
        return multinomial(b, fmpz_get_ui(x->v.z));
    }
    if (x->kind == SYM_INTEGER && fmpz_sgn(x->v.z) < 0) {
        fmpz_t n;
        fmpz_init(n);
        fmpz_neg(n, x->v.z);
        if (!fmpz_fits_si(n)) {
            fmpz_clear(n);
            sym_raise(SYM_E_LIMIT, "expansion too large");
        }
        unsigned long k = fmpz_get_ui(n);
        fmpz_clear(n);
        return sym_pow(multinomial(b, k), sym_neg_one);
    }
    if (x->kind == SYM_RATIONAL && fmpz_cmp(fmpq_numref(x->v.q), fmpq_denref(x->v.q)) > 0) {
        fmpz_t i, r;
        fmpz_init(i);
        fmpz_init(r);
        fmpz_fdiv_qr(i, r, fmpq_numref(x->v.q), fmpq_denref(x->v.q));
        Sym *whole = sym_int_fmpz(i), *frac = sym_rat_fmpz(r, fmpq_denref(x->v.q));
        fmpz_clear(i);
        fmpz_clear(r);
        return distribute(expand_pow(b, whole, full), sym_pow(b, frac));
    }
    return sym_pow(b, x);
}

/* log(a*b) -> log(a) + log(b) and log(a**k) -> k*log(a) where the factors are positive (any
 * factors with force); log(8) -> 3*log(2) and log(3/4) -> log(3) - 2*log(2) for rationals. */
static Sym *expand_log(Sym *arg, bool force)
{
    if (arg->kind == SYM_RATIONAL && fmpz_sgn(fmpq_numref(arg->v.q)) > 0)
        return sym_sub(expand_log(sym_int_fmpz(fmpq_numref(arg->v.q)), force),
                       expand_log(sym_int_fmpz(fmpq_denref(arg->v.q)), force));
    if (arg->kind == SYM_INTEGER && fmpz_cmp_si(arg->v.z, 1) > 0) {
        fmpz_t r;
        fmpz_init(r);
        int k = fmpz_is_perfect_power(r, arg->v.z);
        Sym *res = k > 1 ? sym_mul(sym_int(k), sym_fn1(SYM_FN_LOG, sym_int_fmpz(r))) : NULL;
        fmpz_clear(r);
        if (res)
            return res;
    }
    if (arg->kind == SYM_MUL) {
        SymVec keep = {0}, logs = {0};
        for (uint32_t i = 0; i < arg->n; i++) {
            Sym *f = arg->args[i];
            if (force || sym_is(f, SYM_F_POSITIVE) || (f->kind == SYM_POW && sym_is(f->args[0], SYM_F_POSITIVE)
                                               && sym_is(f->args[1], SYM_F_REAL))) {
                sym_vec_push(&logs, expand_log(f, force));
            } else if (sym_is(f, SYM_F_NEGATIVE)) {
                /* log(-f) split off, -1 left inside; sympy's next pass expands only a number's */
                Sym *g = sym_neg(f);
                sym_vec_push(&logs, sym_is_num(g) ? expand_log(g, force) : sym_fn1(SYM_FN_LOG, g));
                sym_vec_push(&keep, sym_neg_one);
            } else {
                sym_vec_push(&keep, f);
            }
        }
        if (keep.n)
            sym_vec_push(&logs, sym_fn1(SYM_FN_LOG, sym_mul_n(keep.n, keep.v)));
        return sym_add_n(logs.n, logs.v);
    }
    /* sympy: a real exponent of a positive base, or one in (-1, 1] */
    Sym *x = arg->kind == SYM_POW ? arg->args[1] : NULL;
    if (x && (force || (sym_is(x, SYM_F_REAL) &&
                        (sym_is(arg->args[0], SYM_F_POSITIVE) ||
                         (sym_is(sym_add(x, sym_one), SYM_F_POSITIVE) && sym_is(sym_sub(x, sym_one), SYM_F_NONPOSITIVE))))))
        return sym_mul(x, expand_log(arg->args[0], force));
    if (force && sym_is_fn(arg, SYM_FN_EXP))
        return arg->args[0];
    return sym_fn1(SYM_FN_LOG, arg);
}

static Sym *expand_rec(Sym *e, bool full)
{
    budget_tick();
    if (e->n == 0)
        return e;
    switch ((SymKind)e->kind) {
    case SYM_ADD: {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = expand_rec(e->args[i], full);
        return sym_add_n(e->n, v);
    }
    case SYM_MUL: {
        /* the denominator, when a product, is expanded on its own (Mul._eval_expand_mul); the
         * factors below the line are sympy's fraction(): powers and exp with a negative exponent */
        SymVec num = {0}, den = {0};
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *f = e->args[i], *base, *x;
            sym_as_base_exp(f, &base, &x);
            bool below = (f->kind == SYM_POW || sym_is_fn(f, SYM_FN_EXP)) &&
                         (sym_is(x, SYM_F_NEGATIVE) || (x->kind == SYM_MUL && sym_could_extract_minus_sign(x)));
            if (below)
                sym_vec_push(&den, f);
            else if (f->kind == SYM_RATIONAL) {
                sym_vec_push(&num, sym_int_fmpz(fmpq_numref(f->v.q)));
                sym_vec_push(&den, sym_pow(sym_int_fmpz(fmpq_denref(f->v.q)), sym_neg_one));
            } else
                sym_vec_push(&num, f);
        }
        Sym *r = sym_one;
        for (size_t i = 0; i < num.n; i++)
            r = distribute(r, expand_rec(num.v[i], full));
        if (den.n > 1) {
            Sym *d = sym_one;
            for (size_t i = 0; i < den.n; i++)
                d = distribute(d, expand_rec(sym_pow(den.v[i], sym_neg_one), full));
            return distribute(r, sym_pow(d, sym_neg_one));
        }
        for (size_t i = 0; i < den.n; i++)
            r = distribute(r, expand_rec(den.v[i], full));
        return r;
    }
    case SYM_POW:
        return expand_pow(expand_rec(e->args[0], full), expand_rec(e->args[1], full), full);
    case SYM_FN: {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = expand_rec(e->args[i], full);
        if (full && e->op == SYM_FN_LOG && e->n == 1)
            return expand_log(v[0], false);
        if (full && e->op == SYM_FN_EXP && v[0]->kind == SYM_ADD) {
            /* exp(a + b) -> exp(a)*exp(b) */
            Sym **f = gc_alloc(v[0]->n * sizeof(Sym *));
            for (uint32_t i = 0; i < v[0]->n; i++)
                f[i] = sym_fn1(SYM_FN_EXP, v[0]->args[i]);
            return sym_mul_n(v[0]->n, f);
        }
        if (e->op == SYM_FN_UNDEF)
            return sym_undef_fn(e->v.s.name, e->n, v);
        return sym_fn(e->op, e->n, v);
    }
    default: {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = expand_rec(e->args[i], full);
        return sym_build(e->kind, e->op, e->n, v);
    }
    }
}

static Sym *fixpoint(Sym *e, bool full)
{
    for (int round = 0; round < 4; round++) {
        Sym *r = expand_rec(e, full);
        if (sym_eq(r, e))
            return r;
        e = r;
    }
    return e;
}

Sym *sym_expand(Sym *e)
{
    Sym *r = poly_expand(e);
    return r ? r : fixpoint(e, true);
}

static Sym *expand_log_rec(Sym *e, bool force)
{
    if (!e->n)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    bool changed = false;
    for (uint32_t i = 0; i < e->n; i++) {
        v[i] = expand_log_rec(e->args[i], force);
        changed |= v[i] != e->args[i];
    }
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1)
        return expand_log(v[0], force);
    /* rebuilt only when something changed: a product like 3*(x + log(x)) stays whole */
    return changed ? sym_rebuild(e, v) : e;
}

Sym *sym_expand_log(Sym *e) { return expand_log_rec(e, false); }

Sym *sym_expand_log_force(Sym *e) { return expand_log_rec(e, true); }

Sym *sym_expand_mul(Sym *e) { return fixpoint(e, false); }
