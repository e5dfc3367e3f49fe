/* runtime/lang/slice.c — slice objects: construction, repr, comparison and indices(). */
#include "runtime/lang/slice.h"

#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

Obj *slice_new(Obj *start, Obj *stop, Obj *step)
{
    SliceObj *s = gc_alloc(sizeof *s);
    s->base.type = &type_slice;
    s->start = start ? start : None;
    s->stop = stop ? stop : None;
    s->step = step ? step : None;
    return (Obj *)s;
}

/* A slice bound as an int clipped to 64 bits (huge bounds behave like +-infinity). */
static int64_t bound(Obj *v)
{
    Obj *i = obj_index(v);
    int64_t r;
    if (int_get_i64(i, &r))
        return r;
    return int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

int64_t slice_indices(Obj *slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step)
{
    SliceObj *s = (SliceObj *)slice;
    int64_t st = 1;
    if (s->step != None) {
        st = bound(s->step);
        if (st == 0)
            exc_raisef(&type_ValueError, "slice step cannot be zero");
    }
    int64_t lo = st < 0 ? -1 : 0, hi = st < 0 ? len - 1 : len;
    int64_t a, b;
    if (s->start == None) {
        a = st < 0 ? hi : lo;
    } else {
        a = bound(s->start);
        if (a < 0) {
            a += len;
            if (a < lo)
                a = lo;
        } else if (a > hi) {
            a = hi;
        }
    }
    if (s->stop == None) {
        b = st < 0 ? lo : hi;
    } else {
        b = bound(s->stop);
        if (b < 0) {
            b += len;
            if (b < lo)
                b = lo;
        } else if (b > hi) {
            b = hi;
        }
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st < 0)
        return b < a ? (a - b - 1) / (-st) + 1 : 0;
    return a < b ? (b - a - 1) / st + 1 : 0;
}

static Obj *slice_repr(Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    return str_printf("slice(%s, %s, %s)", str_cstr(obj_repr(s->start)), str_cstr(obj_repr(s->stop)),
                      str_cstr(obj_repr(s->step)));
}

static Obj *as_tuple(Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    return tuple_pack(3, s->start, s->stop, s->step);
}

static Obj *slice_compare(Obj *a, Obj *b, int op)
{
    if (!slice_check(b))
        return NotImplemented;
    return obj_compare(as_tuple(a), as_tuple(b), op);
}

static Obj *slice_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("slice", kwnames);
    args_count("slice", nargs, 1, 3);
    if (nargs == 1)
        return slice_new(None, args[0], None);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : None);
}

static Obj *m_indices(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("slice.indices", kwnames);
    args_count("slice.indices", nargs, 1, 1);
    int64_t len = obj_index_i64(args[0]);
    if (len < 0)
        exc_raisef(&type_ValueError, "length should not be negative");
    int64_t a, b, c;
    slice_indices(self, len, &a, &b, &c);
    return tuple_pack(3, int_from_i64(a), int_from_i64(b), int_from_i64(c));
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0},
    {NULL, NULL, 0},
};

static Obj *get_start(Obj *o) { return ((SliceObj *)o)->start; }
static Obj *get_stop(Obj *o) { return ((SliceObj *)o)->stop; }
static Obj *get_step(Obj *o) { return ((SliceObj *)o)->step; }

static const GetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_slice = {
    .base = {&type_type},
    .name = "slice",
    .base_type = &type_object,
    .flags = TF_IMMUTABLE,
    .basicsize = sizeof(SliceObj),
    .new = slice_new_slot,
    .repr = slice_repr,
    .hash = list_unhashable,
    .compare = slice_compare,
    .getattr = obj_generic_getattr,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
