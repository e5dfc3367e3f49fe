/* runtime/modules/sympy_rsolve.h — rsolve(f, y(n), init): linear recurrences with constant
 * coefficients whose characteristic roots are real and distinct, homogeneous or with a constant
 * term (1 not a root): C0*r0**n + C1*r1**n + ... + p, the roots in increasing order, the
 * constants fixed by the initial values given (a dict {y(k): v} or a list of values from
 * y(0)). Other recurrences raise NotImplementedError rather than answer differently from sympy. */
#ifndef TIRBOX_SYMPY_RSOLVE_H
#define TIRBOX_SYMPY_RSOLVE_H

#include "runtime/lang/obj.h"

/* Adds rsolve to the module. */
void sympy_rsolve_init(Obj *module);

#endif
