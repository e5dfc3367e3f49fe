/* runtime/lang/module.h — modules and import.
 *
 * Built-in modules are written in C and described by a ModuleDef. Each module's namespace is
 * built once at start-up (permanent); an import in a request gets a fresh module whose dict is a
 * copy of it, so a program that assigns math.pi changes nothing for the next request. Imports are
 * cached per request (the program's sys.modules). */
#ifndef TIRBOX_MODULE_H
#define TIRBOX_MODULE_H

#include "runtime/lang/obj.h"

typedef struct ModuleObj {
    Obj base;
    Obj *dict;
    Obj *name;
} ModuleObj;

/* A namespace built at start-up is permanent, so it holds only values a program cannot change
 * (functions, types, numbers, strs, tuples); anything mutable is added by `fresh`. */
typedef struct ModuleDef {
    const char *name;                /* "math", "collections", "sympy.abc" */
    void (*init)(Obj *module);       /* fills the module's dict at start-up */
    void (*fresh)(Obj *module);      /* optional: when a request first imports the module, forgets
                                        per-request state and adds mutable values */
} ModuleDef;

extern Type type_module;

Obj *module_new(const char *name);
const char *module_name(Obj *m);
Obj *module_dict(Obj *m);
/* Adds a C function to a module's namespace. */
void module_add_function(Obj *module, const char *name, NativeFn fn);
/* Adds any value. */
void module_add(Obj *module, const char *name, Obj *value);

/* The module for a dotted name, importing it (and its parents) into this request's cache;
 * ModuleNotFoundError "No module named 'x'" when there is none. */
Obj *module_import(Obj *name);
/* Where the module lives on the reference machine (CPython 3.11 + sympy 1.14), as its __file__
 * and import errors name it, or NULL for a module compiled into CPython. */
const char *module_file(const char *name);

/* Builds the permanent namespaces of all built-in modules. */
void module_init_all(void);
/* Start of a request: empty import cache, per-module resets. */
void module_begin_request(void);
/* The import cache (sys.modules) of the current request. */
Obj *module_cache(void);

#endif
