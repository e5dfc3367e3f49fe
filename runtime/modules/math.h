/* runtime/modules/math.h — the `math` module: CPython 3.11's functions and constants, exact
 * integer results (factorial, comb, perm, gcd, lcm, isqrt, prod), logarithms of ints of any size,
 * correctly rounded fsum, and CPython's error messages. */
#ifndef TIRBOX_MOD_MATH_H
#define TIRBOX_MOD_MATH_H

#include "runtime/lang/module.h"

extern const ModuleDef math_module;

/* math.log(x) for an int of any size or a real number; ValueError "math domain error". */
double math_log(Obj *x);

/* The correctly rounded sum of n doubles as math.fsum computes it (its errors included). */
double math_fsum_doubles(const double *x, size_t n);

#endif
