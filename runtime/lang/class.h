/* runtime/lang/class.h — the type `type`: readying built-in types, classes made by `class`
 * statements (C3 method order, instance dicts, slots that call dunder methods), and `super`. */
#ifndef TIRBOX_CLASS_H
#define TIRBOX_CLASS_H

#include "runtime/lang/obj.h"

/* A heap type as a class statement makes it. */
typedef struct HeapTypeObj {
    Type type;
    Obj *name;              /* str */
    Obj *qualname;          /* str */
    Obj *module;            /* str */
} HeapTypeObj;

extern Type type_super;

/* type(name, bases, namespace): a new class. */
Obj *class_new(Obj *name, Obj *bases, Obj *ns);

/* Calls the special method `name` found on o's type, with o as self; NULL when the type has none. */
Obj *class_call_special(Obj *o, Obj *name, Obj **args, int nargs);

/* Whether a TF_SLOTTED class's instances may take attribute `name`. */
bool class_slot_allowed(const Type *t, Obj *name);

/* The attribute name of a class for its repr and messages. */
const char *class_name(const Type *t);

void class_init(Obj *builtins_dict);

#endif
