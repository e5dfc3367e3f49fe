/* solvers/sym_rel.c — relations and their evaluation. */
#include "solvers/sym_rel.h"

#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_num.h"
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

/* Sign of lhs - rhs for an ordering: -1, 0, 1 when known, 2 otherwise. */
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
    if (s == 2)
        return sym_rel_raw(op, lhs, rhs);
    switch (op) {
    case SYM_LT: return sym_bool(s < 0);
    case SYM_LE: return sym_bool(s <= 0);
    case SYM_GT: return sym_bool(s > 0);
    default: return sym_bool(s >= 0);
    }
}
