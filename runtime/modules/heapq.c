/* runtime/modules/heapq.c — the `heapq` module (see heapq.h). */
#include "runtime/modules/heapq.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Obj *heap_arg(const char *name, Obj **args, int nargs, Obj *kwnames, int n)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, n, n);
    if (!list_check(args[0]))
        exc_raisef(&type_TypeError, "%s() argument 1 must be list, not %s", name, obj_type_name(args[0]));
    return args[0];
}

/* A comparison may run Python code that changes the list; indices are checked after it. */
static bool less(Obj *heap, Obj *a, Obj *b, size_t n)
{
    bool r = obj_lt(a, b);
    if (list_len(heap) != n)
        exc_raisef(&type_RuntimeError, "list changed size during iteration");
    return r;
}

/* Moves the item at pos up towards startpos while it is smaller than its parent. */
static void sift_down(Obj *heap, size_t startpos, size_t pos)
{
    size_t n = list_len(heap);
    Obj **items = list_items(heap);
    Obj *item = items[pos];
    while (pos > startpos) {
        size_t parent = (pos - 1) >> 1;
        Obj *p = items[parent];
        if (!less(heap, item, p, n))
            break;
        items = list_items(heap);
        items[pos] = p;
        pos = parent;
    }
    list_items(heap)[pos] = item;
}

/* Moves the smaller child up until a leaf is reached, puts the item there, then sifts it back
 * down: the bottom-up method, whose layouts CPython's heaps have. */
static void sift_up(Obj *heap, size_t pos)
{
    size_t end = list_len(heap), start = pos;
    Obj *item = list_get(heap, pos);
    size_t child = 2 * pos + 1;
    while (child < end) {
        budget_tick();
        size_t right = child + 1;
        if (right < end && !less(heap, list_get(heap, child), list_get(heap, right), end))
            child = right;
        list_items(heap)[pos] = list_get(heap, child);
        pos = child;
        child = 2 * pos + 1;
    }
    list_items(heap)[pos] = item;
    sift_down(heap, start, pos);
}

static Obj *h_heappush(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *heap = heap_arg("heappush", args, nargs, kwnames, 2);
    list_append(heap, args[1]);
    sift_down(heap, 0, list_len(heap) - 1);
    return None;
}

static Obj *h_heappop(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *heap = heap_arg("heappop", args, nargs, kwnames, 1);
    size_t n = list_len(heap);
    if (!n)
        exc_raisef(&type_IndexError, "index out of range");
    Obj *last = list_get(heap, n - 1);
    ((ListObj *)heap)->n--;
    if (n == 1)
        return last;
    Obj *top = list_get(heap, 0);
    list_items(heap)[0] = last;
    sift_up(heap, 0);
    return top;
}

static Obj *h_heapreplace(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *heap = heap_arg("heapreplace", args, nargs, kwnames, 2);
    if (!list_len(heap))
        exc_raisef(&type_IndexError, "index out of range");
    Obj *top = list_get(heap, 0);
    list_items(heap)[0] = args[1];
    sift_up(heap, 0);
    return top;
}

static Obj *h_heappushpop(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *heap = heap_arg("heappushpop", args, nargs, kwnames, 2);
    Obj *item = args[1];
    if (!list_len(heap) || !less(heap, list_get(heap, 0), item, list_len(heap)))
        return item;
    Obj *top = list_get(heap, 0);
    list_items(heap)[0] = item;
    sift_up(heap, 0);
    return top;
}

static Obj *h_heapify(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *heap = heap_arg("heapify", args, nargs, kwnames, 1);
    for (size_t i = list_len(heap) / 2; i-- > 0;)
        sift_up(heap, i);
    return None;
}

/* nsmallest and nlargest: the first n of the stable sort, as the documentation defines them. */
static Obj *n_best(const char *name, Obj **args, int nargs, Obj *kwnames, bool largest)
{
    static const char *const names[] = {"n", "iterable", "key", NULL};
    Obj *a[3];
    args_parse(name, args, nargs, kwnames, names, 2, a);
    int64_t n = obj_index_i64(a[0]);
    Obj *l = list_from_iterable(a[1]);
    if (n <= 0)
        return list_new(0);
    list_sort(l, a[2] && a[2] != None ? a[2] : NULL, largest);
    if ((size_t)n < list_len(l))
        ((ListObj *)l)->n = (size_t)n;
    return l;
}

static Obj *h_nsmallest(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return n_best("nsmallest", args, nargs, kwnames, false);
}

static Obj *h_nlargest(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return n_best("nlargest", args, nargs, kwnames, true);
}

/* merge(*iterables, key=None, reverse=False): takes the smallest head each time, the earliest
 * iterable on ties, so equal items keep their order. */
static Obj *h_merge(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *key = NULL;
    bool reverse = false;
    for (int k = 0; kwnames && k < (int)tuple_len(kwnames); k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        if (strcmp(kw, "key") == 0)
            key = args[nargs + k] == None ? NULL : args[nargs + k];
        else if (strcmp(kw, "reverse") == 0)
            reverse = obj_truth(args[nargs + k]);
        else
            exc_raisef(&type_TypeError, "merge() got an unexpected keyword argument '%s'", kw);
    }
    Obj **its = gc_alloc(((size_t)nargs + 1) * sizeof(Obj *));
    Obj **heads = gc_alloc(((size_t)nargs + 1) * sizeof(Obj *));
    Obj **keys = gc_alloc(((size_t)nargs + 1) * sizeof(Obj *));
    for (int i = 0; i < nargs; i++) {
        its[i] = obj_iter(args[i]);
        heads[i] = obj_next(its[i]);
        if (heads[i])
            keys[i] = key ? obj_call1(key, heads[i]) : heads[i];
    }
    Obj *out = list_new(0);
    for (;;) {
        budget_tick();
        int best = -1;
        for (int i = 0; i < nargs; i++)
            if (heads[i] && (best < 0 || (reverse ? obj_lt(keys[best], keys[i]) : obj_lt(keys[i], keys[best]))))
                best = i;
        if (best < 0)
            return obj_iter(out);
        list_append(out, heads[best]);
        heads[best] = obj_next(its[best]);
        if (heads[best])
            keys[best] = key ? obj_call1(key, heads[best]) : heads[best];
    }
}

static void heapq_init(Obj *m)
{
    module_add_function(m, "heappush", h_heappush);
    module_add_function(m, "heappop", h_heappop);
    module_add_function(m, "heapreplace", h_heapreplace);
    module_add_function(m, "heappushpop", h_heappushpop);
    module_add_function(m, "heapify", h_heapify);
    module_add_function(m, "nsmallest", h_nsmallest);
    module_add_function(m, "nlargest", h_nlargest);
    module_add_function(m, "merge", h_merge);
}

const ModuleDef heapq_module = {"heapq", heapq_init, NULL};
