/* runtime/modules/heapq.h — the `heapq` module: the binary-heap functions on lists, sifting in
 * CPython's order (so printed heaps look the same), nlargest, nsmallest and merge. */
#ifndef TIRBOX_MOD_HEAPQ_H
#define TIRBOX_MOD_HEAPQ_H

#include "runtime/lang/module.h"

extern const ModuleDef heapq_module;

#endif
