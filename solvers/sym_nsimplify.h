/* solvers/sym_nsimplify.h — nsimplify(): a number's simple closed form (1/3 for
 * 0.333333333333, sqrt(2) for 1.4142135623731, pi/6 given pi) found as sympy finds it, by integer
 * relations (PSLQ) between a transform of the value (x*c, x**2, exp(x), log(x)...) and the
 * given constants, or a quadratic with small coefficients, or a product of powers of 2, 3, 5
 * and 7; otherwise Floats become the rationals of their decimal digits. */
#ifndef TIRBOX_SYM_NSIMPLIFY_H
#define TIRBOX_SYM_NSIMPLIFY_H

#include "solvers/sym.h"

/* How nsimplify's `rational` argument was given. */
typedef enum SymRationalArg { SYM_RATIONAL_NONE, SYM_RATIONAL_FALSE, SYM_RATIONAL_TRUE } SymRationalArg;

/* nsimplify(e, constants, tolerance, rational=..., rational_conversion='exact' when exact):
 * tol <= 0 means no tolerance given; a constant that is not real raises ValueError. */
Sym *sym_nsimplify(Sym *e, size_t nconst, Sym *const *consts, double tol, SymRationalArg rational,
                   bool exact);

#endif
