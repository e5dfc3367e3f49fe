/* runtime/lang/builtins.h — the builtin functions and type names every program sees. */
#ifndef TIRBOX_BUILTINS_H
#define TIRBOX_BUILTINS_H

#include "runtime/lang/obj.h"

/* Registers the builtins (functions and types) in the builtins dict. */
void builtins_init(Obj *builtins_dict);

#endif
