/* solvers/sym_radsimp.h — radsimp(): denominators freed of square roots.
 *
 * Owns sympy's radsimp: the denominator's terms grouped by the square roots they hold, multiplied
 * by the conjugate that clears them (one to three radicals, repeatedly), then the numerator
 * multiplied out over the rational denominator in sympy's printed form.
 */
#ifndef TIRBOX_SYM_RADSIMP_H
#define TIRBOX_SYM_RADSIMP_H

#include "solvers/sym.h"

/* radsimp(e, symbolic, max_terms): symbolic=false leaves denominators with symbols alone;
 * max_terms bounds the radicals a denominator may hold. */
Sym *sym_radsimp(Sym *e, bool symbolic, int max_terms);

#endif
