/* solvers/sym_arith.c — Add, Mul and Pow construction with sympy's canonicalisation. */
#include "solvers/sym_arith.h"

#include <string.h>

#include <flint/ulong_extras.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_order.h"

/* Integer powers whose result would exceed this many bits are refused before computing. */
#define POW_LIMIT_BITS ((ulong)1 << 28)

/* ---- small helpers ----------------------------------------------------------------------- */

size_t sym_add_args(Sym *const *e, Sym *const **args)
{
    if ((*e)->kind == SYM_ADD) {
        *args = (*e)->args;
        return (*e)->n;
    }
    *args = e;
    return 1;
}

size_t sym_mul_args(Sym *const *e, Sym *const **args)
{
    if ((*e)->kind == SYM_MUL) {
        *args = (*e)->args;
        return (*e)->n;
    }
    *args = e;
    return 1;
}

Sym *sym_mul_raw(size_t n, Sym *const *args)
{
    if (n == 0)
        return sym_one;
    if (n == 1)
        return args[0];
    return sym_build(SYM_MUL, 0, n, args);
}

Sym *sym_add_raw(size_t n, Sym *const *args)
{
    if (n == 0)
        return sym_zero;
    if (n == 1)
        return args[0];
    return sym_build(SYM_ADD, 0, n, args);
}

Sym *sym_pow_raw(Sym *b, Sym *e)
{
    Sym *a[2] = {b, e};
    return sym_build(SYM_POW, 0, 2, a);
}

static Sym *mul2_raw(Sym *a, Sym *b)
{
    Sym *v[2] = {a, b};
    return sym_build(SYM_MUL, 0, 2, v);
}

void sym_as_coeff_mul(Sym *e, bool rational, Sym **coeff, Sym **rest)
{
    if (sym_is_num(e)) {
        if (rational && !sym_is_rational(e)) {
            *coeff = sym_one;
            *rest = e;
        } else if (sym_num_sign(e) == 0) {
            *coeff = sym_one;
            *rest = e;
        } else {
            *coeff = e;
            *rest = sym_one;
        }
        return;
    }
    if (e->kind == SYM_MUL && sym_is_num(e->args[0])) {
        Sym *c = e->args[0];
        if (!rational || sym_is_rational(c)) {
            *coeff = c;
            *rest = sym_mul_raw(e->n - 1, e->args + 1);
            return;
        }
        if (sym_num_sign(c) < 0) {
            Sym **v = gc_alloc(e->n * sizeof(Sym *));
            memcpy(v, e->args, e->n * sizeof(Sym *));
            v[0] = sym_num_neg(c);
            *coeff = sym_neg_one;
            *rest = sym_mul_raw(e->n, v);
            return;
        }
    }
    *coeff = sym_one;
    *rest = e;
}

void sym_as_coeff_add(Sym *e, Sym **coeff, Sym **rest)
{
    if (sym_is_num(e)) {
        *coeff = e;
        *rest = sym_zero;
    } else if (e->kind == SYM_ADD && sym_is_num(e->args[0])) {
        *coeff = e->args[0];
        *rest = sym_add_raw(e->n - 1, e->args + 1);
    } else {
        *coeff = sym_zero;
        *rest = e;
    }
}

void sym_as_base_exp(Sym *e, Sym **base, Sym **exp)
{
    if (e->kind == SYM_POW) {
        *base = e->args[0];
        *exp = e->args[1];
    } else if (sym_is_fn(e, SYM_FN_EXP)) {
        *base = sym_e;
        *exp = e->args[0];
    } else {
        *base = e;
        *exp = sym_one;
    }
}

Sym *sym_keep_coeff(Sym *coeff, Sym *factors)
{
    if (!sym_is_num(coeff)) {
        if (!sym_is_num(factors))
            return sym_mul(coeff, factors);
        Sym *t = coeff;
        coeff = factors;
        factors = t;
    }
    if (sym_is_one(factors))
        return coeff;
    if (sym_is_one(coeff))
        return factors;
    if (sym_is_int_value(coeff, -1))
        return sym_neg(factors);
    if (factors->kind == SYM_ADD)
        return mul2_raw(coeff, factors);
    if (factors->kind == SYM_MUL) {
        SymVec v = {0};
        if (sym_is_num(factors->args[0])) {
            Sym *c = sym_num_mul(factors->args[0], coeff);
            if (!sym_is_one(c))
                sym_vec_push(&v, c);
        } else {
            sym_vec_push(&v, coeff);
            sym_vec_push(&v, factors->args[0]);
        }
        for (uint32_t i = 1; i < factors->n; i++)
            sym_vec_push(&v, factors->args[i]);
        return sym_mul_raw(v.n, v.v);
    }
    Sym *m = sym_mul(coeff, factors);
    if (sym_is_num(m) && !sym_is_num(factors))
        return mul2_raw(coeff, factors);
    return m;
}

bool sym_could_extract_minus_sign(Sym *e)
{
    if (sym_is_num(e))
        return sym_num_sign(e) < 0 && e->kind != SYM_NAN;
    if (e->kind == SYM_MUL) {
        if (e->args[0]->kind == SYM_COMPLEX_INFINITY)
            return false;
        return sym_is_num(e->args[0]) && sym_num_sign(e->args[0]) < 0 &&
               e->args[0]->kind != SYM_NAN;
    }
    if (e->kind == SYM_ADD) {
        size_t neg = 0;
        for (uint32_t i = 0; i < e->n; i++)
            neg += sym_could_extract_minus_sign(e->args[i]);
        size_t pos = e->n - neg;
        if (pos != neg)
            return pos < neg;
        return sym_sort_cmp(e, sym_neg(e)) < 0;
    }
    return false;
}

/* ---- Add ---------------------------------------------------------------------------------- */

static bool is_inf_num(const Sym *e)
{
    return e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY ||
           e->kind == SYM_COMPLEX_INFINITY;
}

/* The arguments other than the identity (0 for Add, 1 for Mul) in a fresh vector; with two
 * left, a Rational one is moved to the front (the two-argument fast paths look for it there). */
static SymVec without_identity(size_t n, Sym *const *args, Sym *identity)
{
    SymVec seq = {0};
    for (size_t i = 0; i < n; i++)
        if (!sym_eq(args[i], identity))
            sym_vec_push(&seq, args[i]);
    if (seq.n == 2 && sym_is_rational(seq.v[1])) {
        Sym *t = seq.v[0];
        seq.v[0] = seq.v[1];
        seq.v[1] = t;
    }
    return seq;
}

Sym *sym_add_n(size_t n, Sym *const *args)
{
    SymVec seq = without_identity(n, args, sym_zero);
    if (seq.n == 0)
        return sym_zero;
    if (seq.n == 1)
        return seq.v[0];
    if (seq.n == 2) {
        Sym *a = seq.v[0], *b = seq.v[1];
        if (sym_is_rational(a) && sym_is_rational(b))
            return sym_num_add(a, b);
        if (sym_is_rational(a) && b->kind == SYM_MUL) {
            Sym *v[2] = {a, b};
            return sym_build(SYM_ADD, 0, 2, v);
        }
    }
    Sym *coeff = sym_zero;
    SymMap terms = {0};
    SymVec orig = {0};   /* per term: the argument it came from while it stands alone, else NULL */
    for (size_t i = 0; i < seq.n; i++) {
        budget_tick();
        Sym *o = seq.v[i], *c, *s;
        if (sym_is_num(o)) {
            if (o->kind == SYM_NAN || (coeff->kind == SYM_COMPLEX_INFINITY && is_inf_num(o)))
                return sym_nan;
            if (sym_is_num(coeff)) {
                coeff = sym_num_add(coeff, o);
                if (coeff->kind == SYM_NAN)
                    return sym_nan;
            }
            continue;
        }
        if (o->kind == SYM_COMPLEX_INFINITY) {
            if (is_inf_num(coeff))
                return sym_nan;
            coeff = sym_zoo;
            continue;
        }
        if (o->kind == SYM_ADD) {
            for (uint32_t k = 0; k < o->n; k++)
                sym_vec_push(&seq, o->args[k]);
            continue;
        }
        if (o->kind == SYM_MUL) {
            sym_as_coeff_mul(o, false, &c, &s);
        } else {
            c = sym_one;
            s = o;
        }
        bool fresh;
        Sym **slot = sym_map_slot(&terms, s, &fresh);
        if (fresh)
            sym_vec_push(&orig, o);
        else
            orig.v[slot - terms.vals] = NULL;
        *slot = fresh ? c : sym_num_add(*slot, c);
        if ((*slot)->kind == SYM_NAN)
            return sym_nan;
    }
    SymVec out = {0};
    for (size_t i = 0; i < terms.n; i++) {
        Sym *s = terms.keys[i], *c = terms.vals[i], *t;
        if (sym_num_sign(c) == 0)
            continue;
        if (orig.v[i]) {
            /* an argument met once is already c*s in canonical form */
            t = orig.v[i];
        } else if (sym_is_one(c)) {
            t = s;
        } else if (s->kind == SYM_MUL) {
            Sym **v = gc_alloc((s->n + 1) * sizeof(Sym *));
            v[0] = c;
            memcpy(v + 1, s->args, s->n * sizeof(Sym *));
            t = sym_build(SYM_MUL, 0, s->n + 1, v);
        } else if (s->kind == SYM_ADD) {
            t = mul2_raw(c, s);
        } else {
            t = sym_mul(c, s);
        }
        if (coeff->kind == SYM_INFINITY &&
            (sym_is(t, SYM_F_EXTENDED_NONNEGATIVE) || sym_is(t, SYM_F_REAL)))
            continue;
        if (coeff->kind == SYM_NEG_INFINITY &&
            (sym_is(t, SYM_F_EXTENDED_NONPOSITIVE) || sym_is(t, SYM_F_REAL)))
            continue;
        if (coeff->kind == SYM_COMPLEX_INFINITY && sym_is(t, SYM_F_FINITE) &&
            sym_ask(t, SYM_F_EXTENDED_REAL) != SYM_MAYBE)
            continue;
        sym_vec_push(&out, t);
    }
    sym_sort_canonical(out.v, out.n);
    if (!sym_is_zero_num(coeff)) {
        sym_vec_push(&out, NULL);
        memmove(out.v + 1, out.v, (out.n - 1) * sizeof(Sym *));
        out.v[0] = coeff;
    }
    return sym_add_raw(out.n, out.v);
}

/* ---- Mul ---------------------------------------------------------------------------------- */

/* (base, exponent) pairs with the same base gathered and their exponents' coefficients summed
 * per exponent term, as Mul's _gather does. */
typedef struct { SymVec b, e; } Powers;

static void powers_push(Powers *p, Sym *b, Sym *e)
{
    sym_vec_push(&p->b, b);
    sym_vec_push(&p->e, e);
}

static Powers gather(const Powers *in)
{
    SymMap bases = {0};
    /* per base: parallel vectors of exponent terms and their summed coefficients */
    SymVec *terms = NULL, *coeffs = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < in->b.n; i++) {
        bool fresh;
        Sym **slot = sym_map_slot(&bases, in->b.v[i], &fresh);
        size_t k = bases.n - 1;
        if (fresh) {
            if (bases.n > cap) {
                cap = cap ? 2 * cap : 8;
                terms = gc_realloc(terms, cap * sizeof(SymVec));
                coeffs = gc_realloc(coeffs, cap * sizeof(SymVec));
            }
            memset(&terms[k], 0, sizeof(SymVec));
            memset(&coeffs[k], 0, sizeof(SymVec));
            *slot = sym_int((long)k);
        } else {
            k = (size_t)fmpz_get_si((*slot)->v.z);
        }
        Sym *co, *t;
        sym_as_coeff_mul(in->e.v[i], false, &co, &t);
        size_t j;
        for (j = 0; j < terms[k].n; j++)
            if (sym_eq(terms[k].v[j], t))
                break;
        if (j == terms[k].n) {
            sym_vec_push(&terms[k], t);
            sym_vec_push(&coeffs[k], co);
        } else {
            coeffs[k].v[j] = sym_add(coeffs[k].v[j], co);
        }
    }
    Powers out = {{0}, {0}};
    for (size_t k = 0; k < bases.n; k++)
        for (size_t j = 0; j < terms[k].n; j++)
            powers_push(&out, bases.keys[k], sym_mul(coeffs[k].v[j], terms[k].v[j]));
    return out;
}

static Sym *rat_gcd(Sym *a, Sym *b)
{
    fmpq_t x, y, g;
    fmpq_init(x);
    fmpq_init(y);
    fmpq_init(g);
    sym_get_fmpq(x, a);
    sym_get_fmpq(y, b);
    fmpz_gcd(fmpq_numref(g), fmpq_numref(x), fmpq_numref(y));
    fmpz_lcm(fmpq_denref(g), fmpq_denref(x), fmpq_denref(y));
    Sym *r = sym_rat_fmpz(fmpq_numref(g), fmpq_denref(g));
    fmpq_clear(x);
    fmpq_clear(y);
    fmpq_clear(g);
    return r;
}

/* Splits a rational exponent p/q with p > q into its integer part and the proper remainder. */
static void split_exp(Sym *e, Sym **whole, Sym **frac)
{
    fmpz_t i, r;
    fmpz_init(i);
    fmpz_init(r);
    fmpz_fdiv_qr(i, r, fmpq_numref(e->v.q), fmpq_denref(e->v.q));
    *whole = sym_int_fmpz(i);
    *frac = sym_rat_fmpz(r, fmpq_denref(e->v.q));
    fmpz_clear(i);
    fmpz_clear(r);
}

static bool rat_gt_one(Sym *e)
{
    return e->kind == SYM_RATIONAL && fmpz_cmp(fmpq_numref(e->v.q), fmpq_denref(e->v.q)) > 0;
}

static bool add_has_infinity(Sym *o)
{
    for (uint32_t i = 0; i < o->n; i++) {
        Sym *const *f;
        size_t nf = sym_mul_args(&o->args[i], &f);
        for (size_t k = 0; k < nf; k++)
            if (is_inf_num(f[k]))
                return true;
    }
    return false;
}

static Sym *insert_front(SymVec *v, Sym *x)
{
    sym_vec_push(v, NULL);
    memmove(v->v + 1, v->v, (v->n - 1) * sizeof(Sym *));
    v->v[0] = x;
    return x;
}

/* A symbol or a named constant: a nonzero Rational times it is the two-factor Mul as it
 * stands (nothing to gather, combine or distribute). */
static bool is_plain_atom(const Sym *e)
{
    switch ((SymKind)e->kind) {
    case SYM_SYMBOL: case SYM_DUMMY: case SYM_PI: case SYM_E: case SYM_GOLDEN_RATIO:
    case SYM_EULER_GAMMA: case SYM_CATALAN:
        return true;
    default:
        return false;
    }
}

Sym *sym_mul_n(size_t n, Sym *const *args)
{
    SymVec seq = without_identity(n, args, sym_one);
    if (seq.n == 0)
        return sym_one;
    if (seq.n == 1)
        return seq.v[0];
    if (seq.n == 2) {
        Sym *a = seq.v[0], *b = seq.v[1];
        if (sym_is_rational(a) && sym_is_rational(b))
            return sym_num_mul(a, b);
        if (sym_is_rational(a) && !sym_is_zero_num(a) && is_plain_atom(b))
            return mul2_raw(a, b);
        if (sym_is_rational(a) && !sym_is_zero_num(a)) {
            Sym *r, *bb;
            sym_as_coeff_mul(b, false, &r, &bb);
            if (bb->kind == SYM_ADD) {
                if (!sym_is_one(r)) {
                    Sym *ar = sym_num_mul(a, r);
                    return sym_is_one(ar) ? bb : mul2_raw(ar, bb);
                }
                Sym **t = gc_alloc(bb->n * sizeof(Sym *));
                for (uint32_t i = 0; i < bb->n; i++)
                    t[i] = sym_keep_coeff(a, bb->args[i]);
                return sym_add_n(bb->n, t);
            }
        }
    }

    Sym *coeff = sym_one, *neg1e = sym_zero;
    Powers c_powers = {{0}, {0}}, num_exp = {{0}, {0}};
    SymMap pnum_rat = {0};    /* positive number base -> summed rational exponent */
    for (size_t i = 0; i < seq.n; i++) {
        budget_tick();
        Sym *o = seq.v[i];
        if (o->kind == SYM_MUL) {
            for (uint32_t k = 0; k < o->n; k++)
                sym_vec_push(&seq, o->args[k]);
            continue;
        }
        if (sym_is_num(o)) {
            if (o->kind == SYM_NAN ||
                (coeff->kind == SYM_COMPLEX_INFINITY && sym_num_sign(o) == 0))
                return sym_nan;
            if (sym_is_num(coeff)) {
                coeff = sym_num_mul(coeff, o);
                if (coeff->kind == SYM_NAN)
                    return sym_nan;
            }
            continue;
        }
        if (o->kind == SYM_COMPLEX_INFINITY) {
            if (sym_is_num(coeff) && sym_num_sign(coeff) == 0)
                return sym_nan;
            coeff = sym_zoo;
            continue;
        }
        if (sym_is_num(coeff) && sym_num_sign(coeff) == 0 && o->kind == SYM_ADD &&
            add_has_infinity(o))
            return sym_nan;
        if (o->kind == SYM_I) {
            neg1e = sym_num_add(neg1e, sym_half);
            continue;
        }
        Sym *b, *e;
        sym_as_base_exp(o, &b, &e);
        if (o->kind == SYM_POW && sym_is_num(b)) {
            if (sym_is_rational(e)) {
                if (e->kind == SYM_INTEGER) {
                    coeff = sym_mul(coeff, sym_pow(b, e));
                    continue;
                }
                if (sym_num_sign(e) < 0) {
                    sym_vec_push(&seq, sym_pow(b, e));
                    continue;
                }
                if (sym_num_sign(b) < 0) {
                    neg1e = sym_num_add(neg1e, e);
                    b = sym_num_neg(b);
                }
                if (!sym_is_one(b)) {
                    bool fresh;
                    Sym **slot = sym_map_slot(&pnum_rat, b, &fresh);
                    *slot = fresh ? e : sym_num_add(*slot, e);
                }
                continue;
            }
            if (sym_is(b, SYM_F_POSITIVE) || sym_is(e, SYM_F_INTEGER)) {
                powers_push(&num_exp, b, e);
                continue;
            }
        }
        powers_push(&c_powers, b, e);
    }

    SymVec c_part = {0};
    c_powers = gather(&c_powers);
    num_exp = gather(&num_exp);
    for (int round = 0; round < 2; round++) {
        Powers next = {{0}, {0}};
        bool changed = false;
        c_part.n = 0;
        for (size_t i = 0; i < c_powers.b.n; i++) {
            Sym *b = c_powers.b.v[i], *e = c_powers.e.v[i], *p;
            if (sym_is(e, SYM_F_ZERO)) {
                if ((b->kind == SYM_ADD || b->kind == SYM_MUL)) {
                    for (uint32_t k = 0; k < b->n; k++)
                        if (is_inf_num(b->args[k]))
                            return sym_nan;
                }
                continue;
            }
            if (sym_is_one(e)) {
                if (sym_is_num(b)) {
                    coeff = sym_mul(coeff, b);
                    continue;
                }
                p = b;
            } else {
                p = sym_pow(b, e);
                if (p->kind == SYM_POW && b->kind != SYM_POW) {
                    Sym *bi = b;
                    sym_as_base_exp(p, &b, &e);
                    if (!sym_eq(b, bi))
                        changed = true;
                }
            }
            sym_vec_push(&c_part, p);
            powers_push(&next, b, e);
        }
        bool dup = false;
        if (changed) {
            SymMap seen = {0};
            for (size_t i = 0; i < next.b.n && !dup; i++) {
                bool fresh;
                sym_map_slot(&seen, next.b.v[i], &fresh);
                dup = !fresh;
            }
        }
        if (!dup)
            break;
        c_powers = gather(&next);
    }

    /* numbers raised to the same non-rational exponent: 2**x*3**x -> 6**x */
    SymMap inv_exp = {0};
    for (size_t i = 0; i < num_exp.b.n; i++) {
        bool fresh;
        Sym **slot = sym_map_slot(&inv_exp, num_exp.e.v[i], &fresh);
        *slot = fresh ? num_exp.b.v[i] : sym_mul(*slot, num_exp.b.v[i]);
    }
    for (size_t i = 0; i < inv_exp.n; i++)
        if (!sym_is_zero_num(inv_exp.keys[i]))
            sym_vec_push(&c_part, sym_pow(inv_exp.vals[i], inv_exp.keys[i]));

    /* numbers raised to rational powers: bases with equal exponents multiply together */
    SymMap comb_e = {0};
    for (size_t i = 0; i < pnum_rat.n; i++) {
        bool fresh;
        Sym **slot = sym_map_slot(&comb_e, pnum_rat.vals[i], &fresh);
        *slot = fresh ? pnum_rat.keys[i] : sym_num_mul(*slot, pnum_rat.keys[i]);
    }
    Powers num_rat = {{0}, {0}};
    for (size_t i = 0; i < comb_e.n; i++) {
        Sym *e = comb_e.keys[i], *b = comb_e.vals[i];
        if (e->kind == SYM_INTEGER) {
            coeff = sym_mul(coeff, sym_pow(b, e));
            continue;
        }
        if (rat_gt_one(e)) {
            Sym *whole, *frac;
            split_exp(e, &whole, &frac);
            coeff = sym_mul(coeff, sym_pow(b, whole));
            e = frac;
        }
        powers_push(&num_rat, b, e);
    }
    SymMap pnew = {0};    /* exponent -> product of bases */
    for (size_t i = 0; i < num_rat.b.n; i++) {
        budget_tick();
        Sym *bi = num_rat.b.v[i], *ei = num_rat.e.v[i];
        if (sym_is_one(bi))
            continue;
        Powers grow = {{0}, {0}};
        for (size_t j = i + 1; j < num_rat.b.n; j++) {
            Sym *bj = num_rat.b.v[j], *ej = num_rat.e.v[j];
            /* sympy takes the gcd with a Float over the reals, where it is 1.0 */
            Sym *g = bi->kind == SYM_FLOAT || bj->kind == SYM_FLOAT ? sym_float_d(1.0)
                                                                     : rat_gcd(bi, bj);
            if (sym_is_one(g))
                continue;
            Sym *e = sym_num_add(ei, ej);
            if (e->kind == SYM_INTEGER) {
                coeff = sym_mul(coeff, sym_pow(g, e));
            } else {
                if (rat_gt_one(e)) {
                    Sym *whole, *frac;
                    split_exp(e, &whole, &frac);
                    coeff = sym_mul(coeff, sym_pow(g, whole));
                    e = frac;
                }
                powers_push(&grow, g, e);
            }
            num_rat.b.v[j] = sym_num_div(bj, g);
            bi = sym_num_div(bi, g);
            if (sym_is_one(bi))
                break;
        }
        if (!sym_is_one(bi)) {
            Sym *obj = sym_pow(bi, ei);
            Sym *const *f;
            size_t nf = sym_mul_args(&obj, &f);
            for (size_t k = 0; k < nf; k++) {
                if (sym_is_num(f[k])) {
                    coeff = sym_mul(coeff, f[k]);
                } else if (f[k]->kind == SYM_POW) {
                    bool fresh;
                    Sym **slot = sym_map_slot(&pnew, f[k]->args[1], &fresh);
                    *slot = fresh ? f[k]->args[0] : sym_mul(*slot, f[k]->args[0]);
                } else {
                    sym_vec_push(&c_part, f[k]);
                }
            }
        }
        for (size_t k = 0; k < grow.b.n; k++)
            powers_push(&num_rat, grow.b.v[k], grow.e.v[k]);
    }

    if (!sym_is_zero_num(neg1e)) {
        fmpz_t q, r;
        fmpz_init(q);
        fmpz_init(r);
        const fmpz *num = neg1e->kind == SYM_INTEGER ? neg1e->v.z : fmpq_numref(neg1e->v.q);
        fmpz_t den;
        fmpz_init_set_ui(den, 1);
        if (neg1e->kind == SYM_RATIONAL)
            fmpz_set(den, fmpq_denref(neg1e->v.q));
        fmpz_fdiv_qr(q, r, num, den);
        if (fmpz_is_odd(q))
            coeff = sym_mul(sym_neg_one, coeff);
        if (fmpz_equal_si(den, 2)) {
            sym_vec_push(&c_part, sym_i);
        } else if (!fmpz_is_zero(r)) {
            Sym *e = sym_rat_fmpz(r, den);
            size_t k;
            for (k = 0; k < pnew.n; k++)
                if (sym_eq(pnew.keys[k], e) && sym_is(pnew.vals[k], SYM_F_POSITIVE)) {
                    pnew.vals[k] = sym_neg(pnew.vals[k]);
                    break;
                }
            if (k == pnew.n)
                sym_vec_push(&c_part, sym_pow_raw(sym_neg_one, e));
        }
        fmpz_clear(q);
        fmpz_clear(r);
        fmpz_clear(den);
    }
    for (size_t k = 0; k < pnew.n; k++)
        sym_vec_push(&c_part, sym_pow(pnew.vals[k], pnew.keys[k]));

    if (coeff->kind == SYM_INFINITY || coeff->kind == SYM_NEG_INFINITY) {
        SymVec keep = {0};
        int sign = 1;
        for (size_t i = 0; i < c_part.n; i++) {
            if (sym_is(c_part.v[i], SYM_F_EXTENDED_POSITIVE))
                continue;
            if (sym_is(c_part.v[i], SYM_F_EXTENDED_NEGATIVE)) {
                sign = -sign;
                continue;
            }
            sym_vec_push(&keep, c_part.v[i]);
        }
        c_part = keep;
        if (sign < 0)
            coeff = sym_num_neg(coeff);
    }
    if (coeff->kind == SYM_COMPLEX_INFINITY) {
        SymVec keep = {0};
        for (size_t i = 0; i < c_part.n; i++)
            if (!(sym_is_not(c_part.v[i], SYM_F_ZERO) &&
                  sym_ask(c_part.v[i], SYM_F_EXTENDED_REAL) != SYM_MAYBE))
                sym_vec_push(&keep, c_part.v[i]);
        c_part = keep;
    } else if (sym_is_num(coeff) && sym_num_sign(coeff) == 0) {
        for (size_t i = 0; i < c_part.n; i++)
            if (sym_is_not(c_part.v[i], SYM_F_FINITE))
                return sym_nan;
        return coeff;
    }
    SymVec rest = {0};
    for (size_t i = 0; i < c_part.n; i++) {
        if (sym_is_num(c_part.v[i]))
            coeff = sym_mul(coeff, c_part.v[i]);
        else
            sym_vec_push(&rest, c_part.v[i]);
    }
    sym_sort_canonical(rest.v, rest.n);
    if (!sym_is_one(coeff))
        insert_front(&rest, coeff);
    if (rest.n == 2 && sym_is_num(rest.v[0]) && !is_inf_num(rest.v[0]) &&
        rest.v[0]->kind != SYM_NAN && rest.v[1]->kind == SYM_ADD) {
        Sym *a = rest.v[1];
        Sym **t = gc_alloc(a->n * sizeof(Sym *));
        for (uint32_t i = 0; i < a->n; i++)
            t[i] = sym_mul(rest.v[0], a->args[i]);
        return sym_add_n(a->n, t);
    }
    return sym_mul_raw(rest.n, rest.v);
}

/* ---- Pow ---------------------------------------------------------------------------------- */

static void check_pow_size(const fmpz_t base, const fmpz_t e)
{
    if (fmpz_is_zero(base) || fmpz_is_pm1(base))
        return;
    if (fmpz_bits(e) > 40 || fmpz_bits(base) * fmpz_get_ui(e) > POW_LIMIT_BITS)
        sym_raise(SYM_E_LIMIT, "exponent too large: the result would have more than %lu bits",
                  (unsigned long)POW_LIMIT_BITS);
}

static Sym *int_pow_ui(const fmpz_t b, const fmpz_t e)
{
    check_pow_size(b, e);
    fmpz_t r;
    fmpz_init(r);
    fmpz_pow_ui(r, b, fmpz_get_ui(e));
    return sym_int_move(r);
}

static Sym *float_pow(Sym *b, Sym *e);

/* A rational exponent's numerator and denominator. */
static void exp_parts(const Sym *e, fmpz_t p, fmpz_t q)
{
    if (e->kind == SYM_INTEGER) {
        fmpz_set(p, e->v.z);
        fmpz_one(q);
    } else {
        fmpz_set(p, fmpq_numref(e->v.q));
        fmpz_set(q, fmpq_denref(e->v.q));
    }
}

/* The prime-power decomposition sympy uses for radicals: a perfect power r**k as {r: k}, else
 * trial division by the primes below 2**15, the cofactor kept whole (or as a perfect power). */
typedef struct { fmpz *p; ulong *k; size_t n; } Factors;

static void factors_push(Factors *f, const fmpz_t p, ulong k)
{
    f->p = gc_realloc(f->p, (f->n + 1) * sizeof(fmpz));
    f->k = gc_realloc(f->k, (f->n + 1) * sizeof(ulong));
    fmpz_init_set(&f->p[f->n], p);    /* cleared by factors_clear */
    f->k[f->n++] = k;
}

static void factors_clear(Factors *f)
{
    for (size_t i = 0; i < f->n; i++)
        fmpz_clear(&f->p[i]);
}

/* The primes below 2**15 (the trial division limit), zero-terminated; sieved once. */
static const uint16_t *small_primes(void)
{
    static uint16_t primes[3600];
    if (!primes[0]) {
        static bool composite[1u << 15];
        size_t n = 0;
        for (ulong p = 2; p < (1u << 15); p++) {
            if (composite[p])
                continue;
            primes[n++] = (uint16_t)p;
            for (ulong q = p * p; q < (1u << 15); q += p)
                composite[q] = true;
        }
    }
    return primes;
}

/* Returns whether every factor found is a prime: no perfect power was met, and what trial
 * division left is 1 or below 2**30 (no prime factor below 2**15, so itself prime). */
static bool radical_factors(Factors *f, const fmpz_t n)
{
    fmpz_t r, m, pz;
    fmpz_init(r);
    fmpz_init_set(m, n);
    fmpz_init(pz);
    bool all_prime = true;
    int k = fmpz_is_perfect_power(r, m);
    if (k > 1) {
        factors_push(f, r, (ulong)k);
        all_prime = false;
    } else {
        /* once p*p > m, what is left is 1 or a prime, which the full loop would find as is */
        const uint16_t *primes = small_primes();
        for (size_t i = 0; primes[i] && !fmpz_is_one(m); i++) {
            budget_tick();
            ulong p = primes[i];
            if (fmpz_cmp_ui(m, p * p) < 0)
                break;
            if (fmpz_fdiv_ui(m, p))
                continue;
            fmpz_set_ui(pz, p);
            factors_push(f, pz, (ulong)fmpz_remove(m, m, pz));
        }
        if (!fmpz_is_one(m)) {
            k = fmpz_is_perfect_power(r, m);
            if (k > 1)
                factors_push(f, r, (ulong)k);
            else
                factors_push(f, m, 1);
            all_prime = k <= 1 && fmpz_bits(m) <= 30;
        }
    }
    fmpz_clear(r);
    fmpz_clear(m);
    fmpz_clear(pz);
    return all_prime;
}

/* Integer ** Rational (Integer._eval_power); NULL when it stays a power. */
static Sym *int_eval_power(Sym *b, Sym *e)
{
    int bs = fmpz_sgn(b->v.z);
    if (e->kind == SYM_INFINITY)
        return fmpz_cmp_si(b->v.z, 1) > 0 ? sym_oo : sym_add(sym_oo, sym_mul(sym_i, sym_oo));
    if (e->kind == SYM_NEG_INFINITY)
        return sym_pow(sym_num_inv(b), sym_oo);
    if (!sym_is_num(e)) {
        if (bs < 0 && sym_is(e, SYM_F_EVEN))
            return sym_pow(sym_num_neg(b), e);
        return NULL;
    }
    if (e->kind == SYM_FLOAT)
        return float_pow(b, e);
    if (!sym_is_rational(e))
        return NULL;
    if (e == sym_half && bs < 0)
        return sym_mul(sym_i, sym_pow(sym_num_neg(b), e));
    if (sym_num_sign(e) < 0) {
        Sym *ne = sym_num_neg(e);
        if (bs < 0)
            return sym_mul(sym_pow(sym_neg_one, e), sym_pow(sym_num_inv(sym_num_neg(b)), ne));
        return sym_pow(sym_num_inv(b), ne);
    }
    /* the integer part of the result has at most bits(b) * p / q bits */
    const fmpz *ep = e->kind == SYM_INTEGER ? e->v.z : fmpq_numref(e->v.q);
    const fmpz *eq = e->kind == SYM_INTEGER ? sym_one->v.z : fmpq_denref(e->v.q);
    if (fmpz_bits(ep) > 40 ||
        (double)fmpz_bits(b->v.z) * fmpz_get_d(ep) / fmpz_get_d(eq) > (double)POW_LIMIT_BITS)
        sym_raise(SYM_E_LIMIT, "exponent too large: the result would have more than %lu bits",
                  (unsigned long)POW_LIMIT_BITS);
    fmpz_t p, q, absb, x;
    fmpz_init(p);
    fmpz_init(q);
    fmpz_init(absb);
    fmpz_init(x);
    exp_parts(e, p, q);
    fmpz_abs(absb, b->v.z);
    Sym *result = NULL;
    if (fmpz_bits(q) > 40) {
        /* an absurd root index: leave the power alone */
    } else if (fmpz_root(x, absb, (slong)fmpz_get_ui(q))) {
        result = int_pow_ui(x, p);
        if (bs < 0)
            result = sym_mul(result, sym_pow(sym_neg_one, e));
    } else {
        Factors f = {0};
        bool all_prime = radical_factors(&f, absb);
        fmpz_t out_int, sqr_int, de, dm, t;
        fmpz_init_set_ui(out_int, 1);
        fmpz_init_set_ui(sqr_int, 1);
        fmpz_init(de);
        fmpz_init(dm);
        fmpz_init(t);
        Sym *out_rad = sym_one;
        ulong sqr_gcd = 0;
        bool gcd_done = false;
        ulong *sqr_k = gc_alloc_atomic((f.n + 1) * sizeof(ulong));
        for (size_t i = 0; i < f.n; i++) {
            fmpz_mul_ui(t, p, f.k[i]);
            fmpz_fdiv_qr(de, dm, t, q);
            if (fmpz_sgn(de) > 0) {
                fmpz_pow_ui(t, &f.p[i], fmpz_get_ui(de));
                fmpz_mul(out_int, out_int, t);
            }
            sqr_k[i] = 0;
            if (fmpz_sgn(dm) > 0) {
                fmpz_gcd(t, dm, q);
                if (!fmpz_is_one(t)) {
                    fmpz_t a, c;
                    fmpz_init(a);
                    fmpz_init(c);
                    fmpz_divexact(a, dm, t);
                    fmpz_divexact(c, q, t);
                    out_rad = sym_mul(out_rad, sym_pow(sym_int_fmpz(&f.p[i]), sym_rat_fmpz(a, c)));
                    fmpz_clear(a);
                    fmpz_clear(c);
                } else {
                    sqr_k[i] = fmpz_get_ui(dm);
                }
            }
        }
        for (size_t i = 0; i < f.n && !gcd_done; i++) {
            if (!sqr_k[i])
                continue;
            sqr_gcd = sqr_gcd ? n_gcd(sqr_gcd, sqr_k[i]) : sqr_k[i];
            if (sqr_gcd == 1)
                gcd_done = true;
        }
        for (size_t i = 0; i < f.n; i++) {
            if (!sqr_k[i])
                continue;
            fmpz_pow_ui(t, &f.p[i], sqr_k[i] / sqr_gcd);
            fmpz_mul(sqr_int, sqr_int, t);
        }
        if (!(fmpz_equal(sqr_int, absb) && fmpz_is_one(out_int) && sym_is_one(out_rad))) {
            fmpz_set_ui(t, sqr_gcd);
            if (all_prime && bs > 0 && sym_is_one(out_rad) && !fmpz_is_one(sqr_int)) {
                /* sqr_int's prime exponents k/g have gcd 1 and stay below q: evaluating
                 * sqr_int**(g/q) again finds nothing to take out, and an Integer times such a
                 * radical is the Mul as it stands */
                Sym *rad = sym_pow_raw(sym_int_fmpz(sqr_int), sym_rat_fmpz(t, q));
                result = fmpz_is_one(out_int) ? rad : mul2_raw(sym_int_fmpz(out_int), rad);
            } else {
                result = sym_mul(sym_mul(sym_int_fmpz(out_int), out_rad),
                                 sym_pow(sym_int_fmpz(sqr_int), sym_rat_fmpz(t, q)));
                if (bs < 0)
                    result = sym_mul(result, sym_pow(sym_neg_one, e));
            }
        }
        factors_clear(&f);
        fmpz_clear(out_int);
        fmpz_clear(sqr_int);
        fmpz_clear(de);
        fmpz_clear(dm);
        fmpz_clear(t);
    }
    fmpz_clear(p);
    fmpz_clear(q);
    fmpz_clear(absb);
    fmpz_clear(x);
    return result;
}

/* Rational ** exponent (Rational._eval_power). */
static Sym *rat_eval_power(Sym *b, Sym *e)
{
    const fmpz *bp = fmpq_numref(b->v.q), *bq = fmpq_denref(b->v.q);
    if (e->kind == SYM_FLOAT)
        return float_pow(b, e);
    if (sym_is_num(e) && sym_num_sign(e) < 0 && e->kind != SYM_NAN) {
        Sym *ne = sym_num_neg(e);
        if (sym_is_one(ne))
            return sym_num_inv(b);
        if (fmpz_sgn(bp) < 0)
            return sym_mul(sym_pow(sym_neg_one, e), sym_pow(sym_num_neg(sym_num_inv(b)), ne));
        return sym_pow(sym_num_inv(b), ne);
    }
    if (e->kind == SYM_INFINITY) {
        if (fmpz_cmp(bp, bq) > 0)
            return sym_oo;
        fmpz_t nq;
        fmpz_init(nq);
        fmpz_neg(nq, bq);
        int below = fmpz_cmp(bp, nq) < 0;
        fmpz_clear(nq);
        return below ? sym_add(sym_oo, sym_mul(sym_oo, sym_i)) : sym_zero;
    }
    if (e->kind == SYM_INTEGER) {
        Sym *n = int_pow_ui(bp, e->v.z), *d = int_pow_ui(bq, e->v.z);
        return sym_rat_fmpz(n->v.z, d->v.z);
    }
    if (e->kind == SYM_RATIONAL) {
        fmpz_t ip, rem, t;
        fmpz_init(ip);
        fmpz_init(rem);
        fmpz_init(t);
        const fmpz *ep = fmpq_numref(e->v.q), *eq = fmpq_denref(e->v.q);
        fmpz_fdiv_q(ip, ep, eq);
        if (!fmpz_is_zero(ip))
            fmpz_add_ui(ip, ip, 1);
        else
            fmpz_one(ip);
        fmpz_mul(rem, ip, eq);
        fmpz_sub(rem, rem, ep);
        Sym *ratfrac = sym_rat_fmpz(rem, eq);
        Sym *qpow = int_pow_ui(bq, ip);
        Sym *tail = sym_rat_fmpz(sym_one->v.z, qpow->v.z);
        Sym *r = sym_mul(sym_pow(sym_int_fmpz(bq), ratfrac), tail);
        if (!fmpz_is_one(bp))
            r = sym_mul(sym_mul(sym_pow(sym_int_fmpz(bp), e), sym_pow(sym_int_fmpz(bq), ratfrac)),
                        tail);
        fmpz_clear(ip);
        fmpz_clear(rem);
        fmpz_clear(t);
        return r;
    }
    if (fmpz_sgn(bp) < 0 && sym_is(e, SYM_F_EVEN))
        return sym_pow(sym_num_neg(b), e);
    return NULL;
}

/* Float ** Number, and Number ** Float (Float._eval_power). */
static Sym *float_pow(Sym *b, Sym *e)
{
    if (b->kind != SYM_FLOAT) {
        mpfr_t t;
        mpfr_init2(t, mpfr_get_prec(e->v.f));
        sym_num_to_mpfr(t, b);
        Sym *fb = sym_float_mpfr(t, (long)mpfr_get_prec(e->v.f));
        mpfr_clear(t);
        return float_pow(fb, e);
    }
    if (mpfr_zero_p(b->v.f)) {
        if (sym_is(e, SYM_F_EXTENDED_POSITIVE))
            return b;
        if (sym_is(e, SYM_F_EXTENDED_NEGATIVE))
            return sym_zoo;
    }
    if (!sym_is_num(e) || e->kind > SYM_FLOAT)
        return NULL;
    long prec = (long)mpfr_get_prec(b->v.f);
    mpfr_t r;
    if (e->kind == SYM_INTEGER) {
        mpz_t z;
        mpz_init(z);
        fmpz_get_mpz(z, e->v.z);
        mpfr_init2(r, prec);
        mpfr_pow_z(r, b->v.f, z, MPFR_RNDN);
        mpz_clear(z);
        Sym *res = sym_num_float_result(r, prec);
        mpfr_clear(r);
        return res;
    }
    bool neg = mpfr_sgn(b->v.f) < 0;
    if (e->kind == SYM_RATIONAL && neg && fmpz_is_one(fmpq_numref(e->v.q)) &&
        fmpz_is_odd(fmpq_denref(e->v.q)))
        return sym_mul(sym_pow_raw(sym_neg_one, e), float_pow(sym_num_neg(b), e));
    if (e->kind == SYM_FLOAT && (long)mpfr_get_prec(e->v.f) > prec)
        prec = (long)mpfr_get_prec(e->v.f);
    mpfr_t x, y;
    mpfr_inits2(prec, r, x, y, (mpfr_ptr)0);
    sym_num_to_mpfr(x, e);
    Sym *res;
    mpfr_mul_2ui(y, x, 1, MPFR_RNDN);   /* exact: 2x, to find half-integer exponents */
    if (!neg || mpfr_integer_p(x)) {
        mpfr_pow(r, b->v.f, x, MPFR_RNDN);
        res = sym_num_float_result(r, prec);
    } else if (mpfr_integer_p(y)) {
        /* (-a)**(k/2) = a**(k/2) * I**k, as mpmath takes a square root: no rounding error in the
         * vanishing part */
        mpz_t z;
        mpz_init(z);
        mpfr_get_z(z, y, MPFR_RNDN);
        fmpz_t k;
        fmpz_init(k);
        fmpz_set_mpz(k, z);
        mpz_clear(z);
        mpfr_neg(r, b->v.f, MPFR_RNDN);
        mpfr_pow(r, r, x, MPFR_RNDN);
        res = sym_mul(sym_num_float_result(r, prec), sym_pow(sym_i, sym_int_move(k)));
    } else {
        /* (-a)**x = a**x * (cos(pi x) + i sin(pi x)) */
        mpfr_t m, c, s;
        mpfr_inits2(prec + 20, m, c, s, (mpfr_ptr)0);
        mpfr_neg(m, b->v.f, MPFR_RNDN);
        mpfr_pow(m, m, x, MPFR_RNDN);
        mpfr_const_pi(y, MPFR_RNDN);
        mpfr_mul(y, y, x, MPFR_RNDN);
        mpfr_sin_cos(s, c, y, MPFR_RNDN);
        mpfr_mul(r, m, c, MPFR_RNDN);
        mpfr_mul(y, m, s, MPFR_RNDN);
        res = sym_add(sym_num_float_result(r, prec),
                      sym_mul(sym_num_float_result(y, prec), sym_i));
        mpfr_clears(m, c, s, (mpfr_ptr)0);
    }
    mpfr_clears(r, x, y, (mpfr_ptr)0);
    return res;
}

static Sym *negone_eval_power(Sym *e)
{
    if (sym_is(e, SYM_F_ODD))
        return sym_neg_one;
    if (sym_is(e, SYM_F_EVEN))
        return sym_one;
    if (!sym_is_num(e))
        return NULL;
    if (e->kind == SYM_FLOAT)
        return float_pow(sym_float_d(-1.0), e);
    if (e->kind == SYM_NAN || e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY)
        return sym_nan;
    if (e == sym_half)
        return sym_i;
    if (e->kind == SYM_RATIONAL) {
        const fmpz *p = fmpq_numref(e->v.q), *q = fmpq_denref(e->v.q);
        if (fmpz_equal_si(q, 2))
            return sym_pow(sym_i, sym_int_fmpz(p));
        fmpz_t i, r;
        fmpz_init(i);
        fmpz_init(r);
        fmpz_fdiv_qr(i, r, p, q);
        Sym *res = NULL;
        if (!fmpz_is_zero(i))
            res = sym_mul(sym_pow(sym_neg_one, sym_int_fmpz(i)),
                          sym_pow(sym_neg_one, sym_rat_fmpz(r, q)));
        fmpz_clear(i);
        fmpz_clear(r);
        return res;
    }
    return NULL;
}

static Sym *i_eval_power(Sym *e)
{
    if (e->kind == SYM_INTEGER) {
        switch (fmpz_fdiv_ui(e->v.z, 4)) {
        case 0: return sym_one;
        case 1: return sym_i;
        case 2: return sym_neg_one;
        default: return sym_neg(sym_i);
        }
    }
    if (e->kind == SYM_RATIONAL) {
        /* i, r = divmod(e, 2) */
        fmpz_t twoq, i, rn;
        fmpz_init(twoq);
        fmpz_init(i);
        fmpz_init(rn);
        fmpz_mul_ui(twoq, fmpq_denref(e->v.q), 2);
        fmpz_fdiv_qr(i, rn, fmpq_numref(e->v.q), twoq);
        Sym *rv = sym_pow_raw(sym_i, sym_rat_fmpz(rn, fmpq_denref(e->v.q)));
        bool odd = fmpz_is_odd(i);
        fmpz_clear(twoq);
        fmpz_clear(i);
        fmpz_clear(rn);
        return odd ? mul2_raw(sym_neg_one, rv) : rv;
    }
    return NULL;
}

/* Is the exponent a rational with denominator 2? */
static bool half_denominator(Sym *e)
{
    return e->kind == SYM_RATIONAL && fmpz_equal_si(fmpq_denref(e->v.q), 2);
}

/* (b**e)**x (Pow._eval_power); NULL when it stays nested. */
static Sym *pow_of_pow(Sym *b, Sym *e, Sym *x)
{
    bool ok = false;
    if (sym_is(x, SYM_F_INTEGER)) {
        ok = true;
    } else if (sym_is(e, SYM_F_EXTENDED_REAL)) {
        if (sym_is_int_value(e, -1)) {
            if (half_denominator(x)) {
                if (sym_is(b, SYM_F_NEGATIVE))
                    return sym_mul(sym_pow(sym_neg_one, x), sym_pow(sym_neg(b), sym_mul(e, x)));
                if (sym_is_not(b, SYM_F_NEGATIVE))
                    return sym_pow(b, sym_neg(x));
            }
        } else if (sym_is(e, SYM_F_EVEN)) {
            if (sym_is(b, SYM_F_EXTENDED_REAL))
                b = sym_fn1(SYM_FN_ABS, b);
            else if (sym_is(b, SYM_F_IMAGINARY))
                b = sym_mul(sym_fn1(SYM_FN_ABS, sym_fn1(SYM_FN_IM, b)), sym_i);
        }
        if (sym_is_num(e) && e->kind <= SYM_FLOAT) {
            Sym *ae = sym_num_sign(e) < 0 ? sym_num_neg(e) : e;
            if (sym_num_cmp(ae, sym_one) < 0)
                ok = true;
        }
        if (!ok && sym_is(b, SYM_F_EXTENDED_NONNEGATIVE))
            ok = true;
        /* a negative base and a half-integer x: sympy's factor exp(2*pi*I*x*floor(1/2 - e*arg(b)/(2*pi)))
         * with arg(b) = pi is (-1)**floor((1 - e)/2) */
        if (!ok && half_denominator(x) && sym_is_rational(e) && sym_is(b, SYM_F_NEGATIVE)) {
            Sym *k = sym_fn1(SYM_FN_FLOOR, sym_div(sym_sub(sym_one, e), sym_two));
            Sym *r = sym_pow(b, sym_mul(e, x));
            return k->kind == SYM_INTEGER && fmpz_is_odd(k->v.z) ? sym_neg(r) : r;
        }
    }
    return ok ? sym_pow(b, sym_mul(e, x)) : NULL;
}

/* (a*b*...)**e split over the factors whose sign allows it (Pow._eval_expand_power_base). */
static Sym *expand_power_base(Sym *base, Sym *e)
{
    SymVec other = {0}, nonneg = {0}, neg = {0};
    size_t imag = 0;
    for (uint32_t i = 0; i < base->n; i++) {
        Sym *x = base->args[i];
        if (sym_is_not(x, SYM_F_EXTENDED_REAL) && x->kind != SYM_I) {
            sym_vec_push(&other, x);
            continue;
        }
        if (x->kind == SYM_I) {
            imag++;
            continue;
        }
        SymTri nn = sym_ask(x, SYM_F_EXTENDED_NONNEGATIVE);
        sym_vec_push(nn == SYM_YES ? &nonneg : nn == SYM_NO ? &neg : &other, x);
    }
    switch (imag % 4) {
    case 1:
        sym_vec_push(&other, sym_i);
        break;
    case 2:
    case 3:
        if (neg.n) {
            Sym *nonn = sym_neg(neg.v[--neg.n]);
            if (!sym_is_one(nonn))
                sym_vec_push(&nonneg, nonn);
        } else {
            sym_vec_push(&neg, sym_neg_one);
        }
        if (imag % 4 == 3)
            sym_vec_push(&other, sym_i);
        break;
    default:
        break;
    }
    if (neg.n > 1) {
        Sym *o = sym_one;
        size_t start = 0;
        if (!other.n && sym_is_num(neg.v[0])) {
            o = sym_mul(o, neg.v[0]);
            start = 1;
        }
        if ((neg.n - start) % 2)
            o = sym_neg(o);
        for (size_t k = start; k < neg.n; k++)
            sym_vec_push(&nonneg, sym_neg(neg.v[k]));
        if (!sym_is_one(o))
            sym_vec_push(&other, o);
    } else if (neg.n && other.n) {
        if (sym_is_num(neg.v[0]) && !sym_is_int_value(neg.v[0], -1)) {
            sym_vec_push(&other, sym_neg_one);
            sym_vec_push(&nonneg, sym_neg(neg.v[0]));
        } else {
            sym_vec_push(&other, neg.v[0]);
        }
    } else if (neg.n) {
        sym_vec_push(&other, neg.v[0]);
    }
    Sym *rv = sym_one;
    if (nonneg.n) {
        /* sympy builds these powers unevaluated; a product base must stay so (it would come
         * straight back here) */
        SymVec pows = {0};
        for (size_t k = 0; k < nonneg.n; k++)
            sym_vec_push(&pows, nonneg.v[k]->kind == SYM_MUL || (sym_is_num(nonneg.v[k]) &&
                                                                  e->kind == SYM_RATIONAL)
                                    ? sym_pow_raw(nonneg.v[k], e) : sym_pow(nonneg.v[k], e));
        rv = sym_mul_n(pows.n, pows.v);
    }
    if (other.n) {
        Sym *m = sym_mul_n(other.n, other.v);
        Sym *p = (m->kind == SYM_MUL || m->kind == SYM_POW) ? sym_pow_raw(m, e)
                 : (sym_eq(m, base) ? sym_pow_raw(m, e) : sym_pow(m, e));
        rv = sym_mul(rv, p);
    }
    return rv;
}

static Sym *mul_eval_power(Sym *b, Sym *e)
{
    if (e->kind == SYM_INTEGER) {
        Sym **v = gc_alloc(b->n * sizeof(Sym *));
        for (uint32_t i = 0; i < b->n; i++)
            v[i] = sym_pow(b->args[i], e);
        return sym_mul_n(b->n, v);
    }
    if (e->kind == SYM_RATIONAL || e->kind == SYM_FLOAT)
        return expand_power_base(b, e);
    return NULL;
}

/* A number a + b*I with rational parts; false when e is not of that shape. */
static bool pure_complex(Sym *e, Sym **re, Sym **im)
{
    Sym *h, *t, *c, *i;
    sym_as_coeff_add(e, &h, &t);
    if (sym_is_zero_num(t))
        return false;
    sym_as_coeff_mul(t, false, &c, &i);
    if (i->kind != SYM_I || !sym_is_num(c) || !sym_is_num(h) || c->kind > SYM_FLOAT ||
        h->kind > SYM_FLOAT)
        return false;
    *re = h;
    *im = c;
    return true;
}

static Sym *add_eval_power(Sym *b, Sym *e)
{
    Sym *r, *i;
    if (!sym_is_rational(e) || !pure_complex(b, &r, &i))
        return NULL;
    Sym *n2 = sym_add(sym_mul(r, r), sym_mul(i, i));
    if (half_denominator(e) && fmpz_is_one(fmpq_numref(e->v.q)) && sym_is_rational(r) &&
        sym_is_rational(i)) {
        Sym *d = sym_sqrt(n2);
        if (!sym_is_rational(d))
            return NULL;
        Sym *root = sym_sqrt(sym_div(sym_sub(d, r), sym_two));
        Sym *ai = sym_num_sign(i) < 0 ? sym_neg(i) : i;
        Sym *im = sym_num_sign(i) < 0 ? sym_neg(sym_i) : sym_i;
        return sym_mul(root, sym_add(sym_div(sym_add(d, r), ai), im));
    }
    if (sym_is_int_value(e, -1))
        return mul2_raw(sym_num_inv(n2), sym_sub(r, sym_mul(i, sym_i)));   /* _unevaluated_Mul */
    return NULL;
}

static Sym *eval_power(Sym *b, Sym *e)
{
    switch ((SymKind)b->kind) {
    case SYM_INTEGER:
        if (fmpz_is_zero(b->v.z)) {
            if (sym_is(e, SYM_F_EXTENDED_POSITIVE))
                return b;
            if (sym_is(e, SYM_F_EXTENDED_NEGATIVE))
                return sym_zoo;
            if (sym_is_not(e, SYM_F_EXTENDED_REAL) && sym_is_number(e))
                return sym_nan;
            return NULL;
        }
        if (fmpz_equal_si(b->v.z, -1))
            return negone_eval_power(e);
        return int_eval_power(b, e);
    case SYM_RATIONAL:
        return rat_eval_power(b, e);
    case SYM_FLOAT:
        return float_pow(b, e);
    case SYM_I:
        return i_eval_power(e);
    case SYM_E:
        return sym_fn1(SYM_FN_EXP, e);
    case SYM_INFINITY:
        if (sym_is(e, SYM_F_EXTENDED_POSITIVE))
            return sym_oo;
        if (sym_is(e, SYM_F_EXTENDED_NEGATIVE))
            return sym_zero;
        return NULL;
    case SYM_NEG_INFINITY:
        if (e->kind == SYM_INTEGER) {
            if (fmpz_sgn(e->v.z) < 0)
                return sym_zero;
            return fmpz_is_odd(e->v.z) ? sym_neg_oo : sym_oo;
        }
        if (sym_is(e, SYM_F_EXTENDED_NEGATIVE))
            return sym_zero;
        return NULL;
    case SYM_COMPLEX_INFINITY:
        if (e->kind == SYM_COMPLEX_INFINITY)
            return sym_nan;
        if (sym_is(e, SYM_F_EXTENDED_POSITIVE))
            return sym_zoo;
        if (sym_is(e, SYM_F_EXTENDED_NEGATIVE))
            return sym_zero;
        return NULL;
    case SYM_POW:
        return pow_of_pow(b->args[0], b->args[1], e);
    case SYM_MUL:
        return mul_eval_power(b, e);
    case SYM_ADD:
        return add_eval_power(b, e);
    case SYM_FN:
        if (b->op == SYM_FN_EXP)
            return pow_of_pow(sym_e, b->args[0], e);
        if (b->op == SYM_FN_ABS && sym_is(b->args[0], SYM_F_EXTENDED_REAL) &&
            sym_is(e, SYM_F_INTEGER)) {
            if (sym_is(e, SYM_F_EVEN))
                return sym_pow(b->args[0], e);
            if (e->kind == SYM_INTEGER && !sym_is_int_value(e, -1))
                return sym_mul(sym_pow(b->args[0], sym_sub(e, sym_one)), b);
        }
        return NULL;
    default:
        return NULL;
    }
}

Sym *sym_pow(Sym *b, Sym *e)
{
    budget_tick();
    if (e->kind == SYM_COMPLEX_INFINITY)
        return sym_nan;
    if (e->kind == SYM_INFINITY && sym_is_num(b) && b->kind != SYM_NAN) {
        if (sym_num_cmp(b, sym_one) > 0)
            return sym_oo;
        if (sym_num_cmp(b, sym_neg_one) > 0 && sym_num_cmp(b, sym_one) < 0)
            return sym_zero;
        if (sym_num_cmp(b, sym_neg_one) < 0)
            return b->kind <= SYM_FLOAT ? sym_zoo : sym_nan;
    }
    if (sym_is_zero_num(e))
        return sym_one;
    if (sym_is_one(e))
        return b;
    if (sym_is_int_value(e, -1) && sym_is_num(b) && sym_num_sign(b) == 0)
        return sym_zoo;
    if ((e->kind == SYM_INTEGER || (sym_is_symbol(e) && sym_is(e, SYM_F_INTEGER))) &&
        ((b->kind == SYM_MUL && sym_is_number(b)) || sym_is_num(b)) &&
        sym_could_extract_minus_sign(b)) {
        if (sym_is(e, SYM_F_EVEN))
            b = sym_neg(b);
        else if (sym_is(e, SYM_F_ODD))
            return sym_neg(sym_pow(sym_neg(b), e));
    }
    if (b->kind == SYM_NAN || e->kind == SYM_NAN)
        return sym_nan;
    if (sym_is_one(b)) {
        if (is_inf_num(e) || e->kind == SYM_NEG_INFINITY)
            return sym_nan;
        return sym_one;
    }
    Sym *r = eval_power(b, e);
    return r ? r : sym_pow_raw(b, e);
}

void sym_decompose_power(Sym *f, Sym **base, long *e)
{
    Sym *b, *x;
    sym_as_base_exp(f, &b, &x);
    *e = 1;
    if (sym_is_num(x)) {
        if (x->kind == SYM_INTEGER && fmpz_fits_si(x->v.z)) {
            *base = b;
            *e = fmpz_get_si(x->v.z);
        } else if (x->kind == SYM_RATIONAL && fmpz_fits_si(fmpq_numref(x->v.q))) {
            *base = sym_pow(b, sym_rat_fmpz(sym_one->v.z, fmpq_denref(x->v.q)));
            *e = fmpz_get_si(fmpq_numref(x->v.q));
        } else {
            *base = f;
        }
        return;
    }
    Sym *c, *tail;
    sym_as_coeff_mul(x, true, &c, &tail);
    if (sym_is_int_value(c, -1)) {
        *base = sym_pow(b, tail);
        *e = -1;
    } else if (!sym_is_one(c) && fmpz_fits_si(c->kind == SYM_INTEGER ? c->v.z : fmpq_numref(c->v.q))) {
        fmpz_t one;
        fmpz_init_set_ui(one, 1);
        Sym *inv_q = c->kind == SYM_INTEGER ? sym_one : sym_rat_fmpz(one, fmpq_denref(c->v.q));
        fmpz_clear(one);
        *base = sym_pow(b, sym_keep_coeff(inv_q, tail));
        *e = fmpz_get_si(c->kind == SYM_INTEGER ? c->v.z : fmpq_numref(c->v.q));
    } else {
        *base = f;
    }
}

/* ---- binary forms ------------------------------------------------------------------------- */

Sym *sym_add(Sym *a, Sym *b)
{
    Sym *v[2] = {a, b};
    return sym_add_n(2, v);
}

Sym *sym_mul(Sym *a, Sym *b)
{
    Sym *v[2] = {a, b};
    return sym_mul_n(2, v);
}

Sym *sym_neg(Sym *a) { return sym_is_num(a) ? sym_num_neg(a) : sym_mul(sym_neg_one, a); }

Sym *sym_sub(Sym *a, Sym *b) { return sym_add(a, sym_neg(b)); }

Sym *sym_div(Sym *a, Sym *b)
{
    /* Rational(p, q) and p/q of numbers: one division, not b**-1 through Pow and Mul */
    if (((sym_is_rational(a) || a->kind == SYM_FLOAT) && (sym_is_rational(b) || b->kind == SYM_FLOAT)) &&
        !sym_is_zero_num(b) && !(b->kind == SYM_FLOAT && mpfr_zero_p(b->v.f)))
        return sym_num_div(a, b);
    return sym_mul(a, sym_pow(b, sym_neg_one));
}

Sym *sym_pow_si(Sym *b, long n) { return sym_pow(b, sym_int(n)); }

Sym *sym_sqrt(Sym *a) { return sym_pow(a, sym_half); }
