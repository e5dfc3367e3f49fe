/* solvers/sym_nsolve.c — numerical roots by Newton's method (see sym_nsolve.h). */
#include "solvers/sym_nsolve.h"

#include <math.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"

#define MAX_STEPS 100

_Noreturn static void no_root(void)
{
    sym_raise(SYM_E_VALUE, "Could not find root within given tolerance.\nTry another starting point or tweak arguments.");
}

/* The magnitude of a numeric value as a double (infinity when it is not a number). */
static double magnitude(Sym *v)
{
    double re, im;
    return sym_eval_complex(v, &re, &im) ? hypot(re, im) : INFINITY;
}

static Sym *value_at(Sym *e, size_t n, Sym *const *xs, Sym **x, long dps)
{
    Sym *v = sym_evalf(sym_subs_many(e, n, xs, x, true), dps);
    if (!sym_is_number(v))
        no_root();
    return v;
}

void sym_nsolve(size_t n, Sym *const *fs, Sym *const *xs, Sym *const *x0, long dps, Sym **out)
{
    long work = dps + 15;
    Sym **x = gc_alloc(n * sizeof(Sym *)), **jac = gc_alloc(n * n * sizeof(Sym *));
    Sym **jv = gc_alloc(n * n * sizeof(Sym *)), **fv = gc_alloc(n * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        x[i] = sym_evalf(x0[i], work);
        for (size_t j = 0; j < n; j++)
            jac[i * n + j] = sym_diff(fs[i], xs[j]);
    }
    double tol = pow(10.0, -(double)(dps + 3));
    bool done = false;
    for (int step = 0; step < MAX_STEPS && !done; step++) {
        budget_tick();
        for (size_t i = 0; i < n; i++) {
            fv[i] = value_at(fs[i], n, xs, x, work);
            for (size_t j = 0; j < n; j++)
                jv[i * n + j] = value_at(jac[i * n + j], n, xs, x, work);
        }
        Sym **dx = fv;
        if (n == 1) {
            if (magnitude(jv[0]) == 0)
                no_root();
            dx[0] = sym_div(fv[0], jv[0]);
        } else {
            Sym *d = sym_matrix_solve(sym_matrix(n, n, jv), sym_matrix(n, 1, fv));
            dx = d->args;
        }
        done = true;
        for (size_t i = 0; i < n; i++) {
            x[i] = sym_evalf(sym_sub(x[i], dx[i]), work);
            double m = magnitude(x[i]);
            done &= magnitude(dx[i]) <= tol * (m > 1 ? m : 1);
        }
    }
    for (size_t i = 0; i < n; i++)
        if (!done || magnitude(value_at(fs[i], n, xs, x, work)) > pow(10.0, -(double)dps / 2))
            no_root();
    for (size_t i = 0; i < n; i++)
        out[i] = sym_evalf(x[i], dps);
}
