/* solvers/sym_nsolve.h — nsolve(): numerical roots as sympy's nsolve finds them with mpmath's
 * findroot. One equation: the secant method from the start (and the start + 1/4, or a second
 * start), or Newton's or bisection when asked; a system: Newton's method with step halving
 * (mpmath's MDNewton) on the exact Jacobian. The iteration runs 20 bits above the requested
 * precision with mpmath's tolerance and step limits, the root is verified as mpmath verifies it
 * (the same ValueError texts), and the answer is given as Floats of the requested digits. */
#ifndef TIRBOX_SYM_NSOLVE_H
#define TIRBOX_SYM_NSOLVE_H

#include "solvers/sym.h"

typedef enum { SYM_NSOLVE_SECANT, SYM_NSOLVE_NEWTON, SYM_NSOLVE_BISECT } SymNsolveSolver;

/* An nsolve problem. */
typedef struct SymNsolve {
    size_t n;                       /* equations (expressions equal to zero) and unknowns */
    Sym *const *fs, *const *xs;
    size_t nstart;                  /* start values: n of them, or 1 or 2 for one equation */
    Sym *const *x0;
    long dps;                       /* digits of the answer (mpmath's mp.dps) */
    bool multidimensional;          /* a system, also one equation given as a list: MDNewton */
    SymNsolveSolver solver;         /* for one equation */
    double tol;                     /* 0: mpmath's default */
    int maxsteps;                   /* 0: the solver's default */
    bool verify;                    /* check |f|**2 <= tol at the end */
} SymNsolve;

/* Solves q, writing the n roots into out as Floats of q->dps digits. */
void sym_nsolve(const SymNsolve *q, Sym **out);

#endif
