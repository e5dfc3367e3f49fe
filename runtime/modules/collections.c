/* runtime/modules/collections.c — the `collections` module (see collections.h).
 *
 * Counter, defaultdict and OrderedDict are C subclasses of dict sharing its storage; they add
 * slots (Counter's missing keys count 0) and methods. namedtuple builds a class with class_new
 * whose methods are method descriptors over C functions, and whose fields are read-only
 * descriptors reading a tuple slot. */
#include "runtime/modules/collections.h"

#include <ctype.h>
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
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static int nkw(Obj *kwnames) { return kwnames ? (int)tuple_len(kwnames) : 0; }

/* A new empty instance of a dict subclass. */
static Obj *empty_dict_of(Type *type) { return type_dict.new(type, NULL, 0, NULL); }

/* The name a repr shows: CPython's C types are named "collections.deque" in messages and
 * "deque" in reprs. */
static const char *short_name(const Type *t)
{
    const char *n = class_name(t), *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* cls.fromkeys(iterable, value=None), making a cls rather than a dict. */
static Obj *m_fromkeys(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("fromkeys", kwnames);
    args_count("fromkeys", nargs, 1, 2);
    Obj *d = obj_call0(cls), *v = nargs > 1 ? args[1] : None, *it = obj_iter(args[0]), *k;
    while ((k = obj_next(it)))
        obj_setitem(d, k, v);
    return d;
}

/* dict's own repr of d's items, "{...}". */
static Obj *items_repr(Obj *d) { return type_dict.repr(d); }

/* ---- Counter ------------------------------------------------------------------------------- */

static bool is_counter(Obj *o) { return !is_small(o) && obj_is(o, &collections_counter_type); }

static Obj *count_of(Obj *c, Obj *key)
{
    Obj *v = dict_get(c, key);
    return v ? v : small_new(0);
}

static Obj *add_counts(Obj *a, Obj *b)
{
    if (is_small(a) && is_small(b) && small_fits(small_value(a) + small_value(b)))
        return small_new(small_value(a) + small_value(b));
    return obj_binop(a, b, OP_ADD);
}

/* Counter.update (sign 1) and Counter.subtract (sign -1) from one argument. */
static void counter_merge(Obj *self, Obj *src, int sign)
{
    if (dict_check(src)) {
        if (sign > 0 && dict_len(self) == 0) {
            dict_update(self, src);
            return;
        }
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(src, &pos, &k, &v)) {
            Obj *cur = count_of(self, k);
            dict_set(self, k, sign > 0 ? add_counts(cur, v) : obj_binop(cur, v, OP_SUB));
        }
        return;
    }
    Obj *it = obj_iter(src), *x;
    Obj *step = small_new(sign);
    while ((x = obj_next(it))) {
        budget_tick();
        dict_set(self, x, add_counts(count_of(self, x), step));
    }
}

/* Positional iterable-or-mapping and keyword counts, as update and subtract take them. */
static void counter_args(const char *fname, Obj *self, Obj **args, int nargs, Obj *kwnames, int sign)
{
    if (nargs > 1)
        exc_raisef(&type_TypeError, "%s() takes from 1 to 2 positional arguments but %d were given", fname, nargs + 1);
    if (nargs && args[0] != None)
        counter_merge(self, args[0], sign);
    if (nkw(kwnames)) {
        Obj *kw = dict_new();
        for (int k = 0; k < nkw(kwnames); k++)
            dict_set(kw, tuple_get(kwnames, (size_t)k), args[nargs + k]);
        counter_merge(self, kw, sign);
    }
}

static Obj *counter_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *c = empty_dict_of(type);
    counter_args("Counter.__init__", c, args, nargs, kwnames, 1);
    return c;
}

static Obj *c_init(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    counter_args("Counter.__init__", self, args, nargs, kwnames, 1);
    return None;
}

static Obj *c_update(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    counter_args("update", self, args, nargs, kwnames, 1);
    return None;
}

static Obj *c_subtract(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    counter_args("subtract", self, args, nargs, kwnames, -1);
    return None;
}

static Obj *second_item(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    return tuple_get(args[0], 1);
}

/* The (elem, count) pairs, most common first, ties in insertion order. */
static Obj *most_common(Obj *c, Obj *n)
{
    Obj *items = list_new(dict_len(c));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(c, &pos, &k, &v))
        list_append(items, tuple_pack(2, k, v));
    if (n && n != None) {
        if (!obj_truth(obj_compare(n, small_new((intptr_t)list_len(items)), CMP_GE))) {
            int64_t m = obj_index_i64(n);
            if (m <= 0)
                return list_new(0);
            list_sort(items, native_new("itemgetter", second_item, NULL), true);
            ((ListObj *)items)->n = (size_t)m;
            return items;
        }
    }
    list_sort(items, native_new("itemgetter", second_item, NULL), true);
    return items;
}

static Obj *c_most_common(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"n", NULL};
    Obj *a[1];
    args_parse("most_common", args, nargs, kwnames, names, 0, a);
    return most_common(self, a[0]);
}

static Obj *c_elements(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("elements", kwnames);
    args_count("elements", nargs, 0, 0);
    Obj *out = list_new(0);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(self, &pos, &k, &v)) {
        int64_t n = obj_index_i64(v);
        for (int64_t i = 0; i < n; i++) {
            budget_tick();
            list_append(out, k);
        }
    }
    return obj_iter(out);
}

static Obj *c_total(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("total", kwnames);
    args_count("total", nargs, 0, 0);
    Obj *t = small_new(0);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(self, &pos, &k, &v))
        t = add_counts(t, v);
    return t;
}

static Obj *c_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy", kwnames);
    args_count("copy", nargs, 0, 0);
    Obj *c = empty_dict_of(TYPE(self));
    dict_update(c, self);
    return c;
}

static Obj *c_missing(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self, (void)args;
    args_no_kw("__missing__", kwnames);
    args_count("__missing__", nargs, 1, 1);
    return small_new(0);
}

static Obj *c_fromkeys(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)cls, (void)args, (void)nargs, (void)kwnames;
    exc_raisef(&type_NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

static Obj *counter_getitem(Obj *self, Obj *key) { return count_of(self, key); }

static void counter_setitem(Obj *self, Obj *key, Obj *value)
{
    if (value)
        dict_set(self, key, value);
    else
        dict_del(self, key);
}

/* The counts as a dict in most_common order, or c itself when the counts do not compare. */
static Obj *ordered_counts(Obj *c)
{
    Obj *volatile d = NULL;
    ExcJump j;
    EXC_TRY(j) {
        Obj *pairs = most_common(c, NULL);
        d = dict_new();
        for (size_t i = 0; i < list_len(pairs); i++)
            dict_set(d, tuple_get(list_get(pairs, i), 0), tuple_get(list_get(pairs, i), 1));
        exc_pop(&j);
    } else {
        if (!obj_is(j.exc, &type_TypeError))
            exc_raise(j.exc);
        d = c;
    }
    return d;
}

static Obj *counter_repr(Obj *self)
{
    if (dict_len(self) == 0)
        return str_printf("%s()", short_name(TYPE(self)));
    return str_printf("%s(%s)", short_name(TYPE(self)), str_cstr(items_repr(ordered_counts(self))));
}

/* Whether cmp(a[e], b[e]) holds for every element of either. */
static bool counter_all(Obj *a, Obj *b, int op)
{
    Obj *both[2] = {a, b};
    for (int s = 0; s < 2; s++) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(both[s], &pos, &k, &v))
            if (!obj_truth(obj_compare(count_of(a, k), count_of(b, k), op)))
                return false;
    }
    return true;
}

static Obj *counter_compare(Obj *a, Obj *b, int op)
{
    if (!is_counter(b))
        return op == CMP_EQ || op == CMP_NE ? type_dict.compare(a, b, op) : NotImplemented;
    switch (op) {
    case CMP_EQ: return bool_from(counter_all(a, b, CMP_EQ));
    case CMP_NE: return bool_from(!counter_all(a, b, CMP_EQ));
    case CMP_LE: return bool_from(counter_all(a, b, CMP_LE));
    case CMP_GE: return bool_from(counter_all(a, b, CMP_GE));
    case CMP_LT: return bool_from(counter_all(a, b, CMP_LE) && !counter_all(a, b, CMP_EQ));
    default: return bool_from(counter_all(a, b, CMP_GE) && !counter_all(a, b, CMP_EQ));
    }
}

static bool positive(Obj *v) { return obj_truth(obj_compare(v, small_new(0), CMP_GT)); }
static bool negative(Obj *v) { return obj_truth(obj_compare(v, small_new(0), CMP_LT)); }

/* a + b, a - b, a | b, a & b as Counter's operators define them. */
static Obj *counter_combine(Obj *a, Obj *b, int op)
{
    Obj *r = empty_dict_of(&collections_counter_type);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(a, &pos, &k, &v)) {
        Obj *w = count_of(b, k), *n;
        switch (op) {
        case OP_ADD: n = add_counts(v, w); break;
        case OP_SUB: n = obj_binop(v, w, OP_SUB); break;
        case OP_OR: n = obj_lt(v, w) ? w : v; break;
        default: n = obj_lt(v, w) ? v : w; break;
        }
        if (positive(n))
            dict_set(r, k, n);
    }
    if (op == OP_AND)
        return r;
    pos = 0;
    while (dict_next(b, &pos, &k, &v)) {
        if (dict_get(a, k))
            continue;
        if (op == OP_SUB) {
            if (negative(v))
                dict_set(r, k, obj_binop(small_new(0), v, OP_SUB));
        } else if (positive(v)) {
            dict_set(r, k, v);
        }
    }
    return r;
}

/* Drops the non-positive counts of c in place. */
static Obj *keep_positive(Obj *c)
{
    Obj *keys = list_new(0);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(c, &pos, &k, &v))
        if (!positive(v))
            list_append(keys, k);
    for (size_t i = 0; i < list_len(keys); i++)
        dict_del(c, list_get(keys, i));
    return c;
}

static Obj *counter_binop(Obj *a, Obj *b, int op)
{
    int k = OP_BASE(op);
    if (k != OP_ADD && k != OP_SUB && k != OP_OR && k != OP_AND)
        return NotImplemented;
    if (!is_counter(a) || !is_counter(b))
        return k == OP_OR ? type_dict.binop(a, b, op) : NotImplemented;
    if (!(op & OP_INPLACE))
        return counter_combine(a, b, k);
    size_t pos = 0;
    Obj *key, *v;
    while (dict_next(b, &pos, &key, &v)) {
        Obj *cur = count_of(a, key);
        switch (k) {
        case OP_ADD: dict_set(a, key, add_counts(cur, v)); break;
        case OP_SUB: dict_set(a, key, obj_binop(cur, v, OP_SUB)); break;
        case OP_OR: if (obj_lt(cur, v)) dict_set(a, key, v); break;
        default: break;
        }
    }
    if (k == OP_AND) {
        pos = 0;
        while (dict_next(a, &pos, &key, &v)) {
            Obj *w = count_of(b, key);
            if (obj_lt(w, v))
                dict_set(a, key, w);
        }
    }
    return keep_positive(a);
}

static Obj *counter_unop(Obj *a, int op)
{
    if (op != UNARY_POS && op != UNARY_NEG)
        return NotImplemented;
    Obj *r = empty_dict_of(&collections_counter_type);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(a, &pos, &k, &v)) {
        if (op == UNARY_POS && positive(v))
            dict_set(r, k, v);
        else if (op == UNARY_NEG && negative(v))
            dict_set(r, k, obj_binop(small_new(0), v, OP_SUB));
    }
    return r;
}

static const MethodDef counter_methods[] = {
    {"__init__", c_init, 0},
    {"most_common", c_most_common, 0},
    {"elements", c_elements, 0},
    {"update", c_update, 0},
    {"subtract", c_subtract, 0},
    {"total", c_total, 0},
    {"copy", c_copy, 0},
    {"__missing__", c_missing, 0},
    {"fromkeys", c_fromkeys, METH_CLASS},
    {NULL, NULL, 0},
};

Type collections_counter_type = {
    .base = {&type_type},
    .name = "Counter",
    .module = "collections",
    .base_type = &type_dict,
    .flags = TF_BASETYPE,
    .new = counter_new,
    .repr = counter_repr,
    .compare = counter_compare,
    .binop = counter_binop,
    .unop = counter_unop,
    .getitem = counter_getitem,
    .setitem = counter_setitem,
    .methods = counter_methods,
};

/* ---- defaultdict --------------------------------------------------------------------------- */

static Obj *dd_factory(Obj *d) { Obj *f = ((DictObj *)d)->default_factory; return f ? f : None; }

static void dd_set_factory(Obj *d, Obj *f)
{
    if (f != None && !TYPE(f)->call)
        exc_raisef(&type_TypeError, "first argument must be callable or None");
    ((DictObj *)d)->default_factory = f;
}

static Obj *defaultdict_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *d = empty_dict_of(type);
    dd_set_factory(d, nargs ? args[0] : None);
    if (nargs > 2)
        exc_raisef(&type_TypeError, "dict expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2)
        dict_update(d, args[1]);
    for (int k = 0; k < nkw(kwnames); k++)
        dict_set(d, tuple_get(kwnames, (size_t)k), args[nargs + k]);
    return d;
}

static Obj *defaultdict_repr(Obj *self)
{
    Obj *f = dd_factory(self);
    return str_printf("%s(%s, %s)", short_name(TYPE(self)), str_cstr(f == self ? str_from_cstr("...") : obj_repr(f)),
                      str_cstr(items_repr(self)));
}

static Obj *dd_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy", kwnames);
    args_count("copy", nargs, 0, 0);
    Obj *d = empty_dict_of(TYPE(self));
    ((DictObj *)d)->default_factory = ((DictObj *)self)->default_factory;
    dict_update(d, self);
    return d;
}

static Obj *dd_missing(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("__missing__", kwnames);
    args_count("__missing__", nargs, 1, 1);
    Obj *f = dd_factory(self);
    if (f == None)
        exc_raise_arg(&type_KeyError, args[0]);
    Obj *v = obj_call0(f);
    dict_set(self, args[0], v);
    return v;
}

static const MethodDef defaultdict_methods[] = {
    {"copy", dd_copy, 0},
    {"__copy__", dd_copy, 0},
    {"__missing__", dd_missing, 0},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {NULL, NULL, 0},
};

static const GetSetDef defaultdict_getsets[] = {
    {"default_factory", dd_factory, dd_set_factory},
    {NULL, NULL, NULL},
};

Type collections_defaultdict_type = {
    .base = {&type_type},
    .name = "collections.defaultdict",
    .base_type = &type_dict,
    .flags = TF_BASETYPE,
    .new = defaultdict_new,
    .repr = defaultdict_repr,
    .methods = defaultdict_methods,
    .getsets = defaultdict_getsets,
};

/* ---- OrderedDict --------------------------------------------------------------------------- */

static Obj *ordereddict_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *d = empty_dict_of(type);
    if (nargs > 1)
        exc_raisef(&type_TypeError, "OrderedDict expected at most 1 argument, got %d", nargs);
    if (nargs)
        dict_update(d, args[0]);
    for (int k = 0; k < nkw(kwnames); k++)
        dict_set(d, tuple_get(kwnames, (size_t)k), args[nargs + k]);
    return d;
}

static Obj *build_pairs_repr(Obj *self)
{
    Obj *pairs = list_new(dict_len(self));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(self, &pos, &k, &v))
        list_append(pairs, tuple_pack(2, k, v));
    return obj_repr(pairs);
}

static Obj *ordereddict_repr(Obj *self)
{
    if (dict_len(self) == 0)
        return str_printf("%s()", short_name(TYPE(self)));
    Obj *inner = list_guarded_repr(self, "...", build_pairs_repr);
    return str_printf("%s(%s)", short_name(TYPE(self)), str_cstr(inner));
}

static Obj *ordereddict_compare(Obj *a, Obj *b, int op)
{
    bool both = !is_small(b) && obj_is(b, &collections_ordereddict_type);
    if (!both || (op != CMP_EQ && op != CMP_NE))
        return type_dict.compare(a, b, op);
    bool eq = dict_len(a) == dict_len(b);
    size_t pa = 0, pb = 0;
    Obj *ka, *va, *kb, *vb;
    while (eq && dict_next(a, &pa, &ka, &va) && dict_next(b, &pb, &kb, &vb))
        eq = obj_eq(ka, kb) && obj_eq(va, vb);
    return bool_from(op == CMP_EQ ? eq : !eq);
}

/* Moves the entry for key to the front by reinserting every other entry after it. */
static void move_to_front(Obj *d, Obj *key)
{
    Obj *rest = list_new(dict_len(d)), *first = NULL;
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(d, &pos, &k, &v)) {
        Obj *pair = tuple_pack(2, k, v);
        if (!first && obj_eq(k, key))
            first = pair;
        else
            list_append(rest, pair);
    }
    for (size_t i = 0; i < list_len(rest); i++)
        dict_del(d, tuple_get(list_get(rest, i), 0));
    dict_del(d, tuple_get(first, 0));
    dict_set(d, tuple_get(first, 0), tuple_get(first, 1));
    for (size_t i = 0; i < list_len(rest); i++)
        dict_set(d, tuple_get(list_get(rest, i), 0), tuple_get(list_get(rest, i), 1));
}

static Obj *od_move_to_end(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"key", "last", NULL};
    Obj *a[2];
    args_parse("move_to_end", args, nargs, kwnames, names, 1, a);
    Obj *v = dict_get(self, a[0]);
    if (!v)
        exc_raise_arg(&type_KeyError, a[0]);
    if (a[1] && !obj_truth(a[1])) {
        move_to_front(self, a[0]);
        return None;
    }
    size_t pos = 0;
    Obj *k, *w, *stored = a[0];
    while (dict_next(self, &pos, &k, &w))
        if (obj_eq(k, a[0]))
            stored = k;
    dict_del(self, stored);
    dict_set(self, stored, v);
    return None;
}

static Obj *od_popitem(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"last", NULL};
    Obj *a[1];
    args_parse("popitem", args, nargs, kwnames, names, 0, a);
    if (dict_len(self) == 0)
        exc_raisef(&type_KeyError, "dictionary is empty");
    bool last = !a[0] || obj_truth(a[0]);
    size_t pos = 0;
    Obj *k = NULL, *v = NULL, *kk, *vv;
    while (dict_next(self, &pos, &kk, &vv)) {
        k = kk;
        v = vv;
        if (!last)
            break;
    }
    dict_del(self, k);
    return tuple_pack(2, k, v);
}

static Obj *od_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy", kwnames);
    args_count("copy", nargs, 0, 0);
    Obj *d = empty_dict_of(TYPE(self));
    dict_update(d, self);
    return d;
}

static const MethodDef ordereddict_methods[] = {
    {"move_to_end", od_move_to_end, 0},
    {"popitem", od_popitem, 0},
    {"copy", od_copy, 0},
    {"__copy__", od_copy, 0},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {NULL, NULL, 0},
};

Type collections_ordereddict_type = {
    .base = {&type_type},
    .name = "collections.OrderedDict",
    .base_type = &type_dict,
    .flags = TF_BASETYPE,
    .new = ordereddict_new,
    .repr = ordereddict_repr,
    .compare = ordereddict_compare,
    .methods = ordereddict_methods,
};

/* ---- deque ----------------------------------------------------------------------------------- */

typedef struct DequeObj {
    Obj base;
    Obj **buf;
    size_t cap, head, n;
    int64_t maxlen;        /* -1: unbounded */
    uint64_t state;        /* bumped by every change of length, for iterators */
} DequeObj;

static DequeObj *as_deque(Obj *o) { return (DequeObj *)o; }
static bool is_deque(Obj *o) { return !is_small(o) && obj_is(o, &collections_deque_type); }

static Obj **dq_slot(DequeObj *d, size_t i) { return &d->buf[(d->head + i) % d->cap]; }

static void dq_grow(DequeObj *d)
{
    if (d->n < d->cap)
        return;
    size_t cap = d->cap ? d->cap * 2 : 8;
    Obj **nb = gc_alloc(cap * sizeof(Obj *));
    for (size_t i = 0; i < d->n; i++)
        nb[i] = *dq_slot(d, i);
    d->buf = nb;
    d->cap = cap;
    d->head = 0;
}

static Obj *dq_pop(DequeObj *d, bool left)
{
    if (!d->n)
        exc_raisef(&type_IndexError, "pop from an empty deque");
    Obj *v;
    if (left) {
        v = d->buf[d->head];
        d->buf[d->head] = NULL;
        d->head = (d->head + 1) % d->cap;
    } else {
        Obj **s = dq_slot(d, d->n - 1);
        v = *s;
        *s = NULL;
    }
    d->n--;
    d->state++;
    return v;
}

static void dq_push(DequeObj *d, Obj *v, bool left)
{
    if (d->maxlen == 0)
        return;
    if ((int64_t)d->n == d->maxlen)
        dq_pop(d, !left);
    dq_grow(d);
    if (left) {
        d->head = (d->head + d->cap - 1) % d->cap;
        d->buf[d->head] = v;
    } else {
        *dq_slot(d, d->n) = v;
    }
    d->n++;
    d->state++;
}

/* The items in order, as a fresh array. */
static Obj *dq_list(DequeObj *d)
{
    Obj *l = list_new(d->n);
    for (size_t i = 0; i < d->n; i++)
        list_append(l, *dq_slot(d, i));
    return l;
}

static void dq_extend(DequeObj *d, Obj *iterable, bool left)
{
    if ((Obj *)d == iterable)
        iterable = dq_list(d);
    Obj *it = obj_iter(iterable), *v;
    while ((v = obj_next(it))) {
        budget_tick();
        dq_push(d, v, left);
    }
}

static DequeObj *dq_alloc(Type *type, int64_t maxlen)
{
    DequeObj *d = gc_alloc(type->basicsize);
    d->base.type = type;
    d->maxlen = maxlen;
    return d;
}

static int64_t maxlen_arg(Obj *o)
{
    if (!o || o == None)
        return -1;
    if (!int_check(o))
        exc_raisef(&type_TypeError, "an integer is required");
    int64_t m = obj_index_i64(o);
    if (m < 0)
        exc_raisef(&type_ValueError, "maxlen must be non-negative");
    return m;
}

static Obj *deque_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"iterable", "maxlen", NULL};
    Obj *a[2];
    args_parse("deque", args, nargs, kwnames, names, 0, a);
    DequeObj *d = dq_alloc(type, maxlen_arg(a[1]));
    if (a[0])
        dq_extend(d, a[0], false);
    return (Obj *)d;
}

static Obj *one_arg(const char *name, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    return args[0];
}

static void no_args(const char *name, int nargs, Obj *kwnames)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 0, 0);
}

static Obj *d_append(Obj *self, Obj **args, int nargs, Obj *kw)
{
    dq_push(as_deque(self), one_arg("append", args, nargs, kw), false);
    return None;
}

static Obj *d_appendleft(Obj *self, Obj **args, int nargs, Obj *kw)
{
    dq_push(as_deque(self), one_arg("appendleft", args, nargs, kw), true);
    return None;
}

static Obj *d_extend(Obj *self, Obj **args, int nargs, Obj *kw)
{
    dq_extend(as_deque(self), one_arg("extend", args, nargs, kw), false);
    return None;
}

static Obj *d_extendleft(Obj *self, Obj **args, int nargs, Obj *kw)
{
    dq_extend(as_deque(self), one_arg("extendleft", args, nargs, kw), true);
    return None;
}

static Obj *d_pop(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    no_args("pop", nargs, kw);
    return dq_pop(as_deque(self), false);
}

static Obj *d_popleft(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    no_args("popleft", nargs, kw);
    return dq_pop(as_deque(self), true);
}

static Obj *d_clear(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    no_args("clear", nargs, kw);
    DequeObj *d = as_deque(self);
    d->buf = NULL;
    d->cap = d->n = d->head = 0;
    d->state++;
    return None;
}

static Obj *d_copy(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    no_args("copy", nargs, kw);
    DequeObj *d = as_deque(self);
    DequeObj *c = dq_alloc(TYPE(self), d->maxlen);
    dq_extend(c, self, false);
    return (Obj *)c;
}

static Obj *d_count(Obj *self, Obj **args, int nargs, Obj *kw)
{
    Obj *x = one_arg("count", args, nargs, kw);
    DequeObj *d = as_deque(self);
    int64_t c = 0;
    for (size_t i = 0; i < d->n; i++)
        c += obj_eq(*dq_slot(d, i), x);
    return small_new(c);
}

static Obj *d_index(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("index", kw);
    args_count("index", nargs, 1, 3);
    DequeObj *d = as_deque(self);
    Obj *items = dq_list(d);
    int64_t i = tuple_find(list_items(items), list_len(items), args[0], nargs > 1 ? args[1] : NULL,
                           nargs > 2 ? args[2] : NULL);
    if (i < 0)
        exc_raisef(&type_ValueError, "%s is not in deque", str_cstr(obj_repr(args[0])));
    return small_new(i);
}

/* Rebuilds the deque from a list of items. */
static void dq_assign(DequeObj *d, Obj *items)
{
    d->buf = NULL;
    d->cap = d->n = d->head = 0;
    for (size_t i = 0; i < list_len(items); i++)
        dq_push(d, list_get(items, i), false);
}

static Obj *d_insert(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("insert", kw);
    args_count("insert", nargs, 2, 2);
    DequeObj *d = as_deque(self);
    if ((int64_t)d->n == d->maxlen)
        exc_raisef(&type_IndexError, "deque already at its maximum size");
    int64_t i = obj_index_i64(args[0]), n = (int64_t)d->n;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    Obj *items = dq_list(d), *out = list_new(d->n + 1);
    for (int64_t k = 0; k <= n; k++) {
        if (k == i)
            list_append(out, args[1]);
        if (k < n)
            list_append(out, list_get(items, (size_t)k));
    }
    dq_assign(d, out);
    return None;
}

static Obj *d_remove(Obj *self, Obj **args, int nargs, Obj *kw)
{
    Obj *x = one_arg("remove", args, nargs, kw);
    DequeObj *d = as_deque(self);
    for (size_t i = 0; i < d->n; i++) {
        if (obj_eq(*dq_slot(d, i), x)) {
            Obj *items = dq_list(d);
            ListObj *l = (ListObj *)items;
            memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Obj *));
            l->n--;
            dq_assign(d, items);
            return None;
        }
    }
    exc_raisef(&type_ValueError, "%s is not in deque", str_cstr(obj_repr(x)));
}

static Obj *d_reverse(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    no_args("reverse", nargs, kw);
    DequeObj *d = as_deque(self);
    for (size_t i = 0, j = d->n ? d->n - 1 : 0; i < j; i++, j--) {
        Obj *t = *dq_slot(d, i);
        *dq_slot(d, i) = *dq_slot(d, j);
        *dq_slot(d, j) = t;
    }
    return None;
}

static Obj *d_rotate(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("rotate", kw);
    args_count("rotate", nargs, 0, 1);
    DequeObj *d = as_deque(self);
    int64_t k = nargs ? obj_index_i64(args[0]) : 1;
    if (d->n < 2)
        return None;
    int64_t n = (int64_t)d->n;
    k %= n;
    if (k < 0)
        k += n;
    Obj *items = dq_list(d), *out = list_new(d->n);
    for (int64_t i = 0; i < n; i++)
        list_append(out, list_get(items, (size_t)((i - k + n) % n)));
    for (int64_t i = 0; i < n; i++)
        *dq_slot(d, (size_t)i) = list_get(out, (size_t)i);
    return None;
}

static Obj *d_reversed(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    no_args("__reversed__", nargs, kw);
    Obj *l = dq_list(as_deque(self));
    list_reverse(l);
    return obj_iter(l);
}

static Obj *d_maxlen(Obj *self)
{
    int64_t m = as_deque(self)->maxlen;
    return m < 0 ? None : small_new(m);
}

static size_t dq_index(DequeObj *d, Obj *key)
{
    if (!int_check(key) && !(TYPE(key)->convert && !obj_is(key, &type_float) && TYPE(key)->convert(key, CONV_INDEX, NULL)))
        exc_raisef(&type_TypeError, "sequence index must be integer, not '%s'", obj_type_name(key));
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += (int64_t)d->n;
    if (i < 0 || i >= (int64_t)d->n)
        exc_raisef(&type_IndexError, "deque index out of range");
    return (size_t)i;
}

static Obj *deque_getitem(Obj *self, Obj *key)
{
    DequeObj *d = as_deque(self);
    return *dq_slot(d, dq_index(d, key));
}

static void deque_setitem(Obj *self, Obj *key, Obj *value)
{
    DequeObj *d = as_deque(self);
    size_t i = dq_index(d, key);
    if (value) {
        *dq_slot(d, i) = value;
        return;
    }
    Obj *items = dq_list(d);
    ListObj *l = (ListObj *)items;
    memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Obj *));
    l->n--;
    dq_assign(d, items);
}

static int64_t deque_len(Obj *self) { return (int64_t)as_deque(self)->n; }
static bool deque_truth(Obj *self) { return as_deque(self)->n != 0; }

static bool deque_contains(Obj *self, Obj *x)
{
    DequeObj *d = as_deque(self);
    for (size_t i = 0; i < d->n; i++)
        if (obj_eq(*dq_slot(d, i), x))
            return true;
    return false;
}

static Obj *build_deque_repr(Obj *self) { return obj_repr(dq_list(as_deque(self))); }

static Obj *deque_repr(Obj *self)
{
    DequeObj *d = as_deque(self);
    Obj *inner = list_guarded_repr(self, "[...]", build_deque_repr);
    if (d->maxlen < 0)
        return str_printf("%s(%s)", short_name(TYPE(self)), str_cstr(inner));
    return str_printf("%s(%s, maxlen=%lld)", short_name(TYPE(self)), str_cstr(inner), (long long)d->maxlen);
}

static Obj *deque_compare(Obj *a, Obj *b, int op)
{
    if (!is_deque(b))
        return NotImplemented;
    Obj *x = dq_list(as_deque(a)), *y = dq_list(as_deque(b));
    return tuple_compare_items(list_items(x), list_len(x), list_items(y), list_len(y), op);
}

static Obj *deque_binop(Obj *a, Obj *b, int op)
{
    int k = OP_BASE(op);
    if (k == OP_ADD && !(op & OP_REFLECTED)) {
        if (op & OP_INPLACE) {
            dq_extend(as_deque(a), b, false);
            return a;
        }
        if (!is_deque(b))
            exc_raisef(&type_TypeError, "can only concatenate deque (not \"%s\") to deque", obj_type_name(b));
        DequeObj *r = dq_alloc(TYPE(a), as_deque(a)->maxlen);
        dq_extend(r, a, false);
        dq_extend(r, b, false);
        return (Obj *)r;
    }
    if (k == OP_MUL) {
        Obj *d = op & OP_REFLECTED ? b : a, *n = op & OP_REFLECTED ? a : b;
        if (!int_check(n))
            return NotImplemented;
        int64_t times = obj_index_i64(n);
        Obj *items = dq_list(as_deque(d));
        int_check_result_size((double)times * (double)list_len(items) * sizeof(Obj *));
        DequeObj *r = op & OP_INPLACE ? as_deque(d) : dq_alloc(TYPE(d), as_deque(d)->maxlen);
        if (op & OP_INPLACE)
            dq_assign(r, list_new(0));
        for (int64_t t = 0; t < times; t++)
            dq_extend(r, items, false);
        return (Obj *)r;
    }
    return NotImplemented;
}

typedef struct DequeIter {
    Obj base;
    DequeObj *d;
    size_t i;
    uint64_t state;
} DequeIter;

static Obj *deque_iter_next(Obj *self)
{
    DequeIter *it = (DequeIter *)self;
    if (it->d->state != it->state)
        exc_raisef(&type_RuntimeError, "deque mutated during iteration");
    if (it->i >= it->d->n)
        return NULL;
    return *dq_slot(it->d, it->i++);
}

static Obj *iter_self(Obj *self) { return self; }

static Type deque_iter_type = {.base = {&type_type}, .name = "_collections._deque_iterator",
                               .basicsize = sizeof(DequeIter), .iter = iter_self, .next = deque_iter_next};

static Obj *deque_iter(Obj *self)
{
    DequeIter *it = gc_alloc(sizeof *it);
    it->base.type = &deque_iter_type;
    it->d = as_deque(self);
    it->state = it->d->state;
    return (Obj *)it;
}

static const MethodDef deque_methods[] = {
    {"append", d_append, 0}, {"appendleft", d_appendleft, 0}, {"extend", d_extend, 0},
    {"extendleft", d_extendleft, 0}, {"pop", d_pop, 0}, {"popleft", d_popleft, 0}, {"clear", d_clear, 0},
    {"copy", d_copy, 0}, {"__copy__", d_copy, 0}, {"count", d_count, 0}, {"index", d_index, 0},
    {"insert", d_insert, 0}, {"remove", d_remove, 0}, {"reverse", d_reverse, 0}, {"rotate", d_rotate, 0},
    {"__reversed__", d_reversed, 0}, {NULL, NULL, 0},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", d_maxlen, NULL},
    {NULL, NULL, NULL},
};

Type collections_deque_type = {
    .base = {&type_type},
    .name = "collections.deque",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(DequeObj),
    .new = deque_new,
    .repr = deque_repr,
    .hash = list_unhashable,
    .compare = deque_compare,
    .binop = deque_binop,
    .truth = deque_truth,
    .iter = deque_iter,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .len = deque_len,
    .contains = deque_contains,
    .methods = deque_methods,
    .getsets = deque_getsets,
};

/* ---- namedtuple ------------------------------------------------------------------------------ */

/* A field of a namedtuple class: reads slot `index` of the instance, refuses assignment. */
typedef struct TupleGetterObj {
    Obj base;
    int64_t index;
} TupleGetterObj;

static Obj *tg_get(Obj *d, Obj *obj, Type *owner)
{
    (void)owner;
    if (!obj)
        return d;
    size_t i = (size_t)((TupleGetterObj *)d)->index;
    if (!tuple_check(obj) || i >= tuple_len(obj))
        exc_raisef(&type_IndexError, "tuple index out of range");
    return tuple_get(obj, i);
}

static void tg_set(Obj *d, Obj *obj, Obj *value)
{
    (void)d, (void)obj, (void)value;
    exc_raisef(&type_AttributeError, "can't set attribute");
}

static Obj *tg_repr(Obj *d)
{
    int64_t i = ((TupleGetterObj *)d)->index;
    return str_printf("_tuplegetter(%lld, 'Alias for field number %lld')", (long long)i, (long long)i);
}

static Type tuplegetter_type = {.base = {&type_type}, .name = "_collections._tuplegetter",
                                .basicsize = sizeof(TupleGetterObj), .repr = tg_repr, .descr_get = tg_get,
                                .descr_set = tg_set};

static Obj *nt_fields(Type *cls) { return type_lookup(cls, str_intern_cstr("_fields")); }

/* A new instance of the namedtuple class cls holding items[0..n). */
static Obj *nt_instance(Type *cls, Obj **items, size_t n)
{
    /* A class deriving from the namedtuple gets an instance dict placed by class_new right after
     * the tuple header, where the items are; every instance has exactly n items, so the dict
     * moves after them. */
    size_t end = offsetof(TupleObj, items) + n * sizeof(Obj *);
    if (cls->dictoffset && cls->dictoffset < end) {
        cls->dictoffset = (uint32_t)end;
        cls->basicsize = (uint32_t)(end + sizeof(Obj *));
    }
    size_t size = cls->dictoffset ? cls->basicsize : end;
    TupleObj *t = gc_alloc(size);
    t->base.type = cls;
    t->n = n;
    memcpy(t->items, items, n * sizeof(Obj *));
    return (Obj *)t;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'". */
static void name_list(Buf *b, Obj **names, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            buf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        buf_printf(b, "'%s'", str_cstr(names[i]));
    }
}

/* __new__(cls, *fields) with a Python function's argument binding and messages. */
static Obj *nt_new(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Type *cls = (Type *)args[0];
    args++;
    nargs--;
    Obj *fields = nt_fields(cls);
    Obj *defaults = type_lookup(cls, str_intern_cstr("_field_defaults"));
    int n = (int)tuple_len(fields), ndef = defaults && dict_check(defaults) ? (int)dict_len(defaults) : 0;
    const char *tname = class_name(cls);
    if (nargs > n) {
        if (ndef)
            exc_raisef(&type_TypeError, "%s.__new__() takes from %d to %d positional arguments but %d were given", tname,
                       n - ndef + 1, n + 1, nargs + 1);
        exc_raisef(&type_TypeError, "%s.__new__() takes %d positional argument%s but %d were given", tname, n + 1,
                   n + 1 == 1 ? "" : "s", nargs + 1);
    }
    Obj **vals = gc_alloc(((size_t)n + 1) * sizeof(Obj *));
    for (int i = 0; i < nargs; i++)
        vals[i] = args[i];
    for (int k = 0; k < nkw(kwnames); k++) {
        Obj *kw = tuple_get(kwnames, (size_t)k);
        int i = 0;
        while (i < n && !str_equal(tuple_get(fields, (size_t)i), kw))
            i++;
        if (i == n)
            exc_raisef(&type_TypeError, "%s.__new__() got an unexpected keyword argument '%s'", tname, str_cstr(kw));
        if (vals[i])
            exc_raisef(&type_TypeError, "%s.__new__() got multiple values for argument '%s'", tname, str_cstr(kw));
        vals[i] = args[nargs + k];
    }
    Obj **missing = gc_alloc(((size_t)n + 1) * sizeof(Obj *));
    int nmissing = 0;
    for (int i = 0; i < n; i++) {
        if (vals[i])
            continue;
        if (i >= n - ndef)
            vals[i] = dict_get(defaults, tuple_get(fields, (size_t)i));
        else
            missing[nmissing++] = tuple_get(fields, (size_t)i);
    }
    if (nmissing) {
        Buf b;
        buf_init(&b);
        name_list(&b, missing, nmissing);
        exc_raisef(&type_TypeError, "%s.__new__() missing %d required positional argument%s: %s", tname, nmissing,
                   nmissing == 1 ? "" : "s", buf_cstr(&b));
    }
    return nt_instance(cls, vals, (size_t)n);
}

static Obj *nt_make(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("_make", kwnames);
    args_count("_make", nargs, 1, 1);
    Obj *t = tuple_from_iterable(args[0]);
    size_t n = tuple_len(nt_fields((Type *)cls));
    if (tuple_len(t) != n)
        exc_raisef(&type_TypeError, "Expected %zu arguments, got %zu", n, tuple_len(t));
    return nt_instance((Type *)cls, tuple_items(t), n);
}

static Obj *nt_replace(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    if (nargs)
        exc_raisef(&type_TypeError, "_replace() takes 1 positional argument but %d were given", nargs + 1);
    Obj *fields = nt_fields(TYPE(self));
    size_t n = tuple_len(fields);
    Obj **vals = gc_alloc((n + 1) * sizeof(Obj *));
    memcpy(vals, tuple_items(self), n * sizeof(Obj *));
    Obj *unknown = list_new(0);
    for (int k = 0; k < nkw(kwnames); k++) {
        Obj *kw = tuple_get(kwnames, (size_t)k);
        size_t i = 0;
        while (i < n && !str_equal(tuple_get(fields, i), kw))
            i++;
        if (i == n)
            list_append(unknown, kw);
        else
            vals[i] = args[k];
    }
    if (list_len(unknown))
        exc_raisef(&type_ValueError, "Got unexpected field names: %s", str_cstr(obj_repr(unknown)));
    return nt_instance(TYPE(self), vals, n);
}

static Obj *nt_repr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    no_args("__repr__", nargs, kwnames);
    Obj *fields = nt_fields(TYPE(self));
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s(", class_name(TYPE(self)));
    for (size_t i = 0; i < tuple_len(fields) && i < tuple_len(self); i++)
        buf_printf(&b, "%s%s=%s", i ? ", " : "", str_cstr(tuple_get(fields, i)), str_cstr(obj_repr(tuple_get(self, i))));
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Obj *nt_asdict(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    no_args("_asdict", nargs, kwnames);
    Obj *fields = nt_fields(TYPE(self)), *d = dict_new();
    for (size_t i = 0; i < tuple_len(fields) && i < tuple_len(self); i++)
        dict_set(d, tuple_get(fields, i), tuple_get(self, i));
    return d;
}

static Obj *nt_getnewargs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    no_args("__getnewargs__", nargs, kwnames);
    return tuple_from_array(tuple_items(self), tuple_len(self));
}

static const MethodDef nt_methods[] = {
    {"__new__", nt_new, METH_STATIC},
    {"_make", nt_make, METH_CLASS},
    {"_replace", nt_replace, 0},
    {"__repr__", nt_repr, 0},
    {"_asdict", nt_asdict, 0},
    {"__getnewargs__", nt_getnewargs, 0},
    {NULL, NULL, 0},
};

static bool is_identifier(const char *s)
{
    if (!*s || isdigit((unsigned char)*s))
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && !((unsigned char)*s & 0x80))
            return false;
    return true;
}

static bool is_keyword(const char *s)
{
    static const char *const kws[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
        if (strcmp(s, kws[i]) == 0)
            return true;
    return false;
}

static Obj *m_namedtuple(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"typename", "field_names", "rename", "defaults", "module", NULL};
    if (nargs > 2)
        exc_raisef(&type_TypeError, "namedtuple() takes 2 positional arguments but %d were given", nargs);
    Obj *a[5];
    args_parse("namedtuple", args, nargs, kwnames, names, 2, a);
    Obj *typename = obj_str(a[0]);
    Obj *fields;
    if (str_check(a[1])) {
        Obj *spaced = str_replace(a[1], str_from_cstr(","), str_from_cstr(" "), -1);
        fields = list_from_iterable(obj_call_method(spaced, "split", (Obj *[1]){NULL}, 0));
    } else {
        fields = list_new(0);
        Obj *it = obj_iter(a[1]), *f;
        while ((f = obj_next(it)))
            list_append(fields, obj_str(f));
    }
    size_t n = list_len(fields);
    bool rename = a[2] && obj_truth(a[2]);
    if (rename) {
        Obj *seen = dict_new();
        for (size_t i = 0; i < n; i++) {
            Obj *f = list_get(fields, i);
            const char *s = str_cstr(f);
            if (!is_identifier(s) || is_keyword(s) || s[0] == '_' || dict_get(seen, f))
                list_items(fields)[i] = str_printf("_%zu", i);
            dict_set(seen, f, None);
        }
    }
    for (size_t i = 0; i <= n; i++) {
        const char *s = str_cstr(i == 0 ? typename : list_get(fields, i - 1));
        if (!is_identifier(s))
            exc_raisef(&type_ValueError, "Type names and field names must be valid identifiers: %s",
                       str_cstr(str_repr(str_from_cstr(s))));
        if (is_keyword(s))
            exc_raisef(&type_ValueError, "Type names and field names cannot be a keyword: %s",
                       str_cstr(str_repr(str_from_cstr(s))));
    }
    Obj *seen = dict_new();
    for (size_t i = 0; i < n; i++) {
        Obj *f = list_get(fields, i);
        if (str_cstr(f)[0] == '_' && !rename)
            exc_raisef(&type_ValueError, "Field names cannot start with an underscore: %s", str_cstr(str_repr(f)));
        if (dict_get(seen, f))
            exc_raisef(&type_ValueError, "Encountered duplicate field name: %s", str_cstr(str_repr(f)));
        dict_set(seen, f, None);
    }
    Obj *field_defaults = dict_new();
    if (a[3] && a[3] != None) {
        Obj *defs = tuple_from_iterable(a[3]);
        size_t nd = tuple_len(defs);
        if (nd > n)
            exc_raisef(&type_TypeError, "Got more default values than field names");
        for (size_t i = 0; i < nd; i++)
            dict_set(field_defaults, list_get(fields, n - nd + i), tuple_get(defs, i));
    }
    Obj *ftuple = tuple_from_array(list_items(fields), n);
    Obj *ns = dict_new();
    Obj *doc = str_printf("%s(%s)", str_cstr(typename), str_cstr(str_join(str_from_cstr(", "), ftuple)));
    dict_set_cstr(ns, "__doc__", doc);
    dict_set_cstr(ns, "__slots__", tuple_empty());
    dict_set_cstr(ns, "_fields", ftuple);
    dict_set_cstr(ns, "_field_defaults", field_defaults);
    dict_set_cstr(ns, "__match_args__", ftuple);
    dict_set_cstr(ns, "__module__", a[4] && a[4] != None ? a[4] : str_intern_cstr("__main__"));
    for (size_t i = 0; i < n; i++) {
        TupleGetterObj *g = gc_alloc(sizeof *g);
        g->base.type = &tuplegetter_type;
        g->index = (int64_t)i;
        dict_set(ns, list_get(fields, i), (Obj *)g);
    }
    Type *cls = (Type *)class_new(str_intern(typename), tuple_pack(1, (Obj *)&type_tuple), ns);
    for (const MethodDef *m = nt_methods; m->name; m++) {
        MethodDescrObj *d = gc_alloc(sizeof *d);
        d->base.type = &type_method_descriptor;
        d->def = m;
        d->owner = cls;
        obj_setattr((Obj *)cls, str_intern_cstr(m->name), (Obj *)d);
    }
    cls->dictoffset = 0;
    cls->basicsize = sizeof(TupleObj);
    return (Obj *)cls;
}

Obj *collections_namedtuple(const char *typename, const char *fields, const char *shown_as)
{
    Obj *args[2] = {str_from_cstr(typename), str_from_cstr(fields)};
    Obj *cls = m_namedtuple(NULL, args, 2, NULL);
    if (shown_as) {
        HeapTypeObj *h = (HeapTypeObj *)cls;
        h->name = str_from_cstr(shown_as);
        h->type.name = str_cstr(h->name);
    }
    return cls;
}

/* ---- the module ------------------------------------------------------------------------------ */

static void collections_init(Obj *m)
{
    Type *types[] = {&collections_counter_type, &collections_defaultdict_type, &collections_ordereddict_type,
                     &collections_deque_type};
    type_ready(&tuplegetter_type);
    type_ready(&deque_iter_type);
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        type_ready(types[i]);
        module_add(m, short_name(types[i]), (Obj *)types[i]);
    }
    module_add_function(m, "namedtuple", m_namedtuple);
}

const ModuleDef collections_module = {"collections", collections_init, NULL};
