/* runtime/lang/code.h — compiled code: the instruction set and code objects.
 *
 * An instruction is 32 bits: the opcode in the low 8, its argument in the high 24. Jump arguments
 * are absolute instruction indices. Frames lay out their slots as: locals (arguments first), cells
 * of this code, free variables from the closure, then the value stack. */
#ifndef TIRBOX_CODE_H
#define TIRBOX_CODE_H

#include <stdint.h>

#include "runtime/lang/obj.h"

#define OPCODES(X) \
    X(NOP) X(POP_TOP) X(ROT_TWO) X(ROT_THREE) X(ROT_FOUR) X(DUP_TOP) X(DUP_TOP_TWO) \
    X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST) \
    X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLOSURE) X(LOAD_CLASSDEREF) \
    X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL) \
    X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) X(LOAD_METHOD) \
    X(KW_NAMES) X(CALL_FUNCTION) X(CALL_METHOD) X(CALL_EX) \
    X(BINARY_OP) X(UNARY_OP) X(UNARY_NOT) X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP) \
    X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(BUILD_SLICE) X(BUILD_STRING) \
    X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE) \
    X(LIST_TO_TUPLE) X(FORMAT_VALUE) X(UNPACK_SEQUENCE) X(UNPACK_EX) \
    X(GET_ITER) X(FOR_ITER) X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) \
    X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) \
    X(RETURN_VALUE) X(YIELD_VALUE) X(GET_YIELD_FROM_ITER) X(YIELD_FROM) \
    X(SETUP_FINALLY) X(POP_BLOCK) X(PUSH_EXC_INFO) X(POP_EXCEPT) X(CHECK_EXC_MATCH) X(RERAISE) \
    X(RAISE_VARARGS) X(SETUP_WITH) X(WITH_EXIT) X(WITH_EXCEPT) \
    X(MAKE_FUNCTION) X(BUILD_CLASS) X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR) \
    X(LOAD_ASSERTION_ERROR)

enum {
#define OPCODE_ENUM(name) OPC_##name,
    OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
    OPC_COUNT
};

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(i) ((i) & 0xff)
#define INSTR_ARG(i) ((i) >> 8)

/* CALL_EX flags: a dict of keyword arguments is on top; the positional arguments are the
 * iterable of f(*x) rather than a tuple. */
enum { CALL_EX_KWARGS = 1, CALL_EX_UNPACK = 2 };

/* MAKE_FUNCTION flags: what lies on the stack under the code object. */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_CLOSURE = 8 };

/* Code flags. */
enum {
    CO_VARARGS = 1,
    CO_VARKEYWORDS = 2,
    CO_GENERATOR = 4,
    CO_NAMESPACE = 8,        /* class body or module run with a locals dict: LOAD_NAME family */
    CO_PRELUDE = 16,         /* a prelude's code, not the request's */
};

/* Where a global name was found, valid while both dicts keep the recorded versions: a dict
 * moves its entries only when a key is added or removed, which changes its version. */
typedef struct GlobalCache {
    uint64_t globals_version, builtins_version;
    Obj **value;             /* the value's slot in the entry of the dict that had the name */
    int where;               /* 0: nothing cached, 1: globals, 2: builtins */
} GlobalCache;

typedef struct CodeObj {
    Obj base;
    uint32_t *code;
    int32_t *lines;          /* the source line of each instruction */
    uint32_t ncode;
    Obj *consts;             /* tuple */
    Obj *names;              /* tuple of interned str: globals, attributes */
    Obj *varnames;           /* tuple: the locals, arguments first */
    Obj *cellvars, *freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, ncells, nfree;
    int stacksize, nblocks;
    unsigned flags;
    int *cell2arg;           /* for each cell, the argument it starts from, or -1 */
    GlobalCache *gcache;     /* one per name; NULL for permanent (prelude) code */
    Obj *name, *qualname;
    Obj *doc;                /* a function's docstring, or NULL */
    int firstline;
} CodeObj;

extern Type type_code;

enum {
    COMPILE_MODULE,          /* a program */
    COMPILE_CELL,            /* a program whose trailing expression statement is compiled apart */
    COMPILE_EXEC,            /* exec(): top-level names go through a locals dict */
    COMPILE_EVAL,            /* eval(): one expression, its value returned; names as exec */
};

/* Compiles source in the given mode (COMPILE_*). For COMPILE_CELL, the trailing expression's
 * code goes to *trailing (NULL when the program does not end with one). Raises SyntaxError. */
CodeObj *compile_module(const char *src, size_t len, bool prelude, int mode, CodeObj **trailing);

#endif
