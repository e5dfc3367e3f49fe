/* runtime/modules/cmath.h — the `cmath` module: complex elementary functions computed the way
 * CPython's are (Kahan's branch-cut algorithms for the inverse functions, scaled formulas near
 * overflow), with its domain and range errors, phase, polar, rect, isclose and the constants. */
#ifndef TIRBOX_MOD_CMATH_H
#define TIRBOX_MOD_CMATH_H

#include "runtime/lang/module.h"

extern const ModuleDef cmath_module;

#endif
