/* solvers/sym_nsolve.h — nsolve(): numerical roots of equations and square systems by Newton's
 * method on exact derivatives, evaluated in MPFR Floats with guard digits, answered as Floats of
 * the requested precision (15 digits by default, as sympy). A start from which the iteration
 * does not converge to a root raises ValueError, as sympy's does. */
#ifndef TIRBOX_SYM_NSOLVE_H
#define TIRBOX_SYM_NSOLVE_H

#include "solvers/sym.h"

/* The root of the n equations fs (expressions equal to zero) in the n unknowns xs nearest to
 * the start values x0 (Newton's method), written into out as Floats of dps digits. */
void sym_nsolve(size_t n, Sym *const *fs, Sym *const *xs, Sym *const *x0, long dps, Sym **out);

#endif
