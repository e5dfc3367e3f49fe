/* runtime/lang/dict.c — dict: a compact hash table in insertion order (an index table of slots
 * pointing into a dense entry array, as CPython's), its views and iterators, with CPython's
 * errors. Lookups of small ints and exact strs skip the generic hash and == dispatch. */
#include "runtime/lang/dict.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

#define SLOT_EMPTY (-1)
#define SLOT_DUMMY (-2)
#define PERTURB_SHIFT 5

static inline int64_t key_hash(Obj *k)
{
    if (is_small(k)) {
        intptr_t v = small_value(k);
        if (v >= 0 && (uint64_t)v < INT_HASH_MODULUS)
            return v;
        return int_hash(k);
    }
    if (k->type == &type_str) {
        int64_t h = ((StrObj *)k)->hash;
        return h != -1 ? h : str_hash(k);
    }
    return obj_hash(k);
}

static inline bool keys_equal(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    if (is_small(a) && is_small(b))
        return false;
    if (!is_small(a) && !is_small(b) && a->type == &type_str && b->type == &type_str)
        return str_equal(a, b);
    return obj_eq(a, b);
}

/* Versions are unique across all dicts, so a cache keyed on one can never match another dict. */
static uint64_t next_version(void)
{
    static uint64_t counter;
    return ++counter;
}

static void table_init(DictObj *d, size_t size)
{
    d->version = next_version();
    d->mask = size - 1;
    d->index = gc_alloc_atomic(size * sizeof(int32_t));
    memset(d->index, 0xff, size * sizeof(int32_t));
    d->capacity = size * 2 / 3;
    d->entries = gc_alloc(d->capacity * sizeof(DictEntry));
    d->nentries = 0;
}

static void dict_init(DictObj *d, Type *type)
{
    d->base.type = type;
    d->used = 0;
    table_init(d, 8);
}

Obj *dict_new(void)
{
    DictObj *d = gc_alloc(sizeof *d);
    dict_init(d, &type_dict);
    return (Obj *)d;
}

/* The entry index of key, or -1. */
static int64_t lookup(DictObj *d, Obj *key, int64_t hash)
{
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == SLOT_EMPTY)
            return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key || (e->hash == hash && e->key && keys_equal(e->key, key)))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* A free slot of the index table for a key known to be absent. */
static size_t free_slot(DictObj *d, int64_t hash)
{
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static void resize(DictObj *d, size_t min_used)
{
    size_t size = 8;
    while (size * 2 / 3 < min_used)
        size *= 2;
    int_check_result_size((double)size * (sizeof(DictEntry) + 4));
    DictEntry *old = d->entries;
    size_t n = d->nentries;
    table_init(d, size);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!old[i].key)
            continue;
        d->entries[k] = old[i];
        d->index[free_slot(d, old[i].hash)] = (int32_t)k;
        k++;
    }
    d->nentries = k;
}

static void insert_new(DictObj *d, Obj *key, int64_t hash, Obj *value)
{
    if (d->nentries >= d->capacity)
        resize(d, d->used * 3 > 8 ? d->used * 3 : 8);
    size_t ix = d->nentries++;
    d->entries[ix] = (DictEntry){hash, key, value};
    d->index[free_slot(d, hash)] = (int32_t)ix;
    d->used++;
    d->version = next_version();
}

Obj *dict_get(Obj *o, Obj *key)
{
    DictObj *d = (DictObj *)o;
    int64_t ix = lookup(d, key, key_hash(key));
    return ix < 0 ? NULL : d->entries[ix].value;
}

Obj *dict_get_cstr(Obj *d, const char *key) { return dict_get(d, str_intern_cstr(key)); }

void dict_set(Obj *o, Obj *key, Obj *value)
{
    DictObj *d = (DictObj *)o;
    int64_t hash = key_hash(key);
    int64_t ix = lookup(d, key, hash);
    if (ix >= 0)
        d->entries[ix].value = value;
    else
        insert_new(d, key, hash, value);
}

void dict_set_cstr(Obj *d, const char *key, Obj *value) { dict_set(d, str_intern_cstr(key), value); }

/* Removes key; returns its value, or NULL when it was absent. */
static Obj *remove_key(DictObj *d, Obj *key)
{
    int64_t hash = key_hash(key);
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == SLOT_EMPTY)
            return NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key || (e->hash == hash && e->key && keys_equal(e->key, key))) {
                Obj *v = e->value;
                e->key = e->value = NULL;
                d->index[i] = SLOT_DUMMY;
                d->used--;
                d->version = next_version();
                return v;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

bool dict_del(Obj *d, Obj *key) { return remove_key((DictObj *)d, key) != NULL; }

bool dict_next(Obj *o, size_t *pos, Obj **key, Obj **value)
{
    DictObj *d = (DictObj *)o;
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

int64_t dict_find_entry(Obj *d, Obj *key) { return lookup((DictObj *)d, key, key_hash(key)); }

Obj *dict_copy(Obj *o)
{
    DictObj *src = (DictObj *)o;
    DictObj *d = gc_alloc(sizeof *d);
    d->base.type = &type_dict;
    if (src->used == src->nentries) {
        d->mask = src->mask;
        d->capacity = src->capacity;
        d->index = gc_alloc_atomic((d->mask + 1) * sizeof(int32_t));
        memcpy(d->index, src->index, (d->mask + 1) * sizeof(int32_t));
        d->entries = gc_alloc(d->capacity * sizeof(DictEntry));
        memcpy(d->entries, src->entries, src->nentries * sizeof(DictEntry));
        d->nentries = src->nentries;
        d->used = src->used;
        d->version = next_version();
        return (Obj *)d;
    }
    dict_init(d, &type_dict);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(o, &pos, &k, &v))
        dict_set((Obj *)d, k, v);
    return (Obj *)d;
}

/* Adds one (key, value) pair given as a 2-item iterable: the n-th element of an update. */
static void add_pair(Obj *d, Obj *item, size_t n)
{
    Obj *seq = item;
    if (!tuple_check(item) && !list_check(item)) {
        if (!TYPE(item)->iter && !TYPE(item)->getitem)
            exc_raisef(&type_TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", n);
        seq = list_from_iterable(item);
    }
    size_t len = tuple_check(seq) ? tuple_len(seq) : list_len(seq);
    Obj **items = tuple_check(seq) ? tuple_items(seq) : list_items(seq);
    if (len != 2)
        exc_raisef(&type_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
    dict_set(d, items[0], items[1]);
}

void dict_update(Obj *d, Obj *other)
{
    if (dict_check(other)) {
        size_t pos = 0;
        Obj *k, *v;
        if (dict_len(d) == 0 && dict_len(other) > 8)
            resize((DictObj *)d, dict_len(other));
        while (dict_next(other, &pos, &k, &v))
            dict_set(d, k, v);
        return;
    }
    Obj *keys = obj_lookup_attr(other, str_intern_cstr("keys"));
    if (keys) {
        Obj *it = obj_iter(obj_call0(keys)), *k;
        while ((k = obj_next(it)))
            dict_set(d, k, obj_getitem(other, k));
        return;
    }
    Obj *it = obj_iter(other), *item;
    size_t n = 0;
    while ((item = obj_next(it)))
        add_pair(d, item, n++);
}

/* ---- slots ---------------------------------------------------------------------------------- */

static Obj *build_repr(Obj *o)
{
    Buf b;
    buf_init(&b);
    buf_putc(&b, '{');
    size_t pos = 0;
    Obj *k, *v;
    bool first = true;
    while (dict_next(o, &pos, &k, &v)) {
        if (!first)
            buf_puts(&b, ", ");
        first = false;
        Obj *r = obj_repr(k);
        buf_add(&b, str_cstr(r), str_bytes(r));
        buf_puts(&b, ": ");
        r = obj_repr(v);
        buf_add(&b, str_cstr(r), str_bytes(r));
    }
    buf_putc(&b, '}');
    return str_from_buf(&b);
}

static Obj *dict_repr(Obj *o)
{
    if (dict_len(o) == 0)
        return str_intern_cstr("{}");
    return list_guarded_repr(o, "{...}", build_repr);
}

static Obj *dict_getitem(Obj *o, Obj *key)
{
    Obj *v = dict_get(o, key);
    if (v)
        return v;
    DictObj *d = (DictObj *)o;
    if (d->default_factory && d->default_factory != None) {
        v = obj_call0(d->default_factory);
        dict_set(o, key, v);
        return v;
    }
    if (TYPE(o)->flags & TF_HEAP) {
        Obj *missing = type_lookup(TYPE(o), str_intern_cstr("__missing__"));
        if (missing)
            return func_call_with_self(missing, o, &key, 1, NULL);
    }
    exc_raise_arg(&type_KeyError, key);
}

static void dict_setitem(Obj *o, Obj *key, Obj *value)
{
    if (value) {
        dict_set(o, key, value);
        return;
    }
    if (!remove_key((DictObj *)o, key))
        exc_raise_arg(&type_KeyError, key);
}

static int64_t dict_len_slot(Obj *o) { return (int64_t)dict_len(o); }

static bool dict_contains(Obj *o, Obj *key) { return dict_get(o, key) != NULL; }

static Obj *dict_compare(Obj *a, Obj *b, int op)
{
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    bool eq = dict_len(a) == dict_len(b);
    size_t pos = 0;
    Obj *k, *v;
    while (eq && dict_next(a, &pos, &k, &v)) {
        Obj *w = dict_get(b, k);
        eq = w && obj_eq(v, w);
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static Obj *dict_binop(Obj *a, Obj *b, int op)
{
    if (OP_BASE(op) != OP_OR || !dict_check(a))
        return NotImplemented;
    if (op & OP_INPLACE) {
        /* d |= x takes whatever d.update(x) takes. */
        dict_update(a, b);
        return a;
    }
    if (!dict_check(b))
        return NotImplemented;
    Obj *r = dict_copy(a);
    dict_update(r, b);
    return r;
}

/* ---- iterators ----------------------------------------------------------------------------- */

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct DictIter {
    Obj base;
    Obj *dict;
    size_t pos;
    size_t used;
    int kind;
    bool reverse;
} DictIter;

static Obj *dictiter_next(Obj *self)
{
    DictIter *it = (DictIter *)self;
    if (!it->dict)
        return NULL;
    DictObj *d = (DictObj *)it->dict;
    if (d->used != it->used) {
        it->used = (size_t)-1;
        exc_raisef(&type_RuntimeError, "dictionary changed size during iteration");
    }
    for (;;) {
        DictEntry *e;
        if (it->reverse) {
            if (it->pos == 0 || it->pos > d->nentries)
                break;
            e = &d->entries[--it->pos];
        } else {
            if (it->pos >= d->nentries)
                break;
            e = &d->entries[it->pos++];
        }
        if (!e->key)
            continue;
        switch (it->kind) {
        case ITER_KEYS: return e->key;
        case ITER_VALUES: return e->value;
        default: return tuple_pack(2, e->key, e->value);
        }
    }
    it->dict = NULL;
    return NULL;
}

static Obj *iter_self(Obj *self) { return self; }

#define ITER_TYPE(cname, pyname)                 \
    Type cname = {                               \
        .base = {&type_type},                    \
        .name = pyname,                          \
        .base_type = &type_object,               \
        .basicsize = sizeof(DictIter),           \
        .iter = iter_self,                       \
        .next = dictiter_next,                   \
    };
ITER_TYPE(type_dict_keyiterator, "dict_keyiterator")
ITER_TYPE(type_dict_valueiterator, "dict_valueiterator")
ITER_TYPE(type_dict_itemiterator, "dict_itemiterator")
ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator")
ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator")
ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator")
#undef ITER_TYPE

static Obj *make_iter(Obj *d, int kind, bool reverse)
{
    static Type *const types[2][3] = {
        {&type_dict_keyiterator, &type_dict_valueiterator, &type_dict_itemiterator},
        {&type_dict_reversekeyiterator, &type_dict_reversevalueiterator, &type_dict_reverseitemiterator},
    };
    DictIter *it = gc_alloc(sizeof *it);
    it->base.type = types[reverse][kind];
    it->dict = d;
    it->used = dict_len(d);
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? ((DictObj *)d)->nentries : 0;
    return (Obj *)it;
}

Obj *dict_reversed(Obj *d) { return make_iter(d, ITER_KEYS, true); }

static Obj *dict_iter(Obj *d) { return make_iter(d, ITER_KEYS, false); }

/* ---- views ----------------------------------------------------------------------------------- */

typedef struct DictView {
    Obj base;
    Obj *dict;
} DictView;

static int view_kind(const Obj *v)
{
    Type *t = TYPE(v);
    return t == &type_dict_keys ? ITER_KEYS : t == &type_dict_values ? ITER_VALUES : ITER_ITEMS;
}

static bool is_setlike_view(const Obj *o)
{
    return !is_small(o) && (o->type == &type_dict_keys || o->type == &type_dict_items);
}

static Obj *make_view(Obj *d, Type *t)
{
    DictView *v = gc_alloc(sizeof *v);
    v->base.type = t;
    v->dict = d;
    return (Obj *)v;
}

static int64_t view_len(Obj *o) { return (int64_t)dict_len(((DictView *)o)->dict); }

static Obj *view_iter(Obj *o) { return make_iter(((DictView *)o)->dict, view_kind(o), false); }

static bool view_contains(Obj *o, Obj *item)
{
    Obj *d = ((DictView *)o)->dict;
    switch (view_kind(o)) {
    case ITER_KEYS:
        return dict_get(d, item) != NULL;
    case ITER_ITEMS: {
        if (!tuple_check(item) || tuple_len(item) != 2)
            return false;
        Obj *v = dict_get(d, tuple_get(item, 0));
        return v && obj_eq(v, tuple_get(item, 1));
    }
    default: {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(d, &pos, &k, &v))
            if (obj_eq(v, item))
                return true;
        return false;
    }
    }
}

static Obj *build_view_repr(Obj *o)
{
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s([", obj_type_name(o));
    Obj *it = view_iter(o), *x;
    bool first = true;
    while ((x = obj_next(it))) {
        if (!first)
            buf_puts(&b, ", ");
        first = false;
        Obj *r = obj_repr(x);
        buf_add(&b, str_cstr(r), str_bytes(r));
    }
    buf_puts(&b, "])");
    return str_from_buf(&b);
}

static Obj *view_repr(Obj *o) { return list_guarded_repr(o, "...", build_view_repr); }

static bool setlike(Obj *o) { return set_check(o) || is_setlike_view(o); }

static Obj *view_compare(Obj *a, Obj *b, int op)
{
    if (!setlike(a) || !setlike(b))
        return NotImplemented;
    int64_t la = obj_len(a), lb = obj_len(b);
    bool sub_ab = true, sub_ba = true;
    if (op != CMP_GT && op != CMP_GE) {
        Obj *it = obj_iter(a), *x;
        while (sub_ab && (x = obj_next(it)))
            sub_ab = obj_contains(b, x);
    }
    if (op != CMP_LT && op != CMP_LE) {
        Obj *it = obj_iter(b), *x;
        while (sub_ba && (x = obj_next(it)))
            sub_ba = obj_contains(a, x);
    }
    switch (op) {
    case CMP_EQ: return bool_from(la == lb && sub_ab);
    case CMP_NE: return bool_from(!(la == lb && sub_ab));
    case CMP_LT: return bool_from(la < lb && sub_ab);
    case CMP_LE: return bool_from(la <= lb && sub_ab);
    case CMP_GT: return bool_from(la > lb && sub_ba);
    default: return bool_from(la >= lb && sub_ba);
    }
}

/* keys & other, keys | other ... as CPython's dictviews_* functions build them. */
static Obj *view_binop(Obj *a, Obj *b, int op)
{
    int base = OP_BASE(op);
    if (base != OP_AND && base != OP_OR && base != OP_SUB && base != OP_XOR)
        return NotImplemented;
    if (!is_setlike_view(a) && !is_setlike_view(b))
        return NotImplemented;
    if (!TYPE(a)->iter || !TYPE(b)->iter)
        return NotImplemented;
    if (base == OP_AND) {
        Obj *self = is_setlike_view(a) ? a : b, *other = self == a ? b : a;
        int64_t ls = obj_len(self);
        if (!is_small(other) && other->type == &type_set && ls <= (int64_t)set_len(other))
            return set_intersection(other, self);
        if (is_setlike_view(other) && obj_len(other) > ls) {
            Obj *t = self;
            self = other;
            other = t;
        }
        Obj *r = set_new(), *it = obj_iter(other), *x;
        while ((x = obj_next(it)))
            if (view_contains(self, x))
                set_add(r, x);
        return r;
    }
    Obj *r = set_from_iterable(&type_set, a);
    if (base == OP_OR)
        set_update(r, b);
    else if (base == OP_SUB)
        set_difference_update(r, b);
    else
        set_symmetric_difference_update(r, b);
    return r;
}

static Obj *m_isdisjoint(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("dict_keys.isdisjoint", kw);
    args_count("dict_keys.isdisjoint", nargs, 1, 1);
    Obj *it = obj_iter(args[0]), *x;
    while ((x = obj_next(it)))
        if (view_contains(self, x))
            return False;
    return True;
}

static Obj *m_view_reversed(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args, (void)nargs, (void)kw;
    return make_iter(((DictView *)self)->dict, view_kind(self), true);
}

static const MethodDef setview_methods[] = {
    {"isdisjoint", m_isdisjoint, 0},
    {"__reversed__", m_view_reversed, 0},
    {NULL, NULL, 0},
};

static const MethodDef values_methods[] = {
    {"__reversed__", m_view_reversed, 0},
    {NULL, NULL, 0},
};

static Obj *get_mapping(Obj *self) { return ((DictView *)self)->dict; }

static const GetSetDef view_getsets[] = {
    {"mapping", get_mapping, NULL},
    {NULL, NULL, NULL},
};

Type type_dict_keys = {
    .base = {&type_type}, .name = "dict_keys", .base_type = &type_object, .basicsize = sizeof(DictView),
    .repr = view_repr, .hash = list_unhashable, .compare = view_compare, .binop = view_binop, .getattr = obj_generic_getattr,
    .iter = view_iter, .len = view_len, .contains = view_contains, .methods = setview_methods,
    .getsets = view_getsets,
};
Type type_dict_items = {
    .base = {&type_type}, .name = "dict_items", .base_type = &type_object, .basicsize = sizeof(DictView),
    .repr = view_repr, .hash = list_unhashable, .compare = view_compare, .binop = view_binop, .getattr = obj_generic_getattr,
    .iter = view_iter, .len = view_len, .contains = view_contains, .methods = setview_methods,
    .getsets = view_getsets,
};
Type type_dict_values = {
    .base = {&type_type}, .name = "dict_values", .base_type = &type_object, .basicsize = sizeof(DictView),
    .repr = view_repr, .hash = list_unhashable, .getattr = obj_generic_getattr, .iter = view_iter, .len = view_len,
    .contains = view_contains, .methods = values_methods, .getsets = view_getsets,
};

/* ---- methods ------------------------------------------------------------------------------- */

static Obj *m_keys(Obj *self, Obj **a, int n, Obj *kw)
{
    (void)a;
    args_no_kw("dict.keys", kw);
    args_count("dict.keys", n, 0, 0);
    return make_view(self, &type_dict_keys);
}

static Obj *m_values(Obj *self, Obj **a, int n, Obj *kw)
{
    (void)a;
    args_no_kw("dict.values", kw);
    args_count("dict.values", n, 0, 0);
    return make_view(self, &type_dict_values);
}

static Obj *m_items(Obj *self, Obj **a, int n, Obj *kw)
{
    (void)a;
    args_no_kw("dict.items", kw);
    args_count("dict.items", n, 0, 0);
    return make_view(self, &type_dict_items);
}

static Obj *m_get(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("get", kw);
    args_count("get", nargs, 1, 2);
    Obj *v = dict_get(self, args[0]);
    return v ? v : nargs > 1 ? args[1] : None;
}

static Obj *m_setdefault(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("setdefault", kw);
    args_count("setdefault", nargs, 1, 2);
    Obj *v = dict_get(self, args[0]);
    if (v)
        return v;
    v = nargs > 1 ? args[1] : None;
    dict_set(self, args[0], v);
    return v;
}

static Obj *m_pop(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("pop", kw);
    args_count("pop", nargs, 1, 2);
    Obj *v = remove_key((DictObj *)self, args[0]);
    if (v)
        return v;
    if (nargs > 1)
        return args[1];
    exc_raise_arg(&type_KeyError, args[0]);
}

static Obj *m_popitem(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("dict.popitem", kw);
    args_count("dict.popitem", nargs, 0, 0);
    DictObj *d = (DictObj *)self;
    if (d->used == 0)
        exc_raise_arg(&type_KeyError, str_from_cstr("popitem(): dictionary is empty"));
    while (d->nentries > 0 && !d->entries[d->nentries - 1].key)
        d->nentries--;
    DictEntry e = d->entries[d->nentries - 1];
    remove_key(d, e.key);
    d->nentries--;
    return tuple_pack(2, e.key, e.value);
}

/* update(other=(), **kwargs), shared by dict(), __init__ and update. */
static void update_from_args(const char *fname, Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_count(fname, nargs, 0, 1);
    if (nargs)
        dict_update(self, args[0]);
    if (kwnames)
        for (size_t i = 0; i < tuple_len(kwnames); i++)
            dict_set(self, tuple_get(kwnames, i), args[nargs + (int)i]);
}

static Obj *m_update(Obj *self, Obj **args, int nargs, Obj *kw)
{
    update_from_args("update", self, args, nargs, kw);
    return None;
}

static Obj *m_init(Obj *self, Obj **args, int nargs, Obj *kw)
{
    update_from_args("dict", self, args, nargs, kw);
    return None;
}

static Obj *m_copy(Obj *self, Obj **a, int n, Obj *kw)
{
    (void)a;
    args_no_kw("dict.copy", kw);
    args_count("dict.copy", n, 0, 0);
    return dict_copy(self);
}

static Obj *m_clear(Obj *self, Obj **a, int n, Obj *kw)
{
    (void)a;
    args_no_kw("dict.clear", kw);
    args_count("dict.clear", n, 0, 0);
    DictObj *d = (DictObj *)self;
    d->used = 0;
    d->version = next_version();
    table_init(d, 8);
    return None;
}

static Obj *m_fromkeys(Obj *cls, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("fromkeys", kw);
    args_count("fromkeys", nargs, 1, 2);
    Obj *d = obj_call0(cls);
    Obj *v = nargs > 1 ? args[1] : None;
    Obj *it = obj_iter(args[0]), *k;
    while ((k = obj_next(it)))
        obj_setitem(d, k, v);
    return d;
}

static Obj *m_contains(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("dict.__contains__", kw);
    args_count("dict.__contains__", nargs, 1, 1);
    return bool_from(dict_get(self, args[0]) != NULL);
}

static Obj *m_getitem(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("dict.__getitem__", kw);
    args_count("dict.__getitem__", nargs, 1, 1);
    Obj *v = dict_get(self, args[0]);
    if (!v)
        exc_raise_arg(&type_KeyError, args[0]);
    return v;
}

static Obj *m_setitem(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("__setitem__", kw);
    args_count("__setitem__", nargs, 2, 2);
    dict_set(self, args[0], args[1]);
    return None;
}

static Obj *m_reversed(Obj *self, Obj **a, int n, Obj *kw)
{
    (void)a, (void)n, (void)kw;
    return make_iter(self, ITER_KEYS, true);
}

static const MethodDef dict_methods[] = {
    {"__init__", m_init, 0},
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"get", m_get, 0},
    {"setdefault", m_setdefault, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"update", m_update, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {"__contains__", m_contains, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__reversed__", m_reversed, 0},
    {NULL, NULL, 0},
};

static Obj *dict_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    DictObj *d = gc_alloc(type->basicsize > sizeof(DictObj) ? type->basicsize : sizeof(DictObj));
    dict_init(d, type);
    update_from_args("dict", (Obj *)d, args, nargs, kwnames);
    return (Obj *)d;
}

Type type_dict = {
    .base = {&type_type},
    .name = "dict",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_DICT,
    .basicsize = sizeof(DictObj),
    .new = dict_new_slot,
    .repr = dict_repr,
    .hash = list_unhashable,
    .compare = dict_compare,
    .binop = dict_binop,
    .getattr = obj_generic_getattr,
    .iter = dict_iter,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .len = dict_len_slot,
    .contains = dict_contains,
    .methods = dict_methods,
};
