/* runtime/modules/sympy_groebner.h — sympy's groebner() and the GroebnerBasis it returns. */
#ifndef TIRBOX_SYMPY_GROEBNER_H
#define TIRBOX_SYMPY_GROEBNER_H

#include "runtime/lang/obj.h"

/* Adds groebner and GroebnerBasis to the sympy module. */
void sympy_groebner_init(Obj *module);

#endif
