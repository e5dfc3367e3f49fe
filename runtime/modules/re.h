/* runtime/modules/re.h — the `re` module over the engine in regex.h: compile, match, search,
 * fullmatch, findall, finditer, sub, subn, split, escape; Pattern and Match objects; re.error;
 * CPython 3.7+ rules for empty matches, replacement templates and messages. */
#ifndef TIRBOX_MOD_RE_H
#define TIRBOX_MOD_RE_H

#include "runtime/lang/module.h"

extern const ModuleDef re_module;

#endif
