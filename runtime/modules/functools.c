/* runtime/modules/functools.c — the `functools` module (see functools.h). */
#include "runtime/modules/functools.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/class.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/collections.h"

static int nkw(Obj *kwnames) { return kwnames ? (int)tuple_len(kwnames) : 0; }

static bool callable(Obj *o) { return TYPE(o)->call != NULL; }

/* ---- reduce ---------------------------------------------------------------------------------- */

static Obj *m_reduce(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("reduce", kwnames);
    if (nargs < 2 || nargs > 3)
        exc_raisef(&type_TypeError, "reduce expected %s %d arguments, got %d", nargs < 2 ? "at least" : "at most",
                   nargs < 2 ? 2 : 3, nargs);
    if (!TYPE(args[1])->iter && !TYPE(args[1])->getitem)
        exc_raisef(&type_TypeError, "reduce() arg 2 must support iteration");
    Obj *acc = nargs == 3 ? args[2] : NULL;
    Obj *it = obj_iter(args[1]), *v;
    while ((v = obj_next(it))) {
        budget_tick();
        acc = acc ? obj_call2(args[0], acc, v) : v;
    }
    if (!acc)
        exc_raisef(&type_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---- partial --------------------------------------------------------------------------------- */

typedef struct PartialObj {
    Obj base;
    Obj *func;
    Obj *args;             /* tuple */
    Obj *kw;               /* dict */
    Obj *dict;
} PartialObj;

extern Type partial_type;

static Obj *partial_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    if (nargs < 1)
        exc_raisef(&type_TypeError, "type 'partial' takes at least one argument");
    Obj *func = args[0];
    if (!callable(func))
        exc_raisef(&type_TypeError, "the first argument must be callable");
    Obj *pargs = tuple_from_array(args + 1, (size_t)nargs - 1), *kw = dict_new();
    if (TYPE(func) == &partial_type) {
        PartialObj *inner = (PartialObj *)func;
        Obj *all = list_from_iterable(inner->args);
        list_extend(all, pargs);
        pargs = tuple_from_iterable(all);
        dict_update(kw, inner->kw);
        func = inner->func;
    }
    for (int k = 0; k < nkw(kwnames); k++)
        dict_set(kw, tuple_get(kwnames, (size_t)k), args[nargs + k]);
    PartialObj *p = gc_alloc(type->basicsize);
    p->base.type = type;
    p->func = func;
    p->args = pargs;
    p->kw = kw;
    return (Obj *)p;
}

static Obj *partial_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    PartialObj *p = (PartialObj *)self;
    Obj *kw = dict_copy(p->kw);
    for (int k = 0; k < nkw(kwnames); k++)
        dict_set(kw, tuple_get(kwnames, (size_t)k), args[nargs + k]);
    size_t np = tuple_len(p->args), total = np + (size_t)nargs + dict_len(kw);
    Obj **all = gc_alloc((total + 1) * sizeof(Obj *));
    memcpy(all, tuple_items(p->args), np * sizeof(Obj *));
    memcpy(all + np, args, (size_t)nargs * sizeof(Obj *));
    Obj *names = dict_len(kw) ? tuple_new(dict_len(kw)) : NULL;
    size_t pos = 0, i = 0;
    Obj *k, *v;
    while (dict_next(kw, &pos, &k, &v)) {
        tuple_items(names)[i] = k;
        all[np + (size_t)nargs + i++] = v;
    }
    return obj_call(p->func, all, (int)(np + (size_t)nargs), names);
}

static Obj *partial_repr(Obj *self)
{
    PartialObj *p = (PartialObj *)self;
    Buf b;
    buf_init(&b);
    buf_printf(&b, "functools.partial(%s", str_cstr(obj_repr(p->func)));
    for (size_t i = 0; i < tuple_len(p->args); i++)
        buf_printf(&b, ", %s", str_cstr(obj_repr(tuple_get(p->args, i))));
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(p->kw, &pos, &k, &v))
        buf_printf(&b, ", %s=%s", str_cstr(obj_str(k)), str_cstr(obj_repr(v)));
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

static Obj *partial_func(Obj *self) { return ((PartialObj *)self)->func; }
static Obj *partial_args(Obj *self) { return ((PartialObj *)self)->args; }
static Obj *partial_keywords(Obj *self) { return ((PartialObj *)self)->kw; }

static const GetSetDef partial_getsets[] = {
    {"func", partial_func, NULL},
    {"args", partial_args, NULL},
    {"keywords", partial_keywords, NULL},
    {NULL, NULL, NULL},
};

Type partial_type = {
    .base = {&type_type},
    .name = "functools.partial",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(PartialObj),
    .dictoffset = offsetof(PartialObj, dict),
    .new = partial_new,
    .repr = partial_repr,
    .call = partial_call,
    .getsets = partial_getsets,
};

/* ---- lru_cache ------------------------------------------------------------------------------- */

typedef struct LruObj {
    Obj base;
    Obj *func;
    Obj *cache;            /* dict, oldest entry first */
    int64_t maxsize;       /* -1: unbounded */
    bool typed;
    int64_t hits, misses;
    Obj *dict;
} LruObj;

extern Type lru_type;

static Obj *cache_info_class;    /* CacheInfo, made by the request that first asks for it */

/* Separates positional from keyword arguments in a key. */
static Obj kwd_mark = {&type_object};

/* The cache key CPython makes: a lone int or str argument is its own key; anything else is a
 * tuple (args, kwd_mark, k1, v1, ..., then the types when typed). */
static Obj *make_key(LruObj *l, Obj **args, int nargs, Obj *kwnames)
{
    int nk = nkw(kwnames);
    if (nk == 0 && nargs == 1 && !l->typed && !is_small(args[0]) &&
        (TYPE(args[0]) == &type_int || TYPE(args[0]) == &type_str))
        return args[0];
    if (nk == 0 && nargs == 1 && !l->typed && is_small(args[0]))
        return args[0];
    Obj *key = list_new((size_t)(nargs + 2 * nk + 1));
    for (int i = 0; i < nargs; i++)
        list_append(key, args[i]);
    if (nk) {
        list_append(key, &kwd_mark);
        for (int k = 0; k < nk; k++) {
            list_append(key, tuple_get(kwnames, (size_t)k));
            list_append(key, args[nargs + k]);
        }
    }
    if (l->typed) {
        for (int i = 0; i < nargs; i++)
            list_append(key, (Obj *)TYPE(args[i]));
        for (int k = 0; k < nk; k++)
            list_append(key, (Obj *)TYPE(args[nargs + k]));
    }
    return tuple_from_iterable(key);
}

static Obj *lru_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    LruObj *l = (LruObj *)self;
    if (l->maxsize == 0) {
        l->misses++;
        return obj_call(l->func, args, nargs, kwnames);
    }
    Obj *key = make_key(l, args, nargs, kwnames);
    Obj *v = dict_get(l->cache, key);
    if (v) {
        l->hits++;
        if (l->maxsize > 0) {
            dict_del(l->cache, key);
            dict_set(l->cache, key, v);
        }
        return v;
    }
    l->misses++;
    v = obj_call(l->func, args, nargs, kwnames);
    if (l->maxsize > 0 && dict_get(l->cache, key))
        return v;
    if (l->maxsize > 0 && (int64_t)dict_len(l->cache) >= l->maxsize) {
        size_t pos = 0;
        Obj *k, *old;
        dict_next(l->cache, &pos, &k, &old);
        dict_del(l->cache, k);
    }
    dict_set(l->cache, key, v);
    return v;
}

static Obj *lru_cache_info(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("cache_info", kwnames);
    args_count("cache_info", nargs, 0, 0);
    LruObj *l = (LruObj *)self;
    if (!cache_info_class)
        cache_info_class = collections_namedtuple("CacheInfo", "hits misses maxsize currsize", NULL);
    Obj *a[4] = {int_from_i64(l->hits), int_from_i64(l->misses), l->maxsize < 0 ? None : int_from_i64(l->maxsize),
                 int_from_i64((int64_t)dict_len(l->cache))};
    return obj_call(cache_info_class, a, 4, NULL);
}

static Obj *lru_cache_clear(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("cache_clear", kwnames);
    args_count("cache_clear", nargs, 0, 0);
    LruObj *l = (LruObj *)self;
    l->cache = dict_new();
    l->hits = l->misses = 0;
    return None;
}

static Obj *lru_cache_parameters(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("cache_parameters", kwnames);
    args_count("cache_parameters", nargs, 0, 0);
    LruObj *l = (LruObj *)self;
    Obj *d = dict_new();
    dict_set_cstr(d, "maxsize", l->maxsize < 0 ? None : int_from_i64(l->maxsize));
    dict_set_cstr(d, "typed", bool_from(l->typed));
    return d;
}

/* Attributes of the wrapped function (__name__, __doc__ ...) read through the wrapper. */
static Obj *lru_getattr(Obj *self, Obj *name)
{
    Obj *v = obj_generic_getattr(self, name);
    if (v)
        return v;
    if (strcmp(str_cstr(name), "__wrapped__") == 0)
        return ((LruObj *)self)->func;
    return obj_lookup_attr(((LruObj *)self)->func, name);
}

static Obj *lru_descr_get(Obj *d, Obj *obj, Type *owner)
{
    (void)owner;
    return obj ? method_new(d, obj) : d;
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0},
    {"cache_clear", lru_cache_clear, 0},
    {"cache_parameters", lru_cache_parameters, 0},
    {NULL, NULL, 0},
};

Type lru_type = {
    .base = {&type_type},
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(LruObj),
    .dictoffset = offsetof(LruObj, dict),
    .getattr = lru_getattr,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .methods = lru_methods,
};

static Obj *lru_wrap(Obj *func, int64_t maxsize, bool typed)
{
    LruObj *l = gc_alloc(sizeof *l);
    l->base.type = &lru_type;
    l->func = func;
    l->cache = dict_new();
    l->maxsize = maxsize;
    l->typed = typed;
    return (Obj *)l;
}

/* The decorator lru_cache(maxsize, typed) returns: self holds (maxsize, typed). */
static Obj *lru_decorator(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("lru_cache", kwnames);
    args_count("decorating_function", nargs, 1, 1);
    Obj *m = tuple_get(self, 0);
    return lru_wrap(args[0], m == None ? -1 : small_value(m), tuple_get(self, 1) == True);
}

static Obj *m_lru_cache(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"maxsize", "typed", NULL};
    Obj *a[2];
    args_parse("lru_cache", args, nargs, kwnames, names, 0, a);
    Obj *maxsize = a[0] ? a[0] : small_new(128);
    bool typed = a[1] && obj_truth(a[1]);
    if (!int_check(maxsize) && maxsize != None) {
        if (callable(maxsize) && (!a[1] || a[1] == True || a[1] == False))
            return lru_wrap(maxsize, 128, typed);
        exc_raisef(&type_TypeError, "Expected first argument to be an integer, a callable, or None");
    }
    if (maxsize != None) {
        int64_t m;
        if (!int_get_i64(maxsize, &m) || m > SMALL_MAX)
            m = SMALL_MAX;
        maxsize = small_new(m < 0 ? 0 : m);
    }
    return native_new("decorating_function", lru_decorator, tuple_pack(2, maxsize, bool_from(typed)));
}

static Obj *m_cache(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("cache", kwnames);
    args_count("cache", nargs, 1, 1);
    return lru_wrap(args[0], -1, false);
}

/* ---- update_wrapper and wraps ---------------------------------------------------------------- */

/* Sets wrapper.name = wrapped.name when wrapped has it and wrapper accepts it. */
static void copy_attr(Obj *wrapper, Obj *wrapped, const char *name)
{
    Obj *n = str_intern_cstr(name);
    Obj *v = obj_lookup_attr(wrapped, n);
    if (!v)
        return;
    ExcJump j;
    EXC_TRY(j) {
        obj_setattr(wrapper, n, v);
        exc_pop(&j);
    } else {
        if (!obj_is(j.exc, &type_AttributeError) && !obj_is(j.exc, &type_TypeError))
            exc_raise(j.exc);
    }
}

static Obj *update_wrapper(Obj *wrapper, Obj *wrapped)
{
    static const char *const assigned[] = {"__module__", "__name__", "__qualname__", "__doc__"};
    for (size_t i = 0; i < sizeof assigned / sizeof assigned[0]; i++)
        copy_attr(wrapper, wrapped, assigned[i]);
    Obj *dn = str_intern_cstr("__dict__");
    Obj *src = obj_lookup_attr(wrapped, dn), *dst = obj_lookup_attr(wrapper, dn);
    if (src && dst && dict_check(src) && dict_check(dst))
        dict_update(dst, src);
    obj_setattr(wrapper, str_intern_cstr("__wrapped__"), wrapped);
    return wrapper;
}

static Obj *m_update_wrapper(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"wrapper", "wrapped", "assigned", "updated", NULL};
    Obj *a[4];
    args_parse("update_wrapper", args, nargs, kwnames, names, 2, a);
    return update_wrapper(a[0], a[1]);
}

static Obj *wraps_decorator(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("update_wrapper", kwnames);
    args_count("update_wrapper", nargs, 1, 1);
    return update_wrapper(args[0], self);
}

static Obj *m_wraps(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"wrapped", "assigned", "updated", NULL};
    Obj *a[3];
    args_parse("wraps", args, nargs, kwnames, names, 1, a);
    return native_new("update_wrapper", wraps_decorator, a[0]);
}

/* ---- cmp_to_key ------------------------------------------------------------------------------ */

/* cmp_to_key(cmp) is a KeyWrapper without an object; calling it wraps one. */
typedef struct KeyObj {
    Obj base;
    Obj *cmp;
    Obj *obj;
} KeyObj;

static Type key_type;

static Obj *key_wrap(Obj *cmp, Obj *obj)
{
    KeyObj *k = gc_alloc(sizeof *k);
    k->base.type = &key_type;
    k->cmp = cmp;
    k->obj = obj;
    return (Obj *)k;
}

static Obj *key_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"obj", NULL};
    Obj *a[1];
    args_parse("K", args, nargs, kwnames, names, 1, a);
    return key_wrap(((KeyObj *)self)->cmp, a[0]);
}

static Obj *key_compare(Obj *a, Obj *b, int op)
{
    if (TYPE(b) != &key_type)
        exc_raisef(&type_TypeError, "other argument must be K instance");
    KeyObj *x = (KeyObj *)a, *y = (KeyObj *)b;
    if (!x->obj || !y->obj)
        exc_raisef(&type_AttributeError, "object");
    Obj *r = obj_call2(x->cmp, x->obj, y->obj);
    return obj_compare(r, small_new(0), op);
}

static Obj *key_get_obj(Obj *self)
{
    Obj *o = ((KeyObj *)self)->obj;
    if (!o)
        exc_raisef(&type_AttributeError, "obj");
    return o;
}

static const GetSetDef key_getsets[] = {
    {"obj", key_get_obj, NULL},
    {NULL, NULL, NULL},
};

static Type key_type = {
    .base = {&type_type},
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyObj),
    .hash = list_unhashable,
    .compare = key_compare,
    .call = key_call,
    .getsets = key_getsets,
};

static Obj *m_cmp_to_key(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"mycmp", NULL};
    Obj *a[1];
    args_parse("cmp_to_key", args, nargs, kwnames, names, 1, a);
    return key_wrap(a[0], NULL);
}

/* ---- total_ordering -------------------------------------------------------------------------- */

/* The order operations, in the order total_ordering prefers a root among them. */
enum { ORD_LT, ORD_LE, ORD_GT, ORD_GE };
static const char *const ord_names[] = {"__lt__", "__le__", "__gt__", "__ge__"};

/* self OP other derived from the root operation, as functools' _gt_from_lt and friends do. */
static Obj *derived(int root, int want, Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(ord_names[want], kwnames);
    args_count(ord_names[want], nargs, 1, 1);
    Obj *other = args[0];
    Obj *r = class_call_special(self, str_intern_cstr(ord_names[root]), &other, 1);
    if (!r || r == NotImplemented)
        return NotImplemented;
    bool v = obj_truth(r);
    bool strict_root = root == ORD_LT || root == ORD_GT;
    bool same_side = (root <= ORD_LE) == (want <= ORD_LE);
    if (same_side)          /* lt from le, le from lt, gt from ge, ge from gt */
        return bool_from(strict_root ? v || obj_eq(self, other) : v && !obj_eq(self, other));
    if (strict_root == (want == ORD_GE || want == ORD_LE))     /* ge from lt, le from gt, ... */
        return bool_from(!v);
    return bool_from(strict_root ? !v && !obj_eq(self, other) : !v || obj_eq(self, other));
}

#define DERIVED(root, want)                                                              \
    static Obj *d_##root##_##want(Obj *self, Obj **args, int nargs, Obj *kwnames)       \
    {                                                                                    \
        return derived(root, want, self, args, nargs, kwnames);                          \
    }
DERIVED(ORD_LT, ORD_LE) DERIVED(ORD_LT, ORD_GT) DERIVED(ORD_LT, ORD_GE)
DERIVED(ORD_LE, ORD_LT) DERIVED(ORD_LE, ORD_GT) DERIVED(ORD_LE, ORD_GE)
DERIVED(ORD_GT, ORD_LT) DERIVED(ORD_GT, ORD_LE) DERIVED(ORD_GT, ORD_GE)
DERIVED(ORD_GE, ORD_LT) DERIVED(ORD_GE, ORD_LE) DERIVED(ORD_GE, ORD_GT)
#undef DERIVED

static const MethodDef derived_defs[4][4] = {
    [ORD_LT] = {[ORD_LE] = {"__le__", d_ORD_LT_ORD_LE, 0}, [ORD_GT] = {"__gt__", d_ORD_LT_ORD_GT, 0},
                [ORD_GE] = {"__ge__", d_ORD_LT_ORD_GE, 0}},
    [ORD_LE] = {[ORD_LT] = {"__lt__", d_ORD_LE_ORD_LT, 0}, [ORD_GT] = {"__gt__", d_ORD_LE_ORD_GT, 0},
                [ORD_GE] = {"__ge__", d_ORD_LE_ORD_GE, 0}},
    [ORD_GT] = {[ORD_LT] = {"__lt__", d_ORD_GT_ORD_LT, 0}, [ORD_LE] = {"__le__", d_ORD_GT_ORD_LE, 0},
                [ORD_GE] = {"__ge__", d_ORD_GT_ORD_GE, 0}},
    [ORD_GE] = {[ORD_LT] = {"__lt__", d_ORD_GE_ORD_LT, 0}, [ORD_LE] = {"__le__", d_ORD_GE_ORD_LE, 0},
                [ORD_GT] = {"__gt__", d_ORD_GE_ORD_GT, 0}},
};

static Obj *m_total_ordering(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("total_ordering", kwnames);
    args_count("total_ordering", nargs, 1, 1);
    Obj *cls = args[0];
    if (is_small(cls) || !(TYPE(cls)->flags & TF_TYPE))
        exc_raisef(&type_ValueError, "must define at least one ordering operation: < > <= >=");
    Type *t = (Type *)cls;
    bool has[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
        Obj *name = str_intern_cstr(ord_names[i]);
        Obj *mine = type_lookup(t, name), *base = type_lookup(&type_object, name);
        has[i] = mine && mine != base;
    }
    static const int preference[] = {ORD_LT, ORD_LE, ORD_GT, ORD_GE};
    for (int i = 0; i < 4 && root < 0; i++)
        if (has[preference[i]])
            root = preference[i];
    if (root < 0)
        exc_raisef(&type_ValueError, "must define at least one ordering operation: < > <= >=");
    for (int i = 0; i < 4; i++) {
        if (i == root || has[i])
            continue;
        MethodDescrObj *d = gc_alloc(sizeof *d);
        d->base.type = &type_method_descriptor;
        d->def = &derived_defs[root][i];
        d->owner = t;
        obj_setattr(cls, str_intern_cstr(ord_names[i]), (Obj *)d);
    }
    return cls;
}

/* ---- cached_property ------------------------------------------------------------------------- */

typedef struct CachedPropertyObj {
    Obj base;
    Obj *func;
} CachedPropertyObj;

static Obj *cp_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("cached_property", kwnames);
    args_count("cached_property", nargs, 1, 1);
    CachedPropertyObj *c = gc_alloc(type->basicsize);
    c->base.type = type;
    c->func = args[0];
    return (Obj *)c;
}

/* Computes the value once and stores it in the instance dict, which later lookups find first. */
static Obj *cp_get(Obj *d, Obj *obj, Type *owner)
{
    (void)owner;
    if (!obj)
        return d;
    CachedPropertyObj *c = (CachedPropertyObj *)d;
    Obj *v = obj_call1(c->func, obj);
    obj_generic_setattr(obj, obj_getattr(c->func, str_intern_cstr("__name__")), v);
    return v;
}

static Type cached_property_type = {
    .base = {&type_type},
    .name = "cached_property",
    .module = "functools",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(CachedPropertyObj),
    .new = cp_new,
    .descr_get = cp_get,
};

/* ---- the module ------------------------------------------------------------------------------ */

static void functools_init(Obj *m)
{
    type_ready(&partial_type);
    type_ready(&lru_type);
    type_ready(&key_type);
    type_ready(&cached_property_type);
    module_add(m, "partial", (Obj *)&partial_type);
    module_add(m, "cached_property", (Obj *)&cached_property_type);
    module_add_function(m, "reduce", m_reduce);
    module_add_function(m, "lru_cache", m_lru_cache);
    module_add_function(m, "cache", m_cache);
    module_add_function(m, "update_wrapper", m_update_wrapper);
    module_add_function(m, "wraps", m_wraps);
    module_add_function(m, "cmp_to_key", m_cmp_to_key);
    module_add_function(m, "total_ordering", m_total_ordering);
    module_add(m, "WRAPPER_ASSIGNMENTS",
               tuple_pack(5, str_intern_cstr("__module__"), str_intern_cstr("__name__"), str_intern_cstr("__qualname__"),
                          str_intern_cstr("__doc__"), str_intern_cstr("__annotations__")));
    module_add(m, "WRAPPER_UPDATES", tuple_pack(1, str_intern_cstr("__dict__")));
}

/* The CacheInfo class of an earlier request is gone with its heap. */
static void functools_fresh(Obj *m)
{
    (void)m;
    cache_info_class = NULL;
}

const ModuleDef functools_module = {"functools", functools_init, functools_fresh};
