/* solvers/sym_relsimp.h — simplify() of a relation and its canonical form, as sympy has them.
 *
 * sym_simplify_rel follows Relational._eval_simplify (with Equality's and Unequality's additions):
 * both sides simplified; a relation between numbers decided; then, with one symbol, a linear
 * relation written as x op value (a polynomial one as terms op constant, the terms' common factor
 * divided out); with several symbols, a linear one as sum op constant in lowest terms; the
 * canonical form; and the input kept when the result is not shorter (count_ops ratio 1.7).
 */
#ifndef TIRBOX_SYM_RELSIMP_H
#define TIRBOX_SYM_RELSIMP_H

#include "solvers/sym.h"

/* simplify() of a relation node (Eq, Ne, <, <=, >, >=): a relation or True/False. */
Sym *sym_simplify_rel(Sym *r);

/* Relational.canonical: a number on the right, arguments in sympy's order, no leading minus. */
Sym *sym_rel_canonical(Sym *r);

/* sympy's linear_coeffs(e, *xs): the coefficients of xs into coeffs[0..n-1] (zero when absent)
 * and the constant term into *constant; false when e is not linear in xs. */
bool sym_linear_coeffs(Sym *e, size_t n, Sym *const *xs, Sym **coeffs, Sym **constant);

#endif
