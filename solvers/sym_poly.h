/* solvers/sym_poly.h — polynomial algebra on expressions through FLINT's multivariate
 * polynomials over Q: factor, cancel, together, gcd/lcm, polynomial division, and the
 * coefficients of an expression as a polynomial in one symbol.
 *
 * An expression is read as a polynomial the way sympy's Poly does it: its terms' factors that
 * are not rational numbers become generators (symbols, sqrt(2), sin(x), 1/x ...), ordered as
 * sympy orders generators (x, y, z first, then p..w, then a..o, then the rest by name), so that
 * sign normalisation (a positive leading coefficient in lex order) matches sympy's.
 */
#ifndef TIRBOX_SYM_POLY_H
#define TIRBOX_SYM_POLY_H

#include "solvers/sym.h"

/* factor(e) over the rationals (multivariate). */
Sym *sym_factor(Sym *e);

/* factor_list(e): the constant and parallel lists of factors and multiplicities. */
Sym *sym_factor_list(Sym *e, SymVec *factors, SymVec *mults);

/* cancel(e): numerator and denominator without common factors. */
Sym *sym_cancel(Sym *e);

/* together(e): a sum brought over a common denominator, factors kept (gcd_terms). */
Sym *sym_together(Sym *e);

/* gcd_terms(terms): the sum of the terms with common factors and denominators pulled out. */
Sym *sym_gcd_terms(size_t n, Sym *const *terms);

/* gcd(a, b) of polynomials (or rationals). */
Sym *sym_gcd(Sym *a, Sym *b);

/* lcm(a, b) of polynomials (or rationals). */
Sym *sym_lcm(Sym *a, Sym *b);

/* Quotient and remainder of f by g in f's and g's generators, reducing by g's leading term in
 * lex order (as reduced() and a Poly's div do). */
void sym_poly_divide(Sym *f, Sym *g, Sym **quo, Sym **rem);

/* div(f, g) without generators: sympy's recursive division in the first generator, which stops
 * where a leading coefficient does not divide (errors as sym_poly_divide). */
void sym_poly_div(Sym *f, Sym *g, Sym **quo, Sym **rem);

/* The resultant of the polynomials a and b with respect to x, or NULL when they are not
 * polynomials (with rational coefficients) containing x. */
Sym *sym_resultant(Sym *a, Sym *b, Sym *x);

/* The coefficients of e as a polynomial in x, highest degree first, each free of x; false
 * when e is not a polynomial in x. */
bool sym_poly_coeffs(Sym *e, Sym *x, SymVec *coeffs);

/* The generators sympy would choose for e, in sympy's order. */
SymVec sym_poly_gens(Sym *e);

/* Sorts generators into sympy's order (x, y, z, then p..w, a..o, then the others by name). */
void sym_sort_gens(SymVec *v);

#endif
