/* runtime/modules/copy.c — the `copy` module (see copy.h). */
#include "runtime/modules/copy.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/range.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/collections.h"
#include "runtime/modules/fractions.h"

/* Values copy and deepcopy return unchanged. */
static bool atomic(Obj *o)
{
    if (is_small(o) || o == None || o == True || o == False || o == NotImplemented || o == &obj_ellipsis)
        return true;
    Type *t = TYPE(o);
    return t == &type_int || t == &type_float || t == &type_complex || t == &type_str || t == &type_range ||
           (t->flags & TF_TYPE) || t == &type_function || t == &type_builtin_function || t == &type_property ||
           t == &fractions_type || t == &type_module;
}

static Obj *s_dict, *s_copy, *s_deepcopy;

/* The first built-in type along the MRO. */
static Type *builtin_base(Type *t)
{
    for (size_t i = 0; i < tuple_len(t->mro); i++) {
        Type *k = (Type *)tuple_get(t->mro, i);
        if (!(k->flags & TF_HEAP))
            return k;
    }
    return &type_object;
}

/* An empty instance of x's class, without calling __init__. */
static Obj *blank_like(Obj *x)
{
    Type *t = TYPE(x), *b = builtin_base(t);
    if (b == &type_object) {
        Obj *y = gc_alloc(t->basicsize);
        y->type = t;
        return y;
    }
    return b->new(t, NULL, 0, NULL);
}

typedef Obj *(*CopyFn)(Obj *item, Obj *memo);

static Obj *keep(Obj *item, Obj *memo)
{
    (void)memo;
    return item;
}

static Obj *deep(Obj *x, Obj *memo);

/* Copies the instance attributes of x into y, each through f. */
static void copy_attrs(Obj *x, Obj *y, CopyFn f, Obj *memo)
{
    if (!TYPE(x)->dictoffset)
        return;
    Obj *d = obj_lookup_attr(x, s_dict);
    if (!d || !dict_check(d))
        return;
    if (f != keep)
        d = deep(d, memo);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(d, &pos, &k, &v))
        obj_generic_setattr(y, k, v);
}

/* A new object of x's kind with its contents passed through f: the shared work of copy and
 * deepcopy (for deepcopy the new object is in the memo before its contents are copied). */
static Obj *rebuild(Obj *x, CopyFn f, Obj *memo)
{
    Type *t = TYPE(x);
    Obj *y;
    if (t == &type_list) {
        y = list_new(list_len(x));
    } else if (t == &type_dict) {
        y = dict_new();
    } else if (t == &type_set) {
        y = set_new();
    } else if (t == &collections_deque_type || t == &collections_counter_type ||
               t == &collections_defaultdict_type || t == &collections_ordereddict_type) {
        y = obj_call_method(x, "copy", (Obj *[1]){NULL}, 0);    /* keeps maxlen and default_factory */
        obj_call_method(y, "clear", (Obj *[1]){NULL}, 0);
    } else if ((t->flags & TF_HEAP) && !(t->flags & TF_TUPLE)) {
        y = blank_like(x);
    } else {
        exc_raisef(&type_TypeError, "cannot pickle '%s' object", obj_type_name(x));
    }
    if (memo)
        dict_set(memo, int_from_i64((int64_t)(intptr_t)x), y);
    if (list_check(x) || t == &collections_deque_type) {
        Obj *items = list_from_iterable(x);
        for (size_t i = 0; i < list_len(items); i++) {
            Obj *v = f(list_get(items, i), memo);
            if (list_check(y))
                list_append(y, v);
            else
                obj_call_method(y, "append", &v, 1);
        }
    } else if (dict_check(x)) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(x, &pos, &k, &v))
            obj_setitem(y, f(k, memo), f(v, memo));
    } else if (set_check(x)) {
        size_t pos = 0;
        Obj *k;
        while (set_next(x, &pos, &k))
            set_add(y, f(k, memo));
    }
    copy_attrs(x, y, f, memo);
    return y;
}

static Obj *shallow(Obj *x)
{
    if (atomic(x) || tuple_check(x) || TYPE(x) == &type_frozenset)
        return x;
    Obj *m = class_call_special(x, s_copy, NULL, 0);
    if (m)
        return m;
    return rebuild(x, keep, NULL);
}

/* An instance of a tuple subclass holding items: namedtuples through _make. */
static Obj *remake_tuple(Type *t, Obj *items)
{
    Obj *make = type_lookup(t, str_intern_cstr("_make"));
    Obj *f = make ? obj_getattr((Obj *)t, str_intern_cstr("_make")) : (Obj *)t;
    return obj_call1(f, items);
}

static Obj *deep(Obj *x, Obj *memo)
{
    budget_tick();
    if (atomic(x))
        return x;
    Obj *id = int_from_i64((int64_t)(intptr_t)x);
    Obj *done = dict_get(memo, id);
    if (done)
        return done;
    Obj *special = type_lookup(TYPE(x), s_deepcopy);
    if (special && (TYPE(x)->flags & TF_HEAP)) {
        Obj *y = class_call_special(x, s_deepcopy, &memo, 1);
        dict_set(memo, id, y);
        return y;
    }
    obj_enter_recursion(" while calling a Python object");
    Obj *y;
    if (tuple_check(x) || TYPE(x) == &type_frozenset) {
        Obj *items = list_from_iterable(x);
        bool same = true;
        for (size_t i = 0; i < list_len(items); i++) {
            Obj *c = deep(list_get(items, i), memo);
            same &= c == list_get(items, i);
            list_items(items)[i] = c;
        }
        Obj *again = dict_get(memo, id);
        if (again)
            y = again;
        else if (same)
            y = x;
        else if (TYPE(x) == &type_frozenset)
            y = set_from_iterable(&type_frozenset, items);
        else if (TYPE(x) == &type_tuple)
            y = tuple_from_iterable(items);
        else
            y = remake_tuple(TYPE(x), items);
        dict_set(memo, id, y);
    } else {
        y = rebuild(x, deep, memo);
    }
    obj_leave_recursion();
    return y;
}

static Obj *m_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("copy", kwnames);
    args_count("copy", nargs, 1, 1);
    return shallow(args[0]);
}

static Obj *m_deepcopy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"x", "memo", NULL};
    Obj *a[2];
    args_parse("deepcopy", args, nargs, kwnames, names, 1, a);
    Obj *memo = a[1] && a[1] != None ? a[1] : dict_new();
    return deep(a[0], memo);
}

static void copy_init(Obj *m)
{
    s_dict = str_intern_cstr("__dict__");
    s_copy = str_intern_cstr("__copy__");
    s_deepcopy = str_intern_cstr("__deepcopy__");
    module_add_function(m, "copy", m_copy);
    module_add_function(m, "deepcopy", m_deepcopy);
}

const ModuleDef copy_module = {"copy", copy_init, NULL};
