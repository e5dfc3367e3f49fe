/* solvers/sym_logsimp.c — logcombine(): sums and multiples of logarithms gathered into one. */
#include "solvers/sym_logsimp.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_simplify.h"

/* log(x) whose argument may join others: positive, or with force not known nonpositive. */
static bool good_log(Sym *l, bool force)
{
    if (!sym_is_fn(l, SYM_FN_LOG) || l->n != 1)
        return false;
    Sym *a = l->args[0];
    return sym_is(a, SYM_F_POSITIVE) || (force && sym_ask(a, SYM_F_NONPOSITIVE) != SYM_YES);
}

/* A factor a of a*log(x) that may go inside as log(x**a): real (with force, not known not real),
 * but never -1. */
static bool good_coeff(Sym *a, bool force)
{
    if (sym_is_int_value(a, -1))
        return false;
    SymTri r = sym_ask(a, SYM_F_EXTENDED_REAL);
    return r == SYM_YES || (force && r != SYM_NO);
}

/* log(x) as given, as sympy builds the combined logarithm (evaluate=False). */
static Sym *log_raw(Sym *x) { return sym_fn_raw(SYM_FN_LOG, 1, &x); }

/* The logs gathered under one outside factor: the arguments raised to their coefficients. */
typedef struct {
    Sym *key;
    SymVec powers;
} Group;

typedef struct {
    Group *v;
    size_t n, cap;
} Groups;

static Group *group(Groups *g, Sym *key)
{
    for (size_t i = 0; i < g->n; i++)
        if (sym_eq(g->v[i].key, key))
            return &g->v[i];
    if (g->n == g->cap) {
        size_t cap = g->cap ? 2 * g->cap : 4;
        Group *v = gc_alloc(cap * sizeof *v);
        for (size_t i = 0; i < g->n; i++)
            v[i] = g->v[i];
        g->v = v;
        g->cap = cap;
    }
    g->v[g->n] = (Group){key, {0}};
    return &g->v[g->n++];
}

static Sym *combine(Sym *rv, bool force)
{
    if (rv->kind != SYM_ADD && rv->kind != SYM_MUL)
        return rv;
    Sym *const *terms;
    size_t nt = sym_add_args(&rv, &terms);
    SymVec other = {0};
    Groups g = {0};
    bool multi = false;
    for (size_t t = 0; t < nt; t++) {
        Sym *a = terms[t];
        if (good_log(a, force)) {
            sym_vec_push(&group(&g, sym_one)->powers, a->args[0]);
            continue;
        }
        if (a->kind != SYM_MUL) {
            sym_vec_push(&other, a);
            continue;
        }
        SymVec ot = {0}, co = {0}, lo = {0};
        for (uint32_t i = 0; i < a->n; i++) {
            Sym *ai = a->args[i];
            if (sym_is_rational(ai) && sym_num_sign(ai) < 0) {
                sym_vec_push(&ot, sym_neg_one);
                sym_vec_push(&co, sym_num_neg(ai));
            } else if (good_log(ai, force)) {
                sym_vec_push(&lo, ai);
            } else if (good_coeff(ai, force)) {
                sym_vec_push(&co, ai);
            } else {
                sym_vec_push(&ot, ai);
            }
        }
        if (!lo.n) {
            sym_vec_push(&other, a);
            continue;
        }
        Sym *c = sym_mul_n(co.n, co.v);
        if (lo.n > 1) {
            /* log(a)*log(b) -> log(b**log(a)), the logs taken in canonical order */
            multi = true;
            sym_sort_canonical(lo.v, lo.n);
            Sym *e = sym_fn1(SYM_FN_LOG, sym_pow(lo.v[0]->args[0], c));
            for (size_t i = 1; i < lo.n; i++)
                e = sym_fn1(SYM_FN_LOG, sym_pow(lo.v[i]->args[0], e));
            if (sym_is_fn(e, SYM_FN_LOG))
                sym_vec_push(&group(&g, sym_mul_n(ot.n, ot.v))->powers, e->args[0]);
            else
                sym_vec_push(&other, sym_mul(sym_mul_n(ot.n, ot.v), e));
            continue;
        }
        sym_vec_push(&group(&g, sym_mul_n(ot.n, ot.v))->powers, sym_pow(lo.v[0]->args[0], c));
    }
    if (other.n == 1 && sym_is_fn(other.v[0], SYM_FN_LOG) && other.v[0]->n == 1) {
        sym_vec_push(&group(&g, sym_one)->powers, other.v[0]->args[0]);
        other.n = 0;
    }
    if (!g.n && !multi)
        return rv;
    /* the logs under one factor multiply; under opposite factors they divide, the factor with
     * fewer operations outside */
    Sym **arg = gc_alloc(g.n * sizeof(Sym *));
    bool *used = gc_alloc_atomic(g.n);
    for (size_t i = 0; i < g.n; i++)
        arg[i] = sym_logcombine(sym_mul_n(g.v[i].powers.n, g.v[i].powers.v), force);
    for (size_t i = 0; i < g.n; i++) {
        if (used[i])
            continue;
        used[i] = true;
        size_t j;
        Sym *neg = sym_neg(g.v[i].key);
        for (j = i + 1; j < g.n; j++)
            if (!used[j] && sym_eq(g.v[j].key, neg))
                break;
        if (j == g.n) {
            sym_vec_push(&other, sym_mul(g.v[i].key, log_raw(arg[i])));
            continue;
        }
        used[j] = true;
        size_t num = i, den = j;
        if (sym_count_ops(g.v[i].key) > sym_count_ops(g.v[j].key)) {
            num = j;
            den = i;
        }
        sym_vec_push(&other, sym_mul(g.v[num].key, log_raw(sym_div(arg[num], arg[den]))));
    }
    return sym_add_n(other.n, other.v);
}

Sym *sym_logcombine(Sym *e, bool force)
{
    budget_tick();
    if (e->n && e->kind <= SYM_FN) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        bool changed = false;
        for (uint32_t i = 0; i < e->n; i++) {
            v[i] = sym_logcombine(e->args[i], force);
            changed |= v[i] != e->args[i];
        }
        if (changed)
            e = sym_rebuild(e, v);
    }
    return combine(e, force);
}
