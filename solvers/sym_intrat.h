/* solvers/sym_intrat.h — antiderivatives of rational functions with rational coefficients, in
 * the forms sympy's ratint prints.
 *
 * The integrand is brought to p/q over Z as sympy's Poly.cancel does (the numeric factor kept
 * apart), the polynomial part integrated, the repeated factors of q removed by Hermite
 * reduction (a rational part A/u, u = gcd(q, q')), and the squarefree rest written as
 * sum c*log(h): roots sharing a rational residue c give one log of their monic product (of q's
 * primitive part when all roots share it), a quadratic factor with complex residues a log and an
 * atan, one with real irrational roots a log per root.
 */
#ifndef TIRBOX_SYM_INTRAT_H
#define TIRBOX_SYM_INTRAT_H

#include "solvers/sym.h"

/* The antiderivative of the rational function f in x, or NULL when f is not one with rational
 * coefficients; raises NotImplementedError for log parts beyond the forms above. */
Sym *sym_intrat(Sym *f, Sym *x);

#endif
