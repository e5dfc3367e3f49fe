/* runtime/modules/sympy.h — the `sympy` module and its submodules: sympy.abc, and views of the
 * whole namespace under the names programs import from (sympy.solvers, sympy.core.relational,
 * sympy.ntheory.primetest, sympy.ntheory.modular, sympy.functions.combinatorial.numbers ...).
 * The namespace is assembled from sympy_expr, sympy_methods,
 * sympy_funcs, sympy_matrix, sympy_poly, sympy_sets and sympy_geometry; this module adds the
 * singleton registry S and sympy's exception classes, to which the engine's errors are mapped. */
#ifndef TIRBOX_SYMPY_H
#define TIRBOX_SYMPY_H

#include "runtime/lang/module.h"

#define SYMPY_VIEWS 62

extern const ModuleDef sympy_module, sympy_abc_module;

/* The views of the namespace (each a ModuleDef of its own for the registry). */
extern const ModuleDef sympy_views[SYMPY_VIEWS];

#endif
