/* runtime/lang/builtins.c — builtin functions (abs, len, max, sorted, sum, zip ...), the
 * iterator types they return (enumerate, zip, map, filter, reversed), and registration of the
 * built-in type names. CPython's argument handling and error texts throughout. */
#include "runtime/lang/builtins.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/bytearray.h"
#include "runtime/lang/bytes.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/range.h"
#include "runtime/lang/set.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Obj *iter_self(Obj *self) { return self; }

static int nkw(Obj *kwnames) { return kwnames ? (int)tuple_len(kwnames) : 0; }

/* ---- enumerate, zip, map, filter, reversed, callable_iterator -------------------------------- */

typedef struct EnumerateObj {
    Obj base;
    Obj *it;
    Obj *count;
} EnumerateObj;

static Obj *enumerate_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Obj *a[2];
    args_parse("enumerate", args, nargs, kwnames, names, 1, a);
    EnumerateObj *e = gc_alloc(type->basicsize);
    e->base.type = type;
    e->it = obj_iter(a[0]);
    e->count = a[1] ? obj_index(a[1]) : small_new(0);
    return (Obj *)e;
}

static Obj *enumerate_next(Obj *self)
{
    EnumerateObj *e = (EnumerateObj *)self;
    Obj *v = obj_next(e->it);
    if (!v)
        return NULL;
    Obj *i = e->count;
    e->count = is_small(i) && small_value(i) < SMALL_MAX ? small_new(small_value(i) + 1)
                                                          : obj_binop(i, small_new(1), OP_ADD);
    return tuple_pack(2, i, v);
}

Type type_enumerate = {
    .base = {&type_type}, .name = "enumerate", .base_type = &type_object, .flags = TF_BASETYPE,
    .basicsize = sizeof(EnumerateObj), .new = enumerate_new, .iter = iter_self, .next = enumerate_next,
};

typedef struct ZipObj {
    Obj base;
    Obj *iters;            /* tuple */
    bool strict;
} ZipObj;

static Obj *zip_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    bool strict = false;
    for (int k = 0; k < nkw(kwnames); k++) {
        if (strcmp(str_cstr(tuple_get(kwnames, (size_t)k)), "strict") != 0)
            exc_raisef(&type_TypeError, "'%s' is an invalid keyword argument for zip()",
                       str_cstr(tuple_get(kwnames, (size_t)k)));
        strict = obj_truth(args[nargs + k]);
    }
    ZipObj *z = gc_alloc(type->basicsize);
    z->base.type = type;
    z->iters = tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++)
        tuple_items(z->iters)[i] = obj_iter(args[i]);
    z->strict = strict;
    return (Obj *)z;
}

static Obj *zip_next(Obj *self)
{
    ZipObj *z = (ZipObj *)self;
    size_t n = tuple_len(z->iters);
    if (n == 0)
        return NULL;
    Obj *t = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Obj *v = obj_next(tuple_get(z->iters, i));
        if (!v) {
            if (z->strict) {
                if (i > 0)
                    exc_raisef(&type_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                               i == 1 ? " " : "s 1-", i);
                for (size_t j = 1; j < n; j++)
                    if (obj_next(tuple_get(z->iters, j)))
                        exc_raisef(&type_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                   j == 1 ? " " : "s 1-", j);
            }
            return NULL;
        }
        tuple_items(t)[i] = v;
    }
    return t;
}

Type type_zip = {
    .base = {&type_type}, .name = "zip", .base_type = &type_object, .flags = TF_BASETYPE,
    .basicsize = sizeof(ZipObj), .new = zip_new, .iter = iter_self, .next = zip_next,
};

typedef struct MapObj {
    Obj base;
    Obj *func;
    Obj *iters;            /* tuple */
} MapObj;

static Obj *map_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    if (nkw(kwnames))
        exc_raisef(&type_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        exc_raisef(&type_TypeError, "map() must have at least two arguments.");
    MapObj *m = gc_alloc(type->basicsize);
    m->base.type = type;
    m->func = args[0];
    m->iters = tuple_new((size_t)nargs - 1);
    for (int i = 1; i < nargs; i++)
        tuple_items(m->iters)[i - 1] = obj_iter(args[i]);
    return (Obj *)m;
}

static Obj *map_next(Obj *self)
{
    MapObj *m = (MapObj *)self;
    size_t n = tuple_len(m->iters);
    if (n == 1) {
        Obj *v = obj_next(tuple_get(m->iters, 0));
        return v ? obj_call1(m->func, v) : NULL;
    }
    Obj **vals = gc_alloc(n * sizeof(Obj *));
    for (size_t i = 0; i < n; i++)
        if (!(vals[i] = obj_next(tuple_get(m->iters, i))))
            return NULL;
    return obj_call(m->func, vals, (int)n, NULL);
}

Type type_map = {
    .base = {&type_type}, .name = "map", .base_type = &type_object, .flags = TF_BASETYPE,
    .basicsize = sizeof(MapObj), .new = map_new, .iter = iter_self, .next = map_next,
};

typedef struct FilterObj {
    Obj base;
    Obj *func;
    Obj *it;
} FilterObj;

static Obj *filter_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    if (nkw(kwnames))
        exc_raisef(&type_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        exc_raisef(&type_TypeError, "filter expected 2 arguments, got %d", nargs);
    FilterObj *f = gc_alloc(type->basicsize);
    f->base.type = type;
    f->func = args[0];
    f->it = obj_iter(args[1]);
    return (Obj *)f;
}

static Obj *filter_next(Obj *self)
{
    FilterObj *f = (FilterObj *)self;
    Obj *v;
    while ((v = obj_next(f->it)))
        if (obj_truth(f->func == None || f->func == (Obj *)&type_bool ? v : obj_call1(f->func, v)))
            return v;
    return NULL;
}

Type type_filter = {
    .base = {&type_type}, .name = "filter", .base_type = &type_object, .flags = TF_BASETYPE,
    .basicsize = sizeof(FilterObj), .new = filter_new, .iter = iter_self, .next = filter_next,
};

/* reversed() over any sequence with len() and indexing. */
typedef struct ReversedObj {
    Obj base;
    Obj *seq;
    int64_t i;
} ReversedObj;

static Obj *reversed_next(Obj *self)
{
    ReversedObj *r = (ReversedObj *)self;
    if (!r->seq || r->i < 0) {
        r->seq = NULL;
        return NULL;
    }
    return obj_getitem(r->seq, int_from_i64(r->i--));
}

static Obj *reversed_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    if (nkw(kwnames))
        exc_raisef(&type_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        exc_raisef(&type_TypeError, "reversed expected 1 argument, got %d", nargs);
    Obj *seq = args[0];
    Type *t = TYPE(seq);
    if (t == &type_list)
        return list_reversed(seq);
    if (t == &type_range)
        return range_reversed(seq);
    if (t->flags & TF_DICT && !(t->flags & TF_HEAP))
        return dict_reversed(seq);
    if (!(t->flags & (TF_STR | TF_TUPLE | TF_LIST))) {
        Obj *m = obj_lookup_attr(seq, str_intern_cstr("__reversed__"));
        if (m && m != None)
            return obj_call0(m);
    }
    if (!t->getitem || !t->len || (t->flags & TF_DICT))
        exc_raisef(&type_TypeError, "'%s' object is not reversible", t->name);
    ReversedObj *r = gc_alloc(sizeof *r);
    r->base.type = type;
    r->seq = seq;
    r->i = obj_len(seq) - 1;
    return (Obj *)r;
}

Type type_reversed = {
    .base = {&type_type}, .name = "reversed", .base_type = &type_object, .flags = TF_BASETYPE,
    .basicsize = sizeof(ReversedObj), .new = reversed_new, .iter = iter_self, .next = reversed_next,
};

/* iter(callable, sentinel). */
typedef struct CallIterObj {
    Obj base;
    Obj *func;
    Obj *sentinel;
} CallIterObj;

static Obj *calliter_next(Obj *self)
{
    CallIterObj *c = (CallIterObj *)self;
    if (!c->func)
        return NULL;
    Obj *v = obj_call0(c->func);
    if (obj_eq(v, c->sentinel)) {
        c->func = NULL;
        return NULL;
    }
    return v;
}

Type type_callable_iterator = {
    .base = {&type_type}, .name = "callable_iterator", .base_type = &type_object,
    .basicsize = sizeof(CallIterObj), .iter = iter_self, .next = calliter_next,
};

/* ---- functions ------------------------------------------------------------------------------ */

#define NO_KW(name) args_no_kw(name, kwnames)

static Obj *b_abs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("abs");
    args_count("abs", nargs, 1, 1);
    return obj_unop(args[0], UNARY_ABS);
}

static Obj *truth_scan(const char *name, Obj **args, int nargs, Obj *kwnames, bool want)
{
    NO_KW(name);
    args_count(name, nargs, 1, 1);
    Obj *it = obj_iter(args[0]), *v;
    while ((v = obj_next(it)))
        if (obj_truth(v) == want)
            return bool_from(want);
    return bool_from(!want);
}

static Obj *b_all(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return truth_scan("all", args, nargs, kwnames, false);
}

static Obj *b_any(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return truth_scan("any", args, nargs, kwnames, true);
}

static Obj *b_ascii(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("ascii");
    args_count("ascii", nargs, 1, 1);
    return obj_ascii(args[0]);
}

static Obj *base_text(const char *name, Obj **args, int nargs, Obj *kwnames, int base)
{
    NO_KW(name);
    args_count(name, nargs, 1, 1);
    return int_to_base(obj_index(args[0]), base, true);
}

static Obj *b_bin(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return base_text("bin", args, nargs, kwnames, 2);
}

static Obj *b_oct(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return base_text("oct", args, nargs, kwnames, 8);
}

static Obj *b_hex(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return base_text("hex", args, nargs, kwnames, 16);
}

static Obj *b_callable(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("callable");
    args_count("callable", nargs, 1, 1);
    return bool_from(TYPE(args[0])->call != NULL);
}

static Obj *b_chr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("chr");
    args_count("chr", nargs, 1, 1);
    Obj *i = obj_index(args[0]);
    int64_t c;
    if (!int_get_i64(i, &c))
        exc_raisef(&type_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10ffff)
        exc_raisef(&type_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)c);
}

static Obj *b_ord(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("ord");
    args_count("ord", nargs, 1, 1);
    Obj *s = args[0];
    if (bytes_check(s)) {
        if (bytes_len(s) != 1)
            exc_raisef(&type_TypeError, "ord() expected a character, but string of length %zu found", bytes_len(s));
        return small_new((unsigned char)bytes_data(s)[0]);
    }
    if (!str_check(s))
        exc_raisef(&type_TypeError, "ord() expected string of length 1, but %s found", obj_type_name(s));
    if (str_nchars(s) != 1)
        exc_raisef(&type_TypeError, "ord() expected a character, but string of length %zu found", str_nchars(s));
    const char *p = str_cstr(s);
    return small_new(str_utf8_next(&p));
}

static Obj *b_divmod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("divmod");
    args_count("divmod", nargs, 2, 2);
    return obj_binop(args[0], args[1], OP_DIVMOD);
}

static Obj *b_format(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("format");
    args_count("format", nargs, 1, 2);
    Obj *spec = nargs > 1 ? args[1] : str_empty();
    if (!str_check(spec))
        exc_raisef(&type_TypeError, "format() argument 2 must be str, not %s", obj_type_name(spec));
    return obj_format(args[0], spec);
}

static Obj *attr_name(const char *fname, Obj *name)
{
    if (!str_check(name)) {
        if (fname)
            exc_raisef(&type_TypeError, "%s(): attribute name must be string", fname);
        exc_raisef(&type_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    }
    return str_intern(name);
}

static Obj *b_getattr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("getattr");
    args_count("getattr", nargs, 2, 3);
    Obj *name = attr_name(nargs == 3 ? "getattr" : NULL, args[1]);
    if (nargs == 2)
        return obj_getattr(args[0], name);
    ExcJump j;
    Obj *volatile v = NULL;
    EXC_TRY(j) {
        v = obj_getattr(args[0], name);
        exc_pop(&j);
    } else {
        if (!exc_matches(j.exc, (Obj *)&type_AttributeError))
            exc_raise(j.exc);
        return args[2];
    }
    return v;
}

static Obj *b_hasattr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("hasattr");
    args_count("hasattr", nargs, 2, 2);
    Obj *name = attr_name("hasattr", args[1]);
    ExcJump j;
    volatile bool found = false;
    EXC_TRY(j) {
        found = obj_lookup_attr(args[0], name) != NULL;
        exc_pop(&j);
    } else {
        if (!exc_matches(j.exc, (Obj *)&type_AttributeError))
            exc_raise(j.exc);
    }
    return bool_from(found);
}

static Obj *b_setattr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("setattr");
    args_count("setattr", nargs, 3, 3);
    obj_setattr(args[0], attr_name(NULL, args[1]), args[2]);
    return None;
}

static Obj *b_delattr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("delattr");
    args_count("delattr", nargs, 2, 2);
    obj_delattr(args[0], attr_name(NULL, args[1]));
    return None;
}

static Obj *b_hash(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("hash");
    args_count("hash", nargs, 1, 1);
    return int_from_i64(obj_hash(args[0]));
}

static Obj *b_id(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("id");
    args_count("id", nargs, 1, 1);
    return int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static bool is_type(Obj *o) { return !is_small(o) && (o->type->flags & TF_TYPE); }

/* isinstance/issubclass against a class or a (nested) tuple of classes. */
static bool class_matches(Type *t, Obj *spec, const char *fname, int *depth)
{
    if (tuple_check(spec)) {
        if (++*depth > 1000)
            exc_raisef(&type_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
        for (size_t i = 0; i < tuple_len(spec); i++)
            if (class_matches(t, tuple_get(spec, i), fname, depth))
                return true;
        return false;
    }
    if (!is_type(spec))
        exc_raisef(&type_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    return type_is_subtype(t, (Type *)spec);
}

static Obj *b_isinstance(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("isinstance");
    args_count("isinstance", nargs, 2, 2);
    int depth = 0;
    return bool_from(class_matches(TYPE(args[0]), args[1], "isinstance", &depth));
}

static Obj *b_issubclass(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("issubclass");
    args_count("issubclass", nargs, 2, 2);
    if (!is_type(args[0]))
        exc_raisef(&type_TypeError, "issubclass() arg 1 must be a class");
    int depth = 0;
    return bool_from(class_matches((Type *)args[0], args[1], "issubclass", &depth));
}

static Obj *b_iter(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("iter");
    args_count("iter", nargs, 1, 2);
    if (nargs == 1)
        return obj_iter(args[0]);
    if (!TYPE(args[0])->call)
        exc_raisef(&type_TypeError, "iter(v, w): v must be callable");
    CallIterObj *c = gc_alloc(sizeof *c);
    c->base.type = &type_callable_iterator;
    c->func = args[0];
    c->sentinel = args[1];
    return (Obj *)c;
}

static Obj *b_len(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("len");
    args_count("len", nargs, 1, 1);
    return int_from_i64(obj_len(args[0]));
}

static Obj *extremum(const char *name, Obj **args, int nargs, Obj *kwnames, int op)
{
    Obj *key = NULL, *dflt = NULL;
    for (int k = 0; k < nkw(kwnames); k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        if (!strcmp(kw, "key"))
            key = args[nargs + k];
        else if (!strcmp(kw, "default"))
            dflt = args[nargs + k];
        else
            exc_raisef(&type_TypeError, "%s() got an unexpected keyword argument '%s'", name, kw);
    }
    if (nargs == 0)
        exc_raisef(&type_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        exc_raisef(&type_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == None)
        key = NULL;
    Obj *it = nargs == 1 ? obj_iter(args[0]) : obj_iter(tuple_from_array(args, (size_t)nargs));
    Obj *best = NULL, *best_key = NULL, *v;
    while ((v = obj_next(it))) {
        Obj *k = key ? obj_call1(key, v) : v;
        if (!best) {
            best = v;
            best_key = k;
        } else if (is_small(k) && is_small(best_key)) {
            if (op == CMP_GT ? small_value(k) > small_value(best_key) : small_value(k) < small_value(best_key)) {
                best = v;
                best_key = k;
            }
        } else if (obj_truth(obj_compare(k, best_key, op))) {
            best = v;
            best_key = k;
        }
    }
    if (!best) {
        if (dflt)
            return dflt;
        exc_raisef(&type_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Obj *b_max(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return extremum("max", args, nargs, kwnames, CMP_GT);
}

static Obj *b_min(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return extremum("min", args, nargs, kwnames, CMP_LT);
}

static Obj *b_next(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("next");
    args_count("next", nargs, 1, 2);
    Obj *v = obj_next(args[0]);
    if (v)
        return v;
    if (nargs == 2)
        return args[1];
    exc_raise((Obj *)&type_StopIteration);
}

static Obj *b_pow(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Obj *a[3];
    (void)self;
    args_parse("pow", args, nargs, kwnames, names, 2, a);
    return obj_pow3(a[0], a[1], a[2] ? a[2] : None);
}

static Obj *b_repr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    NO_KW("repr");
    args_count("repr", nargs, 1, 1);
    return obj_repr(args[0]);
}

static Obj *b_round(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    Obj *a[2];
    (void)self;
    args_parse("round", args, nargs, kwnames, names, 1, a);
    Type *t = TYPE(a[0]);
    Obj *r = t->convert ? t->convert(a[0], CONV_ROUND, a[1] && a[1] != None ? a[1] : NULL) : NULL;
    if (!r)
        exc_raisef(&type_TypeError, "type %s doesn't define __round__ method", t->name);
    return r;
}

static Obj *b_sorted(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    Obj *a[2];
    (void)self;
    if (nargs != 1)
        exc_raisef(&type_TypeError, "sorted expected 1 argument, got %d", nargs);
    args_parse("sort", args + 1, 0, kwnames, names, 0, a);
    Obj *l = list_from_iterable(args[0]);
    if (list_check(args[0]) && list_items(l) == list_items(args[0]))
        l = list_from_array(list_items(l), list_len(l));
    list_sort(l, a[0], a[1] ? obj_index_i64(a[1]) != 0 : false);
    return l;
}

static Obj *b_sum(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"$iterable", "start", NULL};
    Obj *a[2];
    (void)self;
    if (nargs == 0)
        exc_raisef(&type_TypeError, "sum() takes at least 1 positional argument (0 given)");
    args_parse("sum", args, nargs, kwnames, names, 1, a);
    Obj *acc = a[1] ? a[1] : small_new(0);
    if (str_check(acc))
        exc_raisef(&type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(acc))
        exc_raisef(&type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Obj *it = obj_iter(a[0]), *v;
    /* Exact small ints without boxing, floats left to right in a double, as CPython's fast paths. */
    while ((v = obj_next(it))) {
        if (is_small(acc) && is_small(v)) {
            intptr_t r = small_value(acc) + small_value(v);
            if (small_fits(r)) {
                acc = small_new(r);
                continue;
            }
        }
        if (!is_small(acc) && acc->type == &type_float && (!is_small(v) && v->type == &type_float)) {
            double d = float_value(acc);
            do {
                d += float_value(v);
                v = obj_next(it);
            } while (v && !is_small(v) && v->type == &type_float);
            acc = float_new(d);
            if (!v)
                break;
        }
        acc = obj_binop(acc, v, OP_ADD);
    }
    return acc;
}


static const struct {
    const char *name;
    NativeFn fn;
} functions[] = {
    {"abs", b_abs},
    {"all", b_all},
    {"any", b_any},
    {"ascii", b_ascii},
    {"bin", b_bin},
    {"callable", b_callable},
    {"chr", b_chr},
    {"delattr", b_delattr},
    {"divmod", b_divmod},
    {"format", b_format},
    {"getattr", b_getattr},
    {"hasattr", b_hasattr},
    {"hash", b_hash},
    {"hex", b_hex},
    {"id", b_id},
    {"isinstance", b_isinstance},
    {"issubclass", b_issubclass},
    {"iter", b_iter},
    {"len", b_len},
    {"max", b_max},
    {"min", b_min},
    {"next", b_next},
    {"oct", b_oct},
    {"ord", b_ord},
    {"pow", b_pow},
    {"repr", b_repr},
    {"round", b_round},
    {"setattr", b_setattr},
    {"sorted", b_sorted},
    {"sum", b_sum},
};

void builtins_init(Obj *builtins_dict)
{
    static Type *const named[] = {
        &type_int, &type_bool, &type_float, &type_complex, &type_str, &type_bytes, &type_bytearray, &type_tuple,
        &type_list,
        &type_dict, &type_set, &type_frozenset, &type_range, &type_slice, &type_enumerate, &type_zip,
        &type_map, &type_filter, &type_reversed,
    };
    static Type *const internal[] = {
        &type_str_iterator, &type_tuple_iterator, &type_list_iterator, &type_list_reverseiterator,
        &type_range_iterator, &type_set_iterator, &type_dict_keyiterator, &type_dict_valueiterator,
        &type_dict_itemiterator, &type_dict_reversekeyiterator, &type_dict_reversevalueiterator,
        &type_dict_reverseitemiterator, &type_dict_keys, &type_dict_values, &type_dict_items,
        &type_callable_iterator,
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        type_ready(named[i]);
        dict_set_cstr(builtins_dict, named[i]->name, (Obj *)named[i]);
    }
    for (size_t i = 0; i < sizeof internal / sizeof internal[0]; i++)
        type_ready(internal[i]);
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        dict_set_cstr(builtins_dict, functions[i].name, native_new(functions[i].name, functions[i].fn, NULL));
    dict_set_cstr(builtins_dict, "NotImplemented", NotImplemented);
    dict_set_cstr(builtins_dict, "Ellipsis", &obj_ellipsis);
}
