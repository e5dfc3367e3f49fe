/* runtime/lang/compile.c — the syntax tree to code objects: one unit per scope, instructions with
 * their lines, constants and names, and the value-stack depth found by flow analysis. */
#include <limits.h>
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/ast.h"
#include "runtime/lang/code.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/lexer.h"
#include "runtime/lang/set.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/symtable.h"
#include "runtime/lang/tuple.h"

/* What a break, continue or return must undo on its way out of a construct. */
enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_TRY_FINALLY, FB_EXCEPT_HANDLER, FB_FINALLY_HANDLER, FB_WITH };

typedef struct FBlock {
    int kind;
    int start;                 /* loops: where continue goes */
    int *breaks;               /* loops: jumps to patch to the exit */
    int nbreaks, capbreaks;
    Node *final;               /* FB_TRY_FINALLY: the finally body */
} FBlock;

typedef struct Unit {
    Scope *scope;
    struct Unit *parent;
    uint32_t *code;
    int32_t *lines;
    int n, cap;
    int line;
    Obj *consts;               /* list */
    Obj *names, *name_index;   /* list, dict name -> index */
    Obj *varnames, *var_index;
    Obj *cellvars, *cell_index;
    Obj *freevars, *free_index;
    FBlock fblocks[64];
    int nfblocks;
    Obj *qualname;
    bool prelude;
    bool namespace;            /* exec/eval code: module-level names go through the locals dict */
} Unit;

static Obj *intern(const char *s) { return str_intern_cstr(s); }

/* ---- emitting -------------------------------------------------------------------------------- */

static int emit(Unit *u, int op, uint32_t arg)
{
    if (u->n == u->cap) {
        u->cap = u->cap ? u->cap * 2 : 64;
        u->code = gc_realloc(u->code, sizeof(uint32_t) * (size_t)u->cap);
        u->lines = gc_realloc(u->lines, sizeof(int32_t) * (size_t)u->cap);
    }
    if (arg >= (1u << 24))
        lexer_error(u->line, "too many constants or names");
    u->code[u->n] = INSTR(op, arg);
    u->lines[u->n] = u->line;
    return u->n++;
}

static void patch(Unit *u, int at, int target) { u->code[at] = INSTR(INSTR_OP(u->code[at]), (uint32_t)target); }
static void patch_here(Unit *u, int at) { patch(u, at, u->n); }

static uint32_t add_const(Unit *u, Obj *v)
{
    list_append(u->consts, v);
    return (uint32_t)(list_len(u->consts) - 1);
}

static uint32_t index_in(Obj *list, Obj *index, Obj *name)
{
    Obj *i = dict_get(index, name);
    if (i)
        return (uint32_t)small_value(i);
    list_append(list, name);
    dict_set(index, name, small_new((intptr_t)list_len(list) - 1));
    return (uint32_t)(list_len(list) - 1);
}

static uint32_t name_arg(Unit *u, Obj *name) { return index_in(u->names, u->name_index, name); }
static uint32_t var_arg(Unit *u, Obj *name) { return index_in(u->varnames, u->var_index, name); }

/* Cells and free variables are numbered after the locals in the frame. */
static uint32_t deref_arg(Unit *u, Obj *name)
{
    Obj *i = dict_get(u->cell_index, name);
    if (i)
        return (uint32_t)small_value(i);
    i = dict_get(u->free_index, name);
    return (uint32_t)(list_len(u->cellvars) + (size_t)small_value(i));
}

static void load_const(Unit *u, Obj *v) { emit(u, OPC_LOAD_CONST, add_const(u, v)); }

/* ---- names ---------------------------------------------------------------------------------- */

enum { CTX_LOAD, CTX_STORE, CTX_DEL };

static void compile_name(Unit *u, Obj *name, int ctx)
{
    int kind = symtable_lookup(u->scope, name);
    Scope *s = u->scope;
    static const int global_ops[] = {OPC_LOAD_GLOBAL, OPC_STORE_GLOBAL, OPC_DELETE_GLOBAL};
    static const int fast_ops[] = {OPC_LOAD_FAST, OPC_STORE_FAST, OPC_DELETE_FAST};
    static const int deref_ops[] = {OPC_LOAD_DEREF, OPC_STORE_DEREF, OPC_DELETE_DEREF};
    static const int name_ops[] = {OPC_LOAD_NAME, OPC_STORE_NAME, OPC_DELETE_NAME};
    if (u->namespace && s->kind == SC_MODULE && kind != NAME_GLOBAL_EXPLICIT) {
        emit(u, name_ops[ctx], name_arg(u, name));
        return;
    }
    switch (kind) {
    case NAME_LOCAL:
        if (s->kind == SC_FUNCTION)
            emit(u, fast_ops[ctx], var_arg(u, name));
        else
            emit(u, name_ops[ctx], name_arg(u, name));
        return;
    case NAME_CELL: case NAME_FREE:
        if (s->kind == SC_CLASS && ctx == CTX_LOAD && kind == NAME_FREE)
            emit(u, OPC_LOAD_CLASSDEREF, deref_arg(u, name));
        else
            emit(u, deref_ops[ctx], deref_arg(u, name));
        return;
    case NAME_GLOBAL_EXPLICIT:
        emit(u, global_ops[ctx], name_arg(u, name));
        return;
    default:
        if (s->kind == SC_CLASS)
            emit(u, name_ops[ctx], name_arg(u, name));
        else
            emit(u, global_ops[ctx], name_arg(u, name));
    }
}

/* ---- units ---------------------------------------------------------------------------------- */

static Unit *unit_new(Scope *s, Unit *parent, Obj *qualname)
{
    Unit *u = gc_alloc(sizeof *u);
    u->scope = s;
    u->parent = parent;
    u->consts = list_new(4);
    u->names = list_new(4);
    u->name_index = dict_new();
    u->varnames = list_new(4);
    u->var_index = dict_new();
    u->cellvars = list_new(0);
    u->cell_index = dict_new();
    u->freevars = list_new(0);
    u->free_index = dict_new();
    u->qualname = qualname;
    u->prelude = parent ? parent->prelude : false;
    u->line = s->node->line;
    for (size_t i = 0; i < list_len(s->params); i++)
        var_arg(u, list_get(s->params, i));
    size_t pos = 0;
    Obj *name, *kind;
    while (dict_next(s->names, &pos, &name, &kind)) {
        if (small_value(kind) == NAME_CELL)
            index_in(u->cellvars, u->cell_index, name);
        else if (small_value(kind) == NAME_FREE)
            index_in(u->freevars, u->free_index, name);
    }
    if (s->kind == SC_CLASS && s->needs_class_cell)
        index_in(u->cellvars, u->cell_index, intern("__class__"));
    return u;
}

/* The change in stack depth an instruction makes: on falling through, and when it jumps. */
static void stack_effect(uint32_t ins, int *fall, int *jump)
{
    int op = (int)INSTR_OP(ins), arg = (int)INSTR_ARG(ins);
    *jump = 0;
    switch (op) {
    case OPC_NOP: case OPC_ROT_TWO: case OPC_ROT_THREE: case OPC_ROT_FOUR: case OPC_KW_NAMES:
    case OPC_UNARY_OP: case OPC_UNARY_NOT: case OPC_GET_ITER: case OPC_LIST_TO_TUPLE:
    case OPC_LOAD_ATTR: case OPC_POP_BLOCK: case OPC_GET_YIELD_FROM_ITER: case OPC_JUMP:
    case OPC_IMPORT_NAME:
        *fall = 0;
        break;
    case OPC_POP_TOP: case OPC_STORE_FAST: case OPC_STORE_DEREF: case OPC_STORE_GLOBAL: case OPC_STORE_NAME:
    case OPC_BINARY_OP: case OPC_COMPARE_OP: case OPC_IS_OP: case OPC_CONTAINS_OP: case OPC_BINARY_SUBSCR:
    case OPC_LIST_APPEND: case OPC_SET_ADD: case OPC_LIST_EXTEND: case OPC_SET_UPDATE: case OPC_DICT_UPDATE:
    case OPC_DICT_MERGE: case OPC_POP_JUMP_IF_FALSE: case OPC_POP_JUMP_IF_TRUE: case OPC_RETURN_VALUE:
    case OPC_IMPORT_STAR: case OPC_WITH_EXIT: case OPC_POP_EXCEPT: case OPC_YIELD_FROM:
        *fall = -1;
        *jump = -1;
        break;
    case OPC_DUP_TOP: case OPC_LOAD_CONST: case OPC_LOAD_FAST: case OPC_LOAD_DEREF: case OPC_LOAD_CLOSURE:
    case OPC_LOAD_CLASSDEREF: case OPC_LOAD_GLOBAL: case OPC_LOAD_NAME: case OPC_LOAD_METHOD:
    case OPC_LOAD_ASSERTION_ERROR: case OPC_IMPORT_FROM: case OPC_PUSH_EXC_INFO:
        *fall = 1;
        break;
    case OPC_DUP_TOP_TWO:
        *fall = 2;
        break;
    case OPC_DELETE_FAST: case OPC_DELETE_DEREF: case OPC_DELETE_GLOBAL: case OPC_DELETE_NAME:
    case OPC_YIELD_VALUE: case OPC_CHECK_EXC_MATCH:
        *fall = 0;
        break;
    case OPC_STORE_ATTR: case OPC_DELETE_SUBSCR: case OPC_MAP_ADD:
        *fall = -2;
        break;
    case OPC_DELETE_ATTR:
        *fall = -1;
        break;
    case OPC_STORE_SUBSCR:
        *fall = -3;
        break;
    case OPC_CALL_FUNCTION:
        *fall = -arg;
        break;
    case OPC_CALL_METHOD:
        *fall = -arg - 1;
        break;
    case OPC_CALL_EX:
        *fall = (arg & CALL_EX_KWARGS) ? -2 : -1;
        break;
    case OPC_BUILD_TUPLE: case OPC_BUILD_LIST: case OPC_BUILD_SET: case OPC_BUILD_STRING:
        *fall = 1 - arg;
        break;
    case OPC_BUILD_MAP:
        *fall = 1 - 2 * arg;
        break;
    case OPC_BUILD_SLICE:
        *fall = 1 - arg;
        break;
    case OPC_FORMAT_VALUE:
        *fall = (arg & 4) ? -1 : 0;
        break;
    case OPC_UNPACK_SEQUENCE:
        *fall = arg - 1;
        break;
    case OPC_UNPACK_EX:
        *fall = (arg & 0xff) + (arg >> 8);
        break;
    case OPC_FOR_ITER:
        *fall = 1;
        *jump = -1;
        break;
    case OPC_JUMP_IF_FALSE_OR_POP: case OPC_JUMP_IF_TRUE_OR_POP:
        *fall = -1;
        *jump = 0;
        break;
    case OPC_SETUP_FINALLY:
        *fall = 0;
        *jump = 1;
        break;
    case OPC_SETUP_WITH:
        *fall = 1;
        *jump = 1;
        break;
    case OPC_RERAISE:
        *fall = -2;
        break;
    case OPC_WITH_EXCEPT:
        *fall = -3;
        break;
    case OPC_RAISE_VARARGS:
        *fall = -arg;
        break;
    case OPC_MAKE_FUNCTION:
        *fall = -((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) - ((arg & MF_CLOSURE) != 0);
        break;
    case OPC_BUILD_CLASS:
        *fall = -arg - 1;
        break;
    default:
        *fall = 0;
    }
}

static bool is_terminal(int op)
{
    return op == OPC_JUMP || op == OPC_RETURN_VALUE || op == OPC_RERAISE || op == OPC_RAISE_VARARGS;
}

/* The greatest stack depth over every path (a worklist over jump targets). */
static int max_stack(Unit *u, int *nblocks)
{
    int *depth = gc_alloc_atomic(sizeof(int) * ((size_t)u->n + 1));
    for (int i = 0; i <= u->n; i++)
        depth[i] = INT_MIN;
    int *work = gc_alloc_atomic(sizeof(int) * ((size_t)u->n + 1) * 2);
    int nwork = 0, best = 0, blocks = 0, cur_blocks = 0;
    depth[0] = 0;
    work[nwork++] = 0;
    while (nwork) {
        int i = work[--nwork];
        int d = depth[i];
        for (; i < u->n; i++) {
            uint32_t ins = u->code[i];
            int op = (int)INSTR_OP(ins), fall, jump;
            stack_effect(ins, &fall, &jump);
            if (op == OPC_SETUP_FINALLY || op == OPC_SETUP_WITH) {
                cur_blocks++;
                if (cur_blocks > blocks)
                    blocks = cur_blocks;
            }
            bool jumps = op == OPC_JUMP || op == OPC_POP_JUMP_IF_FALSE || op == OPC_POP_JUMP_IF_TRUE ||
                         op == OPC_JUMP_IF_FALSE_OR_POP || op == OPC_JUMP_IF_TRUE_OR_POP || op == OPC_FOR_ITER ||
                         op == OPC_SETUP_FINALLY || op == OPC_SETUP_WITH;
            if (jumps) {
                int t = (int)INSTR_ARG(ins), dj = d + jump;
                if (dj > best)
                    best = dj;
                if (depth[t] < dj) {
                    depth[t] = dj;
                    work[nwork++] = t;
                }
            }
            if (is_terminal(op))
                break;
            d += fall;
            if (d > best)
                best = d;
            if (depth[i + 1] >= d)
                break;
            depth[i + 1] = d;
        }
    }
    *nblocks = blocks + 1;
    return best + 2;
}

static Obj *list_to_tuple(Obj *l) { return tuple_from_array(list_items(l), list_len(l)); }

/* Jumps to an unconditional jump go straight to its target: an `if` ending a loop's body then
 * jumps to the loop's head, one instruction fewer per iteration. The hops are bounded because
 * jumps may form a cycle (`while True: pass`). */
static void thread_jumps(Unit *u)
{
    for (int i = 0; i < u->n; i++) {
        uint32_t ins = u->code[i], t = INSTR_ARG(ins);
        int op = (int)INSTR_OP(ins);
        if (op != OPC_JUMP && op != OPC_POP_JUMP_IF_FALSE && op != OPC_POP_JUMP_IF_TRUE)
            continue;
        for (int hops = 0; hops < 4 && t < (uint32_t)u->n && INSTR_OP(u->code[t]) == OPC_JUMP; hops++)
            t = INSTR_ARG(u->code[t]);
        u->code[i] = INSTR(op, t);
    }
}

static CodeObj *unit_finish(Unit *u, Obj *name, int argcount, int posonly, int kwonly, unsigned flags)
{
    CodeObj *c = gc_alloc(sizeof *c);
    c->base.type = &type_code;
    thread_jumps(u);
    c->code = u->code;
    c->lines = u->lines;
    c->ncode = (uint32_t)u->n;
    c->consts = list_to_tuple(u->consts);
    c->names = list_to_tuple(u->names);
    c->varnames = list_to_tuple(u->varnames);
    c->cellvars = list_to_tuple(u->cellvars);
    c->freevars = list_to_tuple(u->freevars);
    c->argcount = argcount;
    c->posonlyargcount = posonly;
    c->kwonlyargcount = kwonly;
    c->nlocals = (int)list_len(u->varnames);
    c->ncells = (int)list_len(u->cellvars);
    c->nfree = (int)list_len(u->freevars);
    c->stacksize = max_stack(u, &c->nblocks);
    c->flags = flags | (u->prelude ? CO_PRELUDE : 0);
    if (!u->prelude)
        c->gcache = gc_alloc_atomic(sizeof(GlobalCache) * (list_len(u->names) + 1));
    if (c->gcache)
        memset(c->gcache, 0, sizeof(GlobalCache) * (list_len(u->names) + 1));
    c->cell2arg = gc_alloc_atomic(sizeof(int) * ((size_t)c->ncells + 1));
    for (int i = 0; i < c->ncells; i++) {
        Obj *cv = tuple_get(c->cellvars, (size_t)i);
        c->cell2arg[i] = -1;
        int nparams = argcount + kwonly + ((flags & CO_VARARGS) != 0) + ((flags & CO_VARKEYWORDS) != 0);
        for (int k = 0; k < nparams; k++)
            if (tuple_get(c->varnames, (size_t)k) == cv)
                c->cell2arg[i] = k;
    }
    c->name = name;
    c->qualname = u->qualname ? u->qualname : name;
    c->firstline = u->scope->node->line;
    return c;
}

/* ---- expressions ------------------------------------------------------------------------------ */

static void compile_expr(Unit *u, Node *n);
static Obj *constant_of(Node *n);
static void compile_stmts(Unit *u, NodeList *l);
static void compile_stmt(Unit *u, Node *n);
static void compile_store(Unit *u, Node *t);

static void set_line(Unit *u, Node *n) { u->line = n->line; }

static Obj *child_qualname(Unit *u, Obj *name)
{
    Scope *s = u->scope;
    if (s->kind == SC_MODULE)
        return name;
    if (s->kind == SC_FUNCTION)
        return str_printf("%s.<locals>.%s", str_cstr(u->qualname), str_cstr(name));
    return str_printf("%s.%s", str_cstr(u->qualname), str_cstr(name));
}

/* Pushes the closure tuple for a child unit's free variables; returns whether it did. */
static bool load_closure(Unit *u, CodeObj *child)
{
    if (!child->nfree)
        return false;
    for (int i = 0; i < child->nfree; i++)
        emit(u, OPC_LOAD_CLOSURE, deref_arg(u, tuple_get(child->freevars, (size_t)i)));
    emit(u, OPC_BUILD_TUPLE, (uint32_t)child->nfree);
    return true;
}

static void make_function(Unit *u, CodeObj *code, unsigned flags)
{
    if (load_closure(u, code))
        flags |= MF_CLOSURE;
    load_const(u, (Obj *)code);
    emit(u, OPC_MAKE_FUNCTION, flags);
}

/* Pushes defaults and kw-defaults; returns the MAKE_FUNCTION flags for them. */
static unsigned compile_defaults(Unit *u, Node *args)
{
    unsigned flags = 0;
    if (args->l2.n) {
        for (int i = 0; i < args->l2.n; i++)
            compile_expr(u, args->l2.items[i]);
        emit(u, OPC_BUILD_TUPLE, (uint32_t)args->l2.n);
        flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < args->l4.n; i++) {
        if (!args->l4.items[i])
            continue;
        load_const(u, args->l3.items[i]->name);
        compile_expr(u, args->l4.items[i]);
        nkw++;
    }
    if (nkw) {
        emit(u, OPC_BUILD_MAP, (uint32_t)nkw);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

/* The docstring of a body: its first statement when that is a string literal. */
static Obj *docstring(NodeList *body)
{
    if (!body->n)
        return NULL;
    Node *first = body->items[0];
    if (first->kind == N_EXPR && first->a->kind == N_CONST && str_check(first->a->value))
        return first->a->value;
    return NULL;
}

static CodeObj *compile_function_body(Unit *u, Node *fn, Obj *name, bool lambda)
{
    Scope *s = symtable_child(u->scope, fn);
    Unit *c = unit_new(s, u, child_qualname(u, name));
    Node *args = fn->a;
    unsigned flags = s->generator ? CO_GENERATOR : 0;
    if (args->a)
        flags |= CO_VARARGS;
    if (args->b)
        flags |= CO_VARKEYWORDS;
    if (lambda) {
        compile_expr(c, fn->b);
        emit(c, OPC_RETURN_VALUE, 0);
    } else {
        compile_stmts(c, &fn->l1);
        load_const(c, None);
        emit(c, OPC_RETURN_VALUE, 0);
    }
    CodeObj *code = unit_finish(c, name, args->l1.n, args->op, args->l3.n, flags);
    if (!lambda)
        code->doc = docstring(&fn->l1);
    return code;
}

static void compile_comprehension(Unit *u, Node *n)
{
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<genexpr>", "<dictcomp>"};
    int which = n->kind == N_LISTCOMP ? 0 : n->kind == N_SETCOMP ? 1 : n->kind == N_GENEXP ? 2 : 3;
    Scope *s = symtable_child(u->scope, n);
    Obj *name = intern(names[which]);
    Unit *c = unit_new(s, u, child_qualname(u, name));
    c->line = n->line;
    if (which != 2)
        emit(c, which == 0 ? OPC_BUILD_LIST : which == 1 ? OPC_BUILD_SET : OPC_BUILD_MAP, 0);
    int *loops = gc_alloc_atomic(sizeof(int) * (size_t)n->l1.n * 2);
    for (int i = 0; i < n->l1.n; i++) {
        Node *g = n->l1.items[i];
        if (i == 0) {
            emit(c, OPC_LOAD_FAST, 0);
        } else {
            compile_expr(c, g->b);
            emit(c, OPC_GET_ITER, 0);
        }
        loops[2 * i] = c->n;
        loops[2 * i + 1] = emit(c, OPC_FOR_ITER, 0);
        compile_store(c, g->a);
        for (int k = 0; k < g->l1.n; k++) {
            compile_expr(c, g->l1.items[k]);
            emit(c, OPC_POP_JUMP_IF_FALSE, (uint32_t)loops[2 * i]);
        }
    }
    c->line = n->line;
    uint32_t depth = (uint32_t)n->l1.n + 1;
    if (which == 3) {
        compile_expr(c, n->a);
        compile_expr(c, n->b);
        emit(c, OPC_MAP_ADD, depth);
    } else {
        compile_expr(c, n->a);
        if (which == 2) {
            emit(c, OPC_YIELD_VALUE, 0);
            emit(c, OPC_POP_TOP, 0);
        } else {
            emit(c, which == 0 ? OPC_LIST_APPEND : OPC_SET_ADD, depth);
        }
    }
    for (int i = n->l1.n - 1; i >= 0; i--) {
        emit(c, OPC_JUMP, (uint32_t)loops[2 * i]);
        patch_here(c, loops[2 * i + 1]);
    }
    if (which == 2)
        load_const(c, None);
    emit(c, OPC_RETURN_VALUE, 0);
    CodeObj *code = unit_finish(c, name, 1, 0, 0, which == 2 ? CO_GENERATOR : 0);
    make_function(u, code, 0);
    u->line = n->line;
    compile_expr(u, n->l1.items[0]->b);
    emit(u, OPC_GET_ITER, 0);
    emit(u, OPC_CALL_FUNCTION, 1);
}

/* Call arguments: returns true when they were compiled for CALL_EX (stars present). */
static bool compile_call_args(Unit *u, NodeList *pos, NodeList *kws, int extra_self, uint32_t *nargs)
{
    bool star = false;
    for (int i = 0; i < pos->n; i++)
        if (pos->items[i]->kind == N_STARRED)
            star = true;
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->name)
            star = true;
    if (!star) {
        for (int i = 0; i < pos->n; i++)
            compile_expr(u, pos->items[i]);
        if (kws->n) {
            Obj *names = tuple_new((size_t)kws->n);
            for (int i = 0; i < kws->n; i++) {
                compile_expr(u, kws->items[i]->a);
                tuple_items(names)[i] = kws->items[i]->name;
            }
            emit(u, OPC_KW_NAMES, add_const(u, names));
        }
        *nargs = (uint32_t)(pos->n + kws->n + extra_self);
        return false;
    }
    uint32_t flags = 0;
    if (pos->n == 1 && pos->items[0]->kind == N_STARRED) {
        /* f(*x): x goes to the call as it is, which checks that it is iterable. */
        compile_expr(u, pos->items[0]->a);
        flags = CALL_EX_UNPACK;
    } else {
        /* Positional arguments into one list, then a tuple. */
        emit(u, OPC_BUILD_LIST, 0);
        for (int i = 0; i < pos->n; i++) {
            Node *a = pos->items[i];
            if (a->kind == N_STARRED) {
                compile_expr(u, a->a);
                emit(u, OPC_LIST_EXTEND, 1);
            } else {
                compile_expr(u, a);
                emit(u, OPC_LIST_APPEND, 1);
            }
        }
        emit(u, OPC_LIST_TO_TUPLE, 0);
    }
    if (kws->n) {
        emit(u, OPC_BUILD_MAP, 0);
        for (int i = 0; i < kws->n; i++) {
            Node *k = kws->items[i];
            if (k->name) {
                load_const(u, k->name);
                compile_expr(u, k->a);
                emit(u, OPC_BUILD_MAP, 1);
            } else {
                compile_expr(u, k->a);
            }
            emit(u, OPC_DICT_MERGE, 1);
        }
        flags |= CALL_EX_KWARGS;
    }
    *nargs = flags;
    return true;
}

static void compile_call(Unit *u, Node *n)
{
    Node *fn = n->a;
    uint32_t nargs;
    if (fn->kind == N_ATTR) {
        bool star = false;
        for (int i = 0; i < n->l1.n; i++)
            star |= n->l1.items[i]->kind == N_STARRED;
        for (int i = 0; i < n->l2.n; i++)
            star |= !n->l2.items[i]->name;
        if (!star) {
            compile_expr(u, fn->a);
            u->line = fn->line;
            emit(u, OPC_LOAD_METHOD, name_arg(u, fn->name));
            compile_call_args(u, &n->l1, &n->l2, 0, &nargs);
            u->line = n->line;
            emit(u, OPC_CALL_METHOD, nargs);
            return;
        }
    }
    compile_expr(u, fn);
    if (compile_call_args(u, &n->l1, &n->l2, 0, &nargs)) {
        u->line = n->line;
        emit(u, OPC_CALL_EX, nargs);
    } else {
        u->line = n->line;
        emit(u, OPC_CALL_FUNCTION, nargs);
    }
}

static bool all_constants(NodeList *elts)
{
    for (int i = 0; i < elts->n; i++)
        if (!constant_of(elts->items[i]))
            return false;
    return true;
}

/* The frozenset constant of a set display of constants, or NULL when one is unhashable. CPython
 * builds it twice: from the elements, then (merging constants) again from that frozenset's own
 * iteration order, which decides where colliding hashes land. */
static Obj *constant_frozenset(Obj *items)
{
    ExcJump j;
    volatile Obj *r = NULL;
    EXC_TRY(j) {
        r = set_from_iterable(&type_frozenset, tuple_from_iterable(set_from_iterable(&type_frozenset, items)));
        exc_pop(&j);
    } else {
        return NULL;
    }
    return (Obj *)r;
}

/* Builds a list, tuple or set display, with starred elements unpacked. */
static void compile_sequence(Unit *u, NodeList *elts, int kind)
{
    bool star = false;
    for (int i = 0; i < elts->n; i++)
        star |= elts->items[i]->kind == N_STARRED;
    int build = kind == N_SET ? OPC_BUILD_SET : OPC_BUILD_LIST;
    if (kind == N_SET && !star && elts->n >= 3 && all_constants(elts)) {
        /* As CPython compiles it: the elements as a frozenset constant, whose table order is the
         * order the set is filled in (and printed). */
        Obj *items = tuple_new((size_t)elts->n);
        for (int i = 0; i < elts->n; i++)
            tuple_items(items)[i] = constant_of(elts->items[i]);
        Obj *frozen = constant_frozenset(items);
        if (frozen) {
            emit(u, OPC_BUILD_SET, 0);
            load_const(u, frozen);
            emit(u, OPC_SET_UPDATE, 1);
            return;
        }
    }
    if (!star) {
        for (int i = 0; i < elts->n; i++)
            compile_expr(u, elts->items[i]);
        emit(u, kind == N_TUPLE ? OPC_BUILD_TUPLE : build, (uint32_t)elts->n);
        return;
    }
    emit(u, build, 0);
    for (int i = 0; i < elts->n; i++) {
        Node *e = elts->items[i];
        if (e->kind == N_STARRED) {
            compile_expr(u, e->a);
            emit(u, kind == N_SET ? OPC_SET_UPDATE : OPC_LIST_EXTEND, 1);
        } else {
            compile_expr(u, e);
            emit(u, kind == N_SET ? OPC_SET_ADD : OPC_LIST_APPEND, 1);
        }
    }
    if (kind == N_TUPLE)
        emit(u, OPC_LIST_TO_TUPLE, 0);
}

static void compile_compare(Unit *u, Node *n)
{
    compile_expr(u, n->a);
    int *cleanups = gc_alloc_atomic(sizeof(int) * (size_t)n->l1.n);
    for (int i = 0; i < n->l1.n; i++) {
        compile_expr(u, n->l1.items[i]);
        bool last = i == n->l1.n - 1;
        if (!last) {
            emit(u, OPC_DUP_TOP, 0);
            emit(u, OPC_ROT_THREE, 0);
        }
        u->line = n->line;
        int op = n->ops[i];
        if (op < 6)
            emit(u, OPC_COMPARE_OP, (uint32_t)op);
        else if (op == CMPX_IS || op == CMPX_IS_NOT)
            emit(u, OPC_IS_OP, op == CMPX_IS_NOT);
        else
            emit(u, OPC_CONTAINS_OP, op == CMPX_NOT_IN);
        if (!last)
            cleanups[i] = emit(u, OPC_JUMP_IF_FALSE_OR_POP, 0);
    }
    if (n->l1.n > 1) {
        int end = emit(u, OPC_JUMP, 0);
        for (int i = 0; i < n->l1.n - 1; i++)
            patch_here(u, cleanups[i]);
        emit(u, OPC_ROT_TWO, 0);
        emit(u, OPC_POP_TOP, 0);
        patch_here(u, end);
    }
}

static void compile_fstring(Unit *u, Node *n)
{
    for (int i = 0; i < n->l1.n; i++) {
        Node *part = n->l1.items[i];
        if (part->kind == N_CONST) {
            load_const(u, part->value);
            continue;
        }
        compile_expr(u, part->a);
        uint32_t flags = part->op == 's' ? 1 : part->op == 'r' ? 2 : part->op == 'a' ? 3 : 0;
        if (part->b) {
            compile_fstring(u, part->b);
            flags |= 4;
        }
        emit(u, OPC_FORMAT_VALUE, flags);
    }
    if (n->l1.n != 1 || n->l1.items[0]->kind == N_CONST)
        emit(u, OPC_BUILD_STRING, (uint32_t)n->l1.n);
}

static bool is_small_number(Obj *v)
{
    if (is_small(v))
        return small_value(v) > -((intptr_t)1 << 32) && small_value(v) < ((intptr_t)1 << 32);
    return TYPE(v) == &type_float;
}

/* Folds arithmetic on two numeric literals (2 / 17, 10 ** 9) as CPython's optimizer does; only
 * for small operands, and never when the operation raises (the error then happens at run time). */
/* a op b (a binary OP_* or, with unary set, a UNARY_* on a alone), or NULL when it raises: the
 * error then happens at run time, where CPython reports it. */
static Obj *fold(Obj *a, Obj *b, int op, bool unary)
{
    ExcJump j;
    volatile Obj *r = NULL;
    EXC_TRY(j) {
        r = unary ? obj_unop(a, op) : obj_binop(a, b, op);
        exc_pop(&j);
    } else {
        return NULL;
    }
    return (Obj *)r;
}

static Obj *fold_binop(Node *n)
{
    Obj *a = constant_of(n->a), *b = a ? constant_of(n->b) : NULL;
    if (!a || !b || !is_small_number(a) || !is_small_number(b))
        return NULL;
    if (n->op == OP_POW && (!is_small(b) || small_value(b) > 64 || small_value(b) < -64))
        return NULL;
    if (n->op == OP_LSHIFT || n->op == OP_MATMUL)
        return NULL;
    return fold(a, b, n->op, false);
}

/* The value of an expression CPython's optimizer reduces to a constant (a literal, arithmetic on
 * small numeric literals), or NULL. */
static Obj *constant_of(Node *n)
{
    if (n->kind == N_CONST)
        return n->value;
    if (n->kind == N_BINOP)
        return fold_binop(n);
    if (n->kind == N_UNARY) {
        Obj *a = constant_of(n->a);
        if (a && is_small_number(a))
            return fold(a, NULL, n->op, true);
    }
    return NULL;
}

static void compile_expr(Unit *u, Node *n)
{
    int saved = u->line;
    set_line(u, n);
    switch (n->kind) {
    case N_NAME:
        compile_name(u, n->name, CTX_LOAD);
        break;
    case N_CONST:
        load_const(u, n->value);
        break;
    case N_FSTRING:
        if (!n->l1.n)
            load_const(u, str_empty());
        else
            compile_fstring(u, n);
        break;
    case N_BINOP: {
        Obj *folded = fold_binop(n);
        if (folded) {
            load_const(u, folded);
            break;
        }
        compile_expr(u, n->a);
        compile_expr(u, n->b);
        u->line = n->line;
        emit(u, OPC_BINARY_OP, (uint32_t)n->op);
        break;
    }
    case N_UNARY: {
        Obj *folded = constant_of(n);
        if (folded) {
            load_const(u, folded);
            break;
        }
        compile_expr(u, n->a);
        emit(u, OPC_UNARY_OP, (uint32_t)n->op);
        break;
    }
    case N_NOT:
        compile_expr(u, n->a);
        emit(u, OPC_UNARY_NOT, 0);
        break;
    case N_BOOLOP: {
        int *jumps = gc_alloc_atomic(sizeof(int) * (size_t)n->l1.n);
        for (int i = 0; i < n->l1.n; i++) {
            compile_expr(u, n->l1.items[i]);
            if (i < n->l1.n - 1)
                jumps[i] = emit(u, n->op ? OPC_JUMP_IF_TRUE_OR_POP : OPC_JUMP_IF_FALSE_OR_POP, 0);
        }
        for (int i = 0; i < n->l1.n - 1; i++)
            patch_here(u, jumps[i]);
        break;
    }
    case N_COMPARE:
        compile_compare(u, n);
        break;
    case N_CALL:
        compile_call(u, n);
        break;
    case N_ATTR:
        compile_expr(u, n->a);
        u->line = n->line;
        emit(u, OPC_LOAD_ATTR, name_arg(u, n->name));
        break;
    case N_SUBSCRIPT:
        compile_expr(u, n->a);
        compile_expr(u, n->b);
        u->line = n->line;
        emit(u, OPC_BINARY_SUBSCR, 0);
        break;
    case N_SLICE: {
        int k = 2;
        if (n->a) compile_expr(u, n->a); else load_const(u, None);
        if (n->b) compile_expr(u, n->b); else load_const(u, None);
        if (n->c) {
            compile_expr(u, n->c);
            k = 3;
        }
        emit(u, OPC_BUILD_SLICE, (uint32_t)k);
        break;
    }
    case N_TUPLE: case N_LIST: case N_SET:
        compile_sequence(u, &n->l1, n->kind);
        break;
    case N_DICT: {
        bool star = false;
        for (int i = 0; i < n->l1.n; i++)
            star |= !n->l1.items[i];
        if (!star) {
            for (int i = 0; i < n->l1.n; i++) {
                compile_expr(u, n->l1.items[i]);
                compile_expr(u, n->l2.items[i]);
            }
            emit(u, OPC_BUILD_MAP, (uint32_t)n->l1.n);
            break;
        }
        emit(u, OPC_BUILD_MAP, 0);
        for (int i = 0; i < n->l1.n; i++) {
            if (n->l1.items[i]) {
                compile_expr(u, n->l1.items[i]);
                compile_expr(u, n->l2.items[i]);
                emit(u, OPC_BUILD_MAP, 1);
            } else {
                compile_expr(u, n->l2.items[i]);
            }
            emit(u, OPC_DICT_UPDATE, 1);
        }
        break;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP:
        compile_comprehension(u, n);
        break;
    case N_LAMBDA: {
        unsigned flags = compile_defaults(u, n->a);
        CodeObj *code = compile_function_body(u, n, intern("<lambda>"), true);
        make_function(u, code, flags);
        break;
    }
    case N_IFEXP: {
        compile_expr(u, n->a);
        int other = emit(u, OPC_POP_JUMP_IF_FALSE, 0);
        compile_expr(u, n->b);
        int end = emit(u, OPC_JUMP, 0);
        patch_here(u, other);
        compile_expr(u, n->c);
        patch_here(u, end);
        break;
    }
    case N_STARRED:
        lexer_error(n->line, "can't use starred expression here");
    case N_NAMEDEXPR:
        compile_expr(u, n->b);
        emit(u, OPC_DUP_TOP, 0);
        compile_name(u, n->a->name, CTX_STORE);
        break;
    case N_YIELD:
        if (n->a)
            compile_expr(u, n->a);
        else
            load_const(u, None);
        emit(u, OPC_YIELD_VALUE, 0);
        break;
    case N_YIELDFROM:
        compile_expr(u, n->a);
        emit(u, OPC_GET_YIELD_FROM_ITER, 0);
        load_const(u, None);
        emit(u, OPC_YIELD_FROM, 0);
        break;
    default:
        lexer_error(n->line, "invalid syntax");
    }
    u->line = saved;
}

/* ---- assignment targets ------------------------------------------------------------------------ */

static void compile_unpack(Unit *u, Node *t)
{
    int star = -1;
    for (int i = 0; i < t->l1.n; i++)
        if (t->l1.items[i]->kind == N_STARRED) {
            if (star >= 0)
                lexer_error(t->line, "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0)
        emit(u, OPC_UNPACK_SEQUENCE, (uint32_t)t->l1.n);
    else
        emit(u, OPC_UNPACK_EX, (uint32_t)star | ((uint32_t)(t->l1.n - star - 1) << 8));
    for (int i = 0; i < t->l1.n; i++) {
        Node *e = t->l1.items[i];
        compile_store(u, e->kind == N_STARRED ? e->a : e);
    }
}

static void compile_store(Unit *u, Node *t)
{
    int saved = u->line;
    set_line(u, t);
    switch (t->kind) {
    case N_NAME:
        compile_name(u, t->name, CTX_STORE);
        break;
    case N_ATTR:
        compile_expr(u, t->a);
        u->line = t->line;
        emit(u, OPC_STORE_ATTR, name_arg(u, t->name));
        break;
    case N_SUBSCRIPT:
        compile_expr(u, t->a);
        compile_expr(u, t->b);
        u->line = t->line;
        emit(u, OPC_STORE_SUBSCR, 0);
        break;
    case N_TUPLE: case N_LIST:
        compile_unpack(u, t);
        break;
    case N_STARRED:
        lexer_error(t->line, "starred assignment target must be in a list or tuple");
    default:
        lexer_error(t->line, "cannot assign to expression");
    }
    u->line = saved;
}

static void compile_delete(Unit *u, Node *t)
{
    set_line(u, t);
    switch (t->kind) {
    case N_NAME:
        compile_name(u, t->name, CTX_DEL);
        break;
    case N_ATTR:
        compile_expr(u, t->a);
        emit(u, OPC_DELETE_ATTR, name_arg(u, t->name));
        break;
    case N_SUBSCRIPT:
        compile_expr(u, t->a);
        compile_expr(u, t->b);
        emit(u, OPC_DELETE_SUBSCR, 0);
        break;
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < t->l1.n; i++)
            compile_delete(u, t->l1.items[i]);
        break;
    default:
        lexer_error(t->line, "cannot delete expression");
    }
}

/* ---- statements -------------------------------------------------------------------------------- */

static FBlock *push_fblock(Unit *u, int kind)
{
    if (u->nfblocks == (int)(sizeof u->fblocks / sizeof u->fblocks[0]))
        lexer_error(u->line, "too many statically nested blocks");
    FBlock *b = &u->fblocks[u->nfblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    return b;
}

static void add_break(FBlock *b, int at)
{
    if (b->nbreaks == b->capbreaks) {
        b->capbreaks = b->capbreaks ? b->capbreaks * 2 : 4;
        b->breaks = gc_realloc(b->breaks, sizeof(int) * (size_t)b->capbreaks);
    }
    b->breaks[b->nbreaks++] = at;
}

/* Emits what leaving fblock b on the way out requires; `with_value` when a return value sits on
 * top of the stack. */
static void unwind_fblock(Unit *u, FBlock *b, bool with_value)
{
    switch (b->kind) {
    case FB_WHILE:
        break;
    case FB_FOR:
        if (with_value)
            emit(u, OPC_ROT_TWO, 0);
        emit(u, OPC_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT:
        emit(u, OPC_POP_BLOCK, 0);
        break;
    case FB_TRY_FINALLY: {
        emit(u, OPC_POP_BLOCK, 0);
        /* The finally body runs with the fblocks outside it. */
        int saved = u->nfblocks;
        u->nfblocks = (int)(b - u->fblocks);
        compile_stmts(u, &b->final->l4);
        u->nfblocks = saved;
        break;
    }
    case FB_EXCEPT_HANDLER:
        if (with_value)
            emit(u, OPC_ROT_TWO, 0);
        emit(u, OPC_POP_EXCEPT, 0);
        break;
    case FB_FINALLY_HANDLER:
        if (with_value) {
            emit(u, OPC_ROT_THREE, 0);
            emit(u, OPC_POP_TOP, 0);
            emit(u, OPC_ROT_TWO, 0);
        } else {
            emit(u, OPC_POP_TOP, 0);
        }
        emit(u, OPC_POP_EXCEPT, 0);
        break;
    case FB_WITH:
        emit(u, OPC_POP_BLOCK, 0);
        if (with_value)
            emit(u, OPC_ROT_TWO, 0);
        emit(u, OPC_WITH_EXIT, 0);
        break;
    }
}

static void compile_loop_jump(Unit *u, Node *n, bool is_break)
{
    int i = u->nfblocks - 1;
    while (i >= 0 && u->fblocks[i].kind != FB_WHILE && u->fblocks[i].kind != FB_FOR)
        i--;
    if (i < 0)
        lexer_error(n->line, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    for (int k = u->nfblocks - 1; k > i; k--)
        unwind_fblock(u, &u->fblocks[k], false);
    FBlock *loop = &u->fblocks[i];
    if (is_break) {
        if (loop->kind == FB_FOR)
            emit(u, OPC_POP_TOP, 0);
        add_break(loop, emit(u, OPC_JUMP, 0));
    } else {
        emit(u, OPC_JUMP, (uint32_t)loop->start);
    }
}

static void compile_return(Unit *u, Node *n)
{
    if (n->a)
        compile_expr(u, n->a);
    else
        load_const(u, None);
    for (int k = u->nfblocks - 1; k >= 0; k--)
        unwind_fblock(u, &u->fblocks[k], true);
    u->line = n->line;
    emit(u, OPC_RETURN_VALUE, 0);
}

static void compile_try_except(Unit *u, Node *n)
{
    int setup = emit(u, OPC_SETUP_FINALLY, 0);
    push_fblock(u, FB_TRY_EXCEPT);
    compile_stmts(u, &n->l1);
    u->nfblocks--;
    emit(u, OPC_POP_BLOCK, 0);
    compile_stmts(u, &n->l3);
    int *ends = gc_alloc_atomic(sizeof(int) * ((size_t)n->l2.n + 1));
    int nends = 0;
    ends[nends++] = emit(u, OPC_JUMP, 0);
    patch_here(u, setup);
    u->line = n->l2.items[0]->line;
    emit(u, OPC_PUSH_EXC_INFO, 0);
    for (int i = 0; i < n->l2.n; i++) {
        Node *h = n->l2.items[i];
        u->line = h->line;
        int next = -1;
        if (h->a) {
            compile_expr(u, h->a);
            emit(u, OPC_CHECK_EXC_MATCH, 0);
            next = emit(u, OPC_POP_JUMP_IF_FALSE, 0);
        } else if (i != n->l2.n - 1) {
            lexer_error(h->line, "default 'except:' must be last");
        }
        if (h->name)
            compile_name(u, h->name, CTX_STORE);
        else
            emit(u, OPC_POP_TOP, 0);
        push_fblock(u, FB_EXCEPT_HANDLER);
        compile_stmts(u, &h->l1);
        u->nfblocks--;
        emit(u, OPC_POP_EXCEPT, 0);
        if (h->name) {
            load_const(u, None);
            compile_name(u, h->name, CTX_STORE);
            compile_name(u, h->name, CTX_DEL);
        }
        ends[nends++] = emit(u, OPC_JUMP, 0);
        if (next >= 0)
            patch_here(u, next);
    }
    emit(u, OPC_RERAISE, 0);
    for (int i = 0; i < nends; i++)
        patch_here(u, ends[i]);
}

static void compile_try(Unit *u, Node *n)
{
    if (!n->l4.n) {
        compile_try_except(u, n);
        return;
    }
    int setup = emit(u, OPC_SETUP_FINALLY, 0);
    FBlock *fb = push_fblock(u, FB_TRY_FINALLY);
    fb->final = n;
    if (n->l2.n)
        compile_try_except(u, n);
    else
        compile_stmts(u, &n->l1);
    u->nfblocks--;
    emit(u, OPC_POP_BLOCK, 0);
    compile_stmts(u, &n->l4);
    int end = emit(u, OPC_JUMP, 0);
    patch_here(u, setup);
    emit(u, OPC_PUSH_EXC_INFO, 0);
    push_fblock(u, FB_FINALLY_HANDLER);
    compile_stmts(u, &n->l4);
    u->nfblocks--;
    emit(u, OPC_RERAISE, 0);
    patch_here(u, end);
}

static void compile_with(Unit *u, Node *n, int item)
{
    Node *it = n->l1.items[item];
    u->line = it->line;
    compile_expr(u, it->a);
    int setup = emit(u, OPC_SETUP_WITH, 0);
    if (it->b)
        compile_store(u, it->b);
    else
        emit(u, OPC_POP_TOP, 0);
    push_fblock(u, FB_WITH);
    if (item + 1 < n->l1.n)
        compile_with(u, n, item + 1);
    else
        compile_stmts(u, &n->l2);
    u->nfblocks--;
    emit(u, OPC_POP_BLOCK, 0);
    emit(u, OPC_WITH_EXIT, 0);
    int end = emit(u, OPC_JUMP, 0);
    patch_here(u, setup);
    emit(u, OPC_PUSH_EXC_INFO, 0);
    emit(u, OPC_WITH_EXCEPT, 0);
    patch_here(u, end);
}

static void compile_funcdef(Unit *u, Node *n)
{
    for (int i = 0; i < n->l2.n; i++)
        compile_expr(u, n->l2.items[i]);
    u->line = n->line;
    unsigned flags = compile_defaults(u, n->a);
    CodeObj *code = compile_function_body(u, n, n->name, false);
    u->line = n->line;
    make_function(u, code, flags);
    for (int i = 0; i < n->l2.n; i++)
        emit(u, OPC_CALL_FUNCTION, 1);
    compile_name(u, n->name, CTX_STORE);
}

static void compile_classdef(Unit *u, Node *n)
{
    for (int i = 0; i < n->l2.n; i++)
        compile_expr(u, n->l2.items[i]);
    u->line = n->line;
    Scope *s = symtable_child(u->scope, n);
    Unit *c = unit_new(s, u, child_qualname(u, n->name));
    Obj *doc = docstring(&n->l1);
    if (doc) {
        load_const(c, doc);
        emit(c, OPC_STORE_NAME, name_arg(c, intern("__doc__")));
    }
    compile_stmts(c, &n->l1);
    if (s->needs_class_cell) {
        emit(c, OPC_LOAD_CLOSURE, deref_arg(c, intern("__class__")));
        emit(c, OPC_RETURN_VALUE, 0);
    } else {
        load_const(c, None);
        emit(c, OPC_RETURN_VALUE, 0);
    }
    CodeObj *code = unit_finish(c, n->name, 0, 0, 0, CO_NAMESPACE);
    u->line = n->line;
    make_function(u, code, 0);
    load_const(u, n->name);
    for (int i = 0; i < n->l3.n; i++)
        compile_expr(u, n->l3.items[i]);
    int nkw = 0;
    Obj *names = tuple_new((size_t)n->l4.n);
    for (int i = 0; i < n->l4.n; i++) {
        Node *k = n->l4.items[i];
        if (!k->name)
            lexer_error(k->line, "class keyword ** arguments are not supported");
        compile_expr(u, k->a);
        tuple_items(names)[nkw++] = k->name;
    }
    if (nkw)
        emit(u, OPC_KW_NAMES, add_const(u, names));
    emit(u, OPC_BUILD_CLASS, (uint32_t)(n->l3.n + nkw));
    for (int i = 0; i < n->l2.n; i++)
        emit(u, OPC_CALL_FUNCTION, 1);
    compile_name(u, n->name, CTX_STORE);
}

static void compile_import(Unit *u, Node *n)
{
    for (int i = 0; i < n->l1.n; i++) {
        Node *al = n->l1.items[i];
        load_const(u, al->value ? tuple_empty() : None);
        emit(u, OPC_IMPORT_NAME, name_arg(u, al->name));
        if (al->value) {
            compile_name(u, al->value, CTX_STORE);
        } else {
            const char *full = str_cstr(al->name);
            const char *dot = strchr(full, '.');
            compile_name(u, dot ? str_intern(str_new(full, (size_t)(dot - full))) : al->name, CTX_STORE);
        }
    }
}

static void compile_import_from(Unit *u, Node *n)
{
    if (n->op > 0)
        lexer_error(n->line, "attempted relative import with no known parent package");
    Obj *names = tuple_new((size_t)n->l1.n);
    for (int i = 0; i < n->l1.n; i++)
        tuple_items(names)[i] = n->l1.items[i]->name;
    load_const(u, names);
    emit(u, OPC_IMPORT_NAME, name_arg(u, n->name));
    if (n->l1.n == 1 && strcmp(str_cstr(n->l1.items[0]->name), "*") == 0) {
        emit(u, OPC_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < n->l1.n; i++) {
        Node *al = n->l1.items[i];
        emit(u, OPC_IMPORT_FROM, name_arg(u, al->name));
        compile_name(u, al->value ? al->value : al->name, CTX_STORE);
    }
    emit(u, OPC_POP_TOP, 0);
}

static void compile_augassign(Unit *u, Node *n)
{
    Node *t = n->a;
    switch (t->kind) {
    case N_NAME:
        compile_name(u, t->name, CTX_LOAD);
        compile_expr(u, n->b);
        u->line = n->line;
        emit(u, OPC_BINARY_OP, (uint32_t)(n->op | OP_INPLACE));
        compile_name(u, t->name, CTX_STORE);
        break;
    case N_ATTR:
        compile_expr(u, t->a);
        emit(u, OPC_DUP_TOP, 0);
        emit(u, OPC_LOAD_ATTR, name_arg(u, t->name));
        compile_expr(u, n->b);
        u->line = n->line;
        emit(u, OPC_BINARY_OP, (uint32_t)(n->op | OP_INPLACE));
        emit(u, OPC_ROT_TWO, 0);
        emit(u, OPC_STORE_ATTR, name_arg(u, t->name));
        break;
    default:
        compile_expr(u, t->a);
        compile_expr(u, t->b);
        emit(u, OPC_DUP_TOP_TWO, 0);
        emit(u, OPC_BINARY_SUBSCR, 0);
        compile_expr(u, n->b);
        u->line = n->line;
        emit(u, OPC_BINARY_OP, (uint32_t)(n->op | OP_INPLACE));
        emit(u, OPC_ROT_THREE, 0);
        emit(u, OPC_STORE_SUBSCR, 0);
    }
}

static void compile_stmt(Unit *u, Node *n)
{
    set_line(u, n);
    switch (n->kind) {
    case N_EXPR:
        if (n->a->kind == N_CONST)
            break;
        compile_expr(u, n->a);
        emit(u, OPC_POP_TOP, 0);
        break;
    case N_ASSIGN:
        compile_expr(u, n->a);
        for (int i = 0; i < n->l1.n; i++) {
            if (i < n->l1.n - 1)
                emit(u, OPC_DUP_TOP, 0);
            compile_store(u, n->l1.items[i]);
        }
        break;
    case N_AUGASSIGN:
        compile_augassign(u, n);
        break;
    case N_ANNASSIGN:
        if (n->b) {
            compile_expr(u, n->b);
            compile_store(u, n->a);
        }
        break;
    case N_DEL:
        for (int i = 0; i < n->l1.n; i++)
            compile_delete(u, n->l1.items[i]);
        break;
    case N_PASS: case N_GLOBAL: case N_NONLOCAL:
        break;
    case N_BREAK: case N_CONTINUE:
        compile_loop_jump(u, n, n->kind == N_BREAK);
        break;
    case N_RETURN:
        compile_return(u, n);
        break;
    case N_RAISE:
        if (n->a) {
            compile_expr(u, n->a);
            if (n->b)
                compile_expr(u, n->b);
        }
        u->line = n->line;
        emit(u, OPC_RAISE_VARARGS, n->a ? (n->b ? 2 : 1) : 0);
        break;
    case N_ASSERT: {
        compile_expr(u, n->a);
        int ok = emit(u, OPC_POP_JUMP_IF_TRUE, 0);
        emit(u, OPC_LOAD_ASSERTION_ERROR, 0);
        if (n->b) {
            compile_expr(u, n->b);
            emit(u, OPC_CALL_FUNCTION, 1);
        }
        u->line = n->line;
        emit(u, OPC_RAISE_VARARGS, 1);
        patch_here(u, ok);
        break;
    }
    case N_IMPORT:
        compile_import(u, n);
        break;
    case N_IMPORTFROM:
        compile_import_from(u, n);
        break;
    case N_IF: {
        compile_expr(u, n->a);
        int other = emit(u, OPC_POP_JUMP_IF_FALSE, 0);
        compile_stmts(u, &n->l1);
        if (n->l2.n) {
            int end = emit(u, OPC_JUMP, 0);
            patch_here(u, other);
            compile_stmts(u, &n->l2);
            patch_here(u, end);
        } else {
            patch_here(u, other);
        }
        break;
    }
    case N_WHILE: {
        int start = u->n;
        compile_expr(u, n->a);
        int exit = emit(u, OPC_POP_JUMP_IF_FALSE, 0);
        FBlock *b = push_fblock(u, FB_WHILE);
        b->start = start;
        compile_stmts(u, &n->l1);
        u->line = n->line;
        emit(u, OPC_JUMP, (uint32_t)start);
        u->nfblocks--;
        patch_here(u, exit);
        compile_stmts(u, &n->l2);
        for (int i = 0; i < b->nbreaks; i++)
            patch_here(u, b->breaks[i]);
        break;
    }
    case N_FOR: {
        compile_expr(u, n->b);
        emit(u, OPC_GET_ITER, 0);
        int start = u->n;
        u->line = n->line;
        int loop = emit(u, OPC_FOR_ITER, 0);
        FBlock *b = push_fblock(u, FB_FOR);
        b->start = start;
        compile_store(u, n->a);
        compile_stmts(u, &n->l1);
        u->line = n->line;
        emit(u, OPC_JUMP, (uint32_t)start);
        u->nfblocks--;
        patch_here(u, loop);
        compile_stmts(u, &n->l2);
        for (int i = 0; i < b->nbreaks; i++)
            patch_here(u, b->breaks[i]);
        break;
    }
    case N_TRY:
        compile_try(u, n);
        break;
    case N_WITH:
        compile_with(u, n, 0);
        break;
    case N_FUNCDEF:
        compile_funcdef(u, n);
        break;
    case N_CLASSDEF:
        compile_classdef(u, n);
        break;
    default:
        lexer_error(n->line, "invalid syntax");
    }
}

static void compile_stmts(Unit *u, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        compile_stmt(u, l->items[i]);
}

CodeObj *compile_module(const char *src, size_t len, bool prelude, int mode, CodeObj **trailing)
{
    if (mode == COMPILE_EVAL)
        while (len && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
    Node *m = ast_parse(src, len);
    Scope *top = symtable_build(m);
    Node *last = NULL;
    if ((mode == COMPILE_CELL || mode == COMPILE_EVAL) && m->l1.n && m->l1.items[m->l1.n - 1]->kind == N_EXPR) {
        last = m->l1.items[m->l1.n - 1];
        m->l1.n--;
    }
    if (mode == COMPILE_EVAL && (!last || m->l1.n))
        lexer_error(m->l1.n ? m->l1.items[0]->line : 1, "invalid syntax");
    Unit *u = unit_new(top, NULL, NULL);
    u->prelude = prelude;
    u->namespace = mode == COMPILE_EXEC || mode == COMPILE_EVAL;
    if (mode == COMPILE_EVAL) {
        u->line = last->line;
        compile_expr(u, last->a);
        emit(u, OPC_RETURN_VALUE, 0);
        return unit_finish(u, intern("<module>"), 0, 0, 0, CO_NAMESPACE);
    }
    Obj *doc = mode == COMPILE_EXEC ? NULL : docstring(&m->l1);
    if (doc) {
        load_const(u, doc);
        compile_name(u, intern("__doc__"), CTX_STORE);
    }
    compile_stmts(u, &m->l1);
    load_const(u, None);
    emit(u, OPC_RETURN_VALUE, 0);
    CodeObj *code = unit_finish(u, intern("<module>"), 0, 0, 0, u->namespace ? CO_NAMESPACE : 0);
    if (trailing) {
        *trailing = NULL;
        if (last) {
            Unit *e = unit_new(top, NULL, NULL);
            e->line = last->line;
            compile_expr(e, last->a);
            emit(e, OPC_RETURN_VALUE, 0);
            *trailing = unit_finish(e, intern("<module>"), 0, 0, 0, 0);
        }
    }
    return code;
}

Type type_code = {
    .base = {&type_type},
    .name = "code",
    .basicsize = sizeof(CodeObj),
};
