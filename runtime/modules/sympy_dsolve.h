/* runtime/modules/sympy_dsolve.h — dsolve(eq, func, ics=...): the binding of sym_dsolve.h. */
#ifndef TIRBOX_SYMPY_DSOLVE_H
#define TIRBOX_SYMPY_DSOLVE_H

#include "runtime/lang/obj.h"

/* Adds dsolve to the module. */
void sympy_dsolve_init(Obj *module);

#endif
