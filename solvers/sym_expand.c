/* solvers/sym_expand.c — expand() and expand_mul(). */
#include "solvers/sym_expand.h"

#include <math.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"

/* Expansions whose term count would exceed this are refused. */
#define MAX_TERMS 200000.0

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

/* log(a*b) -> log(a) + log(b) and log(a**k) -> k*log(a) where the factors are positive;
 * log(8) -> 3*log(2) and log(3/4) -> log(3) - 2*log(2) for rational arguments. */
static Sym *expand_log(Sym *arg)
{
    if (arg->kind == SYM_RATIONAL && fmpz_sgn(fmpq_numref(arg->v.q)) > 0)
        return sym_sub(expand_log(sym_int_fmpz(fmpq_numref(arg->v.q))),
                       expand_log(sym_int_fmpz(fmpq_denref(arg->v.q))));
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
            if (sym_is(f, SYM_F_POSITIVE) || (f->kind == SYM_POW && sym_is(f->args[0], SYM_F_POSITIVE)
                                               && sym_is(f->args[1], SYM_F_REAL)))
                sym_vec_push(&logs, expand_log(f));
            else
                sym_vec_push(&keep, f);
        }
        if (keep.n)
            sym_vec_push(&logs, sym_fn1(SYM_FN_LOG, sym_mul_n(keep.n, keep.v)));
        return sym_add_n(logs.n, logs.v);
    }
    if (arg->kind == SYM_POW && sym_is(arg->args[1], SYM_F_REAL) &&
        (sym_is(arg->args[0], SYM_F_POSITIVE) || sym_is(arg->args[1], SYM_F_INTEGER)))
        return sym_mul(arg->args[1], expand_log(arg->args[0]));
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
        /* the denominator, when a product, is expanded on its own (Mul._eval_expand_mul) */
        SymVec num = {0}, den = {0};
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *f = e->args[i];
            if (f->kind == SYM_POW && f->args[1]->kind == SYM_INTEGER && fmpz_sgn(f->args[1]->v.z) < 0)
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
            return expand_log(v[0]);
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

Sym *sym_expand(Sym *e) { return fixpoint(e, true); }

static Sym *expand_log_rec(Sym *e)
{
    if (!e->n)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = expand_log_rec(e->args[i]);
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1)
        return expand_log(v[0]);
    return sym_rebuild(e, v);
}

Sym *sym_expand_log(Sym *e) { return expand_log_rec(e); }

Sym *sym_expand_mul(Sym *e) { return fixpoint(e, false); }
