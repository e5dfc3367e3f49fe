/* solvers/sym_simplify.c — simplify(), count_ops, rationalising denominators and Floats. */
#include "solvers/sym_simplify.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"

/* ---- count_ops ----------------------------------------------------------------------------- */

static bool coeff_isneg(Sym *a)
{
    if (a->kind == SYM_MUL)
        a = a->args[0];
    return sym_is_num(a) && a->kind != SYM_NAN && sym_num_sign(a) < 0;
}

/* sympy's fraction(): the factors with negative exponents form the denominator. */
static void fraction(Sym *e, Sym **num, Sym **den)
{
    Sym *const *f;
    size_t n = sym_mul_args(&e, &f);
    SymVec nu = {0}, de = {0};
    for (size_t i = 0; i < n; i++) {
        Sym *b, *x;
        sym_as_base_exp(f[i], &b, &x);
        if (f[i]->kind == SYM_RATIONAL) {
            sym_vec_push(&nu, sym_int_fmpz(fmpq_numref(f[i]->v.q)));
            sym_vec_push(&de, sym_int_fmpz(fmpq_denref(f[i]->v.q)));
        } else if ((f[i]->kind == SYM_POW || sym_is_fn(f[i], SYM_FN_EXP)) &&
                   sym_could_extract_minus_sign(x)) {
            sym_vec_push(&de, sym_is_int_value(x, -1) ? b : sym_pow(b, sym_neg(x)));
        } else {
            sym_vec_push(&nu, f[i]);
        }
    }
    *num = sym_mul_n(nu.n, nu.v);
    *den = sym_mul_n(de.n, de.v);
}

long sym_count_ops(Sym *e)
{
    if (!(e->kind <= SYM_FN))
        return 0;
    long ops = 0;
    SymVec stack = {0};
    sym_vec_push(&stack, e);
    while (stack.n) {
        budget_tick();
        Sym *a = stack.v[--stack.n];
        if (sym_is_rational(a)) {
            if (!sym_is_one(a)) {
                fmpq_t q;
                fmpq_init(q);
                sym_get_fmpq(q, a);
                ops += fmpz_sgn(fmpq_numref(q)) < 0;
                ops += !fmpz_is_one(fmpq_denref(q));
                fmpq_clear(q);
            }
            continue;
        }
        if (a->kind == SYM_MUL) {
            if (coeff_isneg(a)) {
                ops++;
                a = sym_is_int_value(a->args[0], -1) ? sym_mul_raw(a->n - 1, a->args + 1) : sym_neg(a);
            }
            Sym *n, *d;
            fraction(a, &n, &d);
            if (n->kind == SYM_INTEGER) {
                ops++;
                if (fmpz_sgn(n->v.z) < 0)
                    ops++;
                sym_vec_push(&stack, d);
                continue;
            }
            if (!sym_is_one(d)) {
                if (d->kind != SYM_INTEGER)
                    sym_vec_push(&stack, d);
                ops++;
                sym_vec_push(&stack, n);
                continue;
            }
        } else if (a->kind == SYM_ADD) {
            long negs = 0;
            for (uint32_t i = 0; i < a->n; i++) {
                Sym *ai = a->args[i];
                bool neg = coeff_isneg(ai);
                negs += neg;
                sym_vec_push(&stack, neg ? sym_neg(ai) : ai);
                if (i > 0)
                    ops++;
            }
            if (negs == (long)a->n)
                ops++;
            continue;
        }
        if (a->kind == SYM_POW && sym_is_int_value(a->args[1], -1)) {
            ops++;
            sym_vec_push(&stack, a->args[0]);
            continue;
        }
        if (a->kind == SYM_E) {
            ops++;
            continue;
        }
        if (sym_is_fn(a, SYM_FN_EXP)) {
            ops++;
            sym_vec_push(&stack, a->args[0]);
            continue;
        }
        if (a->kind == SYM_MUL)
            ops += a->n - 1;
        else if (a->n && (a->kind == SYM_POW || a->kind == SYM_FN))
            ops++;
        if (!sym_is_symbol(a))
            for (uint32_t i = 0; i < a->n; i++)
                sym_vec_push(&stack, a->args[i]);
    }
    return ops;
}

/* ---- Floats -------------------------------------------------------------------------------- */

bool sym_has_float(Sym *e)
{
    if (e->kind == SYM_FLOAT)
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (sym_has_float(e->args[i]))
            return true;
    return false;
}

static Sym *float_to_rational(Sym *f)
{
    long prec = (long)mpfr_get_prec(f->v.f);
    const char *s = sym_float_text(f->v.f, sym_prec_to_dps(prec), false);
    /* the decimal text m.ddd[e±k] read exactly */
    fmpz_t num, den;
    fmpz_init(num);
    fmpz_init_set_ui(den, 1);
    bool neg = *s == '-';
    if (neg)
        s++;
    long exp10 = 0;
    bool frac = false;
    for (; *s && *s != 'e'; s++) {
        if (*s == '.') {
            frac = true;
            continue;
        }
        fmpz_mul_ui(num, num, 10);
        fmpz_add_ui(num, num, (ulong)(*s - '0'));
        if (frac)
            exp10--;
    }
    if (*s == 'e')
        exp10 += strtol(s + 1, NULL, 10);
    fmpz_t p;
    fmpz_init(p);
    fmpz_set_ui(p, 10);
    fmpz_pow_ui(p, p, (ulong)(exp10 < 0 ? -exp10 : exp10));
    if (exp10 < 0)
        fmpz_mul(den, den, p);
    else
        fmpz_mul(num, num, p);
    if (neg)
        fmpz_neg(num, num);
    Sym *r = sym_rat_fmpz(num, den);
    fmpz_clear(num);
    fmpz_clear(den);
    fmpz_clear(p);
    return r;
}

Sym *sym_rationalize_floats(Sym *e)
{
    budget_tick();
    if (e->kind == SYM_FLOAT)
        return float_to_rational(e);
    if (!e->n || !sym_has_float(e))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = sym_rationalize_floats(e->args[i]);
    return sym_rebuild(e, v);
}

/* ---- radicals in denominators -------------------------------------------------------------- */

/* d = a + b with b the terms holding a square root: num/d = num*(a - b)/(a**2 - b**2). */
Sym *sym_rationalize_denominator(Sym *num, Sym *den)
{
    if (den->kind != SYM_ADD)
        return NULL;
    SymVec rad = {0}, rest = {0};
    for (uint32_t i = 0; i < den->n; i++) {
        Sym *t = den->args[i];
        bool has_sqrt = false;
        Sym *const *f;
        size_t nf = sym_mul_args(&t, &f);
        for (size_t k = 0; k < nf; k++)
            if (f[k]->kind == SYM_POW && f[k]->args[1] == sym_half && sym_is_rational(f[k]->args[0]))
                has_sqrt = true;
        sym_vec_push(has_sqrt ? &rad : &rest, t);
    }
    if (rad.n != 1 || !rest.n || sym_has_symbols(den))
        return NULL;
    Sym *a = sym_add_n(rest.n, rest.v), *b = rad.v[0];
    Sym *d2 = sym_expand(sym_sub(sym_mul(a, a), sym_mul(b, b)));
    if (sym_is_zero_num(d2) || sym_has(d2, sym_half))
        return NULL;
    return sym_div(sym_expand(sym_mul(num, sym_sub(a, b))), d2);
}

/* ---- simplify ------------------------------------------------------------------------------ */

/* The first of the candidates with the fewest operations (sympy's shorter()). */
static Sym *shorter(size_t n, Sym *const *c)
{
    Sym *best = c[0];
    long bo = sym_count_ops(best);
    for (size_t i = 1; i < n; i++) {
        long o = sym_count_ops(c[i]);
        if (o < bo) {
            best = c[i];
            bo = o;
        }
    }
    return best;
}

static Sym *shorter2(Sym *a, Sym *b) { return shorter(2, (Sym *[]){a, b}); }

static bool has_log(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_LOG))
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (has_log(e->args[i]))
            return true;
    return false;
}

static bool handled(Sym *e)
{
    return e->kind == SYM_ADD || e->kind == SYM_MUL || e->kind == SYM_POW || sym_is_fn(e, SYM_FN_EXP);
}

/* Simplifies the arguments of every node that simplify does not treat itself (functions). */
static Sym *simplify_inner(Sym *e)
{
    if (!e->n)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = handled(e) ? simplify_inner(e->args[i]) : sym_simplify(e->args[i]);
    return sym_rebuild(e, v);
}

/* sin(u)**2 + cos(u)**2 -> 1 inside a sum, as trigsimp does for the plain identity. */
static Sym *pythagoras(Sym *e)
{
    if (e->kind != SYM_ADD)
        return e;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *c, *t;
        sym_as_coeff_mul(e->args[i], false, &c, &t);
        if (t->kind != SYM_POW || !sym_is_int_value(t->args[1], 2) || !sym_is_fn(t->args[0], SYM_FN_SIN))
            continue;
        Sym *cos2 = sym_mul(c, sym_pow_si(sym_fn1(SYM_FN_COS, t->args[0]->args[0]), 2));
        for (uint32_t j = 0; j < e->n; j++) {
            if (!sym_eq(e->args[j], cos2))
                continue;
            Sym **v = gc_alloc(e->n * sizeof(Sym *));
            size_t k = 0;
            for (uint32_t m = 0; m < e->n; m++)
                if (m != i && m != j)
                    v[k++] = e->args[m];
            v[k++] = c;
            return pythagoras(sym_add_n(k, v));
        }
    }
    return e;
}

Sym *sym_simplify(Sym *e)
{
    budget_tick();
    if (!e->n || !(e->kind <= SYM_FN))
        return e->kind == SYM_REL ? simplify_inner(e) : e;
    Sym *original = e;
    bool floats = sym_has_float(e);
    e = simplify_inner(e);
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1) {
        /* log._eval_simplify: the expanded logarithm when it is shorter */
        Sym *x = sym_expand_log(e);
        return sym_count_ops(x) < sym_count_ops(e) ? x : e;
    }
    if (!handled(e))
        return e;
    if (floats)
        e = sym_rationalize_floats(e);
    e = pythagoras(e);
    if (has_log(e))
        e = shorter2(sym_expand_log(e), e);
    Sym *c = sym_cancel(e);
    Sym *expr1 = shorter2(c, sym_cancel(sym_expand(c)));
    Sym *expr2 = shorter2(sym_together(e), sym_together(expr1));
    e = shorter(3, (Sym *[]){expr2, expr1, e});
    Sym *s = shorter2(e, sym_cancel(e));
    s = shorter2(s, sym_expand_mul(s));
    /* a number times a sum stays distributed, as Mul would have it */
    if (s->kind == SYM_MUL && s->n == 2 && sym_is_num(s->args[0]) && s->args[1]->kind == SYM_ADD)
        s = sym_mul(s->args[0], s->args[1]);
    Sym *n, *d;
    sym_numer_denom(s, &n, &d);
    if (d->kind == SYM_ADD) {
        Sym *r = sym_rationalize_denominator(n, d);
        if (r)
            s = r;
    }
    if (sym_could_extract_minus_sign(s)) {
        fraction(s, &n, &d);
        if (!sym_is_zero_num(d))
            s = sym_div(sym_neg(n), sym_neg(d));
    }
    if ((double)sym_count_ops(s) > 1.7 * (double)sym_count_ops(original))
        s = original;
    return s;
}
