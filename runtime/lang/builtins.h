/* runtime/lang/builtins.h — the builtin functions and type names of the language that do not
 * need the interpreter (print, globals, exec ... live with the VM). */
#ifndef TIRBOX_BUILTINS_H
#define TIRBOX_BUILTINS_H

#include "runtime/lang/obj.h"

/* Readies the built-in object types and registers them and the builtin functions in the
 * builtins dict. */
void builtins_init(Obj *builtins_dict);

#endif
