/* solvers/sym_integrate.h — integrate(): antiderivatives in sympy's forms and definite integrals.
 *
 * Antiderivatives of polynomials in the variable (expanded first, as sympy answers them), of
 * constant multiples and sums, of powers of a linear function of x (log for the power -1), of
 * exp, sin, cos and c**x of a linear argument, and of 1/(x**2 + c) for c > 0. A definite
 * integral is the difference of the antiderivative's limits at the bounds. Integrands outside
 * these forms raise NotImplementedError instead of an unevaluated Integral.
 */
#ifndef TIRBOX_SYM_INTEGRATE_H
#define TIRBOX_SYM_INTEGRATE_H

#include "solvers/sym.h"

/* integrate(f, x): an antiderivative in x. */
Sym *sym_integrate(Sym *f, Sym *x);

/* integrate(f, (x, a, b)); the bounds may be oo or -oo. */
Sym *sym_integrate_definite(Sym *f, Sym *x, Sym *a, Sym *b);

#endif
