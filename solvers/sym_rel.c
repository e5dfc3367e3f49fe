/* solvers/sym_rel.c — relations and their evaluation. */
#include "solvers/sym_rel.h"

#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"

Sym *sym_bool(bool v) { return v ? sym_true : sym_false; }

Sym *sym_rel_raw(SymRel op, Sym *lhs, Sym *rhs)
{
    Sym *a[2] = {lhs, rhs};
    return sym_build(SYM_REL, op, 2, a);
}

static bool is_bool(const Sym *e) { return e->kind == SYM_TRUE || e->kind == SYM_FALSE; }

SymTri sym_is_eq(Sym *lhs, Sym *rhs)
{
    if (sym_eq(lhs, rhs))
        return SYM_YES;
    if (lhs->kind == SYM_MATRIX || rhs->kind == SYM_MATRIX) {
        /* matrices: equal shapes and entries, False when shapes or any entry differ */
        if (lhs->kind != rhs->kind || lhs->v.m.rows != rhs->v.m.rows || lhs->v.m.cols != rhs->v.m.cols)
            return SYM_NO;
        SymTri all = SYM_YES;
        for (uint32_t i = 0; i < lhs->n; i++) {
            SymTri t = sym_is_eq(lhs->args[i], rhs->args[i]);
            if (t == SYM_NO)
                return SYM_NO;
            if (t == SYM_MAYBE)
                all = SYM_MAYBE;
        }
        return all;
    }
    if (is_bool(lhs) || is_bool(rhs) || lhs->kind == SYM_TUPLE || rhs->kind == SYM_TUPLE)
        return SYM_NO;
    if (lhs->kind == SYM_NAN || rhs->kind == SYM_NAN)
        return SYM_NO;
    if (sym_is_num(lhs) && sym_is_num(rhs))
        return sym_num_cmp(lhs, rhs) == 0 ? SYM_YES : SYM_NO;
    Sym *d = sym_sub(lhs, rhs);
    SymTri z = sym_ask(d, SYM_F_ZERO);
    if (z != SYM_MAYBE)
        return z;
    if (sym_is_number(d) && sym_ask(d, SYM_F_EXTENDED_REAL) == SYM_YES) {
        SymTri nz = sym_ask(d, SYM_F_EXTENDED_NONZERO);
        if (nz == SYM_YES)
            return SYM_NO;
    }
    return SYM_MAYBE;
}

/* Sign of lhs - rhs for an ordering: -1, 0, 1 when known; 3 when only known to be >= 0, -3
 * when only known to be <= 0 (x >= 0 holds for a nonnegative x); 2 otherwise. */
static int order_sign(Sym *lhs, Sym *rhs)
{
    Sym *d = sym_sub(lhs, rhs);
    if (d->kind == SYM_NAN)
        sym_raise(SYM_E_TYPE, "Invalid NaN comparison");
    if (sym_is(d, SYM_F_ZERO))
        return 0;
    if (sym_is(d, SYM_F_EXTENDED_POSITIVE))
        return 1;
    if (sym_is(d, SYM_F_EXTENDED_NEGATIVE))
        return -1;
    if (sym_is(d, SYM_F_EXTENDED_NONNEGATIVE))
        return 3;
    if (sym_is(d, SYM_F_EXTENDED_NONPOSITIVE))
        return -3;
    return 2;
}

Sym *sym_rel(SymRel op, Sym *lhs, Sym *rhs)
{
    if (op == SYM_EQ || op == SYM_NE) {
        SymTri t = sym_is_eq(lhs, rhs);
        if (t == SYM_MAYBE)
            return sym_rel_raw(op, lhs, rhs);
        return sym_bool((t == SYM_YES) == (op == SYM_EQ));
    }
    for (int k = 0; k < 2; k++) {
        Sym *s = k ? rhs : lhs;
        if (s->kind == SYM_NAN)
            sym_raise(SYM_E_TYPE, "Invalid NaN comparison");
        if (sym_is_not(s, SYM_F_EXTENDED_REAL))
            sym_raise(SYM_E_TYPE, "Invalid comparison of non-real %s", sym_str(s));
        if (is_bool(s) || s->kind == SYM_REL)
            sym_raise(SYM_E_TYPE, "Invalid comparison of %s", sym_str(s));
    }
    if (!sym_is(lhs, SYM_F_EXTENDED_REAL) || !sym_is(rhs, SYM_F_EXTENDED_REAL))
        return sym_rel_raw(op, lhs, rhs);
    int s = order_sign(lhs, rhs);
    /* a sign known only up to zero decides <= and > (or >= and <) only */
    if (s == 2 || (s == 3 && (op == SYM_LE || op == SYM_GT)) || (s == -3 && (op == SYM_GE || op == SYM_LT)))
        return sym_rel_raw(op, lhs, rhs);
    switch (op) {
    case SYM_LT: return sym_bool(s < 0);
    case SYM_LE: return sym_bool(s <= 0);
    case SYM_GT: return sym_bool(s > 0);
    default: return sym_bool(s >= 0);
    }
}

static Sym *junction(SymKind kind, size_t n, Sym *const *args)
{
    Sym *absorb = kind == SYM_AND ? sym_false : sym_true;
    Sym *unit = kind == SYM_AND ? sym_true : sym_false;
    SymVec v = {0}, todo = {0};
    for (size_t i = 0; i < n; i++)
        sym_vec_push(&todo, args[i]);
    for (size_t i = 0; i < todo.n; i++) {
        Sym *a = todo.v[i];
        if (a == absorb || a->kind == absorb->kind)
            return absorb;
        if (a->kind == unit->kind)
            continue;
        if (a->kind == kind) {
            for (uint32_t k = 0; k < a->n; k++)
                sym_vec_push(&todo, a->args[k]);
            continue;
        }
        bool dup = false;
        for (size_t k = 0; k < v.n && !dup; k++)
            dup = sym_eq(v.v[k], a);
        if (!dup)
            sym_vec_push(&v, a);
    }
    if (!v.n)
        return unit;
    if (v.n == 1)
        return v.v[0];
    sym_sort_ordered(v.v, v.n);
    return sym_build(kind, 0, v.n, v.v);
}

Sym *sym_and(size_t n, Sym *const *args) { return junction(SYM_AND, n, args); }

Sym *sym_or(size_t n, Sym *const *args) { return junction(SYM_OR, n, args); }
