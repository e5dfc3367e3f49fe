/* runtime/lang/range.c — range and its iterators: arithmetic instead of storage, small ints
 * without allocation, CPython's repr, slicing, containment and errors. */
#include "runtime/lang/range.h"

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
    RangeObj *r = gc_alloc_atomic(sizeof *r);
    r->base.type = &type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return (Obj *)r;
}

static Obj *range_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("range", kwnames);
    if (nargs == 0)
        exc_raisef(&type_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        exc_raisef(&type_TypeError, "range expected at most 3 arguments, got %d", nargs);
    if (nargs == 1)
        return range_new(0, obj_index_i64(args[0]), 1);
    int64_t step = nargs == 3 ? obj_index_i64(args[2]) : 1;
    int64_t start = obj_index_i64(args[0]), stop = obj_index_i64(args[1]);
    if (step == 0)
        exc_raisef(&type_ValueError, "range() arg 3 must not be zero");
    return range_new(start, stop, step);
}

static Obj *range_repr(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->step == 1)
        return str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_printf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int64_t range_len_slot(Obj *o) { return ((RangeObj *)o)->len; }

static bool range_truth(Obj *o) { return ((RangeObj *)o)->len != 0; }

static Obj *item(RangeObj *r, int64_t i) { return int_from_i64(r->start + i * r->step); }

static Obj *range_getitem(Obj *o, Obj *key)
{
    RangeObj *r = (RangeObj *)o;
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

/* The position of an int in r, or -1. */
static int64_t position(RangeObj *r, Obj *v)
{
    int64_t x;
    if (!int_get_i64(v, &x) || r->len == 0)
        return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return -1;
    int64_t d = x - r->start;
    if (d % r->step)
        return -1;
    return d / r->step;
}

static bool range_contains(Obj *o, Obj *v)
{
    RangeObj *r = (RangeObj *)o;
    if (int_check(v) && TYPE(v) != &type_bool)
        return position(r, v) >= 0;
    for (int64_t i = 0; i < r->len; i++)
        if (obj_eq(item(r, i), v))
            return true;
    return false;
}

static Obj *range_compare(Obj *a, Obj *b, int op)
{
    if (!range_check(a) || !range_check(b) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    RangeObj *x = (RangeObj *)a, *y = (RangeObj *)b;
    bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    Obj *t;
    if (r->len == 0)
        t = tuple_pack(3, small_new(0), None, None);
    else if (r->len == 1)
        t = tuple_pack(3, small_new(1), int_from_i64(r->start), None);
    else
        t = tuple_pack(3, int_from_i64(r->len), int_from_i64(r->start), int_from_i64(r->step));
    return obj_hash(t);
}

typedef struct RangeIter {
    Obj base;
    int64_t next, step, left;
} RangeIter;

static Obj *rangeiter_next(Obj *self)
{
    RangeIter *it = (RangeIter *)self;
    if (it->left <= 0)
        return NULL;
    it->left--;
    int64_t v = it->next;
    it->next += it->step;
    return int_from_i64(v);
}

static Obj *iter_self(Obj *self) { return self; }

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
    return make_iter(r->start, r->step, r->len);
}

Obj *range_reversed(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return make_iter(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("range.index", kw);
    args_count("range.index", nargs, 1, 1);
    int64_t p = int_check(args[0]) ? position((RangeObj *)self, args[0]) : -1;
    if (p < 0)
        exc_raisef(&type_ValueError, "%s is not in range", str_cstr(obj_repr(args[0])));
    return int_from_i64(p);
}

static Obj *m_count(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("range.count", kw);
    args_count("range.count", nargs, 1, 1);
    if (int_check(args[0]))
        return small_new(position((RangeObj *)self, args[0]) >= 0);
    RangeObj *r = (RangeObj *)self;
    int64_t c = 0;
    for (int64_t i = 0; i < r->len; i++)
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

static Obj *get_start(Obj *o) { return int_from_i64(((RangeObj *)o)->start); }
static Obj *get_stop(Obj *o) { return int_from_i64(((RangeObj *)o)->stop); }
static Obj *get_step(Obj *o) { return int_from_i64(((RangeObj *)o)->step); }

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
