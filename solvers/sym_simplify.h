/* solvers/sym_simplify.h — simplify() and the measures and rewrites it is built from.
 *
 * simplify() follows sympy's strategy: try cancel, together and their expanded variants, keep
 * the candidate with the fewest operations (count_ops; ties keep the earlier candidate),
 * rationalise a denominator that is a sum with square roots, pull a minus sign out of a
 * fraction, and give up (returning the input) when the result is much longer than the input.
 */
#ifndef TIRBOX_SYM_SIMPLIFY_H
#define TIRBOX_SYM_SIMPLIFY_H

#include "solvers/sym.h"

/* simplify(e) */
Sym *sym_simplify(Sym *e);

/* factor_terms(e): common factors and rational content pulled out of sums, recursively. */
Sym *sym_factor_terms(Sym *e);

/* signsimp(e): sums that can give up a minus sign do, where the sign can leave them. */
Sym *sym_signsimp(Sym *e);

/* count_ops(e): sympy's operation count (visual=False). */
long sym_count_ops(Sym *e);

/* nsimplify(e, rational=True): every Float replaced by the exact rational of its decimal digits. */
Sym *sym_rationalize_floats(Sym *e);

/* The exact rational of a Float's printed decimal digits (0.1 -> 1/10). */
Sym *sym_float_decimal(Sym *f);

/* True when e contains a Float. */
bool sym_has_float(Sym *e);

#endif
