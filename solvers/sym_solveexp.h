/* solvers/sym_solveexp.h — exponential equations in one unknown: sums of terms c*a**(m*x + s)
 * whose bases a are positive rationals that are powers of one base, solved as sympy 1.14's
 * _tsolve does (one power a**g(x) = b inverted through exp(g*log(a)), with all its complex
 * branches and sympy's rational-exponent guess; several powers rewritten in the common base and
 * factored, each factor solved as one power).
 */
#ifndef TIRBOX_SYM_SOLVEEXP_H
#define TIRBOX_SYM_SOLVEEXP_H

#include "solvers/sym.h"

/* Candidate roots of the expanded equation ex = 0 in x, appended to out (unsorted, unchecked,
 * each simplified). False (out untouched) when ex is not such an exponential equation. */
bool sym_solveexp(Sym *ex, Sym *x, SymVec *out);

#endif
