/* runtime/modules/registry.h — the list of built-in modules a program can import. */
#ifndef TIRBOX_REGISTRY_H
#define TIRBOX_REGISTRY_H

#include "runtime/lang/module.h"

/* NULL-terminated. */
extern const ModuleDef *const registry_modules[];

#endif
