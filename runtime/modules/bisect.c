/* runtime/modules/bisect.c — the `bisect` module (see bisect.h). */
#include "runtime/modules/bisect.h"

#include <string.h>

#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"

/* The insertion point of x in a[lo:hi] (right: after equal items), comparing key(a[i]) with x. */
static int64_t search(const char *name, Obj **args, int nargs, Obj *kwnames, bool right, bool insort, Obj **x)
{
    static const char *const names[] = {"a", "x", "lo", "hi", "key", NULL};
    Obj *a[5];
    args_parse(name, args, nargs, kwnames, names, 2, a);
    *x = a[1];
    int64_t lo = a[2] ? obj_index_i64(a[2]) : 0;
    if (lo < 0)
        exc_raisef(&type_ValueError, "lo must be non-negative");
    int64_t hi = a[3] && a[3] != None ? obj_index_i64(a[3]) : obj_len(a[0]);
    Obj *key = a[4] && a[4] != None ? a[4] : NULL;
    Obj *kx = key && !insort ? a[1] : key ? obj_call1(key, a[1]) : a[1];
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        Obj *v = obj_getitem(a[0], int_from_i64(mid));
        if (key)
            v = obj_call1(key, v);
        if (right ? obj_lt(kx, v) : !obj_lt(v, kx))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Obj *b_bisect_left(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *x;
    return int_from_i64(search("bisect_left", args, nargs, kwnames, false, false, &x));
}

static Obj *b_bisect_right(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *x;
    return int_from_i64(search("bisect_right", args, nargs, kwnames, true, false, &x));
}

static Obj *insort(const char *name, Obj **args, int nargs, Obj *kwnames, bool right)
{
    Obj *x;
    int64_t i = search(name, args, nargs, kwnames, right, true, &x);
    Obj *a = args[0];
    if (list_check(a)) {
        list_append(a, x);
        ListObj *l = (ListObj *)a;
        memmove(l->items + i + 1, l->items + i, (l->n - 1 - (size_t)i) * sizeof(Obj *));
        l->items[i] = x;
    } else {
        obj_call_method(a, "insert", (Obj *[]){int_from_i64(i), x}, 2);
    }
    return None;
}

static Obj *b_insort_left(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return insort("insort_left", args, nargs, kwnames, false);
}

static Obj *b_insort_right(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return insort("insort_right", args, nargs, kwnames, true);
}

static void bisect_init(Obj *m)
{
    module_add_function(m, "bisect_left", b_bisect_left);
    module_add_function(m, "bisect_right", b_bisect_right);
    module_add_function(m, "bisect", b_bisect_right);
    module_add_function(m, "insort_left", b_insort_left);
    module_add_function(m, "insort_right", b_insort_right);
    module_add_function(m, "insort", b_insort_right);
}

const ModuleDef bisect_module = {"bisect", bisect_init, NULL};
