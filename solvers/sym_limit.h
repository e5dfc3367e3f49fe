/* solvers/sym_limit.h — limit(e, x, a): limits of the expressions math programs take them of.
 *
 * At a finite point an expression continuous there is evaluated; a removable singularity is
 * cancelled first; a pole of a rational function gives oo or -oo by the side and the sign of the
 * rest. At oo and -oo: rational functions by their degrees and leading coefficients; sums,
 * products and powers from the limits of their parts when those determine the result; exp and
 * log of such. Anything else raises NotImplementedError rather than guessing.
 */
#ifndef TIRBOX_SYM_LIMIT_H
#define TIRBOX_SYM_LIMIT_H

#include "solvers/sym.h"

/* limit(e, x, a, dir): dir is +1 for the limit from above ('+', sympy's default), -1 from
 * below, 0 for both sides (they must agree). a may be oo or -oo. */
Sym *sym_limit(Sym *e, Sym *x, Sym *a, int dir);

#endif
