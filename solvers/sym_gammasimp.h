/* solvers/sym_gammasimp.h — gammasimp() and combsimp(): products of gamma functions,
 * factorials and binomials simplified, term by term.
 *
 * In each product, factorial(a) is gamma(a + 1) and binomial(n, k) is
 * gamma(n + 1)/(gamma(k + 1)*gamma(n - k + 1)) (a polynomial when k is a small integer). A
 * gamma above the fraction bar and one below whose arguments differ by an integer cancel to a
 * product of linear factors; a factor equal to a (or a - 1) joins gamma(a) above (below) the
 * bar; gamma(a)*gamma(1 - a) is pi/sin(pi*a). What cancels is factored; the gammas left keep
 * the form they came in (combsimp) or become gamma (gammasimp). Other ratios (the duplication
 * formula, arguments with fractional offsets) are left as they are.
 */
#ifndef TIRBOX_SYM_GAMMASIMP_H
#define TIRBOX_SYM_GAMMASIMP_H

#include "solvers/sym.h"

/* gammasimp(e). */
Sym *sym_gammasimp(Sym *e);

/* combsimp(e). */
Sym *sym_combsimp(Sym *e);

/* True when e contains gamma, factorial or binomial. */
bool sym_has_gamma_like(Sym *e);

#endif
