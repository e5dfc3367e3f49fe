/* runtime/lang/range.c — range and its iterators: arithmetic instead of storage, small ints
 * without allocation, CPython's repr, slicing, containment and errors. */
#include "runtime/lang/range.h"

#include <stdint.h>

#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static int64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0)
        return start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1) : 0;
    return start > stop ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-step) + 1) : 0;
}

Obj *range_new(int64_t start, int64_t stop, int64_t step)
{
    RangeObj *r = gc_alloc(sizeof *r);
    r->base.type = &type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return (Obj *)r;
}

/* ---- ranges beyond 64 bits: the same arithmetic on int objects ------------------------- */

static Obj *iadd(Obj *a, Obj *b) { return int_binop(a, b, OP_ADD); }
static Obj *isub(Obj *a, Obj *b) { return int_binop(a, b, OP_SUB); }
static Obj *imul(Obj *a, Obj *b) { return int_binop(a, b, OP_MUL); }
static Obj *ifloordiv(Obj *a, Obj *b) { return int_binop(a, b, OP_FLOORDIV); }

static Obj *big_range_new(Obj *start, Obj *stop, Obj *step)
{
    RangeObj *r = gc_alloc(sizeof *r);
    r->base.type = &type_range;
    BigRange *b = gc_alloc(sizeof *b);
    b->start = start;
    b->stop = stop;
    b->step = step;
    /* len = max(0, (stop - start + step - sign(step)) // step) */
    Obj *span = iadd(isub(stop, start), isub(step, small_new(int_sign(step))));
    Obj *len = ifloordiv(span, step);
    b->len = int_sign(len) > 0 ? len : small_new(0);
    r->big = b;
    r->len = int_get_i64(b->len, &r->len) ? r->len : INT64_MAX;
    return (Obj *)r;
}

static int64_t big_len(RangeObj *r)
{
    int64_t n;
    if (!int_get_i64(r->big->len, &n))
        exc_raisef(&type_OverflowError, "Python int too large to convert to C ssize_t");
    return n;
}

typedef struct BigRangeIter {
    Obj base;
    Obj *next, *step, *left;
} BigRangeIter;

static Obj *bigiter_next(Obj *self)
{
    BigRangeIter *it = (BigRangeIter *)self;
    if (int_sign(it->left) <= 0)
        return NULL;
    it->left = isub(it->left, small_new(1));
    Obj *v = it->next;
    it->next = iadd(v, it->step);
    return v;
}

static Obj *iter_self(Obj *self) { return self; }

static Type type_big_range_iterator = {
    .base = {&type_type},
    .name = "longrange_iterator",
    .base_type = &type_object,
    .basicsize = sizeof(BigRangeIter),
    .iter = iter_self,
    .next = bigiter_next,
};

static Obj *big_iter(Obj *first, Obj *step, Obj *n)
{
    BigRangeIter *it = gc_alloc(sizeof *it);
    it->base.type = &type_big_range_iterator;
    it->next = first;
    it->step = step;
    it->left = n;
    return (Obj *)it;
}

/* The ith item (0 <= i < len) of a big range. */
static Obj *big_item(RangeObj *r, Obj *i) { return iadd(r->big->start, imul(i, r->big->step)); }

/* Whether the int v is an item of a big range. */
static bool big_contains(RangeObj *r, Obj *v)
{
    BigRange *b = r->big;
    int up = int_sign(b->step) > 0;
    if (up ? (int_cmp(v, b->start) < 0 || int_cmp(v, b->stop) >= 0)
           : (int_cmp(v, b->start) > 0 || int_cmp(v, b->stop) <= 0))
        return false;
    return int_sign(int_binop(isub(v, b->start), b->step, OP_MOD)) == 0;
}

static Obj *range_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("range", kwnames);
    if (nargs == 0)
        exc_raisef(&type_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        exc_raisef(&type_TypeError, "range expected at most 3 arguments, got %d", nargs);
    Obj *start = nargs == 1 ? small_new(0) : obj_index(args[0]);
    Obj *stop = obj_index(args[nargs == 1 ? 0 : 1]);
    Obj *step = nargs == 3 ? obj_index(args[2]) : small_new(1);
    if (int_sign(step) == 0)
        exc_raisef(&type_ValueError, "range() arg 3 must not be zero");
    int64_t a, b, c;
    if (int_get_i64(start, &a) && int_get_i64(stop, &b) && int_get_i64(step, &c) && a > INT64_MIN / 2 &&
        a < INT64_MAX / 2 && b > INT64_MIN / 2 && b < INT64_MAX / 2 && c > INT64_MIN / 2 && c < INT64_MAX / 2)
        return range_new(a, b, c);
    return big_range_new(start, stop, step);
}

static Obj *range_repr(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->big) {
        BigRange *b = r->big;
        if (int_cmp(b->step, small_new(1)) == 0)
            return str_printf("range(%s, %s)", str_cstr(int_to_str(b->start)), str_cstr(int_to_str(b->stop)));
        return str_printf("range(%s, %s, %s)", str_cstr(int_to_str(b->start)), str_cstr(int_to_str(b->stop)),
                          str_cstr(int_to_str(b->step)));
    }
    if (r->step == 1)
        return str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_printf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int64_t range_len_slot(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return r->big ? big_len(r) : r->len;
}

static bool range_truth(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return r->big ? int_sign(r->big->len) > 0 : r->len != 0;
}

static Obj *item(RangeObj *r, int64_t i) { return int_from_i64(r->start + i * r->step); }

static Obj *range_getitem(Obj *o, Obj *key)
{
    RangeObj *r = (RangeObj *)o;
    if (r->big && !slice_check(key)) {
        Obj *i = obj_index(key);
        if (int_sign(i) < 0)
            i = iadd(i, r->big->len);
        if (int_sign(i) < 0 || int_cmp(i, r->big->len) >= 0)
            exc_raisef(&type_IndexError, "range object index out of range");
        return big_item(r, i);
    }
    if (r->big)
        big_len(r);
    if (slice_check(key)) {
        int64_t a, b, c;
        slice_indices(key, r->len, &a, &b, &c);
        return range_new(r->start + a * r->step, r->start + b * r->step, r->step * c);
    }
    if (!int_check(key) && !(TYPE(key)->convert && TYPE(key)->convert(key, CONV_INDEX, NULL)))
        exc_raisef(&type_TypeError, "range indices must be integers or slices, not %s", obj_type_name(key));
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += r->len;
    if (i < 0 || i >= r->len)
        exc_raisef(&type_IndexError, "range object index out of range");
    return item(r, i);
}

/* The index of the int v in r, or NULL when v is not an item. */
static Obj *index_of(RangeObj *r, Obj *v)
{
    if (r->big)
        return big_contains(r, v) ? ifloordiv(isub(v, r->big->start), r->big->step) : NULL;
    int64_t x;
    if (!int_get_i64(v, &x) || r->len == 0)
        return NULL;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return NULL;
    int64_t d = x - r->start;
    if (d % r->step)
        return NULL;
    return int_from_i64(d / r->step);
}

static bool range_contains(Obj *o, Obj *v)
{
    RangeObj *r = (RangeObj *)o;
    if (int_check(v) && TYPE(v) != &type_bool)
        return index_of(r, int_subclass_value(v)) != NULL;
    int64_t n = range_len_slot(o);
    for (int64_t i = 0; i < n; i++)
        if (obj_eq(item(r, i), v))
            return true;
    return false;
}

/* start, step and length as int objects, whichever way r keeps them. */
static void parts(RangeObj *r, Obj **start, Obj **step, Obj **len)
{
    if (r->big) {
        *start = r->big->start;
        *step = r->big->step;
        *len = r->big->len;
    } else {
        *start = int_from_i64(r->start);
        *step = int_from_i64(r->step);
        *len = int_from_i64(r->len);
    }
}

static Obj *range_compare(Obj *a, Obj *b, int op)
{
    if (!range_check(a) || !range_check(b) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    Obj *s1, *t1, *n1, *s2, *t2, *n2;
    parts((RangeObj *)a, &s1, &t1, &n1);
    parts((RangeObj *)b, &s2, &t2, &n2);
    bool eq = int_cmp(n1, n2) == 0 &&
              (int_sign(n1) == 0 || (int_cmp(s1, s2) == 0 && (int_cmp(n1, small_new(1)) == 0 || int_cmp(t1, t2) == 0)));
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Obj *o)
{
    Obj *start, *step, *len, *t;
    parts((RangeObj *)o, &start, &step, &len);
    if (int_sign(len) == 0)
        t = tuple_pack(3, small_new(0), None, None);
    else if (int_cmp(len, small_new(1)) == 0)
        t = tuple_pack(3, small_new(1), start, None);
    else
        t = tuple_pack(3, len, start, step);
    return obj_hash(t);
}

static Obj *rangeiter_next(Obj *self)
{
    int64_t v;
    return rangeiter_step(self, &v) ? int_from_i64(v) : NULL;
}

Type type_range_iterator = {
    .base = {&type_type},
    .name = "range_iterator",
    .base_type = &type_object,
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .next = rangeiter_next,
};

static Obj *make_iter(int64_t first, int64_t step, int64_t n)
{
    RangeIter *it = gc_alloc_atomic(sizeof *it);
    it->base.type = &type_range_iterator;
    it->next = first;
    it->step = step;
    it->left = n;
    return (Obj *)it;
}

static Obj *range_iter(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->big)
        return big_iter(r->big->start, r->big->step, r->big->len);
    return make_iter(r->start, r->step, r->len);
}

Obj *range_reversed(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->big) {
        Obj *last = int_sign(r->big->len) > 0 ? big_item(r, isub(r->big->len, small_new(1))) : r->big->start;
        return big_iter(last, int_binop(small_new(0), r->big->step, OP_SUB), r->big->len);
    }
    return make_iter(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("range.index", kw);
    args_count("range.index", nargs, 1, 1);
    Obj *p = int_check(args[0]) ? index_of((RangeObj *)self, int_subclass_value(args[0])) : NULL;
    if (!p)
        exc_raisef(&type_ValueError, "%s is not in range", str_cstr(obj_repr(args[0])));
    return p;
}

static Obj *m_count(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("range.count", kw);
    args_count("range.count", nargs, 1, 1);
    if (int_check(args[0]))
        return small_new(index_of((RangeObj *)self, int_subclass_value(args[0])) != NULL);
    RangeObj *r = (RangeObj *)self;
    int64_t c = 0, n = range_len_slot(self);
    for (int64_t i = 0; i < n; i++)
        c += obj_eq(item(r, i), args[0]);
    return small_new(c);
}

static Obj *m_reversed(Obj *self, Obj **args, int nargs, Obj *kw)
{
    (void)args, (void)nargs, (void)kw;
    return range_reversed(self);
}

static const MethodDef range_methods[] = {
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"__reversed__", m_reversed, 0},
    {NULL, NULL, 0},
};

static Obj *get_start(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return r->big ? r->big->start : int_from_i64(r->start);
}

static Obj *get_stop(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return r->big ? r->big->stop : int_from_i64(r->stop);
}

static Obj *get_step(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return r->big ? r->big->step : int_from_i64(r->step);
}

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_range = {
    .base = {&type_type},
    .name = "range",
    .base_type = &type_object,
    .flags = TF_IMMUTABLE,
    .basicsize = sizeof(RangeObj),
    .new = range_new_slot,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .truth = range_truth,
    .getattr = obj_generic_getattr,
    .iter = range_iter,
    .getitem = range_getitem,
    .len = range_len_slot,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};
