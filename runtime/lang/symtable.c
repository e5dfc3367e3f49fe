/* runtime/lang/symtable.c — scope analysis: collect what each scope binds and uses, then decide
 * for every name whether it is local, global, a cell or a free variable. */
#include "runtime/lang/symtable.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/lexer.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"

enum {
    DEF_LOCAL = 1,          /* bound here */
    DEF_PARAM = 2,
    DEF_GLOBAL = 4,         /* declared global */
    DEF_NONLOCAL = 8,       /* declared nonlocal */
    DEF_USE = 16,
    DEF_COMPFREE = 32,      /* a walrus target in a comprehension: bound in the enclosing function */
};

static Scope *scope_new(int kind, Node *node, Scope *parent)
{
    Scope *s = gc_alloc(sizeof *s);
    s->kind = kind;
    s->node = node;
    s->parent = parent;
    s->names = dict_new();
    s->flags = dict_new();
    s->params = list_new(0);
    if (parent) {
        if (parent->nkids == parent->capkids) {
            parent->capkids = parent->capkids ? parent->capkids * 2 : 4;
            parent->kids = gc_realloc(parent->kids, sizeof(Scope *) * (size_t)parent->capkids);
        }
        parent->kids[parent->nkids++] = s;
    }
    return s;
}

static int flags_of(Scope *s, Obj *name)
{
    Obj *f = dict_get(s->flags, name);
    return f ? (int)small_value(f) : 0;
}

static void add_flag(Scope *s, Obj *name, int flag)
{
    int old = flags_of(s, name);
    if (flag & (DEF_GLOBAL | DEF_NONLOCAL)) {
        if (old & DEF_PARAM)
            lexer_error(s->node->line, "name '%s' is parameter and %s", str_cstr(name),
                        flag & DEF_GLOBAL ? "global" : "nonlocal");
    }
    dict_set(s->flags, name, small_new(old | flag));
}

static Obj *intern(const char *s) { return str_intern_cstr(s); }

static void visit_expr(Scope *s, Node *n);
static void visit_stmts(Scope *s, NodeList *l);

static void visit_exprs(Scope *s, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i])
            visit_expr(s, l->items[i]);
}

static void bind(Scope *s, Obj *name) { add_flag(s, name, DEF_LOCAL); }

static void visit_target(Scope *s, Node *n)
{
    switch (n->kind) {
    case N_NAME:
        bind(s, n->name);
        break;
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < n->l1.n; i++)
            visit_target(s, n->l1.items[i]);
        break;
    case N_STARRED:
        visit_target(s, n->a);
        break;
    default:
        visit_expr(s, n);
    }
}

static void visit_arguments(Scope *outer, Scope *inner, Node *args)
{
    visit_exprs(outer, &args->l2);
    visit_exprs(outer, &args->l4);
    for (int i = 0; i < args->l1.n; i++) {
        add_flag(inner, args->l1.items[i]->name, DEF_PARAM | DEF_LOCAL);
        list_append(inner->params, args->l1.items[i]->name);
    }
    for (int i = 0; i < args->l3.n; i++) {
        add_flag(inner, args->l3.items[i]->name, DEF_PARAM | DEF_LOCAL);
        list_append(inner->params, args->l3.items[i]->name);
    }
    if (args->a) {
        add_flag(inner, args->a->name, DEF_PARAM | DEF_LOCAL);
        list_append(inner->params, args->a->name);
    }
    if (args->b) {
        add_flag(inner, args->b->name, DEF_PARAM | DEF_LOCAL);
        list_append(inner->params, args->b->name);
    }
}

static void visit_comprehension(Scope *s, Node *n)
{
    Node *first = n->l1.items[0];
    visit_expr(s, first->b);
    Scope *c = scope_new(SC_FUNCTION, n, s);
    c->comprehension = true;
    c->generator = n->kind == N_GENEXP;
    add_flag(c, intern(".0"), DEF_PARAM | DEF_LOCAL);
    list_append(c->params, intern(".0"));
    for (int i = 0; i < n->l1.n; i++) {
        Node *g = n->l1.items[i];
        if (i > 0)
            visit_expr(c, g->b);
        visit_target(c, g->a);
        visit_exprs(c, &g->l1);
    }
    visit_expr(c, n->a);
    if (n->b)
        visit_expr(c, n->b);
}

/* Expressions nest without bound through chains the parser builds in a loop (a.b.b..., f()()...,
 * 1+1+...): deeper than CPython compiles, they are refused before any pass recurses that deep. */
#define MAX_EXPR_DEPTH 2990
static int expr_depth;

static void visit_expr_node(Scope *s, Node *n);

static void visit_expr(Scope *s, Node *n)
{
    if (!n)
        return;
    if (++expr_depth > MAX_EXPR_DEPTH)
        exc_raisef(&type_RecursionError, "maximum recursion depth exceeded during compilation");
    visit_expr_node(s, n);
    expr_depth--;
}

static void visit_expr_node(Scope *s, Node *n)
{
    switch (n->kind) {
    case N_NAME:
        add_flag(s, n->name, DEF_USE);
        if (s->kind == SC_FUNCTION && strcmp(str_cstr(n->name), "super") == 0)
            add_flag(s, intern("__class__"), DEF_USE);
        break;
    case N_CONST:
        break;
    case N_LAMBDA: {
        Scope *f = scope_new(SC_FUNCTION, n, s);
        f->name = intern("<lambda>");
        visit_arguments(s, f, n->a);
        visit_expr(f, n->b);
        break;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP:
        visit_comprehension(s, n);
        break;
    case N_NAMEDEXPR: {
        visit_expr(s, n->b);
        Obj *name = n->a->name;
        if (!s->comprehension) {
            bind(s, name);
            break;
        }
        Scope *t = s;
        while (t->comprehension) {
            add_flag(t, name, DEF_COMPFREE);
            t = t->parent;
        }
        if (t->kind == SC_CLASS)
            lexer_error(n->line, "assignment expression within a comprehension cannot be used in a class body");
        if (t->kind == SC_MODULE)
            add_flag(t, name, DEF_LOCAL);
        else
            bind(t, name);
        break;
    }
    case N_YIELD: case N_YIELDFROM:
        if (s->kind != SC_FUNCTION)
            lexer_error(n->line, "'yield' outside function");
        if (s->comprehension)
            lexer_error(n->line, "'yield' inside %s", s->node->kind == N_GENEXP ? "generator expression"
                                                                               : "list comprehension");
        s->generator = true;
        visit_expr(s, n->a);
        break;
    default:
        visit_expr(s, n->a);
        visit_expr(s, n->b);
        visit_expr(s, n->c);
        visit_exprs(s, &n->l1);
        visit_exprs(s, &n->l2);
        break;
    }
}

static void visit_stmt(Scope *s, Node *n)
{
    switch (n->kind) {
    case N_FUNCDEF: {
        visit_exprs(s, &n->l2);
        bind(s, n->name);
        Scope *f = scope_new(SC_FUNCTION, n, s);
        f->name = n->name;
        visit_arguments(s, f, n->a);
        visit_stmts(f, &n->l1);
        break;
    }
    case N_CLASSDEF: {
        visit_exprs(s, &n->l2);
        visit_exprs(s, &n->l3);
        for (int i = 0; i < n->l4.n; i++)
            visit_expr(s, n->l4.items[i]->a);
        bind(s, n->name);
        Scope *c = scope_new(SC_CLASS, n, s);
        c->name = n->name;
        visit_stmts(c, &n->l1);
        break;
    }
    case N_ASSIGN:
        visit_expr(s, n->a);
        for (int i = 0; i < n->l1.n; i++)
            visit_target(s, n->l1.items[i]);
        break;
    case N_AUGASSIGN:
        visit_expr(s, n->b);
        if (n->a->kind == N_NAME)
            add_flag(s, n->a->name, DEF_LOCAL | DEF_USE);
        else
            visit_expr(s, n->a);
        break;
    case N_ANNASSIGN:
        if (n->b)
            visit_expr(s, n->b);
        visit_target(s, n->a);
        break;
    case N_DEL:
        for (int i = 0; i < n->l1.n; i++)
            visit_target(s, n->l1.items[i]);
        break;
    case N_FOR:
        visit_expr(s, n->b);
        visit_target(s, n->a);
        visit_stmts(s, &n->l1);
        visit_stmts(s, &n->l2);
        break;
    case N_WITH:
        for (int i = 0; i < n->l1.n; i++) {
            visit_expr(s, n->l1.items[i]->a);
            if (n->l1.items[i]->b)
                visit_target(s, n->l1.items[i]->b);
        }
        visit_stmts(s, &n->l2);
        break;
    case N_TRY:
        visit_stmts(s, &n->l1);
        for (int i = 0; i < n->l2.n; i++) {
            Node *h = n->l2.items[i];
            visit_expr(s, h->a);
            if (h->name)
                bind(s, h->name);
            visit_stmts(s, &h->l1);
        }
        visit_stmts(s, &n->l3);
        visit_stmts(s, &n->l4);
        break;
    case N_IF: case N_WHILE:
        visit_expr(s, n->a);
        visit_stmts(s, &n->l1);
        visit_stmts(s, &n->l2);
        break;
    case N_GLOBAL:
        for (int i = 0; i < n->l1.n; i++)
            add_flag(s, n->l1.items[i]->name, DEF_GLOBAL);
        break;
    case N_NONLOCAL:
        if (s->kind == SC_MODULE)
            lexer_error(n->line, "nonlocal declaration not allowed at module level");
        for (int i = 0; i < n->l1.n; i++)
            add_flag(s, n->l1.items[i]->name, DEF_NONLOCAL);
        break;
    case N_IMPORT:
        for (int i = 0; i < n->l1.n; i++) {
            Node *al = n->l1.items[i];
            if (al->value) {
                bind(s, al->value);
            } else {
                const char *full = str_cstr(al->name);
                const char *dot = strchr(full, '.');
                bind(s, dot ? str_intern(str_new(full, (size_t)(dot - full))) : al->name);
            }
        }
        break;
    case N_IMPORTFROM:
        for (int i = 0; i < n->l1.n; i++) {
            Node *al = n->l1.items[i];
            if (strcmp(str_cstr(al->name), "*") == 0) {
                if (s->kind != SC_MODULE)
                    lexer_error(n->line, "import * only allowed at module level");
                continue;
            }
            bind(s, al->value ? al->value : al->name);
        }
        break;
    case N_RETURN:
        if (s->kind != SC_FUNCTION)
            lexer_error(n->line, "'return' outside function");
        visit_expr(s, n->a);
        break;
    default:
        visit_expr(s, n->a);
        visit_expr(s, n->b);
        visit_exprs(s, &n->l1);
        break;
    }
}

static void visit_stmts(Scope *s, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        visit_stmt(s, l->items[i]);
}

/* ---- resolution -------------------------------------------------------------------------- */

static void set_kind(Scope *s, Obj *name, int kind) { dict_set(s->names, name, small_new(kind)); }

static int kind_of(Scope *s, Obj *name)
{
    Obj *k = dict_get(s->names, name);
    return k ? (int)small_value(k) : 0;
}

/* Resolves s given the names bound in enclosing function scopes; adds to `needs` the names s
 * takes from outside as free variables. */
static void analyze(Scope *s, Obj *bound_above, Obj *needs)
{
    size_t pos = 0;
    Obj *name, *fv;
    while (dict_next(s->flags, &pos, &name, &fv)) {
        int f = (int)small_value(fv);
        int kind;
        if (f & DEF_GLOBAL) {
            kind = NAME_GLOBAL_EXPLICIT;
        } else if (f & DEF_NONLOCAL) {
            if (!dict_get(bound_above, name))
                lexer_error(s->node->line, "no binding for nonlocal '%s' found", str_cstr(name));
            kind = NAME_FREE;
        } else if (f & DEF_COMPFREE) {
            kind = dict_get(bound_above, name) ? NAME_FREE : NAME_GLOBAL_EXPLICIT;
        } else if (f & (DEF_LOCAL | DEF_PARAM)) {
            kind = s->kind == SC_MODULE ? NAME_GLOBAL_IMPLICIT : NAME_LOCAL;
        } else if (s->kind != SC_MODULE && dict_get(bound_above, name)) {
            kind = NAME_FREE;
        } else {
            kind = NAME_GLOBAL_IMPLICIT;
        }
        set_kind(s, name, kind);
    }
    Obj *visible = dict_copy(bound_above);
    if (s->kind == SC_FUNCTION) {
        pos = 0;
        while (dict_next(s->names, &pos, &name, &fv)) {
            int k = (int)small_value(fv);
            if (k == NAME_LOCAL || k == NAME_FREE)
                dict_set(visible, name, True);
            else if (k == NAME_GLOBAL_EXPLICIT)
                dict_del(visible, name);
        }
    } else if (s->kind == SC_CLASS) {
        dict_set(visible, intern("__class__"), True);
    }
    Obj *child_needs = dict_new();
    for (int i = 0; i < s->nkids; i++)
        analyze(s->kids[i], visible, child_needs);
    pos = 0;
    while (dict_next(child_needs, &pos, &name, &fv)) {
        int k = kind_of(s, name);
        if (s->kind == SC_CLASS && strcmp(str_cstr(name), "__class__") == 0) {
            s->needs_class_cell = true;
            continue;
        }
        if (k == NAME_LOCAL || k == NAME_CELL) {
            set_kind(s, name, NAME_CELL);
        } else if (s->kind != SC_MODULE) {
            if (!k || k == NAME_GLOBAL_IMPLICIT)
                set_kind(s, name, NAME_FREE);
        }
    }
    pos = 0;
    while (dict_next(s->names, &pos, &name, &fv))
        if (small_value(fv) == NAME_FREE)
            dict_set(needs, name, True);
}

Scope *symtable_build(Node *module)
{
    Scope *top = scope_new(SC_MODULE, module, NULL);
    expr_depth = 0;   /* an error may have left the last walk half way */
    visit_stmts(top, &module->l1);
    analyze(top, dict_new(), dict_new());
    return top;
}

int symtable_lookup(Scope *s, Obj *name)
{
    int k = kind_of(s, name);
    return k ? k : NAME_GLOBAL_IMPLICIT;
}

Scope *symtable_child(Scope *s, Node *n)
{
    for (int i = 0; i < s->nkids; i++)
        if (s->kids[i]->node == n)
            return s->kids[i];
    return NULL;
}
