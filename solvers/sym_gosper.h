/* solvers/sym_gosper.h — Gosper's algorithm: the closed form of a sum of a hypergeometric term
 * whose antidifference is a hypergeometric term too (sympy's gosper_sum).
 *
 * The term must be built from k alone (no other symbols): rational functions of k, c**(a*k + b)
 * with rational c and integer a, factorial, gamma and binomial of integer-linear arguments, and
 * integer powers of these. Its ratio t(k+1)/t(k) is brought to Gosper's normal form
 * Z*A(k)/B(k)*C(k+1)/C(k) on FLINT's polynomials over Q, and Gosper's equation is solved for a
 * polynomial by undetermined coefficients within the degree bound.
 */
#ifndef TIRBOX_SYM_GOSPER_H
#define TIRBOX_SYM_GOSPER_H

#include "solvers/sym.h"

/* The sum of f for k from a to b (b may be oo: the limit of the antidifference), factored as
 * sympy's gosper_sum returns it; NULL when f is not such a term or not Gosper-summable. */
Sym *sym_gosper_sum(Sym *f, Sym *k, Sym *a, Sym *b);

#endif
