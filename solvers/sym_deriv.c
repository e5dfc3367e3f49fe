/* solvers/sym_deriv.c — unevaluated derivatives (see sym_deriv.h). */
#include "solvers/sym_deriv.h"

#include "base/gc.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"

/* The variable and count of argument i >= 1 of a Derivative node. */
static Sym *var_of(const Sym *d, uint32_t i, long *count)
{
    Sym *a = d->args[i];
    if (a->kind == SYM_TUPLE) {
        *count = fmpz_get_si(a->args[1]->v.z);
        return a->args[0];
    }
    *count = 1;
    return a;
}

Sym *sym_derivative(Sym *expr, size_t n, Sym *const *vars, const long *counts)
{
    Sym **v = gc_alloc((n ? n : 1) * sizeof(Sym *));
    long *c = gc_alloc_atomic((n ? n : 1) * sizeof(long));
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (counts[i] < 0)
            sym_raise(SYM_E_VALUE, "Derivative: a negative count of %s", sym_str(vars[i]));
        if (!sym_is_symbol(vars[i]))
            sym_raise(SYM_E_NOT_IMPLEMENTED, "Derivative with respect to %s is not supported", sym_str(vars[i]));
        if (!counts[i])
            continue;
        if (m && sym_eq(v[m - 1], vars[i])) {
            c[m - 1] += counts[i];
            continue;
        }
        v[m] = vars[i];
        c[m++] = counts[i];
    }
    if (!m)
        return expr;
    Sym **args = gc_alloc((m + 1) * sizeof(Sym *));
    args[0] = expr;
    for (size_t i = 0; i < m; i++)
        args[i + 1] = c[i] == 1 ? v[i] : sym_tuple(2, (Sym *[]){v[i], sym_int(c[i])});
    return sym_fn_raw(SYM_FN_DERIVATIVE, m + 1, args);
}

Sym *sym_derivative_diff(Sym *e, Sym *x)
{
    if (sym_is_fn(e, SYM_FN_DERIVATIVE)) {
        size_t n = e->n - 1;
        Sym **v = gc_alloc((n + 1) * sizeof(Sym *));
        long *c = gc_alloc_atomic((n + 1) * sizeof(long));
        bool found = false;
        for (uint32_t i = 1; i < e->n; i++) {
            v[i - 1] = var_of(e, i, &c[i - 1]);
            if (!found && sym_eq(v[i - 1], x)) {
                c[i - 1]++;
                found = true;
            }
        }
        if (!found) {
            v[n] = x;
            c[n++] = 1;
        }
        return sym_derivative(e->args[0], n, v, c);
    }
    if (!sym_is_fn(e, SYM_FN_UNDEF))
        return NULL;
    for (uint32_t i = 0; i < e->n; i++)
        if (!sym_eq(e->args[i], x) && sym_has(e->args[i], x))
            return NULL;
    return sym_derivative(e, 1, &x, (long[]){1});
}

Sym *sym_derivative_eval(size_t n, Sym *const *args)
{
    for (size_t i = 1; i < n; i++) {
        Sym *a = args[i];
        if (a->kind == SYM_TUPLE && a->n == 2 && a->args[1]->kind == SYM_INTEGER)
            a = a->args[0];
        if (!sym_is_symbol(a))
            sym_raise(SYM_E_NOT_IMPLEMENTED, "substituting for the variable of a Derivative (sympy's Subs) is not supported");
    }
    return NULL;
}

Sym *sym_derivative_doit(Sym *d)
{
    if (!sym_is_fn(d, SYM_FN_DERIVATIVE))
        return d;
    Sym *f = d->args[0];
    for (uint32_t i = 1; i < d->n; i++) {
        long count;
        Sym *x = var_of(d, i, &count);
        for (long k = 0; k < count; k++)
            f = sym_diff(f, x);
    }
    return f;
}
