/* runtime/lang/func.h — callables: functions written in C and in Python, methods, descriptors
 * (staticmethod, classmethod, property), and the binding of call arguments. */
#ifndef TIRBOX_FUNC_H
#define TIRBOX_FUNC_H

#include "runtime/lang/obj.h"

struct CodeObj;

/* A function implemented in C, possibly bound to an object (a builtin method, a module function). */
typedef struct NativeFuncObj {
    Obj base;
    const char *name;
    NativeFn fn;
    Obj *self;               /* passed as the first C argument; NULL for plain functions */
    const char *owner;       /* the type name of a bound method, for repr */
} NativeFuncObj;

/* A method of a type implemented in C, found in the type's dict. */
typedef struct MethodDescrObj {
    Obj base;
    const MethodDef *def;
    Type *owner;
} MethodDescrObj;

typedef struct GetSetDescrObj {
    Obj base;
    const GetSetDef *def;
    Type *owner;
} GetSetDescrObj;

/* A function defined in Python. */
typedef struct FuncObj {
    Obj base;
    struct CodeObj *code;
    Obj *globals;
    Obj *defaults;           /* tuple or NULL */
    Obj *kwdefaults;         /* dict or NULL */
    Obj *closure;            /* tuple of cells or NULL */
    Obj *name, *qualname;
    Obj *dict;
    Obj *doc;
} FuncObj;

typedef struct MethodObj {
    Obj base;
    Obj *func;
    Obj *self;
} MethodObj;

typedef struct WrapperObj {      /* staticmethod and classmethod */
    Obj base;
    Obj *func;
} WrapperObj;

typedef struct PropertyObj {
    Obj base;
    Obj *fget, *fset, *fdel, *doc;
} PropertyObj;

typedef struct CellObj {
    Obj base;
    Obj *value;              /* NULL: empty */
} CellObj;

extern Type type_builtin_function, type_method_descriptor, type_getset_descriptor;
extern Type type_function, type_method, type_staticmethod, type_classmethod, type_property, type_cell;

/* A function implemented in C; self (may be NULL) is passed to fn. */
Obj *native_new(const char *name, NativeFn fn, Obj *self);
Obj *method_new(Obj *func, Obj *self);
Obj *cell_new(Obj *value);

/* Calls a function with self prepended to the arguments. */
Obj *func_call_with_self(Obj *func, Obj *self, Obj **args, int nargs, Obj *kwnames);

/* Binds the arguments of a C function to out[0..n) by position and by the keyword names in
 * `names` (NULL-terminated; a name starting with '$' is positional-only, its name after the '$').
 * The first `required` are mandatory; missing optional ones are left NULL. Raises TypeError with
 * CPython's wording for the builtin `fname`. */
void args_parse(const char *fname, Obj **args, int nargs, Obj *kwnames, const char *const *names, int required,
                Obj **out);
/* Refuses keyword arguments: "fname() takes no keyword arguments". */
void args_no_kw(const char *fname, Obj *kwnames);
/* Checks the positional count: "fname expected at most N arguments, got M" and friends. */
void args_count(const char *fname, int nargs, int min, int max);

void func_init(Obj *builtins_dict);

#endif
