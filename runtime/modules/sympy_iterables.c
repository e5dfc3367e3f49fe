/* runtime/modules/sympy_iterables.c — sympy.utilities.iterables (see sympy_iterables.h). The
 * results are produced up front (under the budget) and handed out by an iterator; subsets and
 * variations are the itertools iterators sympy builds them from. */
#include "runtime/modules/sympy_iterables.h"

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

typedef struct {
    Obj **values;      /* the distinct elements, sorted */
    int64_t *counts;   /* how many of each are left */
    size_t nv;
    Obj **cur;
    int64_t size;
    Obj *out;
} Multiset;

/* Every arrangement of `size` elements, in lexicographic order of the sorted elements. */
static void arrange(Multiset *ms, int64_t depth)
{
    budget_tick();
    if (depth == ms->size) {
        list_append(ms->out, list_from_array(ms->cur, (size_t)ms->size));
        return;
    }
    for (size_t i = 0; i < ms->nv; i++) {
        if (!ms->counts[i])
            continue;
        ms->counts[i]--;
        ms->cur[depth] = ms->values[i];
        arrange(ms, depth + 1);
        ms->counts[i]++;
    }
}

static Obj *f_multiset_permutations(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"m", "size", "g", NULL};
    Obj *a[3];
    args_parse("multiset_permutations", args, nargs, kwnames, names, 1, a);
    Obj *items = list_new(0);
    if (dict_check(a[0])) {
        Obj *keys = list_from_iterable(a[0]);
        obj_call_method(keys, "sort", NULL, 0);
        for (size_t i = 0; i < list_len(keys); i++)
            for (int64_t c = obj_index_i64(dict_get(a[0], list_get(keys, i))); c > 0; c--)
                list_append(items, list_get(keys, i));
    } else {
        items = list_from_iterable(a[0]);
        obj_call_method(items, "sort", NULL, 0);
    }
    size_t n = list_len(items);
    Multiset ms = {gc_alloc((n + 1) * sizeof(Obj *)), gc_alloc_atomic((n + 1) * sizeof(int64_t)), 0,
                   gc_alloc((n + 1) * sizeof(Obj *)), a[1] && a[1] != None ? obj_index_i64(a[1]) : (int64_t)n,
                   list_new(0)};
    for (size_t i = 0; i < n; i++) {
        Obj *v = list_get(items, i);
        if (ms.nv && obj_eq(ms.values[ms.nv - 1], v)) {
            ms.counts[ms.nv - 1]++;
        } else {
            ms.values[ms.nv] = v;
            ms.counts[ms.nv++] = 1;
        }
    }
    if (ms.size >= 0 && ms.size <= (int64_t)n)
        arrange(&ms, 0);
    return obj_iter(ms.out);
}

typedef struct {
    int64_t *parts, max_parts;
    bool size;
    Obj *out;
} Partitions;

/* Partitions of `left` into parts of at most `top`, appended after parts[0..np), in sympy's
 * order (reverse lexicographic); each becomes a dict part -> multiplicity, largest part first. */
static void partition(Partitions *ps, int64_t left, int64_t top, int64_t np)
{
    budget_tick();
    if (left == 0) {
        Obj *d = dict_new();
        for (int64_t i = 0; i < np; i++) {
            Obj *k = int_from_i64(ps->parts[i]), *c = dict_get(d, k);
            dict_set(d, k, int_from_i64(c ? obj_index_i64(c) + 1 : 1));
        }
        list_append(ps->out, ps->size ? tuple_pack(2, int_from_i64(np), d) : d);
        return;
    }
    for (int64_t p = top < left ? top : left; p >= 1; p--) {
        if (np >= ps->max_parts || p * (ps->max_parts - np) < left)
            break;
        ps->parts[np] = p;
        partition(ps, left - p, p, np + 1);
    }
}

static Obj *f_partitions(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "m", "k", "size", NULL};
    Obj *a[4];
    args_parse("partitions", args, nargs, kwnames, names, 1, a);
    int64_t n = obj_index_i64(a[0]);
    int64_t m = a[1] && a[1] != None ? obj_index_i64(a[1]) : n;
    int64_t k = a[2] && a[2] != None ? obj_index_i64(a[2]) : n;
    Partitions ps = {NULL, m, a[3] && obj_truth(a[3]), list_new(0)};
    if (n <= 0 || m <= 0 || k <= 0) {
        Obj *d = dict_new();
        list_append(ps.out, ps.size ? tuple_pack(2, int_from_i64(0), d) : d);
        return obj_iter(ps.out);
    }
    int_check_result_size((double)n * sizeof(int64_t));
    ps.parts = gc_alloc_atomic((size_t)n * sizeof(int64_t));
    partition(&ps, n, k, 0);
    return obj_iter(ps.out);
}

static Obj *itertool(const char *name) { return obj_getattr_cstr(module_import(str_from_cstr("itertools")), name); }

static Obj *f_subsets(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"seq", "k", "repetition", NULL};
    Obj *a[3];
    args_parse("subsets", args, nargs, kwnames, names, 1, a);
    Obj *tool = itertool(a[2] && obj_truth(a[2]) ? "combinations_with_replacement" : "combinations");
    if (a[1] && a[1] != None) {
        Obj *call[2] = {a[0], a[1]};
        return obj_call(tool, call, 2, NULL);
    }
    /* every size in turn, as sympy's chain of combinations */
    Obj *seq = list_from_iterable(a[0]), *out = list_new(0);
    for (size_t r = 0; r <= list_len(seq); r++) {
        Obj *call[2] = {seq, int_from_i64((int64_t)r)};
        Obj *it = obj_iter(obj_call(tool, call, 2, NULL)), *v;
        while ((v = obj_next(it)))
            list_append(out, v);
    }
    return obj_iter(out);
}

static Obj *f_variations(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"seq", "n", "repetition", NULL};
    Obj *a[3];
    args_parse("variations", args, nargs, kwnames, names, 2, a);
    if (a[2] && obj_truth(a[2])) {
        Obj *call[2] = {a[0], a[1]}, *kw = tuple_pack(1, str_intern_cstr("repeat"));
        return obj_call(itertool("product"), call, 1, kw);
    }
    Obj *call[2] = {a[0], a[1]};
    return obj_call(itertool("permutations"), call, 2, NULL);
}

static void iterables_init(Obj *m)
{
    module_add_function(m, "multiset_permutations", f_multiset_permutations);
    module_add_function(m, "partitions", f_partitions);
    module_add_function(m, "subsets", f_subsets);
    module_add_function(m, "variations", f_variations);
}

const ModuleDef sympy_iterables_module = {"sympy.utilities.iterables", iterables_init, NULL};
