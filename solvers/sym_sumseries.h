/* solvers/sym_sumseries.h — infinite sums of the classical series that sympy knows in closed
 * form, from an integer lower bound:
 *
 *   P(k)*c**k/(k + s)!     exp(c) times a polynomial in c (falling factorials of P by Stirling
 *                          numbers), c a number (or P = 1, k over symbolic c: exp(c), c*exp(c))
 *   c**k/(k + s)           -log(1 - c) for a number |c| <= 1, c != 1
 *   (-1)**k/(2*k + 2*s+1)  pi/4
 *   1/(k + s)**m           zeta(m); with (-1)**k, dirichlet_eta(m)
 *   1/(2*k + 2*s+1)**m     (zeta(m) + dirichlet_eta(m))/2 (pi**m rationals for even m)
 *
 * each scaled to the term's linear denominator and less the terms before the bound.
 */
#ifndef TIRBOX_SYM_SUMSERIES_H
#define TIRBOX_SYM_SUMSERIES_H

#include "solvers/sym.h"

/* The sum of f over k from a to oo in one of the forms above, or NULL. */
Sym *sym_sum_series(Sym *f, Sym *k, Sym *a);

#endif
