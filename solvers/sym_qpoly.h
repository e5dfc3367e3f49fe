/* solvers/sym_qpoly.h — univariate polynomials over the rationals as FLINT fmpq_poly, read from
 * and written back to expressions, for the algorithms that work on one variable with rational
 * coefficients (partial fractions, Gosper's summation).
 */
#ifndef TIRBOX_SYM_QPOLY_H
#define TIRBOX_SYM_QPOLY_H

#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly_factor.h>

#include "solvers/sym.h"

/* e as a polynomial in x with rational coefficients into p (initialised by the caller); false
 * when e is not one. */
bool sym_qpoly_read(fmpq_poly_t p, Sym *e, Sym *x);

/* The expression of p in x. */
Sym *sym_qpoly_expr(const fmpq_poly_t p, Sym *x);

/* e = num/den as polynomials in x with rational coefficients (both initialised by the caller,
 * den nonzero); false when e is not such a rational function. */
bool sym_qpoly_read_fraction(fmpq_poly_t num, fmpq_poly_t den, Sym *e, Sym *x);

/* The irreducible factors over Z of p's numerator with their multiplicities, into fac
 * (initialised by the caller). */
void sym_qpoly_factor(fmpz_poly_factor_t fac, const fmpq_poly_t p);

/* p(x + h) into r. */
void sym_qpoly_shift(fmpq_poly_t r, const fmpq_poly_t p, long h);

#endif
