/* solvers/sym_nsolve.c — numerical roots as mpmath's findroot (see sym_nsolve.h). */
#include "solvers/sym_nsolve.h"

#include <math.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"

/* The problem at the working precision: the functions, the unknowns, the digits. */
typedef struct Problem {
    size_t n;
    Sym *const *fs, *const *xs;
    Sym **jac;              /* the Jacobian, row-major (MDNewton and Newton) */
    long wdps;              /* digits of the working precision (the caller's + 20 bits) */
} Problem;

/* The magnitude of a numeric value as a double (infinity when it is not a number). */
static double magnitude(Sym *v)
{
    double re, im;
    return sym_eval_complex(v, &re, &im) ? hypot(re, im) : INFINITY;
}

static Sym *value_at(const Problem *p, Sym *e, Sym *const *x)
{
    Sym *v = sym_evalf(sym_subs_many(e, p->n, p->xs, x, true), p->wdps);
    if (!sym_is_number(v))
        sym_raise(SYM_E_TYPE, "cannot create mpf from %s", sym_str(v));
    return v;
}

static Sym *at_precision(const Problem *p, Sym *v) { return sym_evalf(v, p->wdps); }

/* mpmath's Secant: from x0 (and x0 + 1/4, or the second start), x1 - f(x1)*(x1 - x0)/(f(x1) -
 * f(x0)); the error of a step is the length of the one before. Returns the steps taken. */
static int secant(const Problem *p, Sym *const *start, size_t nstart, double tol, int maxsteps, Sym **x)
{
    Sym *x0 = at_precision(p, start[0]);
    Sym *x1 = at_precision(p, nstart > 1 ? start[1] : sym_add(x0, sym_rat(1, 4)));
    Sym *f0 = value_at(p, p->fs[0], &x0);
    int steps = 0;
    for (;;) {
        budget_tick();
        Sym *f1 = value_at(p, p->fs[0], &x1), *l = at_precision(p, sym_sub(x1, x0));
        double dl = magnitude(l);
        if (dl == 0)
            break;
        Sym *s = at_precision(p, sym_div(sym_sub(f1, f0), l));
        if (magnitude(s) == 0)
            break;
        x0 = x1;
        x1 = at_precision(p, sym_sub(x1, sym_div(f1, s)));
        f0 = f1;
        *x = x1;
        double m = magnitude(x1);
        if (++steps >= maxsteps || dl < tol * (m > 1 ? m : 1))
            break;
    }
    return steps;
}

/* mpmath's Newton: x - f(x)/f'(x), the error being the length of the step. */
static int newton(const Problem *p, Sym *const *start, double tol, int maxsteps, Sym **x)
{
    Sym *x0 = at_precision(p, start[0]);
    int steps = 0;
    for (;;) {
        budget_tick();
        Sym *d = value_at(p, p->jac[0], &x0);
        if (magnitude(d) == 0)
            break;
        Sym *x1 = at_precision(p, sym_sub(x0, sym_div(value_at(p, p->fs[0], &x0), d)));
        double err = magnitude(sym_sub(x1, x0)), m = magnitude(x1);
        x0 = *x = x1;
        if (++steps >= maxsteps || err < tol * (m > 1 ? m : 1))
            break;
    }
    return steps;
}

/* mpmath's Bisection on [a, b]: the half where f changes sign against f(b); the error is half
 * the previous width. */
static int bisection(const Problem *p, Sym *const *start, size_t nstart, double tol, int maxsteps, Sym **x)
{
    if (nstart != 2)
        sym_raise(SYM_E_VALUE, "expected interval of 2 points, got %zu", nstart);
    Sym *a = at_precision(p, start[0]), *b = at_precision(p, start[1]);
    Sym *fb = value_at(p, p->fs[0], &b);
    double width = magnitude(sym_sub(b, a));
    int steps = 0;
    for (;;) {
        budget_tick();
        Sym *m = at_precision(p, sym_div(sym_add(a, b), sym_int(2)));
        Sym *fm = value_at(p, p->fs[0], &m);
        int sign = sym_eval_sign(fm) * sym_eval_sign(fb);
        if (sign < 0) {
            a = m;
        } else if (sign > 0) {
            b = m;
            fb = fm;
        } else {   /* an exact root: mpmath yields it with error 0 */
            *x = m;
            return steps + 1;
        }
        width /= 2;
        Sym *mid = at_precision(p, sym_div(sym_add(a, b), sym_int(2)));
        double mm = magnitude(mid);
        *x = mid;
        if (++steps >= maxsteps || width < tol * (mm > 1 ? mm : 1))
            break;
    }
    return steps;
}

/* The largest magnitude of the values of the functions at x (mpmath's norm with p = inf). */
static double norm_at(const Problem *p, Sym *const *x, Sym **fv)
{
    double m = 0;
    for (size_t i = 0; i < p->n; i++) {
        fv[i] = value_at(p, p->fs[i], x);
        double v = magnitude(fv[i]);
        m = v > m ? v : m;
    }
    return m;
}

/* mpmath's MDNewton: the Newton step J(x)*s = -f(x), halved until the norm of f decreases;
 * the error of a step is that norm. */
static int mdnewton(const Problem *p, Sym *const *start, double tol, int maxsteps, Sym **x)
{
    size_t n = p->n;
    Sym **x0 = gc_alloc(n * sizeof(Sym *)), **x1 = gc_alloc(n * sizeof(Sym *));
    Sym **fv = gc_alloc(n * sizeof(Sym *)), **jv = gc_alloc(n * n * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        x0[i] = x[i] = at_precision(p, start[i]);
    double fnorm = norm_at(p, x0, fv);
    int steps = 0;
    bool cancel = false;
    while (!cancel) {
        budget_tick();
        for (size_t i = 0; i < n * n; i++)
            jv[i] = value_at(p, p->jac[i], x0);
        Sym **minus = gc_alloc(n * sizeof(Sym *));
        for (size_t i = 0; i < n; i++)
            minus[i] = sym_neg(fv[i]);
        Sym *s = sym_matrix_solve(sym_matrix(n, n, jv), sym_matrix(n, 1, minus));
        Sym *l = sym_one;
        for (;;) {
            budget_tick();
            bool same = true;
            for (size_t i = 0; i < n; i++) {
                x1[i] = at_precision(p, sym_add(x0[i], sym_mul(l, s->args[i])));
                same &= magnitude(sym_sub(x1[i], x0[i])) == 0;
            }
            if (same) {
                cancel = true;
                break;
            }
            double m = norm_at(p, x1, fv);
            if (m < fnorm) {
                fnorm = m;
                memcpy(x0, x1, n * sizeof(Sym *));
                break;
            }
            l = sym_div(l, sym_int(2));
        }
        memcpy(x, x0, n * sizeof(Sym *));
        double xm = 0;
        for (size_t i = 0; i < n; i++) {
            double v = magnitude(x0[i]);
            xm = v > xm ? v : xm;
        }
        if (++steps >= maxsteps || fnorm < tol * (xm > 1 ? xm : 1))
            break;
    }
    return steps;
}

void sym_nsolve(const SymNsolve *q, Sym **out)
{
    long prec = sym_dps_to_prec(q->dps), wprec = prec + 20;
    Problem p = {q->n, q->fs, q->xs, NULL, sym_prec_to_dps(wprec)};
    bool multi = q->multidimensional;
    if (multi || q->solver == SYM_NSOLVE_NEWTON) {
        p.jac = gc_alloc(q->n * q->n * sizeof(Sym *));
        for (size_t i = 0; i < q->n; i++)
            for (size_t j = 0; j < q->n; j++)
                p.jac[i * q->n + j] = sym_diff(q->fs[i], q->xs[j]);
    }
    /* mpmath's default tolerance: its epsilon at the working precision times 2**10 */
    double tol = q->tol > 0 ? q->tol : ldexp(1.0, (int)(11 - wprec));
    Sym **fv = gc_alloc(q->n * sizeof(Sym *)), **x = gc_alloc(q->n * sizeof(Sym *));
    for (size_t i = 0; i < q->n; i++)
        x[i] = at_precision(&p, q->x0[i]);
    if (norm_at(&p, x, fv) == 0) {   /* the start is a root */
        for (size_t i = 0; i < q->n; i++)
            out[i] = sym_evalf(x[i], q->dps);
        return;
    }
    int steps;
    if (multi)
        steps = mdnewton(&p, q->x0, tol, q->maxsteps ? q->maxsteps : 10, x);
    else if (q->solver == SYM_NSOLVE_NEWTON)
        steps = newton(&p, q->x0, tol, q->maxsteps ? q->maxsteps : 20, x);
    else if (q->solver == SYM_NSOLVE_BISECT)
        steps = bisection(&p, q->x0, q->nstart, tol, q->maxsteps ? q->maxsteps : 100, x);
    else
        steps = secant(&p, q->x0, q->nstart, tol, q->maxsteps ? q->maxsteps : 30, x);
    if (!steps)
        sym_raise(SYM_E_VALUE, "Could not find root using the given solver.\nTry another starting point or tweak arguments.");
    if (q->verify) {
        double m = norm_at(&p, x, fv);
        if (m * m > tol) {
            Sym *big = sym_zero;
            for (size_t i = 0; i < q->n; i++) {
                Sym *a = at_precision(&p, sym_fn1(SYM_FN_ABS, fv[i]));
                if (magnitude(a) >= magnitude(big))
                    big = a;
            }
            mpfr_t t;
            mpfr_init2(t, wprec);
            mpfr_set_ui_2exp(t, 1, (mpfr_exp_t)(11 - wprec), MPFR_RNDN);
            char *tt = sym_float_text(t, p.wdps, true);
            mpfr_clear(t);
            Sym *sq = at_precision(&p, sym_mul(big, big));
            sym_raise(SYM_E_VALUE, "Could not find root within given tolerance. (%s > %s)\nTry another starting point or tweak arguments.",
                      sq->kind == SYM_FLOAT ? sym_float_text(sq->v.f, p.wdps, true) : sym_str(sq), tt);
        }
    }
    for (size_t i = 0; i < q->n; i++)
        out[i] = sym_evalf(x[i], q->dps);
}
