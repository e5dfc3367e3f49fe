/* runtime/modules/sympy_series.h — series(expr, x, x0, n): the Taylor expansion of an expression
 * analytic at x0, as sympy prints it (terms by increasing power, then O(x**n), or
 * O((x - x0)**n, (x, x0)) away from 0), with removeO(). The coefficients are the derivatives at
 * x0 (limits where the value is undefined); a pole (a Laurent series) raises NotImplementedError.
 * A polynomial of degree below n is its own series, as in sympy. */
#ifndef TIRBOX_SYMPY_SERIES_H
#define TIRBOX_SYMPY_SERIES_H

#include "runtime/lang/obj.h"

/* expr.series(x=None, x0=0, n=6, dir='+'): self is an expression object. */
Obj *sympy_series_method(Obj *self, Obj **args, int nargs, Obj *kwnames);

/* Readies the class of series results. */
void sympy_series_init(void);

#endif
