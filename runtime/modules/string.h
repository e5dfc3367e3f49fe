/* runtime/modules/string.h — the `string` module: the character-class constants, capwords and
 * Template ($name and ${name} substitution with CPython's errors). */
#ifndef TIRBOX_MOD_STRING_H
#define TIRBOX_MOD_STRING_H

#include "runtime/lang/module.h"

extern const ModuleDef string_module;

#endif
