/* runtime/lang/list.c — list: a growable array with CPython's slicing rules, methods, error
 * messages and a stable merge sort that compares with < only, like CPython's. */
#include "runtime/lang/list.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/seq.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

/* Copies n item pointers; an empty list's items may be NULL, which memmove must not see. */
static void copy_items(Obj **dst, Obj *const *src, size_t n)
{
    if (n)
        memmove(dst, src, n * sizeof(Obj *));
}

static void list_init_empty(ListObj *l, Type *type, size_t capacity)
{
    l->base.type = type;
    l->n = 0;
    l->cap = capacity;
    l->items = capacity ? gc_alloc(capacity * sizeof(Obj *)) : NULL;
}

Obj *list_new(size_t capacity)
{
    int_check_result_size((double)capacity * sizeof(Obj *));
    ListObj *l = gc_alloc(sizeof *l);
    list_init_empty(l, &type_list, capacity);
    return (Obj *)l;
}

static void reserve(ListObj *l, size_t n)
{
    if (n <= l->cap)
        return;
    size_t cap = l->cap ? l->cap : 4;
    while (cap < n)
        cap += cap / 2 + 4;
    int_check_result_size((double)cap * sizeof(Obj *));
    Obj **items = gc_alloc(cap * sizeof(Obj *));
    copy_items(items, l->items, l->n);
    l->items = items;
    l->cap = cap;
}

void list_append(Obj *o, Obj *v)
{
    ListObj *l = (ListObj *)o;
    if (l->n == l->cap)
        reserve(l, l->n + 1);
    l->items[l->n++] = v;
}

Obj *list_from_array(Obj *const *items, size_t n)
{
    Obj *l = list_new(n);
    copy_items(list_items(l), items, n);
    ((ListObj *)l)->n = n;
    return l;
}

void list_extend(Obj *l, Obj *iterable)
{
    if (list_check(iterable) || tuple_check(iterable)) {
        bool lst = list_check(iterable);
        size_t n = lst ? list_len(iterable) : tuple_len(iterable);
        Obj **src = lst ? list_items(iterable) : tuple_items(iterable);
        if (n == 0)   /* an empty list has no item array: no pointer arithmetic on NULL */
            return;
        reserve((ListObj *)l, list_len(l) + n);
        copy_items(list_items(l) + list_len(l), src, n);
        ((ListObj *)l)->n += n;
        return;
    }
    Obj *it = obj_iter(iterable), *v;
    while ((v = obj_next(it)))
        list_append(l, v);
}

Obj *list_from_iterable(Obj *iterable)
{
    Obj *l = list_new(0);
    list_extend(l, iterable);
    return l;
}

void list_reverse(Obj *o)
{
    Obj **a = list_items(o);
    size_t n = list_len(o);
    for (size_t i = 0; i < n / 2; i++) {
        Obj *t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

/* ---- sorting -------------------------------------------------------------------------------- */

typedef enum { CMP_GENERIC, CMP_SMALL, CMP_FLOAT, CMP_STR } SortKind;

static bool key_lt(SortKind kind, Obj *a, Obj *b)
{
    switch (kind) {
    case CMP_SMALL: return small_value(a) < small_value(b);
    case CMP_FLOAT: return float_value(a) < float_value(b);
    case CMP_STR: return str_compare(a, b) < 0;
    default: return obj_lt(a, b);
    }
}

/* Sorts keys[0..n) stably, moving vals alongside (vals may equal keys). */
static void merge_sort(SortKind kind, Obj **keys, Obj **vals, Obj **tk, Obj **tv, size_t n)
{
    if (n <= 16) {
        for (size_t i = 1; i < n; i++) {
            Obj *k = keys[i], *v = vals[i];
            size_t j = i;
            while (j > 0 && key_lt(kind, k, keys[j - 1])) {
                keys[j] = keys[j - 1];
                vals[j] = vals[j - 1];
                j--;
            }
            keys[j] = k;
            vals[j] = v;
        }
        return;
    }
    size_t h = n / 2;
    merge_sort(kind, keys, vals, tk, tv, h);
    merge_sort(kind, keys + h, vals + h, tk, tv, n - h);
    if (!key_lt(kind, keys[h], keys[h - 1]))
        return;
    memcpy(tk, keys, h * sizeof(Obj *));
    if (vals != keys)
        memcpy(tv, vals, h * sizeof(Obj *));
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (key_lt(kind, keys[j], tk[i])) {
            vals[k] = vals[j];
            keys[k++] = keys[j++];
        } else {
            vals[k] = vals != keys ? tv[i] : tk[i];
            keys[k++] = tk[i++];
        }
    }
    while (i < h) {
        vals[k] = vals != keys ? tv[i] : tk[i];
        keys[k++] = tk[i++];
    }
}

/* CPython's sort of a short list, comparison for comparison (so that even inconsistent orders,
 * like lists with NaNs, come out the same): the leading run (a strictly descending one reversed),
 * then binary insertion of the rest. */
static void short_sort(SortKind kind, Obj **keys, Obj **vals, size_t n)
{
    size_t run = 1;
    if (n > 1) {
        run = 2;
        bool descending = key_lt(kind, keys[1], keys[0]);
        while (run < n && key_lt(kind, keys[run], keys[run - 1]) == descending)
            run++;
        if (descending)
            for (size_t i = 0, j = run - 1; i < j; i++, j--) {
                Obj *t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
                if (vals != keys) {
                    t = vals[i];
                    vals[i] = vals[j];
                    vals[j] = t;
                }
            }
    }
    for (size_t start = run; start < n; start++) {
        Obj *pk = keys[start], *pv = vals[start];
        size_t l = 0, r = start;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            if (key_lt(kind, pk, keys[m]))
                r = m;
            else
                l = m + 1;
        }
        memmove(keys + l + 1, keys + l, (start - l) * sizeof(Obj *));
        if (vals != keys)
            memmove(vals + l + 1, vals + l, (start - l) * sizeof(Obj *));
        keys[l] = pk;
        vals[l] = pv;
    }
}

static SortKind sort_kind(Obj **keys, size_t n)
{
    bool small = true, flt = true, str = true;
    for (size_t i = 0; i < n && (small || flt || str); i++) {
        Obj *k = keys[i];
        small &= is_small(k);
        flt &= !is_small(k) && k->type == &type_float;
        str &= !is_small(k) && k->type == &type_str;
    }
    return small ? CMP_SMALL : flt ? CMP_FLOAT : str ? CMP_STR : CMP_GENERIC;
}

static void reverse_array(Obj **a, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        Obj *t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

void list_sort(Obj *o, Obj *key, bool reverse)
{
    ListObj *l = (ListObj *)o;
    size_t n = l->n;
    if (n < 2)
        return;
    /* Sort a copy so that a failing comparison or key leaves a consistent list. */
    Obj **vals = gc_alloc(n * sizeof(Obj *));
    memcpy(vals, l->items, n * sizeof(Obj *));
    Obj **keys = vals;
    if (key && key != None) {
        keys = gc_alloc(n * sizeof(Obj *));
        for (size_t i = 0; i < n; i++)
            keys[i] = obj_call1(key, vals[i]);
    }
    /* Reversing before and after keeps equal items in their original order, as CPython does. */
    if (reverse) {
        reverse_array(keys, n);
        if (vals != keys)
            reverse_array(vals, n);
    }
    if (n < 64) {
        short_sort(sort_kind(keys, n), keys, vals, n);
    } else {
        Obj **tk = gc_alloc(n * sizeof(Obj *)), **tv = vals != keys ? gc_alloc(n * sizeof(Obj *)) : tk;
        merge_sort(sort_kind(keys, n), keys, vals, tk, tv, n);
    }
    if (reverse)
        reverse_array(vals, n);
    memcpy(l->items, vals, n * sizeof(Obj *));
}

int64_t list_unhashable(Obj *o) { exc_raisef(&type_TypeError, "unhashable type: '%s'", obj_type_name(o)); }

/* ---- repr of containers that may contain themselves ------------------------------------------ */

#define REPR_NEST_MAX 4096
static Obj *repr_active[REPR_NEST_MAX];
static int repr_depth;

Obj *list_guarded_repr(Obj *o, const char *placeholder, Obj *(*build)(Obj *))
{
    for (int i = 0; i < repr_depth; i++)
        if (repr_active[i] == o)
            return str_from_cstr(placeholder);
    if (repr_depth >= REPR_NEST_MAX)
        exc_raisef(&type_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    int mine = repr_depth;
    repr_active[repr_depth++] = o;
    ExcJump j;
    Obj *volatile r = NULL;
    EXC_TRY(j) {
        r = build(o);
        exc_pop(&j);
    } else {
        repr_depth = mine;
        repr_active[mine] = NULL;
        exc_raise(j.exc);
    }
    repr_depth = mine;
    repr_active[mine] = NULL;
    return (Obj *)r;
}

static Obj *build_repr(Obj *o)
{
    Buf b;
    buf_init(&b);
    buf_putc(&b, '[');
    tuple_repr_items(&b, list_items(o), list_len(o));
    buf_putc(&b, ']');
    return str_from_buf(&b);
}

static Obj *list_repr(Obj *o)
{
    if (list_len(o) == 0)
        return str_intern_cstr("[]");
    return list_guarded_repr(o, "[...]", build_repr);
}

/* ---- indexing and slices ----------------------------------------------------------------- */

static bool index_like(Obj *key)
{
    return int_check(key) || (!is_small(key) && TYPE(key)->convert && !float_check(key) &&
                              TYPE(key)->convert(key, CONV_INDEX, NULL));
}

static int64_t item_index(Obj *l, Obj *key, const char *msg)
{
    int64_t i = is_small(key) ? small_value(key) : obj_index_i64(key);
    int64_t n = (int64_t)list_len(l);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "%s", msg);
    return i;
}

static Obj *list_getitem(Obj *o, Obj *key)
{
    if (is_small(key) || index_like(key))
        return list_get(o, (size_t)item_index(o, key, "list index out of range"));
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t k = slice_indices(key, (int64_t)list_len(o), &start, &stop, &step);
        if (k <= 0)
            return list_new(0);
        if (step == 1)
            return list_from_array(list_items(o) + start, (size_t)k);
        Obj *r = list_new((size_t)k);
        for (int64_t i = 0, j = start; i < k; i++, j += step)
            list_items(r)[i] = list_get(o, (size_t)j);
        ((ListObj *)r)->n = (size_t)k;
        return r;
    }
    exc_raisef(&type_TypeError, "list indices must be integers or slices, not %s", obj_type_name(key));
}

/* Replaces items [a, b) with the n items of src. */
static void replace_range(ListObj *l, size_t a, size_t b, Obj **src, size_t n)
{
    size_t old = b - a, len = l->n;
    if (n > old)
        reserve(l, len + n - old);
    if (len > b)
        copy_items(l->items + a + n, l->items + b, len - b);
    if (n)
        copy_items(l->items + a, src, n);
    l->n = len - old + n;
    for (size_t i = l->n; i < len; i++)
        l->items[i] = NULL;
}

static void list_setitem(Obj *o, Obj *key, Obj *value)
{
    ListObj *l = (ListObj *)o;
    if (is_small(key) || index_like(key)) {
        int64_t i = item_index(o, key, "list assignment index out of range");
        if (value)
            l->items[i] = value;
        else
            replace_range(l, (size_t)i, (size_t)i + 1, NULL, 0);
        return;
    }
    if (!slice_check(key))
        exc_raisef(&type_TypeError, "list indices must be integers or slices, not %s", obj_type_name(key));
    int64_t start, stop, step;
    int64_t k = slice_indices(key, (int64_t)l->n, &start, &stop, &step);
    if (!value) {
        if (k <= 0)
            return;
        if (step == 1) {
            replace_range(l, (size_t)start, (size_t)stop, NULL, 0);
            return;
        }
        if (step < 0) {
            start = start + step * (k - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < l->n; r++) {
            int64_t off = (int64_t)r - start;
            if (off % step == 0 && off / step < k)
                continue;
            l->items[w++] = l->items[r];
        }
        for (size_t i = w; i < l->n; i++)
            l->items[i] = NULL;
        l->n = w;
        return;
    }
    if (!TYPE(value)->iter && !TYPE(value)->getitem)
        exc_raisef(&type_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    Obj *src = value == o || !(list_check(value) || tuple_check(value)) ? list_from_iterable(value) : value;
    Obj **items = list_check(src) ? list_items(src) : tuple_items(src);
    size_t n = list_check(src) ? list_len(src) : tuple_len(src);
    if (step == 1) {
        if (stop < start)
            stop = start;
        replace_range(l, (size_t)start, (size_t)stop, items, n);
        return;
    }
    if ((int64_t)n != (k < 0 ? 0 : k))
        exc_raisef(&type_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", n,
                   (long long)(k < 0 ? 0 : k));
    for (int64_t i = 0, j = start; i < k; i++, j += step)
        l->items[j] = items[i];
}

/* ---- operators ------------------------------------------------------------------------------ */

static Obj *list_repeat(Obj *l, int64_t n)
{
    size_t len = list_len(l);
    if (n <= 0 || len == 0)
        return list_new(0);
    int_check_result_size((double)len * (double)n * sizeof(Obj *));
    Obj *r = list_new(len * (size_t)n);
    seq_repeat(list_items(r), list_items(l), len * sizeof(Obj *), (size_t)n);
    ((ListObj *)r)->n = len * (size_t)n;
    return r;
}

static Obj *list_binop(Obj *a, Obj *b, int op)
{
    switch (OP_BASE(op)) {
    case OP_ADD:
        if (!list_check(a))
            return NotImplemented;
        if (op & OP_INPLACE) {
            /* l += x is l.extend(x), with extend's TypeError for a non-iterable x. */
            list_extend(a, b);
            return a;
        }
        if (!list_check(b))
            return NotImplemented;
        {
            Obj *r = list_new(list_len(a) + list_len(b));
            copy_items(list_items(r), list_items(a), list_len(a));
            copy_items(list_items(r) + list_len(a), list_items(b), list_len(b));
            ((ListObj *)r)->n = list_len(a) + list_len(b);
            return r;
        }
    case OP_MUL: {
        Obj *l = list_check(a) ? a : b, *k = list_check(a) ? b : a;
        if (!list_check(l) || !index_like(k))
            return NotImplemented;
        int64_t n = obj_index_i64(k);
        if ((op & OP_INPLACE) && l == a) {
            Obj *r = list_repeat(l, n);
            ((ListObj *)a)->items = list_items(r);
            ((ListObj *)a)->n = list_len(r);
            ((ListObj *)a)->cap = ((ListObj *)r)->cap;
            return a;
        }
        return list_repeat(l, n);
    }
    default:
        return NotImplemented;
    }
}

static Obj *list_compare(Obj *a, Obj *b, int op)
{
    if (!list_check(a) || !list_check(b))
        return NotImplemented;
    return tuple_compare_items(list_items(a), list_len(a), list_items(b), list_len(b), op);
}

static int64_t list_len_slot(Obj *o) { return (int64_t)list_len(o); }

static bool list_contains(Obj *o, Obj *v)
{
    for (size_t i = 0; i < list_len(o); i++)
        if (obj_eq(list_get(o, i), v))
            return true;
    return false;
}

typedef struct ListIter {
    Obj base;
    Obj *list;
    size_t i;
    bool reverse;
} ListIter;

static Obj *listiter_next(Obj *self)
{
    ListIter *it = (ListIter *)self;
    if (!it->list)
        return NULL;
    if (it->reverse) {
        if (it->i == 0 || it->i > list_len(it->list)) {
            it->list = NULL;
            return NULL;
        }
        return list_get(it->list, --it->i);
    }
    if (it->i >= list_len(it->list)) {
        it->list = NULL;
        return NULL;
    }
    return list_get(it->list, it->i++);
}

static Obj *iter_self(Obj *self) { return self; }

Type type_list_iterator = {
    .base = {&type_type},
    .name = "list_iterator",
    .base_type = &type_object,
    .basicsize = sizeof(ListIter),
    .iter = iter_self,
    .next = listiter_next,
};

Type type_list_reverseiterator = {
    .base = {&type_type},
    .name = "list_reverseiterator",
    .base_type = &type_object,
    .basicsize = sizeof(ListIter),
    .iter = iter_self,
    .next = listiter_next,
};

static Obj *list_iter(Obj *o)
{
    ListIter *it = gc_alloc(sizeof *it);
    it->base.type = &type_list_iterator;
    it->list = o;
    return (Obj *)it;
}

Obj *list_reversed(Obj *o)
{
    ListIter *it = gc_alloc(sizeof *it);
    it->base.type = &type_list_reverseiterator;
    it->list = o;
    it->i = list_len(o);
    it->reverse = true;
    return (Obj *)it;
}

static Obj *list_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("list", kwnames);
    args_count("list", nargs, 0, 1);
    if (type == &type_list)
        return nargs ? list_from_iterable(args[0]) : list_new(0);
    ListObj *l = gc_alloc(type->basicsize);
    list_init_empty(l, type, 0);
    if (nargs)
        list_extend((Obj *)l, args[0]);
    return (Obj *)l;
}

/* ---- methods ------------------------------------------------------------------------------- */

static Obj *m_init(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("list", kw);
    args_count("list", nargs, 0, 1);
    ((ListObj *)self)->n = 0;
    if (nargs)
        list_extend(self, args[0]);
    return None;
}

static Obj *m_append(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("append", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "list.append() takes exactly one argument (%d given)", nargs);
    list_append(self, args[0]);
    return None;
}

static Obj *m_extend(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("extend", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "list.extend() takes exactly one argument (%d given)", nargs);
    list_extend(self, args[0]);
    return None;
}

static Obj *m_insert(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("insert", kw);
    if (nargs != 2)
        exc_raisef(&type_TypeError, "insert expected 2 arguments, got %d", nargs);
    int64_t n = (int64_t)list_len(self), i = obj_index_i64(args[0]);
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    replace_range((ListObj *)self, (size_t)i, (size_t)i, &args[1], 1);
    return None;
}

static Obj *m_pop(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("pop", kw);
    args_count("pop", nargs, 0, 1);
    int64_t n = (int64_t)list_len(self);
    if (n == 0)
        exc_raisef(&type_IndexError, "pop from empty list");
    int64_t i = nargs ? obj_index_i64(args[0]) : n - 1;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "pop index out of range");
    Obj *v = list_get(self, (size_t)i);
    if (i == n - 1) {
        ((ListObj *)self)->n--;
        list_items(self)[n - 1] = NULL;
    } else {
        replace_range((ListObj *)self, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    return v;
}

static Obj *m_remove(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("remove", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "list.remove() takes exactly one argument (%d given)", nargs);
    for (size_t i = 0; i < list_len(self); i++)
        if (obj_eq(list_get(self, i), args[0])) {
            replace_range((ListObj *)self, i, i + 1, NULL, 0);
            return None;
        }
    exc_raisef(&type_ValueError, "list.remove(x): x not in list");
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("index", kw);
    args_count("index", nargs, 1, 3);
    int64_t i = tuple_find(list_items(self), list_len(self), args[0], nargs > 1 ? args[1] : NULL,
                           nargs > 2 ? args[2] : NULL);
    if (i < 0)
        exc_raisef(&type_ValueError, "%s is not in list", str_cstr(obj_repr(args[0])));
    return small_new(i);
}

static Obj *m_count(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("count", kw);
    if (nargs != 1)
        exc_raisef(&type_TypeError, "list.count() takes exactly one argument (%d given)", nargs);
    int64_t c = 0;
    for (size_t i = 0; i < list_len(self); i++)
        c += obj_eq(list_get(self, i), args[0]);
    return small_new(c);
}

static Obj *m_reverse(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("list.reverse", kw);
    args_count("list.reverse", nargs, 0, 0);
    list_reverse(self);
    return None;
}

static Obj *m_sort(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    Obj *a[2];
    if (nargs)
        exc_raisef(&type_TypeError, "sort() takes no positional arguments");
    args_parse("sort", args, nargs, kwnames, names, 0, a);
    list_sort(self, a[0], a[1] ? obj_index_i64(a[1]) != 0 : false);
    return None;
}

static Obj *m_copy(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("list.copy", kw);
    args_count("list.copy", nargs, 0, 0);
    return list_from_array(list_items(self), list_len(self));
}

static Obj *m_clear(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args;
    args_no_kw("list.clear", kw);
    args_count("list.clear", nargs, 0, 0);
    ListObj *l = (ListObj *)self;
    l->n = 0;
    l->cap = 0;
    l->items = NULL;
    return None;
}

static Obj *m_reversed(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args, (void)nargs, (void)kw;
    return list_reversed(self);
}

static const MethodDef list_methods[] = {
    {"__init__", m_init, 0},
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"reverse", m_reverse, 0},
    {"sort", m_sort, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"__reversed__", m_reversed, 0},
    {NULL, NULL, 0},
};

Type type_list = {
    .base = {&type_type},
    .name = "list",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_LIST,
    .basicsize = sizeof(ListObj),
    .new = list_new_slot,
    .repr = list_repr,
    .hash = list_unhashable,
    .compare = list_compare,
    .binop = list_binop,
    .getattr = obj_generic_getattr,
    .iter = list_iter,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .len = list_len_slot,
    .contains = list_contains,
    .methods = list_methods,
};
