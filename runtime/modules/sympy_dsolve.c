/* runtime/modules/sympy_dsolve.c — dsolve (see sympy_dsolve.h). */
#include "runtime/modules/sympy_dsolve.h"

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/module.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_dsolve.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"

/* The one applied undefined function in e, which dsolve solves for when func is not given. */
static Sym *unknown_of(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_UNDEF))
        return e;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *f = unknown_of(e->args[i]);
        if (f)
            return f;
    }
    return NULL;
}

static Obj *f_dsolve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"eq", "func", "hint", "simplify", "ics", "xi", "eta", "x0", "n", NULL};
    Obj *a[9];
    args_parse("dsolve", args, nargs, kwnames, names, 1, a);
    Sym *eq = sympy_sympify(a[0]);
    Sym *fx = a[1] && a[1] != None ? sympy_sympify(a[1]) : unknown_of(eq);
    if (!fx)
        exc_raisef(&type_ValueError, "dsolve() and classify_ode() only work with functions of one variable, not %s",
                   sym_str(eq));
    Sym *sol = sym_dsolve(eq, fx);
    if (a[4] && a[4] != None) {
        if (!dict_check(a[4]))
            exc_raisef(&type_TypeError, "ics must be a dict");
        size_t n = dict_len(a[4]), pos = 0, i = 0;
        Sym **keys = gc_alloc((n ? n : 1) * sizeof(Sym *)), **vals = gc_alloc((n ? n : 1) * sizeof(Sym *));
        Obj *k, *v;
        while (dict_next(a[4], &pos, &k, &v)) {
            keys[i] = sympy_sympify(k);
            vals[i++] = sympy_sympify(v);
        }
        sol = sym_dsolve_ics(sol, fx, i, keys, vals);
    }
    return sympy_wrap(sol);
}

void sympy_dsolve_init(Obj *module) { module_add_function(module, "dsolve", f_dsolve); }
