/* solvers/sym_apart.h — partial fractions of a rational function of one variable with rational
 * coefficients (sympy's apart, full=False), on FLINT's polynomials over Q.
 */
#ifndef TIRBOX_SYM_APART_H
#define TIRBOX_SYM_APART_H

#include "solvers/sym.h"

/* apart(f, x): the polynomial part plus, for each irreducible factor q**k of the denominator,
 * the terms c_i/q**i (deg c_i < deg q), each put through factor() as sympy's apart does; NULL
 * when f is not a rational function of x with rational coefficients. */
Sym *sym_apart(Sym *f, Sym *x);

#endif
