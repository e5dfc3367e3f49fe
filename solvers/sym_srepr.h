/* solvers/sym_srepr.h — srepr(): an expression as the constructor calls that rebuild it
 * (Add(Pow(Symbol('x'), Integer(2)), Integer(1))), as sympy's ReprPrinter writes them. */
#ifndef TIRBOX_SYM_SREPR_H
#define TIRBOX_SYM_SREPR_H

#include "solvers/sym.h"

/* srepr(e) in the collected heap, or NULL for what this engine cannot write as sympy does (a
 * Symbol with assumptions, a Dummy, a Matrix, an unevaluated Sum, Integral or Derivative). */
const char *sym_srepr(Sym *e);

#endif
