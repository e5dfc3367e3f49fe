/* solvers/sym_expand.h — expand(): products distributed over sums, integer powers of sums
 * multiplied out, powers with a sum in the exponent split (x**(a + b) -> x**a*x**b), and logs of
 * positive products split. Sizes that cannot be expanded in reasonable time are refused up front.
 */
#ifndef TIRBOX_SYM_EXPAND_H
#define TIRBOX_SYM_EXPAND_H

#include "solvers/sym.h"

/* sympy's expand(e) with the default hints. */
Sym *sym_expand(Sym *e);

/* sympy's expand_log(e): only the logarithms expanded. */
Sym *sym_expand_log(Sym *e);

/* expand_log(e, force=True): the logarithms expanded whatever the signs of their factors. */
Sym *sym_expand_log_force(Sym *e);

/* sympy's expand_mul(e): only products distributed over sums (recursively). */
Sym *sym_expand_mul(Sym *e);

#endif
