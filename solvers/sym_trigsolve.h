/* solvers/sym_trigsolve.h — solveset's answers for equations in one trigonometric function of
 * a linear argument (2*sin(x) - 1, cos(2*x + pi/3), 2*sin(x)**2 - sin(x) - 1): the solutions as
 * arithmetic progressions Q*n + c over the integers (sympy's ImageSets), with c reduced into
 * [0, Q) and listed in sympy's order, and the points of such progressions in an interval. */
#ifndef TIRBOX_SYM_TRIGSOLVE_H
#define TIRBOX_SYM_TRIGSOLVE_H

#include "solvers/sym.h"

typedef enum { SYM_TRIG_UNSOLVED, SYM_TRIG_SOLVED, SYM_TRIG_CONDITION } SymTrigResult;

/* Where solveset looks: all complex numbers, all reals (lo == NULL) or the interval lo..hi. */
typedef struct SymTrigDomain {
    bool real;
    Sym *lo, *hi;
    bool lopen, ropen;
} SymTrigDomain;

/* f(x) = 0 as sympy's solveset solves it when f is a polynomial in one of sin, cos, tan, cot,
 * sec, csc of a*x + b (a rational): SOLVED with the progressions Q*n + c (n the integer Dummy
 * *n) in *bodies, in the order sympy's Union lists them; CONDITION when sympy answers
 * ConditionSet(x, *cond, domain); UNSOLVED for any other f. */
SymTrigResult sym_solve_trig(Sym *f, Sym *x, const SymTrigDomain *d, Sym **n, SymVec *bodies, Sym **cond);

/* body = q*n + c (q, c real numbers, n an integer) as sympy's imageset over the integers
 * writes it: |q|*n + (c reduced into [0, |q|)); NULL when body is not such a progression. */
Sym *sym_periodic_canonical(Sym *body, Sym *n);

/* Appends to out the solutions in lo..hi of f(x) = 0 for f a polynomial in sines and cosines
 * of rational multiples of x whose solutions are rational multiples of pi (sin(x) + cos(x),
 * sin(2*x) - cos(x)); false for any other f or interval. */
bool sym_solve_trig_points(Sym *f, Sym *x, Sym *lo, Sym *hi, bool lopen, bool ropen, SymVec *out);

/* Appends to out the values of body = Q*n + c (Q > 0 and c real numbers, n an integer) lying in
 * lo..hi (an end excluded when open); false when body is not such a progression or lo..hi is not
 * a bounded interval holding a reasonable number of them. */
bool sym_periodic_points(Sym *body, Sym *n, Sym *lo, Sym *hi, bool lopen, bool ropen, SymVec *out);

#endif
