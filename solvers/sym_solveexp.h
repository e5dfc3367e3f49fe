/* solvers/sym_solveexp.h — exponential equations in one unknown: sums of terms c*a**(m*x + s)
 * whose bases a are positive rationals that are powers of one base, solved as sympy 1.14's
 * _tsolve does (one power a**g(x) = b inverted through exp(g*log(a)), with all its complex
 * branches and sympy's rational-exponent guess; several powers rewritten in the common base and
 * factored, each factor solved as one power); sums of logs combined into one.
 */
#ifndef TIRBOX_SYM_SOLVEEXP_H
#define TIRBOX_SYM_SOLVEEXP_H

#include "solvers/sym.h"

/* Candidate roots of the expanded equation ex = 0 in x, appended to out (unsorted, unchecked,
 * each simplified). False (out untouched) when ex is not such an exponential equation. */
bool sym_solveexp(Sym *ex, Sym *x, SymVec *out);

/* A sum of x-free multiples of two or more logs, k*sum(c_i*log(g_i)) + r = 0 with rational c_i,
 * as the equation prod(g_i**c_i) - exp(-r/k) = 0 (sympy's logcombine in _tsolve); its roots
 * include the original's. NULL when ex is not of this kind. */
Sym *sym_solveexp_logs(Sym *ex, Sym *x);

#endif
