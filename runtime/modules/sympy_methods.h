/* runtime/modules/sympy_methods.h — the methods of sympy's Basic, Expr and Relational classes
 * (subs, evalf, simplify, expand, factor, diff, coeff, as_numer_denom, round, ...), and the
 * module-level functions that are the same operations applied to a sympified argument. */
#ifndef TIRBOX_SYMPY_METHODS_H
#define TIRBOX_SYMPY_METHODS_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

/* Method tables of Basic and Expr. */
extern const MethodDef sympy_basic_methods[];
extern const MethodDef sympy_expr_methods[];

/* The property Relational.reversed: the relation with its sides swapped. */
Obj *sympy_rel_reversed(Obj *self);

/* x.round(n) as sympy (ndigits NULL: round to an Integer). */
Sym *sympy_round(Sym *x, Obj *ndigits);

/* e.evalf(dps) with sympy's keyword `subs` applied first (subs may be NULL). */
Sym *sympy_evalf(Sym *e, Obj *dps, Obj *subs);

/* Adds the module-level forms of the methods (simplify(e), expand(e), N(e) ...) to the module. */
void sympy_methods_init(Obj *module);

#endif
