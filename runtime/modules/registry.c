/* runtime/modules/registry.c — the list of built-in modules a program can import. */
#include "runtime/modules/registry.h"

extern const ModuleDef mod_builtins;

const ModuleDef *const registry_modules[] = {
    &mod_builtins,
    NULL,
};
