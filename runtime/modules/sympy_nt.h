/* runtime/modules/sympy_nt.h — the sympy namespace's further number-theory and combinatorial
 * functions (primorial, proper_divisors, is_perfect, sqrt_mod, discrete_log, continued fractions,
 * egyptian_fraction, multinomial_coefficients, real_root ...) and the aliases rf, ff and
 * npartitions, with sympy's choice of Python int or Integer results. */
#ifndef TIRBOX_SYMPY_NT_H
#define TIRBOX_SYMPY_NT_H

#include "runtime/lang/obj.h"

/* Adds the functions to the module (after sympy_expr_init, whose classes the aliases name). */
void sympy_nt_init(Obj *module);

#endif
