/* runtime/modules/bisect.h — the `bisect` module: bisect_left/right and insort_left/right with
 * lo, hi and key, comparing with < as CPython does. */
#ifndef TIRBOX_MOD_BISECT_H
#define TIRBOX_MOD_BISECT_H

#include "runtime/lang/module.h"

extern const ModuleDef bisect_module;

#endif
