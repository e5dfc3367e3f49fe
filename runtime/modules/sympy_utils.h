/* runtime/modules/sympy_utils.h — smaller names of the sympy namespace: Lambda (an anonymous
 * function object: Lambda(x, x**2)(3) == 9), Derivative's constructor (the node is the engine's,
 * solvers/sym_deriv.h), Limit (unevaluated, doit()), prod, num_digits, ordered, gcd_terms,
 * factor_terms, nfloat, ratsimp, sqrtdenest (square roots of a + b*sqrt(c)), linear_eq_to_matrix,
 * Q and ask (the engine's assumptions of an expression, without context) and the
 * single-hint expansions expand_multinomial, expand_power_exp and expand_trig; and the
 * placeholders: every other name of sympy 1.14's __all__ is bound to an object that raises
 * NotImplementedError naming it when it is used, so that an import of a name a program never
 * calls still works and a call fails clearly. */
#ifndef TIRBOX_SYMPY_UTILS_H
#define TIRBOX_SYMPY_UTILS_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

/* Adds the functions and Lambda to the module. */
void sympy_utils_init(Obj *module);

/* The variable and expression of a Lambda of one variable; false for anything else. */
bool sympy_lambda_parts(Obj *o, Sym **var, Sym **expr);

/* latex() of an unevaluated Limit as sympy writes it, or NULL when o is not one. */
const char *sympy_limit_latex(Obj *o);

/* Binds each name of sympy's __all__ the module still lacks to a placeholder; runs last. */
void sympy_utils_placeholders(Obj *module);

#endif
