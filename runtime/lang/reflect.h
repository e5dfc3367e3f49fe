/* runtime/lang/reflect.h — the builtins that look at or extend the running program: globals,
 * locals, vars, dir, eval, exec, __import__, exit and quit. */
#ifndef TIRBOX_REFLECT_H
#define TIRBOX_REFLECT_H

#include "runtime/lang/obj.h"

void reflect_init(Obj *builtins_dict);

#endif
