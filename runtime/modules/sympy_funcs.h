/* runtime/modules/sympy_funcs.h — the functions of the sympy namespace that are not methods:
 * symbols/var, sympify, sqrt/root/cbrt, solve and roots, polynomial division and gcd/lcm,
 * fraction/numer/denom, nsimplify, number theory (isprime, factorint, divisors ...) with sympy's
 * choice of Python int or Integer results, and pprint/pretty. */
#ifndef TIRBOX_SYMPY_FUNCS_H
#define TIRBOX_SYMPY_FUNCS_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

/* A result with Python ints in place of Integers (and bools for True/False), containers
 * converted item by item: for the functions that answer ints. */
Obj *sympy_int_result(Sym *e);

/* Adds the functions to the module; those only submodules export (crt) go into `hidden`. */
void sympy_funcs_init(Obj *module, Obj *hidden);

#endif
