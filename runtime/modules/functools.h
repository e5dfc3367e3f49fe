/* runtime/modules/functools.h — the `functools` module: reduce, partial, lru_cache and cache
 * (with cache_info, cache_clear and CPython's keys, so that hits and misses count the same),
 * wraps and update_wrapper, cmp_to_key, total_ordering and cached_property. */
#ifndef TIRBOX_MOD_FUNCTOOLS_H
#define TIRBOX_MOD_FUNCTOOLS_H

#include "runtime/lang/module.h"

extern const ModuleDef functools_module;

#endif
