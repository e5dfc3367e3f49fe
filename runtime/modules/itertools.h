/* runtime/modules/itertools.h — the `itertools` module: every iterator type of CPython 3.11's
 * itertools (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse, groupby,
 * islice, pairwise, starmap, takewhile, tee, zip_longest, product, permutations, combinations,
 * combinations_with_replacement) with CPython's order of results and error messages. */
#ifndef TIRBOX_MOD_ITERTOOLS_H
#define TIRBOX_MOD_ITERTOOLS_H

#include "runtime/lang/module.h"

extern const ModuleDef itertools_module;

#endif
