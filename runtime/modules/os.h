/* runtime/modules/os.h — the `os` module as far as it is harmless in the sandbox: its constants,
 * an empty environment, getenv, getcwd, cpu_count, and os.path's pure string functions (join,
 * split, splitext, basename, dirname ...); the file system looks empty and nothing reaches it. */
#ifndef TIRBOX_MOD_OS_H
#define TIRBOX_MOD_OS_H

#include "runtime/lang/module.h"

extern const ModuleDef os_module, os_path_module;

#endif
