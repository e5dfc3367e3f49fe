/* runtime/lang/bytearray.c — bytearray: a mutable byte string with indexing, slice assignment
 * (extended slices included), concatenation, repetition, comparison and the list-like methods
 * programs use on it (append, extend, pop, count, index ...). */
#include "runtime/lang/bytearray.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/bytes.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/seq.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"

#define BA(o) ((ByteArrayObj *)(o))

static void reserve(ByteArrayObj *b, size_t n)
{
    if (n <= b->cap)
        return;
    int_check_result_size((double)n);
    size_t cap = b->cap ? b->cap : 8;
    while (cap < n)
        cap *= 2;
    unsigned char *d = gc_alloc_atomic(cap);
    if (b->len)
        memcpy(d, b->data, b->len);
    b->data = d;
    b->cap = cap;
}

static ByteArrayObj *alloc(Type *type, size_t len)
{
    ByteArrayObj *b = gc_alloc(type->basicsize);
    b->base.type = type;
    reserve(b, len ? len : 1);   /* data is never NULL, even empty */
    b->len = len;
    return b;
}

Obj *bytearray_new(const void *data, size_t len)
{
    ByteArrayObj *b = alloc(&type_bytearray, len);
    if (len)
        memcpy(b->data, data, len);
    return (Obj *)b;
}

static unsigned char byte_value(Obj *v)
{
    int64_t x = obj_index_i64(v);
    if (x < 0 || x > 255)
        exc_raisef(&type_ValueError, "byte must be in range(0, 256)");
    return (unsigned char)x;
}

/* The bytes of a bytes-like object or an iterable of ints (what slice assignment and extend take). */
static Obj *as_bytes(Obj *v)
{
    if (bytes_check(v))
        return v;
    if (bytearray_check(v))
        return bytes_new((const char *)BA(v)->data, BA(v)->len);
    if (int_check(v) || str_check(v) || !TYPE(v)->iter)
        exc_raisef(&type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return bytes_from_iterable(v);
}

static Obj *ba_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Obj *a[3];
    args_parse("bytearray", args, nargs, kwnames, names, 0, a);
    if (!a[0])
        return (Obj *)alloc(type, 0);
    Obj *src;
    if (int_check(a[0])) {
        int64_t n = obj_index_i64(a[0]);
        if (n < 0)
            exc_raisef(&type_ValueError, "negative count");
        ByteArrayObj *b = alloc(type, (size_t)n);
        memset(b->data, 0, (size_t)n);
        return (Obj *)b;
    }
    src = bytearray_check(a[0]) ? as_bytes(a[0]) : obj_call((Obj *)&type_bytes, a, nargs, kwnames);
    ByteArrayObj *b = alloc(type, bytes_len(src));
    memcpy(b->data, bytes_data(src), bytes_len(src));
    return (Obj *)b;
}

static Obj *ba_repr(Obj *o)
{
    Obj *inner = obj_repr(bytes_new((const char *)BA(o)->data, BA(o)->len));
    return str_printf("%s(%s)", TYPE(o)->name, str_cstr(inner));
}

/* The bytes of a bytes-like operand, NULL for anything else. */
static bool view(Obj *o, const unsigned char **d, size_t *n)
{
    if (bytearray_check(o)) {
        *d = BA(o)->data;
        *n = BA(o)->len;
        return true;
    }
    if (bytes_check(o)) {
        *d = (const unsigned char *)bytes_data(o);
        *n = bytes_len(o);
        return true;
    }
    return false;
}

static Obj *ba_compare(Obj *a, Obj *b, int op)
{
    const unsigned char *da, *db;
    size_t la, lb;
    if (!view(a, &da, &la) || !view(b, &db, &lb))
        return NotImplemented;
    int c = la && lb ? memcmp(da, db, la < lb ? la : lb) : 0;
    c = c ? (c < 0 ? -1 : 1) : (la > lb) - (la < lb);
    return bool_from(int_cmp_holds(c, op));
}

static Obj *ba_binop(Obj *a, Obj *b, int op)
{
    const unsigned char *da, *db;
    size_t la, lb;
    if (OP_BASE(op) == OP_ADD && view(a, &da, &la) && view(b, &db, &lb)) {
        int_check_result_size((double)la + (double)lb);
        ByteArrayObj *r = alloc(&type_bytearray, la + lb);
        if (la)
            memcpy(r->data, da, la);
        if (lb)
            memcpy(r->data + la, db, lb);
        if (bytearray_check(a))
            return (Obj *)r;
        return bytes_new((const char *)r->data, r->len);
    }
    if (OP_BASE(op) == OP_MUL && (bytearray_check(a) ? int_check(b) : int_check(a))) {
        Obj *s = bytearray_check(a) ? a : b;
        int64_t n = obj_index_i64(bytearray_check(a) ? b : a);
        size_t unit = BA(s)->len;
        if (n <= 0 || !unit)
            return bytearray_new("", 0);
        int_check_result_size((double)n * (double)unit);
        ByteArrayObj *r = alloc(&type_bytearray, unit * (size_t)n);
        seq_repeat(r->data, BA(s)->data, unit, (size_t)n);
        return (Obj *)r;
    }
    return NotImplemented;
}

static int64_t item_index(Obj *o, Obj *key)
{
    int64_t n = (int64_t)BA(o)->len, i = obj_index_i64(key);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "bytearray index out of range");
    return i;
}

static Obj *ba_getitem(Obj *o, Obj *key)
{
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t k = slice_indices(key, (int64_t)BA(o)->len, &start, &stop, &step);
        ByteArrayObj *r = alloc(&type_bytearray, k > 0 ? (size_t)k : 0);
        for (int64_t i = 0, j = start; i < k; i++, j += step)
            r->data[i] = BA(o)->data[j];
        return (Obj *)r;
    }
    if (!int_check(key))
        exc_raisef(&type_TypeError, "bytearray indices must be integers or slices, not %s", obj_type_name(key));
    return small_new(BA(o)->data[item_index(o, key)]);
}

/* Replaces bytes [a, b) with the n bytes at src. */
static void replace_range(ByteArrayObj *ba, size_t a, size_t b, const char *src, size_t n)
{
    size_t old = b - a, len = ba->len;
    reserve(ba, len - old + n);
    memmove(ba->data + a + n, ba->data + b, len - b);
    if (n)
        memcpy(ba->data + a, src, n);
    ba->len = len - old + n;
}

static void ba_setitem(Obj *o, Obj *key, Obj *value)
{
    ByteArrayObj *ba = BA(o);
    if (int_check(key)) {
        int64_t i = item_index(o, key);
        if (value)
            ba->data[i] = byte_value(value);
        else
            replace_range(ba, (size_t)i, (size_t)i + 1, NULL, 0);
        return;
    }
    if (!slice_check(key))
        exc_raisef(&type_TypeError, "bytearray indices must be integers or slices, not %s", obj_type_name(key));
    int64_t start, stop, step;
    int64_t k = slice_indices(key, (int64_t)ba->len, &start, &stop, &step);
    Obj *src = value ? as_bytes(value) : bytes_new("", 0);
    size_t n = bytes_len(src);
    if (step == 1) {
        replace_range(ba, (size_t)start, (size_t)(stop < start ? start : stop), bytes_data(src), n);
        return;
    }
    if (k < 0)
        k = 0;
    if (!value) {
        /* delete every step-th byte of the slice, keeping the others in order */
        if (step < 0) {
            start += step * (k - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < ba->len; r++) {
            int64_t off = (int64_t)r - start;
            if (!(off % step == 0 && off / step < k))
                ba->data[w++] = ba->data[r];
        }
        ba->len = w;
        return;
    }
    if ((int64_t)n != k)
        exc_raisef(&type_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", n,
                   (long long)k);
    for (int64_t i = 0, j = start; i < k; i++, j += step)
        ba->data[j] = (unsigned char)bytes_data(src)[i];
}

static int64_t ba_len(Obj *o) { return (int64_t)BA(o)->len; }

static bool ba_truth(Obj *o) { return BA(o)->len != 0; }

static bool ba_contains(Obj *o, Obj *item)
{
    const unsigned char *d;
    size_t n;
    if (view(item, &d, &n))
        return n == 0 || memmem(BA(o)->data, BA(o)->len, d, n);
    return BA(o)->len && memchr(BA(o)->data, byte_value(item), BA(o)->len) != NULL;
}

static Obj *ba_iter(Obj *o)
{
    Obj *l = list_new(BA(o)->len);
    for (size_t i = 0; i < BA(o)->len; i++)
        list_append(l, small_new(BA(o)->data[i]));
    return obj_iter(l);
}

static Obj *m_append(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("append", kwnames);
    args_count("append", nargs, 1, 1);
    unsigned char c = byte_value(args[0]);
    reserve(BA(self), BA(self)->len + 1);
    BA(self)->data[BA(self)->len++] = c;
    return None;
}

static Obj *m_extend(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("extend", kwnames);
    args_count("extend", nargs, 1, 1);
    Obj *src = as_bytes(args[0]);
    size_t at = BA(self)->len;
    replace_range(BA(self), at, at, bytes_data(src), bytes_len(src));
    return None;
}

static Obj *m_pop(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("pop", kwnames);
    args_count("pop", nargs, 0, 1);
    ByteArrayObj *ba = BA(self);
    if (!ba->len)
        exc_raisef(&type_IndexError, "pop from empty bytearray");
    int64_t i = nargs ? obj_index_i64(args[0]) : -1;
    if (i < 0)
        i += (int64_t)ba->len;
    if (i < 0 || i >= (int64_t)ba->len)
        exc_raisef(&type_IndexError, "pop index out of range");
    Obj *r = small_new(ba->data[i]);
    replace_range(ba, (size_t)i, (size_t)i + 1, NULL, 0);
    return r;
}

/* Occurrences (count) or first position (index/find) of a byte or a byte string. */
static int64_t search(Obj *self, Obj *sub, bool count)
{
    const unsigned char *d;
    size_t n;
    unsigned char one;
    if (!view(sub, &d, &n)) {
        one = byte_value(sub);
        d = &one;
        n = 1;
    }
    size_t len = BA(self)->len, hits = 0;
    for (size_t i = 0; i + n <= len;) {
        if (!memcmp(BA(self)->data + i, d, n)) {
            if (!count)
                return (int64_t)i;
            hits++;
            i += n ? n : 1;
        } else {
            i++;
        }
    }
    return count ? (int64_t)hits : -1;
}

static Obj *m_count(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("count", kwnames);
    args_count("count", nargs, 1, 1);
    return int_from_i64(search(self, args[0], true));
}

static Obj *m_find(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("find", kwnames);
    args_count("find", nargs, 1, 1);
    return int_from_i64(search(self, args[0], false));
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("index", kwnames);
    args_count("index", nargs, 1, 1);
    int64_t i = search(self, args[0], false);
    if (i < 0)
        exc_raisef(&type_ValueError, "subsection not found");
    return int_from_i64(i);
}

static Obj *m_reverse(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("reverse", kwnames);
    args_count("reverse", nargs, 0, 0);
    unsigned char *d = BA(self)->data;
    for (size_t i = 0, j = BA(self)->len; i + 1 < j; i++, j--) {
        unsigned char t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    return None;
}

static Obj *m_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    args_no_kw("copy", kwnames);
    args_count("copy", nargs, 0, 0);
    return bytearray_new(BA(self)->data, BA(self)->len);
}

static Obj *m_decode(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Obj *a[2];
    args_parse("decode", args, nargs, kwnames, names, 0, a);
    return bytes_decode(bytes_new((const char *)BA(self)->data, BA(self)->len), a[0], a[1]);
}

static const MethodDef ba_methods[] = {
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"pop", m_pop, 0},
    {"count", m_count, 0},
    {"find", m_find, 0},
    {"index", m_index, 0},
    {"reverse", m_reverse, 0},
    {"copy", m_copy, 0},
    {"decode", m_decode, 0},
    {NULL, NULL, 0},
};

Type type_bytearray = {
    .base = {&type_type},
    .name = "bytearray",
    .base_type = &type_object,
    .flags = TF_BASETYPE,
    .basicsize = sizeof(ByteArrayObj),
    .new = ba_new,
    .repr = ba_repr,
    .hash = list_unhashable,
    .compare = ba_compare,
    .binop = ba_binop,
    .truth = ba_truth,
    .getattr = obj_generic_getattr,
    .iter = ba_iter,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .len = ba_len,
    .contains = ba_contains,
    .methods = ba_methods,
};
