/* runtime/modules/itertools.c — the `itertools` module (see itertools.h).
 *
 * Every function is an iterator type, named "itertools.x" as CPython's C types are, so that
 * messages read "object of type 'itertools.permutations' has no len()". The combinatoric
 * iterators keep index arrays over a tuple of the pool and build one result tuple per step.
 * Infinite iterators tick the CPU budget, since a C loop draining them would not. */
#include "runtime/modules/itertools.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"

static Obj *iter_self(Obj *self) { return self; }

static int nkw(Obj *kwnames) { return kwnames ? (int)tuple_len(kwnames) : 0; }

/* CPython's positional-count message for these constructors. */
static void check_args(const char *name, int nargs, int min, int max)
{
    if (nargs >= min && nargs <= max)
        return;
    bool low = nargs < min;
    int want = low ? min : max;
    exc_raisef(&type_TypeError, "%s expected %s%d argument%s, got %d", name,
               min == max ? "" : low ? "at least " : "at most ", want, want == 1 ? "" : "s", nargs);
}

static void no_kw(const char *name, Obj *kwnames)
{
    if (nkw(kwnames))
        exc_raisef(&type_TypeError, "%s() takes no keyword arguments", name);
}

static void *alloc_iter(Type *type)
{
    Obj *o = gc_alloc(type->basicsize);
    o->type = type;
    return o;
}

#define ITER_TYPE(cname, pyname, strct, newfn, nextfn, ...)                                        \
    Type cname = {.base = {&type_type}, .name = "itertools." pyname, .flags = TF_BASETYPE,          \
                  .basicsize = sizeof(strct), .new = newfn, .iter = iter_self, .next = nextfn,     \
                  __VA_ARGS__}

/* ---- count, cycle, repeat ------------------------------------------------------------------ */

typedef struct CountObj {
    Obj base;
    Obj *cnt, *step;
} CountObj;

static bool is_number(Obj *o)
{
    return int_check(o) || float_check(o) || obj_is(o, &type_complex) || TYPE(o)->convert != NULL;
}

static Obj *count_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"start", "step", NULL};
    Obj *a[2];
    args_parse("count", args, nargs, kwnames, names, 0, a);
    CountObj *c = alloc_iter(type);
    c->cnt = a[0] ? a[0] : small_new(0);
    c->step = a[1] ? a[1] : small_new(1);
    if (!is_number(c->cnt) || !is_number(c->step))
        exc_raisef(&type_TypeError, "a number is required");
    return (Obj *)c;
}

static Obj *count_next(Obj *self)
{
    CountObj *c = (CountObj *)self;
    budget_tick();
    Obj *r = c->cnt;
    if (is_small(r) && is_small(c->step) && small_fits(small_value(r) + small_value(c->step)))
        c->cnt = small_new(small_value(r) + small_value(c->step));
    else
        c->cnt = obj_binop(r, c->step, OP_ADD);
    return r;
}

static Obj *count_repr(Obj *self)
{
    CountObj *c = (CountObj *)self;
    if (c->step == small_new(1))
        return str_printf("count(%s)", str_cstr(obj_repr(c->cnt)));
    return str_printf("count(%s, %s)", str_cstr(obj_repr(c->cnt)), str_cstr(obj_repr(c->step)));
}

static ITER_TYPE(count_type, "count", CountObj, count_new, count_next, .repr = count_repr);

typedef struct CycleObj {
    Obj base;
    Obj *it;
    Obj *saved;            /* list */
    size_t pos;
    bool replaying;
} CycleObj;

static Obj *cycle_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    no_kw("cycle", kwnames);
    check_args("cycle", nargs, 1, 1);
    CycleObj *c = alloc_iter(type);
    c->it = obj_iter(args[0]);
    c->saved = list_new(0);
    return (Obj *)c;
}

static Obj *cycle_next(Obj *self)
{
    CycleObj *c = (CycleObj *)self;
    budget_tick();
    if (!c->replaying) {
        Obj *v = obj_next(c->it);
        if (v) {
            list_append(c->saved, v);
            return v;
        }
        c->replaying = true;
    }
    size_t n = list_len(c->saved);
    if (!n)
        return NULL;
    Obj *v = list_get(c->saved, c->pos);
    c->pos = (c->pos + 1) % n;
    return v;
}

static ITER_TYPE(cycle_type, "cycle", CycleObj, cycle_new, cycle_next);

typedef struct RepeatObj {
    Obj base;
    Obj *value;
    int64_t left;          /* -1: forever */
} RepeatObj;

static Obj *repeat_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"object", "times", NULL};
    Obj *a[2];
    args_parse("repeat", args, nargs, kwnames, names, 1, a);
    RepeatObj *r = alloc_iter(type);
    r->value = a[0];
    r->left = -1;
    if (a[1]) {
        int64_t n = obj_index_i64(a[1]);
        r->left = n < 0 ? 0 : n;
    }
    return (Obj *)r;
}

static Obj *repeat_next(Obj *self)
{
    RepeatObj *r = (RepeatObj *)self;
    budget_tick();
    if (r->left == 0)
        return NULL;
    if (r->left > 0)
        r->left--;
    return r->value;
}

static Obj *repeat_repr(Obj *self)
{
    RepeatObj *r = (RepeatObj *)self;
    if (r->left < 0)
        return str_printf("repeat(%s)", str_cstr(obj_repr(r->value)));
    return str_printf("repeat(%s, %lld)", str_cstr(obj_repr(r->value)), (long long)r->left);
}

static ITER_TYPE(repeat_type, "repeat", RepeatObj, repeat_new, repeat_next, .repr = repeat_repr);

/* ---- accumulate, chain, compress, the predicate filters ------------------------------------ */

typedef struct AccumulateObj {
    Obj base;
    Obj *it, *func, *total, *initial;
} AccumulateObj;

static Obj *accumulate_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    if (nargs > 2)
        exc_raisef(&type_TypeError, "accumulate() takes at most 2 positional arguments (%d given)", nargs);
    Obj *a[3];
    args_parse("accumulate", args, nargs, kwnames, names, 1, a);
    AccumulateObj *acc = alloc_iter(type);
    acc->it = obj_iter(a[0]);
    acc->func = a[1] && a[1] != None ? a[1] : NULL;
    acc->initial = a[2] && a[2] != None ? a[2] : NULL;
    return (Obj *)acc;
}

static Obj *accumulate_next(Obj *self)
{
    AccumulateObj *a = (AccumulateObj *)self;
    if (a->initial) {
        a->total = a->initial;
        a->initial = NULL;
        return a->total;
    }
    Obj *v = obj_next(a->it);
    if (!v)
        return NULL;
    if (!a->total)
        a->total = v;
    else
        a->total = a->func ? obj_call2(a->func, a->total, v) : obj_binop(a->total, v, OP_ADD);
    return a->total;
}

static ITER_TYPE(accumulate_type, "accumulate", AccumulateObj, accumulate_new, accumulate_next);

typedef struct ChainObj {
    Obj base;
    Obj *source;           /* iterator over the iterables */
    Obj *active;           /* iterator of the current one, or NULL */
} ChainObj;

static Obj *chain_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    no_kw("chain", kwnames);
    ChainObj *c = alloc_iter(type);
    c->source = obj_iter(tuple_from_array(args, (size_t)nargs));
    return (Obj *)c;
}

static Obj *chain_next(Obj *self)
{
    ChainObj *c = (ChainObj *)self;
    for (;;) {
        if (!c->source)
            return NULL;
        if (!c->active) {
            Obj *next = obj_next(c->source);
            if (!next) {
                c->source = NULL;
                return NULL;
            }
            c->active = obj_iter(next);
        }
        Obj *v = obj_next(c->active);
        if (v)
            return v;
        c->active = NULL;
    }
}

static Obj *chain_from_iterable(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    no_kw("from_iterable", kwnames);
    args_count("from_iterable", nargs, 1, 1);
    ChainObj *c = alloc_iter((Type *)cls);
    c->source = obj_iter(args[0]);
    return (Obj *)c;
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS},
    {NULL, NULL, 0},
};

static ITER_TYPE(chain_type, "chain", ChainObj, chain_new, chain_next, .methods = chain_methods);

typedef struct PairObj {     /* compress, dropwhile, takewhile, filterfalse, starmap, pairwise */
    Obj base;
    Obj *a, *b;
    bool flag;
} PairObj;

static Obj *compress_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"data", "selectors", NULL};
    Obj *a[2];
    args_parse("compress", args, nargs, kwnames, names, 2, a);
    PairObj *p = alloc_iter(type);
    p->a = obj_iter(a[0]);
    p->b = obj_iter(a[1]);
    return (Obj *)p;
}

static Obj *compress_next(Obj *self)
{
    PairObj *p = (PairObj *)self;
    for (;;) {
        Obj *d = obj_next(p->a);
        if (!d)
            return NULL;
        Obj *s = obj_next(p->b);
        if (!s)
            return NULL;
        if (obj_truth(s))
            return d;
    }
}

static ITER_TYPE(compress_type, "compress", PairObj, compress_new, compress_next);

/* pred and iterable of dropwhile, takewhile, filterfalse and starmap. */
static Obj *pred_new(Type *type, const char *name, Obj **args, int nargs, Obj *kwnames)
{
    no_kw(name, kwnames);
    check_args(name, nargs, 2, 2);
    PairObj *p = alloc_iter(type);
    p->a = args[0];
    p->b = obj_iter(args[1]);
    return (Obj *)p;
}

static Obj *dropwhile_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    return pred_new(type, "dropwhile", args, nargs, kwnames);
}

static Obj *dropwhile_next(Obj *self)
{
    PairObj *p = (PairObj *)self;
    for (;;) {
        Obj *v = obj_next(p->b);
        if (!v)
            return NULL;
        if (p->flag || !obj_truth(obj_call1(p->a, v))) {
            p->flag = true;
            return v;
        }
    }
}

static ITER_TYPE(dropwhile_type, "dropwhile", PairObj, dropwhile_new, dropwhile_next);

static Obj *takewhile_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    return pred_new(type, "takewhile", args, nargs, kwnames);
}

static Obj *takewhile_next(Obj *self)
{
    PairObj *p = (PairObj *)self;
    if (p->flag)
        return NULL;
    Obj *v = obj_next(p->b);
    if (!v)
        return NULL;
    if (obj_truth(obj_call1(p->a, v)))
        return v;
    p->flag = true;
    return NULL;
}

static ITER_TYPE(takewhile_type, "takewhile", PairObj, takewhile_new, takewhile_next);

static Obj *filterfalse_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    return pred_new(type, "filterfalse", args, nargs, kwnames);
}

static Obj *filterfalse_next(Obj *self)
{
    PairObj *p = (PairObj *)self;
    for (;;) {
        Obj *v = obj_next(p->b);
        if (!v)
            return NULL;
        if (!obj_truth(p->a == None ? v : obj_call1(p->a, v)))
            return v;
    }
}

static ITER_TYPE(filterfalse_type, "filterfalse", PairObj, filterfalse_new, filterfalse_next);

static Obj *starmap_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    return pred_new(type, "starmap", args, nargs, kwnames);
}

static Obj *starmap_next(Obj *self)
{
    PairObj *p = (PairObj *)self;
    Obj *v = obj_next(p->b);
    if (!v)
        return NULL;
    Obj *t = tuple_check(v) ? v : tuple_from_iterable(v);
    return obj_call(p->a, tuple_items(t), (int)tuple_len(t), NULL);
}

static ITER_TYPE(starmap_type, "starmap", PairObj, starmap_new, starmap_next);

static Obj *pairwise_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    no_kw("pairwise", kwnames);
    check_args("pairwise", nargs, 1, 1);
    PairObj *p = alloc_iter(type);
    p->b = obj_iter(args[0]);
    return (Obj *)p;
}

static Obj *pairwise_next(Obj *self)
{
    PairObj *p = (PairObj *)self;
    if (!p->b)
        return NULL;
    if (!p->a) {
        p->a = obj_next(p->b);
        if (!p->a) {
            p->b = NULL;
            return NULL;
        }
    }
    Obj *v = obj_next(p->b);
    if (!v) {
        p->b = NULL;
        return NULL;
    }
    Obj *r = tuple_pack(2, p->a, v);
    p->a = v;
    return r;
}

static ITER_TYPE(pairwise_type, "pairwise", PairObj, pairwise_new, pairwise_next);

/* ---- groupby ---------------------------------------------------------------------------------- */

typedef struct GroupbyObj {
    Obj base;
    Obj *it, *keyfunc;
    Obj *tgtkey, *currkey, *currvalue;
    Obj *currgrouper;      /* the only grouper still allowed to advance */
} GroupbyObj;

typedef struct GrouperObj {
    Obj base;
    GroupbyObj *parent;
    Obj *tgtkey;
} GrouperObj;

extern Type grouper_type;

static Obj *groupby_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"iterable", "key", NULL};
    Obj *a[2];
    args_parse("groupby", args, nargs, kwnames, names, 1, a);
    GroupbyObj *g = alloc_iter(type);
    g->it = obj_iter(a[0]);
    g->keyfunc = a[1] && a[1] != None ? a[1] : NULL;
    return (Obj *)g;
}

/* Reads the next value and its key; false at the end. */
static bool groupby_step(GroupbyObj *g)
{
    Obj *v = obj_next(g->it);
    if (!v)
        return false;
    Obj *k = g->keyfunc ? obj_call1(g->keyfunc, v) : v;
    g->currvalue = v;
    g->currkey = k;
    return true;
}

static Obj *groupby_next(Obj *self)
{
    GroupbyObj *g = (GroupbyObj *)self;
    g->currgrouper = NULL;
    for (;;) {
        if (!g->currkey) {
            if (!groupby_step(g))
                return NULL;
        } else if (!g->tgtkey || !obj_eq(g->tgtkey, g->currkey)) {
            break;
        } else if (!groupby_step(g)) {
            return NULL;
        }
    }
    g->tgtkey = g->currkey;
    GrouperObj *gr = alloc_iter(&grouper_type);
    gr->parent = g;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = (Obj *)gr;
    return tuple_pack(2, g->currkey, (Obj *)gr);
}

static ITER_TYPE(groupby_type, "groupby", GroupbyObj, groupby_new, groupby_next);

static Obj *grouper_next(Obj *self)
{
    GrouperObj *gr = (GrouperObj *)self;
    GroupbyObj *g = gr->parent;
    if (g->currgrouper != self)
        return NULL;
    if (!g->currvalue && !groupby_step(g))
        return NULL;
    if (!obj_eq(gr->tgtkey, g->currkey))
        return NULL;
    Obj *r = g->currvalue;
    g->currvalue = NULL;
    return r;
}

Type grouper_type = {.base = {&type_type}, .name = "itertools._grouper", .basicsize = sizeof(GrouperObj),
                     .iter = iter_self, .next = grouper_next};

/* ---- islice ---------------------------------------------------------------------------------- */

typedef struct IsliceObj {
    Obj base;
    Obj *it;
    int64_t next, stop, step, cnt;      /* stop -1: none */
} IsliceObj;

/* An islice bound: None (-1) or an int in [0, sys.maxsize]; anything else is the ValueError msg. */
static int64_t islice_bound(Obj *o, const char *msg)
{
    if (o == None)
        return -1;
    volatile int64_t v = -1;
    ExcJump j;
    EXC_TRY(j) {
        v = obj_index_i64(o);
        exc_pop(&j);
    } else {
        v = -1;
    }
    if (v < 0)
        exc_raisef(&type_ValueError, "%s", msg);
    return v;
}

static Obj *islice_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    no_kw("islice", kwnames);
    check_args("islice", nargs, 2, 4);
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char idx_msg[] = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    int64_t start = 0, stop, step = 1;
    if (nargs == 2) {
        stop = islice_bound(args[1], stop_msg);
    } else {
        start = args[1] == None ? 0 : islice_bound(args[1], idx_msg);
        stop = islice_bound(args[2], stop_msg);
        if (nargs == 4 && args[3] != None) {
            volatile int64_t s = 0;
            ExcJump j;
            EXC_TRY(j) {
                s = obj_index_i64(args[3]);
                exc_pop(&j);
            } else {
                s = 0;
            }
            if (s < 1)
                exc_raisef(&type_ValueError, "Step for islice() must be a positive integer or None.");
            step = s;
        }
    }
    IsliceObj *s = alloc_iter(type);
    s->it = obj_iter(args[0]);
    s->next = start;
    s->stop = stop;
    s->step = step;
    return (Obj *)s;
}

static Obj *islice_next(Obj *self)
{
    IsliceObj *s = (IsliceObj *)self;
    if (!s->it)
        return NULL;
    while (s->cnt < s->next) {
        if (!obj_next(s->it)) {
            s->it = NULL;
            return NULL;
        }
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        s->it = NULL;
        return NULL;
    }
    Obj *v = obj_next(s->it);
    if (!v) {
        s->it = NULL;
        return NULL;
    }
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return v;
}

static ITER_TYPE(islice_type, "islice", IsliceObj, islice_new, islice_next);

/* ---- tee ------------------------------------------------------------------------------------- */

typedef struct TeeLink {
    Obj *value;
    struct TeeLink *next;
} TeeLink;

typedef struct TeeSource {
    Obj *it;
    TeeLink *tail;         /* the link the next fetched value fills */
} TeeSource;

typedef struct TeeObj {
    Obj base;
    TeeSource *src;
    TeeLink *at;           /* this iterator's next link */
} TeeObj;

static Obj *tee_next(Obj *self)
{
    TeeObj *t = (TeeObj *)self;
    if (t->at == t->src->tail) {
        if (!t->src->it)
            return NULL;
        Obj *v = obj_next(t->src->it);
        if (!v) {
            t->src->it = NULL;
            return NULL;
        }
        t->src->tail->value = v;
        t->src->tail->next = gc_alloc(sizeof(TeeLink));
        t->src->tail = t->src->tail->next;
    }
    Obj *v = t->at->value;
    t->at = t->at->next;
    return v;
}

static Type tee_type = {.base = {&type_type}, .name = "itertools._tee", .basicsize = sizeof(TeeObj),
                        .iter = iter_self, .next = tee_next};

static Obj *m_tee(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    no_kw("tee", kwnames);
    check_args("tee", nargs, 1, 2);
    int64_t n = nargs > 1 ? obj_index_i64(args[1]) : 2;
    if (n < 0)
        exc_raisef(&type_ValueError, "n must be >= 0");
    TeeSource *src = gc_alloc(sizeof *src);
    src->it = obj_iter(args[0]);
    src->tail = gc_alloc(sizeof(TeeLink));
    Obj *out = tuple_new((size_t)n);
    for (int64_t i = 0; i < n; i++) {
        TeeObj *t = alloc_iter(&tee_type);
        t->src = src;
        t->at = src->tail;
        tuple_items(out)[i] = (Obj *)t;
    }
    return out;
}

/* ---- zip_longest ---------------------------------------------------------------------------- */

typedef struct ZipLongestObj {
    Obj base;
    Obj *iters;            /* tuple; an exhausted slot becomes NULL */
    Obj *fill;
    size_t active;
} ZipLongestObj;

static Obj *zip_longest_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *fill = None;
    for (int k = 0; k < nkw(kwnames); k++) {
        if (strcmp(str_cstr(tuple_get(kwnames, (size_t)k)), "fillvalue") != 0)
            exc_raisef(&type_TypeError, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + k];
    }
    ZipLongestObj *z = alloc_iter(type);
    z->iters = tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++)
        tuple_items(z->iters)[i] = obj_iter(args[i]);
    z->fill = fill;
    z->active = (size_t)nargs;
    return (Obj *)z;
}

static Obj *zip_longest_next(Obj *self)
{
    ZipLongestObj *z = (ZipLongestObj *)self;
    size_t n = tuple_len(z->iters);
    if (!n || !z->active)
        return NULL;
    Obj *r = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Obj *it = tuple_get(z->iters, i);
        Obj *v = it ? obj_next(it) : NULL;
        if (!v) {
            if (it) {
                tuple_items(z->iters)[i] = NULL;
                if (--z->active == 0)
                    return NULL;
            }
            v = z->fill;
        }
        tuple_items(r)[i] = v;
    }
    return r;
}

static ITER_TYPE(zip_longest_type, "zip_longest", ZipLongestObj, zip_longest_new, zip_longest_next);

/* ---- the combinatoric iterators ------------------------------------------------------------- */

typedef struct CombObj {
    Obj base;
    Obj *pool;             /* tuple */
    Obj *pools;            /* product: tuple of tuples */
    size_t *indices;
    size_t *cycles;        /* permutations */
    size_t r;
    bool started, done;
} CombObj;

static size_t *index_array(size_t n) { return gc_alloc_atomic((n + 1) * sizeof(size_t)); }

static Obj *pick(CombObj *c)
{
    Obj *t = tuple_new(c->r);
    for (size_t i = 0; i < c->r; i++)
        tuple_items(t)[i] = tuple_get(c->pool, c->indices[i]);
    return t;
}

/* The r argument: an int >= 0 ("Expected int as r" otherwise, as CPython says). */
static size_t r_arg(Obj *o)
{
    if (!int_check(o))
        exc_raisef(&type_TypeError, "Expected int as r");
    int64_t r;
    if (!int_get_i64(o, &r))
        r = int_sign(o) < 0 ? -1 : INT64_MAX;
    if (r < 0)
        exc_raisef(&type_ValueError, "r must be non-negative");
    return (size_t)r;
}

static CombObj *comb_alloc(Type *type, Obj *iterable, size_t r)
{
    CombObj *c = alloc_iter(type);
    c->pool = tuple_from_iterable(iterable);
    c->r = r;
    c->done = r > tuple_len(c->pool);
    return c;
}

static Obj *product_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    int64_t repeat = 1;
    for (int k = 0; k < nkw(kwnames); k++) {
        const char *kw = str_cstr(tuple_get(kwnames, (size_t)k));
        if (strcmp(kw, "repeat") != 0)
            exc_raisef(&type_TypeError, "product() got an unexpected keyword argument '%s'", kw);
        repeat = obj_index_i64(args[nargs + k]);
        if (repeat < 0)
            exc_raisef(&type_ValueError, "repeat argument cannot be negative");
    }
    Obj *pools = tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++)
        tuple_items(pools)[i] = tuple_from_iterable(args[i]);
    if ((double)nargs * (double)repeat > 1e8)
        exc_raise((Obj *)&type_MemoryError);
    size_t n = (size_t)nargs * (size_t)repeat;
    CombObj *c = alloc_iter(type);
    c->pools = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Obj *p = tuple_get(pools, i % (size_t)nargs);
        tuple_items(c->pools)[i] = p;
        if (!tuple_len(p))
            c->done = true;
    }
    c->r = n;
    c->indices = index_array(n);
    return (Obj *)c;
}

static Obj *product_next(Obj *self)
{
    CombObj *c = (CombObj *)self;
    if (c->done)
        return NULL;
    size_t n = c->r;
    if (c->started) {
        size_t i = n;
        for (;;) {
            if (i == 0) {
                c->done = true;
                return NULL;
            }
            i--;
            if (++c->indices[i] < tuple_len(tuple_get(c->pools, i)))
                break;
            c->indices[i] = 0;
        }
    }
    c->started = true;
    Obj *t = tuple_new(n);
    for (size_t i = 0; i < n; i++)
        tuple_items(t)[i] = tuple_get(tuple_get(c->pools, i), c->indices[i]);
    return t;
}

static ITER_TYPE(product_type, "product", CombObj, product_new, product_next);

static Obj *permutations_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"iterable", "r", NULL};
    Obj *a[2];
    args_parse("permutations", args, nargs, kwnames, names, 1, a);
    Obj *pool = tuple_from_iterable(a[0]);
    size_t n = tuple_len(pool);
    size_t r = a[1] && a[1] != None ? r_arg(a[1]) : n;
    CombObj *c = alloc_iter(type);
    c->pool = pool;
    c->r = r;
    c->done = r > n;
    if (!c->done) {
        c->indices = index_array(n);
        c->cycles = index_array(r);
        for (size_t i = 0; i < n; i++)
            c->indices[i] = i;
        for (size_t i = 0; i < r; i++)
            c->cycles[i] = n - i;
    }
    return (Obj *)c;
}

/* Lexicographic order of index tuples: cycles[i] counts the choices left for position i. */
static Obj *permutations_next(Obj *self)
{
    CombObj *c = (CombObj *)self;
    if (c->done)
        return NULL;
    size_t n = tuple_len(c->pool), r = c->r;
    if (c->started) {
        size_t i = r;
        for (;;) {
            if (i == 0) {
                c->done = true;
                return NULL;
            }
            i--;
            if (--c->cycles[i] == 0) {
                size_t first = c->indices[i];
                memmove(c->indices + i, c->indices + i + 1, (n - i - 1) * sizeof(size_t));
                c->indices[n - 1] = first;
                c->cycles[i] = n - i;
            } else {
                size_t j = n - c->cycles[i];
                size_t t = c->indices[i];
                c->indices[i] = c->indices[j];
                c->indices[j] = t;
                break;
            }
        }
    }
    c->started = true;
    return pick(c);
}

static ITER_TYPE(permutations_type, "permutations", CombObj, permutations_new, permutations_next);

static Obj *combinations_common(Type *type, const char *name, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"iterable", "r", NULL};
    Obj *a[2];
    args_parse(name, args, nargs, kwnames, names, 2, a);
    CombObj *c = comb_alloc(type, a[0], r_arg(a[1]));
    c->indices = index_array(c->r);
    return (Obj *)c;
}

static Obj *combinations_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *o = combinations_common(type, "combinations", args, nargs, kwnames);
    CombObj *c = (CombObj *)o;
    for (size_t i = 0; i < c->r; i++)
        c->indices[i] = i;
    return o;
}

/* The next combination in lexicographic order of indices: the rightmost index below its
 * maximum is raised and those after it restart from it (plus one each without replacement). */
static Obj *comb_step(Obj *self, bool replacement)
{
    CombObj *c = (CombObj *)self;
    if (c->done)
        return NULL;
    size_t n = tuple_len(c->pool), r = c->r;
    if (c->started) {
        size_t i = r;
        for (;;) {
            if (i == 0) {
                c->done = true;
                return NULL;
            }
            i--;
            if (c->indices[i] != (replacement ? n - 1 : i + n - r))
                break;
        }
        size_t v = c->indices[i] + 1;
        for (size_t j = i; j < r; j++)
            c->indices[j] = replacement ? v : v + (j - i);
    }
    c->started = true;
    return pick(c);
}

static Obj *combinations_next(Obj *self) { return comb_step(self, false); }

static ITER_TYPE(combinations_type, "combinations", CombObj, combinations_new, combinations_next);

static Obj *cwr_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    Obj *o = combinations_common(type, "combinations_with_replacement", args, nargs, kwnames);
    CombObj *c = (CombObj *)o;
    c->done = tuple_len(c->pool) == 0 && c->r > 0;
    return o;
}

static Obj *cwr_next(Obj *self) { return comb_step(self, true); }

static ITER_TYPE(cwr_type, "combinations_with_replacement", CombObj, cwr_new, cwr_next);

/* ---- the module ------------------------------------------------------------------------------ */

static void itertools_init(Obj *m)
{
    Type *types[] = {
        &count_type, &cycle_type, &repeat_type, &accumulate_type, &chain_type, &compress_type,
        &dropwhile_type, &takewhile_type, &filterfalse_type, &starmap_type, &pairwise_type, &groupby_type,
        &islice_type, &zip_longest_type, &product_type, &permutations_type, &combinations_type, &cwr_type,
    };
    type_ready(&grouper_type);
    type_ready(&tee_type);
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        type_ready(types[i]);
        module_add(m, types[i]->name + strlen("itertools."), (Obj *)types[i]);
    }
    module_add_function(m, "tee", m_tee);
}

const ModuleDef itertools_module = {"itertools", itertools_init, NULL};
