/* solvers/sym_piecewise.c — Piecewise evaluation (see sym_piecewise.h). */
#include "solvers/sym_piecewise.h"

#include "base/gc.h"
#include "solvers/sym_fn.h"

/* True when c is the complement of the relation p (x >= 0 after x < 0). */
static bool complement_of(const Sym *c, const Sym *p)
{
    static const SymRel complement[] = {SYM_NE, SYM_EQ, SYM_GE, SYM_GT, SYM_LE, SYM_LT};
    return c->kind == SYM_REL && p->kind == SYM_REL && c->op == complement[p->op] &&
           sym_eq(c->args[0], p->args[0]) && sym_eq(c->args[1], p->args[1]);
}

Sym *sym_piecewise_eval(size_t n, Sym *const *args)
{
    for (size_t i = 0; i < n; i++)
        if (args[i]->kind != SYM_TUPLE || args[i]->n != 2)
            sym_raise(SYM_E_TYPE, "Piecewise expects (expr, cond) pairs");
    Sym **out = gc_alloc(n * sizeof(Sym *));
    size_t m = 0;
    bool changed = false;
    for (size_t i = 0; i < n; i++) {
        Sym *expr = args[i]->args[0], *cond = args[i]->args[1];
        if (cond->kind == SYM_FALSE) {
            changed = true;
            continue;
        }
        if (m == 1 && complement_of(cond, out[0]->args[1])) {
            cond = sym_true;
            changed = true;
        }
        out[m++] = cond == args[i]->args[1] ? args[i] : sym_tuple(2, (Sym *[]){expr, cond});
        if (cond->kind == SYM_TRUE) {
            changed |= i + 1 < n;
            break;
        }
    }
    if (m == 0)
        return sym_nan;
    if (out[0]->args[1]->kind == SYM_TRUE)
        return out[0]->args[0];
    return changed ? sym_fn_raw(SYM_FN_PIECEWISE, m, out) : NULL;
}
