/* runtime/modules/sys.h — the `sys` module: the interpreter's facts as CPython 3.11.7 gives them
 * (version, version_info, maxsize, float_info, int_info, platform ...), the recursion limit, the
 * int string-conversion limit, stdout/stderr, argv, path, modules (this request's import cache)
 * and exit. */
#ifndef TIRBOX_MOD_SYS_H
#define TIRBOX_MOD_SYS_H

#include "runtime/lang/module.h"

extern const ModuleDef sys_module;

#endif
