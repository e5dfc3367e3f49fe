/* runtime/modules/json.h — the `json` module: dumps (indent, separators, sort_keys, ensure_ascii,
 * allow_nan, default) and loads (with NaN/Infinity, big ints, JSONDecodeError's messages and
 * positions), byte for byte as CPython's encoder and decoder. */
#ifndef TIRBOX_MOD_JSON_H
#define TIRBOX_MOD_JSON_H

#include "runtime/lang/module.h"

extern const ModuleDef json_module;

#endif
