/* solvers/sym_groebner.h — reduced Groebner bases of polynomial ideals over the rationals
 * (Buchberger's algorithm on FLINT's fmpq_mpoly), in sympy's lex, grlex and grevlex orders, in
 * the form sympy's groebner() gives them (domain ZZ: primitive integer polynomials; QQ: monic).
 */
#ifndef TIRBOX_SYM_GROEBNER_H
#define TIRBOX_SYM_GROEBNER_H

#include "solvers/sym.h"

typedef enum SymMonoOrder { SYM_ORDER_LEX, SYM_ORDER_GRLEX, SYM_ORDER_GREVLEX } SymMonoOrder;

/* The reduced Groebner basis of the polynomials fs in the generators gens (the first the most
 * significant), largest leading monomial first. Each element is a SYM_TUPLE of its terms in the
 * monomial order, largest first. *integral tells whether every coefficient of fs is an integer
 * (sympy's domain ZZ: the elements are then primitive integer polynomials with a positive
 * leading coefficient; otherwise monic). Raises for a non-polynomial or a coefficient that is
 * not rational. */
SymVec sym_groebner(const SymVec *fs, const SymVec *gens, SymMonoOrder order, bool *integral);

#endif
