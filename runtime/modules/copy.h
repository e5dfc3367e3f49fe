/* runtime/modules/copy.h — the `copy` module: copy and deepcopy (with the memo that keeps shared
 * and cyclic structure) for the built-in containers, classes' instances, and the collections
 * types; immutable values are returned as they are. */
#ifndef TIRBOX_MOD_COPY_H
#define TIRBOX_MOD_COPY_H

#include "runtime/lang/module.h"

extern const ModuleDef copy_module;

#endif
