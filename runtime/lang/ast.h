/* runtime/lang/ast.h — the syntax tree the parser builds and the compiler reads.
 *
 * One node shape serves every construct; the comment of each kind says which fields it uses.
 * Nodes live in the collected heap and die with the request. */
#ifndef TIRBOX_AST_H
#define TIRBOX_AST_H

#include "runtime/lang/obj.h"

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int n, cap;
} NodeList;

enum NodeKind {
    /* expressions */
    N_NAME,         /* name */
    N_CONST,        /* value (int, float, complex, str, bytes, None, True, False, Ellipsis) */
    N_FSTRING,      /* l1: parts (N_CONST str or N_FORMATTED) */
    N_FORMATTED,    /* a: value, op: conversion char or 0, b: format spec (N_FSTRING) or NULL */
    N_BINOP,        /* op: OP_*, a, b */
    N_UNARY,        /* op: UNARY_NEG/POS/INVERT, a */
    N_NOT,          /* a */
    N_BOOLOP,       /* op: 0 and, 1 or; l1: values */
    N_COMPARE,      /* a: first; l1: comparators; ops: in `ops` (CMP_* or CMPX_*) */
    N_CALL,         /* a: function; l1: positional args (N_STARRED for *x); l2: N_KEYWORD */
    N_KEYWORD,      /* name (NULL for **x), a: value */
    N_ATTR,         /* a: object, name */
    N_SUBSCRIPT,    /* a: object, b: index */
    N_SLICE,        /* a: lower, b: upper, c: step (each may be NULL) */
    N_TUPLE,        /* l1: elements */
    N_LIST,         /* l1: elements */
    N_SET,          /* l1: elements */
    N_DICT,         /* l1: keys (NULL for **x), l2: values */
    N_LISTCOMP,     /* a: element, l1: N_COMPREHENSION */
    N_SETCOMP,      /* a: element, l1: N_COMPREHENSION */
    N_GENEXP,       /* a: element, l1: N_COMPREHENSION */
    N_DICTCOMP,     /* a: key, b: value, l1: N_COMPREHENSION */
    N_COMPREHENSION,/* a: target, b: iterable, l1: conditions */
    N_LAMBDA,       /* a: N_ARGUMENTS, b: body expression */
    N_IFEXP,        /* a: test, b: body, c: orelse */
    N_STARRED,      /* a: value */
    N_NAMEDEXPR,    /* a: target (N_NAME), b: value */
    N_YIELD,        /* a: value or NULL */
    N_YIELDFROM,    /* a: value */
    /* statements */
    N_EXPR,         /* a: value */
    N_ASSIGN,       /* l1: targets, a: value */
    N_AUGASSIGN,    /* a: target, op: OP_*, b: value */
    N_ANNASSIGN,    /* a: target, b: value or NULL (annotations are not evaluated) */
    N_DEL,          /* l1: targets */
    N_PASS,
    N_BREAK,
    N_CONTINUE,
    N_RETURN,       /* a: value or NULL */
    N_RAISE,        /* a: exception or NULL, b: cause or NULL */
    N_GLOBAL,       /* l1: N_NAME */
    N_NONLOCAL,     /* l1: N_NAME */
    N_ASSERT,       /* a: test, b: message or NULL */
    N_IMPORT,       /* l1: N_ALIAS */
    N_IMPORTFROM,   /* name: module (NULL for `from . import`), op: level, l1: N_ALIAS ("*" for star) */
    N_ALIAS,        /* name: dotted name, value: asname (str) or NULL */
    N_IF,           /* a: test, l1: body, l2: orelse */
    N_WHILE,        /* a: test, l1: body, l2: orelse */
    N_FOR,          /* a: target, b: iterable, l1: body, l2: orelse */
    N_TRY,          /* l1: body, l2: N_HANDLER, l3: orelse, l4: finally */
    N_HANDLER,      /* a: type or NULL, name: bound name or NULL, l1: body */
    N_WITH,         /* l1: N_WITHITEM, l2: body */
    N_WITHITEM,     /* a: context, b: target or NULL */
    N_FUNCDEF,      /* name, a: N_ARGUMENTS, l1: body, l2: decorators */
    N_CLASSDEF,     /* name, l1: body, l2: decorators, l3: bases, l4: N_KEYWORD */
    N_ARGUMENTS,    /* l1: N_ARG positional (posonly first, op = count of posonly), l2: defaults,
                       l3: N_ARG keyword-only, l4: kw defaults (NULL entries), a: *arg, b: **arg */
    N_ARG,          /* name */
    N_MODULE,       /* l1: statements */
    N_NKINDS
};

/* Comparison operators beyond CMP_*: */
enum { CMPX_IS = 6, CMPX_IS_NOT, CMPX_IN, CMPX_NOT_IN };

struct Node {
    uint8_t kind;
    int op;
    int line;
    Obj *name;
    Obj *value;
    Node *a, *b, *c;
    NodeList l1, l2, l3, l4;
    int *ops;               /* N_COMPARE: one operator per comparator */
};

Node *ast_new(int kind, int line);
void ast_append(NodeList *l, Node *n);

/* Parses a whole program; raises SyntaxError. */
Node *ast_parse(const char *src, size_t len);

#endif
