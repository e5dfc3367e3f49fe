/* tests/unit/types_check.h — helpers for the unit tests of the built-in types: the interpreter's
 * permanent state, and catching what a call raises. Expected values come from CPython 3.11. */
#ifndef TIRBOX_TYPES_CHECK_H
#define TIRBOX_TYPES_CHECK_H

#include "base/gc.h"
#include "runtime/lang.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/str.h"

/* Sets up the types and builtins once. */
static inline void types_start(void) { lang_init((size_t)4 << 30); }

/* Returns library memory held by the heap, so that leak checkers see none at exit. */
static inline int types_stop(int status)
{
    gc_shutdown();
    return status;
}

/* "Type: message" of what fn(arg) raised, or "" when it returned. */
static inline const char *raised(Obj *(*fn)(Obj *), Obj *arg)
{
    ExcJump j;
    EXC_TRY(j) {
        fn(arg);
        exc_pop(&j);
        return "";
    } else {
        return str_cstr(str_printf("%s: %s", obj_type_name(j.exc), exc_message(j.exc)));
    }
}

#endif
