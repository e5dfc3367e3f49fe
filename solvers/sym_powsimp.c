/* solvers/sym_powsimp.c — powsimp(): powers with a common base or a common exponent combined. */
#include "solvers/sym_powsimp.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_simplify.h"

typedef struct {
    bool deep, force;
} Opts;

static Sym *powsimp(Sym *e, Opts o, SymPowsimpCombine how);

/* The index of key in keys, appended (with an empty slot in vals) when absent. */
static size_t slot(SymVec *keys, SymVec *vals, Sym *key)
{
    for (size_t i = 0; i < keys->n; i++)
        if (sym_eq(keys->v[i], key))
            return i;
    sym_vec_push(keys, key);
    sym_vec_push(vals, NULL);
    return keys->n - 1;
}

/* How many times the integer b >= 2 divides the rational c: of its numerator, else minus that of
 * its denominator (sympy's multiplicity for a rational). */
static long multiplicity(Sym *b, Sym *c)
{
    if (b->kind != SYM_INTEGER || fmpz_cmp_ui(b->v.z, 2) < 0)
        return 0;
    fmpq_t q;
    fmpq_init(q);
    sym_get_fmpq(q, c);
    fmpz_abs(fmpq_numref(q), fmpq_numref(q));
    long m = 0;
    for (int side = 0; side < 2 && !m; side++) {
        fmpz *z = side ? fmpq_denref(q) : fmpq_numref(q);
        while (!fmpz_is_zero(z) && fmpz_divisible(z, b->v.z)) {
            fmpz_divexact(z, z, b->v.z);
            m += side ? -1 : 1;
        }
    }
    fmpq_clear(q);
    return m;
}

static bool all_numbers(const SymVec *v)
{
    for (size_t i = 0; i < v->n; i++)
        if (!sym_is_num(v->v[i]))
            return false;
    return true;
}

/* sympy's Pow.as_base_exp: a power of 1/q is read as a power of q. */
static void base_exp(Sym *f, Sym **b, Sym **x)
{
    sym_as_base_exp(f, b, x);
    if (f->kind == SYM_POW && (*b)->kind == SYM_RATIONAL && fmpz_is_one(fmpq_numref((*b)->v.q))) {
        *b = sym_int_fmpz(fmpq_denref((*b)->v.q));
        *x = sym_neg(*x);
    }
}

/* A power of a perfect power n = r**k read as a power of r (4**x -> 2**(2*x)). */
static void denest_base(Sym **b, Sym **x)
{
    if ((*b)->kind != SYM_INTEGER || fmpz_cmp_ui((*b)->v.z, 4) < 0)
        return;
    fmpz_t r;
    fmpz_init(r);
    int k = fmpz_is_perfect_power(r, (*b)->v.z);
    if (k > 1) {
        *b = sym_int_fmpz(r);
        *x = sym_mul(sym_int(k), *x);
    }
    fmpz_clear(r);
}

/* combine='exp' on the factors of a product: exponents of each base added up. */
static Sym *combine_exp(size_t n, Sym *const *f, Opts o)
{
    Sym *coeff = sym_one;
    SymVec bases = {0}, exps = {0};
    for (size_t i = 0; i < n; i++) {
        if (sym_is_rational(f[i])) {
            coeff = sym_mul(coeff, f[i]);
            continue;
        }
        Sym *b, *x;
        base_exp(f[i], &b, &x);
        if (f[i]->kind == SYM_POW)
            denest_base(&b, &x);
        if (o.deep) {
            b = powsimp(b, o, SYM_POWSIMP_ALL);
            x = powsimp(x, o, SYM_POWSIMP_ALL);
        }
        /* sqrt(x**a) must not split into x**a, 1/2 and join x**(a/2) later */
        if (b->kind == SYM_POW || sym_is_fn(b, SYM_FN_EXP)) {
            b = sym_pow(b, x);
            x = sym_one;
        }
        size_t k = slot(&bases, &exps, b);
        SymVec *v = gc_alloc(sizeof *v);
        if (exps.v[k])
            *v = *(SymVec *)exps.v[k];
        sym_vec_push(v, x);
        exps.v[k] = (Sym *)v;
    }
    SymVec out = {0};
    for (size_t k = 0; k < bases.n; k++) {
        Sym *b = bases.v[k];
        SymVec *v = (SymVec *)exps.v[k];
        /* 2**x/4 -> 2**(x - 2); with only numbers Pow would undo it */
        if (sym_is_rational(b) && !all_numbers(v) && !sym_is_one(coeff) && !sym_is_one(b) &&
            !sym_is_int_value(b, -1)) {
            long m = multiplicity(sym_num_sign(b) < 0 ? sym_num_neg(b) : b, coeff);
            if (m) {
                sym_vec_push(v, sym_int(m));
                coeff = sym_div(coeff, sym_pow(b, sym_int(m)));
            }
        }
        bases.v[k] = sym_pow(b, sym_add_n(v->n, v->v));
    }
    if (!sym_is_one(coeff)) {
        size_t k;
        for (k = 0; k < bases.n; k++) {
            Sym *b, *x;
            sym_as_base_exp(bases.v[k], &b, &x);
            if (sym_eq(b, coeff)) {
                bases.v[k] = sym_pow(b, sym_add(x, sym_one));
                break;
            }
        }
        if (k == bases.n)
            sym_vec_push(&out, coeff);
    }
    for (size_t k = 0; k < bases.n; k++)
        sym_vec_push(&out, bases.v[k]);
    return sym_mul_n(out.n, out.v);
}

/* Terms of e once multiplied out, no terms joining. */
static size_t term_count(Sym *e)
{
    size_t t = e->kind == SYM_ADD ? 0 : 1;
    for (uint32_t i = 0; e->kind == SYM_ADD && i < e->n; i++)
        t += term_count(e->args[i]);
    for (uint32_t i = 0; e->kind == SYM_MUL && i < e->n; i++)
        t *= term_count(e->args[i]);
    return t;
}

/* The product of the bases under one non-integer exponent x that may be joined (nonnegative
 * ones, plus one unknown or one negative); the others go to (keep_b, keep_x) unjoined. */
static Sym *join_bases(SymVec *bases, Sym *x, SymVec *keep_b, SymVec *keep_x)
{
    SymVec unk = {0}, nonneg = {0}, neg = {0};
    for (size_t i = 0; i < bases->n; i++) {
        Sym *b = bases->v[i];
        sym_vec_push(sym_is(b, SYM_F_NEGATIVE) ? &neg : sym_is(b, SYM_F_NONNEGATIVE) ? &nonneg : &unk, b);
    }
    if ((unk.n == 1 && !neg.n) || (neg.n == 1 && !unk.n)) {
        for (size_t i = 0; i < unk.n; i++)
            sym_vec_push(&nonneg, unk.v[i]);
        for (size_t i = 0; i < neg.n; i++)
            sym_vec_push(&nonneg, neg.v[i]);
        unk.n = neg.n = 0;
    } else if (neg.n) {
        /* the signs cancel in groups when x is rational, else the negatives are unknowns */
        Sym *p, *q;
        sym_numer_denom(x, &p, &q);
        bool rat = sym_is_rational(x) || (sym_is(p, SYM_F_INTEGER) && sym_is(q, SYM_F_INTEGER));
        for (size_t i = 0; i < neg.n; i++) {
            if (rat) {
                neg.v[i] = sym_neg(neg.v[i]);
                sym_vec_push(&unk, sym_neg_one);
            } else {
                sym_vec_push(&unk, neg.v[i]);
            }
        }
        if (!rat)
            neg.n = 0;
    }
    for (size_t i = 0; i < unk.n; i++) {
        sym_vec_push(keep_b, unk.v[i]);
        sym_vec_push(keep_x, x);
    }
    for (size_t i = 0; i < neg.n; i++)
        sym_vec_push(&nonneg, neg.v[i]);
    Sym *nb = sym_mul_n(nonneg.n, nonneg.v);
    Sym *xb = sym_expand_mul(nb);
    size_t nt = xb->kind == SYM_ADD ? xb->n : 1;
    return nt < term_count(nb) ? sym_factor_terms(xb) : nb;
}

/* combine='base' on the factors of a product: numeric coefficients of exponents moved into the
 * base (2**(2*x) -> 4**x), then bases under a common exponent multiplied where allowed. */
static Sym *combine_base(size_t n, Sym *const *f, Opts o)
{
    SymVec exps = {0}, groups = {0};
    for (size_t i = 0; i < n; i++) {
        Sym *b, *x;
        base_exp(f[i], &b, &x);
        Sym *bn, *bd;
        sym_numer_denom(b, &bn, &bd);
        if ((sym_is(bn, SYM_F_NONNEGATIVE) && sym_is(bd, SYM_F_NONNEGATIVE)) || sym_is(x, SYM_F_INTEGER) ||
            o.force) {
            Sym *c, *t;
            sym_as_coeff_mul(x, true, &c, &t);
            if (!sym_is_one(c) && !sym_is_one(t)) {
                b = sym_pow(b, c);
                x = t;
            }
        }
        if (o.deep)
            x = powsimp(x, o, SYM_POWSIMP_ALL);
        if (x->kind == SYM_ADD && (sym_is(b, SYM_F_POSITIVE) || sym_is(x, SYM_F_INTEGER))) {
            x = sym_factor_terms(x);
            Sym *lead = x->kind == SYM_MUL ? x->args[0] : x;
            if (sym_is_num(lead) && lead->kind != SYM_NAN && sym_num_sign(lead) < 0) {
                x = sym_neg(x);
                b = sym_div(sym_one, b);
            }
        }
        size_t k = slot(&exps, &groups, x);
        SymVec *v = gc_alloc(sizeof *v);
        if (groups.v[k])
            *v = *(SymVec *)groups.v[k];
        sym_vec_push(v, b);
        groups.v[k] = (Sym *)v;
    }
    SymVec out_b = {0}, out_x = {0};
    for (size_t k = 0; k < exps.n; k++) {
        Sym *x = exps.v[k];
        SymVec *bases = (SymVec *)groups.v[k];
        Sym *nb;
        if (bases->n == 1)
            nb = bases->v[0];
        else if (sym_is(x, SYM_F_INTEGER) || o.force)
            nb = sym_mul_n(bases->n, bases->v);
        else
            nb = join_bases(bases, x, &out_b, &out_x);
        sym_vec_push(&out_b, nb);
        sym_vec_push(&out_x, x);
    }
    /* rebuilt as Mul would: (1/q)**x as q**(-x), a coefficient times a sum multiplied out */
    Sym **v = gc_alloc((out_b.n ? out_b.n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < out_b.n; i++) {
        Sym *c, *t, *b = out_b.v[i];
        sym_as_coeff_mul(out_x.v[i], false, &c, &t);
        Sym *x = sym_mul(c, t);
        if (b->kind == SYM_RATIONAL && fmpz_is_one(fmpq_numref(b->v.q))) {
            b = sym_int_fmpz(fmpq_denref(b->v.q));
            x = sym_neg(x);
        }
        v[i] = sym_pow(b, x);
    }
    return sym_mul_n(out_b.n, v);
}

static Sym *powsimp(Sym *e, Opts o, SymPowsimpCombine how)
{
    budget_tick();
    if (!e->n || !(e->kind <= SYM_FN))
        return e;
    if (o.deep || e->kind == SYM_ADD || e->kind == SYM_MUL) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = powsimp(e->args[i], o, how);
        e = sym_rebuild(e, v);
    }
    Sym *const *f;
    size_t n;
    if (e->kind == SYM_POW) {
        f = &e;
        n = 1;
    } else if (e->kind == SYM_MUL) {
        f = e->args;
        n = e->n;
    } else {
        return e;
    }
    if (how == SYM_POWSIMP_BASE)
        return combine_base(n, f, o);
    Sym *r = combine_exp(n, f, o);
    if (how == SYM_POWSIMP_EXP)
        return r;
    if (r->kind == SYM_MUL) {
        Sym **v = gc_alloc(r->n * sizeof(Sym *));
        for (uint32_t i = 0; i < r->n; i++)
            v[i] = powsimp(r->args[i], o, SYM_POWSIMP_BASE);
        r = sym_mul_n(r->n, v);
    }
    if (r->kind == SYM_POW)
        return combine_base(1, &r, o);
    return r->kind == SYM_MUL ? combine_base(r->n, r->args, o) : r;
}

Sym *sym_powsimp(Sym *e, bool deep, SymPowsimpCombine combine, bool force)
{
    return powsimp(e, (Opts){deep, force}, combine);
}

/* True when every term of the sum s is known nonnegative, or every one nonpositive. */
static bool same_sign_terms(Sym *s)
{
    bool nonneg = true, nonpos = true;
    for (uint32_t i = 0; i < s->n; i++) {
        nonneg &= sym_is(s->args[i], SYM_F_NONNEGATIVE);
        nonpos &= sym_is(s->args[i], SYM_F_NONPOSITIVE);
    }
    return nonneg || nonpos;
}

Sym *sym_expand_power_exp(Sym *e)
{
    budget_tick();
    if (!e->n || !(e->kind <= SYM_FN))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = sym_expand_power_exp(e->args[i]);
    e = sym_rebuild(e, v);
    Sym *b, *x;
    sym_as_base_exp(e, &b, &x);
    bool is_exp = sym_is_fn(e, SYM_FN_EXP);
    if (!(e->kind == SYM_POW || is_exp) || x->kind != SYM_ADD)
        return e;
    if (!is_exp && !sym_is(b, SYM_F_NONZERO) && !same_sign_terms(x))
        return e;
    Sym **f = gc_alloc(x->n * sizeof(Sym *));
    for (uint32_t i = 0; i < x->n; i++)
        f[i] = is_exp ? sym_fn1(SYM_FN_EXP, x->args[i]) : sym_pow(b, x->args[i]);
    return sym_mul_n(x->n, f);
}
