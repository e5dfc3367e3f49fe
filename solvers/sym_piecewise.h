/* solvers/sym_piecewise.h — Piecewise((expr, cond), ...) and its automatic evaluation. */
#ifndef TIRBOX_SYM_PIECEWISE_H
#define TIRBOX_SYM_PIECEWISE_H

#include "solvers/sym.h"

/* sympy's Piecewise.eval for the (expr, cond) Tuples in args: pieces whose condition is False
 * dropped, the pieces after a True condition dropped, a condition that is the complement of the
 * only earlier one made True, and the expression itself when the first condition is True.
 * Returns NULL when nothing changes (the caller builds the node). */
Sym *sym_piecewise_eval(size_t n, Sym *const *args);

#endif
