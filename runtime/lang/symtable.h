/* runtime/lang/symtable.h — scopes of a program: which names are local, global, free or cells,
 * decided before code generation as CPython's symtable does. */
#ifndef TIRBOX_SYMTABLE_H
#define TIRBOX_SYMTABLE_H

#include "runtime/lang/ast.h"

enum { SC_MODULE, SC_FUNCTION, SC_CLASS };

/* How a name is reached from a scope. */
enum { NAME_LOCAL = 1, NAME_GLOBAL_EXPLICIT, NAME_GLOBAL_IMPLICIT, NAME_FREE, NAME_CELL };

typedef struct Scope {
    int kind;
    Node *node;                /* N_MODULE, N_FUNCDEF, N_LAMBDA, N_CLASSDEF or a comprehension */
    struct Scope *parent;
    Obj *names;                /* dict: name -> small int (NAME_*) after analysis */
    Obj *flags;                /* dict: name -> small int (DEF_* bits) while collecting */
    Obj *params;               /* list of parameter names in order */
    struct Scope **kids;       /* child scopes in the order met */
    int nkids, capkids;
    bool generator;
    bool comprehension;
    bool needs_class_cell;     /* a class whose methods use super() or __class__ */
    Obj *name;                 /* function or class name */
} Scope;

/* Builds and analyses the scopes of a module; raises SyntaxError for misplaced declarations. */
Scope *symtable_build(Node *module);

/* The NAME_* of name in scope (names never mentioned are implicit globals). */
int symtable_lookup(Scope *s, Obj *name);

/* The scope created for the node n (a function, lambda, class or comprehension) under s. */
Scope *symtable_child(Scope *s, Node *n);

#endif
