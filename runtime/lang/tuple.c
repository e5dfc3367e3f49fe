/* runtime/lang/tuple.c — tuple, with CPython 3.11's xxHash-based hash (so that sets and dicts of
 * tuples behave as in CPython), and the item-wise comparison shared with list. */
#include "runtime/lang/tuple.h"

#include <stdarg.h>
#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/seq.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"

static TupleObj empty_tuple = {{&type_tuple}, 0};

Obj *tuple_empty(void) { return (Obj *)&empty_tuple; }

Obj *tuple_new(size_t n)
{
    if (n == 0)
        return tuple_empty();
    int_check_result_size((double)n * sizeof(Obj *));
    TupleObj *t = gc_alloc(sizeof(TupleObj) + n * sizeof(Obj *));
    t->base.type = &type_tuple;
    t->n = n;
    return (Obj *)t;
}

Obj *tuple_from_array(Obj *const *items, size_t n)
{
    Obj *t = tuple_new(n);
    if (n)
        memcpy(tuple_items(t), items, n * sizeof(Obj *));
    return t;
}

Obj *tuple_pack(int n, ...)
{
    Obj *t = tuple_new((size_t)n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        tuple_items(t)[i] = va_arg(ap, Obj *);
    va_end(ap);
    return t;
}

Obj *tuple_from_iterable(Obj *iterable)
{
    if (TYPE(iterable) == &type_tuple)
        return iterable;
    if (list_check(iterable))
        return tuple_from_array(list_items(iterable), list_len(iterable));
    Obj *l = list_from_iterable(iterable);
    return tuple_from_array(list_items(l), list_len(l));
}

/* ---- shared with list ---------------------------------------------------------------------- */

Obj *tuple_compare_items(Obj **a, size_t na, Obj **b, size_t nb, int op)
{
    size_t i = 0;
    while (i < na && i < nb && obj_eq(a[i], b[i]))
        i++;
    if (i >= na || i >= nb)
        return bool_from(int_cmp_holds((na > nb) - (na < nb), op));
    if (op == CMP_EQ)
        return False;
    if (op == CMP_NE)
        return True;
    return obj_compare(a[i], b[i], op);
}

void tuple_repr_items(Buf *b, Obj **items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_puts(b, ", ");
        Obj *r = obj_repr(items[i]);
        buf_add(b, str_cstr(r), str_bytes(r));
    }
}

int64_t tuple_find(Obj **items, size_t n, Obj *v, Obj *start, Obj *stop)
{
    int64_t s = 0, e = (int64_t)n;
    if (start) {
        s = obj_index_i64(start);
        if (s < 0)
            s = s + (int64_t)n < 0 ? 0 : s + (int64_t)n;
    }
    if (stop) {
        e = obj_index_i64(stop);
        if (e < 0)
            e += (int64_t)n;
        if (e > (int64_t)n)
            e = (int64_t)n;
    }
    for (int64_t i = s; i < e && i < (int64_t)n; i++)
        if (obj_eq(items[i], v))
            return i;
    return -1;
}

/* ---- slots ---------------------------------------------------------------------------------- */

static Obj *tuple_repr(Obj *o)
{
    size_t n = tuple_len(o);
    if (n == 0)
        return str_intern_cstr("()");
    Buf b;
    buf_init(&b);
    buf_putc(&b, '(');
    tuple_repr_items(&b, tuple_items(o), n);
    if (n == 1)
        buf_putc(&b, ',');
    buf_putc(&b, ')');
    return str_from_buf(&b);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

static int64_t tuple_hash(Obj *o)
{
    size_t n = tuple_len(o);
    uint64_t acc = XXPRIME_5;
    /* Tuples nested a million deep would overflow the C stack (CPython's own hash crashes). */
    obj_enter_recursion("");
    for (size_t i = 0; i < n; i++) {
        uint64_t lane = (uint64_t)obj_hash(tuple_get(o, i));
        acc += lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    obj_leave_recursion();
    acc += n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

static Obj *tuple_compare(Obj *a, Obj *b, int op)
{
    if (!tuple_check(a) || !tuple_check(b))
        return NotImplemented;
    return tuple_compare_items(tuple_items(a), tuple_len(a), tuple_items(b), tuple_len(b), op);
}

static Obj *tuple_binop(Obj *a, Obj *b, int op)
{
    switch (OP_BASE(op)) {
    case OP_ADD: {
        if (!tuple_check(a) || !tuple_check(b))
            return NotImplemented;
        size_t na = tuple_len(a), nb = tuple_len(b);
        if (nb == 0 && TYPE(a) == &type_tuple)
            return a;
        if (na == 0 && TYPE(b) == &type_tuple)
            return b;
        Obj *t = tuple_new(na + nb);
        memcpy(tuple_items(t), tuple_items(a), na * sizeof(Obj *));
        memcpy(tuple_items(t) + na, tuple_items(b), nb * sizeof(Obj *));
        return t;
    }
    case OP_MUL: {
        Obj *t = tuple_check(a) ? a : b, *k = tuple_check(a) ? b : a;
        if (!tuple_check(t) || !int_check(k))
            return NotImplemented;
        int64_t n = obj_index_i64(k);
        size_t len = tuple_len(t);
        if (n <= 0 || len == 0)
            return tuple_empty();
        if (n == 1 && TYPE(t) == &type_tuple)
            return t;
        int_check_result_size((double)len * (double)n * sizeof(Obj *));
        Obj *r = tuple_new(len * (size_t)n);
        seq_repeat(tuple_items(r), tuple_items(t), len * sizeof(Obj *), (size_t)n);
        return r;
    }
    default:
        return NotImplemented;
    }
}

static Obj *tuple_getitem(Obj *o, Obj *key)
{
    size_t n = tuple_len(o);
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t k = slice_indices(key, (int64_t)n, &start, &stop, &step);
        if (k <= 0)
            return tuple_empty();
        if (step == 1 && k == (int64_t)n && TYPE(o) == &type_tuple)
            return o;
        Obj *t = tuple_new((size_t)k);
        for (int64_t i = 0, j = start; i < k; i++, j += step)
            tuple_items(t)[i] = tuple_get(o, (size_t)j);
        return t;
    }
    if (!int_check(key) && !(TYPE(key)->convert && TYPE(key)->convert(key, CONV_INDEX, NULL)))
        exc_raisef(&type_TypeError, "tuple indices must be integers or slices, not %s", obj_type_name(key));
    int64_t i = is_small(key) ? small_value(key) : obj_index_i64(key);
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        exc_raisef(&type_IndexError, "tuple index out of range");
    return tuple_get(o, (size_t)i);
}

static int64_t tuple_len_slot(Obj *o) { return (int64_t)tuple_len(o); }

static bool tuple_contains(Obj *o, Obj *v)
{
    for (size_t i = 0; i < tuple_len(o); i++)
        if (obj_eq(tuple_get(o, i), v))
            return true;
    return false;
}

typedef struct SeqIter {
    Obj base;
    Obj *seq;
    size_t i;
} SeqIter;

static Obj *tupleiter_next(Obj *self)
{
    SeqIter *it = (SeqIter *)self;
    if (!it->seq || it->i >= tuple_len(it->seq)) {
        it->seq = NULL;
        return NULL;
    }
    return tuple_get(it->seq, it->i++);
}

static Obj *iter_self(Obj *self) { return self; }

Type type_tuple_iterator = {
    .base = {&type_type},
    .name = "tuple_iterator",
    .base_type = &type_object,
    .basicsize = sizeof(SeqIter),
    .iter = iter_self,
    .next = tupleiter_next,
};

static Obj *tuple_iter(Obj *o)
{
    SeqIter *it = gc_alloc(sizeof *it);
    it->base.type = &type_tuple_iterator;
    it->seq = o;
    return (Obj *)it;
}

static Obj *tuple_new_slot(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("tuple", kwnames);
    args_count("tuple", nargs, 0, 1);
    Obj *t = nargs ? tuple_from_iterable(args[0]) : tuple_empty();
    if (type == &type_tuple)
        return t;
    size_t n = tuple_len(t);
    TupleObj *r = gc_alloc(type->basicsize + n * sizeof(Obj *));
    r->base.type = type;
    r->n = n;
    memcpy(r->items, tuple_items(t), n * sizeof(Obj *));
    return (Obj *)r;
}

static Obj *m_count(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("tuple.count", kw);
    args_count("tuple.count", nargs, 1, 1);
    int64_t c = 0;
    for (size_t i = 0; i < tuple_len(self); i++)
        c += obj_eq(tuple_get(self, i), args[0]);
    return small_new(c);
}

static Obj *m_index(Obj *self, Obj **args, int nargs, Obj *kw)
{
    args_no_kw("index", kw);
    args_count("index", nargs, 1, 3);
    int64_t i = tuple_find(tuple_items(self), tuple_len(self), args[0], nargs > 1 ? args[1] : NULL,
                           nargs > 2 ? args[2] : NULL);
    if (i < 0)
        exc_raisef(&type_ValueError, "tuple.index(x): x not in tuple");
    return small_new(i);
}

static const MethodDef tuple_methods[] = {
    {"count", m_count, 0},
    {"index", m_index, 0},
    {NULL, NULL, 0},
};

Type type_tuple = {
    .base = {&type_type},
    .name = "tuple",
    .base_type = &type_object,
    .flags = TF_BASETYPE | TF_TUPLE | TF_IMMUTABLE | TF_VARSIZE,
    .basicsize = sizeof(TupleObj),
    .new = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .binop = tuple_binop,
    .getattr = obj_generic_getattr,
    .iter = tuple_iter,
    .getitem = tuple_getitem,
    .len = tuple_len_slot,
    .contains = tuple_contains,
    .methods = tuple_methods,
};
