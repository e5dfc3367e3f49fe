/* runtime/modules/typing.h — the `typing` module as annotations use it: List, Dict, Optional,
 * Union, Any ... subscriptable placeholders printed as CPython prints them, TypeVar, cast, the
 * identity decorators, and NamedTuple's functional form. */
#ifndef TIRBOX_MOD_TYPING_H
#define TIRBOX_MOD_TYPING_H

#include "runtime/lang/module.h"

extern const ModuleDef typing_module;

#endif
