/* runtime/modules/sympy_diophantine.h — diophantine(eq, param=t, syms=None) for linear equations
 * in one or two unknowns: the parametric solution sympy's base_solution_linear gives
 * ({(5*t_0 + 14, -3*t_0 - 7)} for 3*x + 5*y - 7), or set() when there is none. Equations of
 * other kinds raise NotImplementedError. */
#ifndef TIRBOX_SYMPY_DIOPHANTINE_H
#define TIRBOX_SYMPY_DIOPHANTINE_H

#include "runtime/lang/obj.h"

/* Adds diophantine to the module. */
void sympy_diophantine_init(Obj *module);

#endif
