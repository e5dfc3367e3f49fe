/* solvers/sym_dsolve.h — dsolve(): ordinary differential equations in one unknown function.
 *
 * The equation is read as a linear one, sum a_k(x)*f^(k)(x) = g(x). Constant coefficients (any
 * order): the characteristic roots give the basis x**i*exp(a*x) (sin(b*x) and cos(b*x) for a
 * complex pair a +- b*I), and a right side made of terms x**k*exp(c*x)*sin|cos(d*x) gets its
 * particular solution by undetermined coefficients. First order otherwise: f' = q(x) by one
 * integration, f' + p(x)*f = q(x) with the integrating factor. The answer is put in sympy's
 * shape: terms collected by the basis functions (higher powers of x first), a common power of
 * exp(x) taken out of the sum, and the constants C1, C2, ... numbered in the order sympy's
 * constant_renumber meets them. Anything else raises NotImplementedError.
 */
#ifndef TIRBOX_SYM_DSOLVE_H
#define TIRBOX_SYM_DSOLVE_H

#include "solvers/sym.h"

/* dsolve(eq, fx): eq an expression (= 0) or Eq, fx the unknown f(x); Eq(f(x), solution). */
Sym *sym_dsolve(Sym *eq, Sym *fx);

/* The solution with its constants fixed by initial values f(x0) = v (keys[i] = f(x0)); raises
 * NotImplementedError for conditions on derivatives and ValueError when they cannot be met. */
Sym *sym_dsolve_ics(Sym *sol, Sym *fx, size_t n, Sym *const *keys, Sym *const *vals);

#endif
