/* runtime/modules/registry.h — the list of built-in modules a program can import. */
#ifndef TIRBOX_REGISTRY_H
#define TIRBOX_REGISTRY_H

#include "runtime/lang/module.h"

#include <stddef.h>

/* How many modules there are. */
size_t registry_count(void);
/* The i-th module's definition, 0 <= i < registry_count(). */
const ModuleDef *registry_get(size_t i);

#endif
