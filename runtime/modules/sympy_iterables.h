/* runtime/modules/sympy_iterables.h — sympy.utilities.iterables: multiset_permutations,
 * partitions, subsets and variations, yielding in sympy's order. */
#ifndef TIRBOX_MOD_SYMPY_ITERABLES_H
#define TIRBOX_MOD_SYMPY_ITERABLES_H

#include "runtime/lang/module.h"

extern const ModuleDef sympy_iterables_module;

#endif
