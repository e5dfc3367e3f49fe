/* solvers/sym_limit.h — limit(e, x, a): limits of the expressions math programs take them of.
 *
 * At a finite point an expression continuous there is evaluated; a removable singularity is
 * cancelled first; 0/0 goes to L'Hopital's rule and a pole of a quotient gives oo or -oo by the
 * side and the sign of the rest (tan, cot, sec, csc written through sin and cos first); sign,
 * floor and ceiling take the side of their jump; anything else indeterminate (x*log(x),
 * exp(1/x), Abs(x)/x, (1 + x)**(1/x)) becomes a limit at infinity through x = a +- 1/t. At oo
 * and -oo: rational functions by their degrees and leading coefficients; expressions of powers,
 * exponentials, logs, factorials (Stirling), binomials and x**x by their leading terms
 * c*x**k*exp(l*x + f*x*log(x)), rationalising a cancelling sum
 * with a square root (sqrt(x**2 + x) - x); sums, products and powers from the limits of their
 * parts, 0*oo as a quotient for L'Hopital, oo - oo by combining logarithms or by the fastest
 * growing term; sin and cos of an infinite argument as bounded factors; functions evaluated at
 * the limits of their arguments (atan(oo), erf(oo)). Anything else raises NotImplementedError
 * rather than guessing.
 */
#ifndef TIRBOX_SYM_LIMIT_H
#define TIRBOX_SYM_LIMIT_H

#include "solvers/sym.h"

/* limit(e, x, a, dir): dir is +1 for the limit from above ('+', sympy's default), -1 from
 * below, 0 for both sides (they must agree). a may be oo or -oo. */
Sym *sym_limit(Sym *e, Sym *x, Sym *a, int dir);

#endif
