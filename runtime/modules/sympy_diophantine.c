/* runtime/modules/sympy_diophantine.c — linear diophantine equations (see sympy_diophantine.h). */
#include "runtime/modules/sympy_diophantine.h"

#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/module.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_polyfn.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"
#include "solvers/sym_relsimp.h"

_Noreturn static void unsupported(Sym *eq)
{
    exc_raisef(&type_NotImplementedError, "tirbox: diophantine() of %s is not supported (linear equations in one or two unknowns only)",
               sym_str(eq));
}

static int sign_of(Sym *v) { return fmpz_sgn(v->v.z); }

/* sympy's base_solution_linear(c, a, b, t) for a*x + b*y = c; false when there is none. */
static bool base_solution(Sym *c, Sym *a, Sym *b, Sym *t, Sym **x, Sym **y)
{
    Sym *g = sym_gcd(sym_gcd(a, b), c);
    a = sym_div(a, g), b = sym_div(b, g), c = sym_div(c, g);
    if (sign_of(b) < 0)
        t = sym_neg(t);
    if (sym_is_zero_num(c)) {
        *x = sym_mul(b, t);
        *y = sym_neg(sym_mul(a, t));
        return true;
    }
    Sym *d, *x0, *y0;
    sympy_gcdext(sym_num_mul(a, sym_int(sign_of(a))), sym_num_mul(b, sym_int(sign_of(b))), &d, &x0, &y0);
    x0 = sym_mul(x0, sym_int(sign_of(a)));
    y0 = sym_mul(y0, sym_int(sign_of(b)));
    Sym *q = sym_div(c, d);
    if (q->kind != SYM_INTEGER)
        return false;
    *x = sym_add(sym_mul(c, x0), sym_mul(b, t));
    *y = sym_sub(sym_mul(c, y0), sym_mul(a, t));
    return true;
}

static Obj *f_diophantine(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"eq", "param", "syms", "permute", NULL};
    Obj *a[4];
    args_parse("diophantine", args, nargs, kwnames, names, 1, a);
    if (a[3] && obj_truth(a[3]))
        exc_raisef(&type_NotImplementedError, "tirbox: diophantine(permute=True) is not supported");
    Sym *eq = sympy_sympify(a[0]);
    if (eq->kind == SYM_REL && eq->op == SYM_EQ)
        eq = sym_sub(eq->args[0], eq->args[1]);
    eq = sym_expand(eq);
    SymVec vars = sym_free_symbols(eq);
    sym_sort_default(vars.v, vars.n);
    if (vars.n < 1 || vars.n > 2)
        unsupported(eq);
    Sym *coef[2], *constant;
    if (!sym_linear_coeffs(eq, vars.n, vars.v, coef, &constant))
        unsupported(eq);
    for (size_t i = 0; i < vars.n; i++)
        if (coef[i]->kind != SYM_INTEGER)
            unsupported(eq);
    if (constant->kind != SYM_INTEGER)
        unsupported(eq);
    Sym *c = sym_neg(constant), *sol[2];
    Obj *out = set_new();
    if (vars.n == 1) {
        Sym *v = sym_div(c, coef[0]);
        if (v->kind == SYM_INTEGER)
            set_add(out, tuple_pack(1, sympy_wrap(v)));
        return out;
    }
    const char *stem = "t";
    if (a[1] && a[1] != None) {
        Sym *p = sympy_sympify(a[1]);
        if (!sym_is_symbol(p))
            exc_raisef(&type_TypeError, "param must be a Symbol");
        stem = p->v.s.name;
    }
    Sym *t = sym_symbol(sym_sprintf("%s_0", stem), sym_fact(SYM_F_INTEGER, true));
    if (!base_solution(c, coef[0], coef[1], t, &sol[0], &sol[1]))
        return out;
    /* the values in the order of syms when given */
    if (a[2] && a[2] != None) {
        Obj *s = tuple_from_iterable(a[2]);
        if (tuple_len(s) != 2)
            exc_raisef(&type_TypeError, "syms should be given as a sequence of the equation's symbols");
        bool swap = sym_eq(sympy_sympify(tuple_get(s, 0)), vars.v[1]);
        if (swap) {
            Sym *tmp = sol[0];
            sol[0] = sol[1], sol[1] = tmp;
        }
    }
    set_add(out, tuple_pack(2, sympy_wrap(sol[0]), sympy_wrap(sol[1])));
    return out;
}

void sympy_diophantine_init(Obj *module) { module_add_function(module, "diophantine", f_diophantine); }
