/* solvers/sym_powsimp.h — powsimp(): powers with a common base or a common exponent combined.
 *
 * Owns sympy's powsimp rewrite (combine='exp': exponents of a common base added, numeric
 * coefficients folded into a rational base's exponent; combine='base': numeric coefficients of
 * exponents moved into the base, bases under one exponent multiplied when the assumptions allow).
 */
#ifndef TIRBOX_SYM_POWSIMP_H
#define TIRBOX_SYM_POWSIMP_H

#include "solvers/sym.h"

typedef enum { SYM_POWSIMP_ALL, SYM_POWSIMP_EXP, SYM_POWSIMP_BASE } SymPowsimpCombine;

/* powsimp(e, deep, combine, force) */
Sym *sym_powsimp(Sym *e, bool deep, SymPowsimpCombine combine, bool force);

/* expand_power_exp(e): a**(m + n) -> a**m*a**n (when a is nonzero or the terms share a sign),
 * exp(m + n) -> exp(m)*exp(n), everywhere in e. */
Sym *sym_expand_power_exp(Sym *e);

#endif
