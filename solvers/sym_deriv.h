/* solvers/sym_deriv.h — sympy's unevaluated Derivative(expr, x, (y, 2), ...).
 *
 * The node is SYM_FN_DERIVATIVE with the arguments as sympy prints them: the expression, then
 * per variable the symbol alone (once) or Tuple(symbol, count); adjacent repeats of a variable
 * are merged and zero counts dropped. diff() of an applied undefined function f(x) is
 * Derivative(f(x), x), and diff() of a Derivative counts the variable up, as in sympy.
 */
#ifndef TIRBOX_SYM_DERIV_H
#define TIRBOX_SYM_DERIV_H

#include "solvers/sym.h"

/* Derivative(expr, (vars[i], counts[i])...) unevaluated; expr itself when no count is left. */
Sym *sym_derivative(Sym *expr, size_t n, Sym *const *vars, const long *counts);

/* The derivative in x of an applied undefined function or of a Derivative node, or NULL when
 * x occurs in it other than as a whole argument (sympy's Subs, not supported). */
Sym *sym_derivative_diff(Sym *e, Sym *x);

/* The evaluation of a rebuilt Derivative node (after subs): NULL to keep it, NotImplementedError
 * when a variable became something other than a symbol (sympy's Subs). */
Sym *sym_derivative_eval(size_t n, Sym *const *args);

/* Derivative(...).doit(): the derivatives taken. */
Sym *sym_derivative_doit(Sym *d);

#endif
