/* runtime/modules/sympy_sets.c — sympy's sets (see sympy_sets.h). */
#include "runtime/modules/sympy_sets.h"

#include <math.h>
#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_utils.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_interval.h"
#include "solvers/sym_latex.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_solve.h"
#include "solvers/sym_trigsimp.h"
#include "solvers/sym_trigsolve.h"

typedef Obj *(*NewFn)(Type *type, Obj **args, int nargs, Obj *kwnames);

typedef enum {
    SK_EMPTY, SK_FINITE, SK_INTERVAL, SK_UNION, SK_INTERSECTION, SK_COMPLEMENT, SK_CONDITION, SK_RANGE,
    SK_IMAGE, SK_PRODUCT,
    SK_REALS, SK_INTEGERS, SK_NATURALS, SK_NATURALS0, SK_RATIONALS, SK_COMPLEXES, SK_UNIVERSAL,
    SK_COUNT
} SetKind;

typedef struct SetObj {
    Obj base;
    size_t n;
    Sym **v;                 /* FiniteSet: the elements, sorted; Range: start, stop, step */
    Sym *lo, *hi;            /* Interval */
    bool lopen, ropen;
    size_t nparts;
    Obj **parts;             /* Union, Intersection, Complement, ProductSet */
    Sym *var, *cond;         /* ConditionSet(var, cond, base), ImageSet(Lambda(var, cond), base) */
    Obj *base_set;
} SetObj;

static Type set_types[SK_COUNT];
static Type type_set;
static Obj *singleton[SK_COUNT];

static SetObj *S_(Obj *o) { return (SetObj *)o; }

static bool set_check(const Obj *o) { return !is_small(o) && obj_is(o, &type_set); }

static SetKind kind_of(const Obj *o) { return (SetKind)(TYPE(o) - set_types); }

static SetObj *set_alloc(SetKind k)
{
    SetObj *s = gc_alloc(sizeof *s);
    s->base.type = &set_types[k];
    return s;
}

/* ---- comparing numbers ------------------------------------------------------------------ */

/* True when e is a real number (or oo, -oo) that sym_real_cmp() can place. */
static bool real_number(Sym *e)
{
    if (e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY)
        return true;
    return sym_is_number(e) && sym_real_cmp(e, sym_zero) != 2;
}

/* ---- unions of intervals --------------------------------------------------------------- */

/* ---- building sets ------------------------------------------------------------------------ */

static Obj *finite_set(size_t n, Sym **v)
{
    Sym **e = gc_alloc((n ? n : 1) * sizeof(Sym *));
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t j = 0; j < m && !dup; j++)
            dup = sym_eq(e[j], v[i]);
        if (!dup)
            e[m++] = v[i];
    }
    if (!m)
        return singleton[SK_EMPTY];
    sym_sort_default(e, m);
    SetObj *s = set_alloc(SK_FINITE);
    s->n = m;
    s->v = e;
    return (Obj *)s;
}

/* Interval(lo, hi, lopen, ropen) as sympy builds it: infinite ends open, a point a FiniteSet,
 * an empty range EmptySet. */
static Obj *interval(Sym *lo, Sym *hi, bool lopen, bool ropen)
{
    if (lo->kind == SYM_INFINITY || hi->kind == SYM_NEG_INFINITY)
        return singleton[SK_EMPTY];
    lopen |= lo->kind == SYM_NEG_INFINITY;
    ropen |= hi->kind == SYM_INFINITY;
    int c = sym_real_cmp(lo, hi);
    if (c > 0 && c != 2)
        return singleton[SK_EMPTY];
    if (c == 0)
        return lopen || ropen ? singleton[SK_EMPTY] : finite_set(1, &lo);
    SetObj *s = set_alloc(SK_INTERVAL);
    s->lo = lo;
    s->hi = hi;
    s->lopen = lopen;
    s->ropen = ropen;
    return (Obj *)s;
}

static Obj *compound(SetKind k, size_t n, Obj **parts)
{
    SetObj *s = set_alloc(k);
    s->nparts = n;
    s->parts = gc_alloc(n * sizeof(Obj *));
    memcpy(s->parts, parts, n * sizeof(Obj *));
    return (Obj *)s;
}

static Obj *product_set(size_t n, Obj **parts)
{
    for (size_t i = 0; i < n; i++)
        if (kind_of(parts[i]) == SK_EMPTY)
            return singleton[SK_EMPTY];
    return compound(SK_PRODUCT, n, parts);
}

/* Range(start, stop, step), as given. */
static Obj *new_range3(Sym *start, Sym *stop, Sym *step)
{
    SetObj *r = set_alloc(SK_RANGE);
    r->n = 3;
    r->v = gc_alloc(3 * sizeof(Sym *));
    r->v[0] = start;
    r->v[1] = stop;
    r->v[2] = step;
    return (Obj *)r;
}

/* ConditionSet or ImageSet: a variable, an expression in it and a base set. */
static Obj *bound_set(SetKind k, Sym *var, Sym *e, Obj *base)
{
    SetObj *s = set_alloc(k);
    s->var = var;
    s->cond = e;
    s->base_set = base;
    return (Obj *)s;
}

static Obj *image_set(Sym *var, Sym *fx, Obj *base) { return bound_set(SK_IMAGE, var, fx, base); }

/* A union of intervals and points as sympy writes it: the points in one FiniteSet first. */
static Obj *from_ivs(const SymIvals *s)
{
    SymVec points = {0, 0, NULL};
    Obj **parts = gc_alloc((s->n + 1) * sizeof(Obj *));
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (sym_real_cmp(s->v[i].lo, s->v[i].hi) == 0)
            sym_vec_push(&points, s->v[i].lo);
        else
            parts[1 + n++] = interval(s->v[i].lo, s->v[i].hi, s->v[i].lo_open, s->v[i].hi_open);
    }
    if (points.n)
        parts[0] = finite_set(points.n, points.v);
    Obj **first = points.n ? parts : parts + 1;
    size_t total = n + (points.n != 0);
    if (total == 0)
        return singleton[SK_EMPTY];
    return total == 1 ? first[0] : compound(SK_UNION, total, first);
}

/* The intersection of a and b: the whole line is Reals when one of them was. */
static Obj *line_or_reals(Obj *r, Obj *a, Obj *b)
{
    bool line = kind_of(r) == SK_INTERVAL && S_(r)->lo->kind == SYM_NEG_INFINITY && S_(r)->hi->kind == SYM_INFINITY;
    return line && (kind_of(a) == SK_REALS || kind_of(b) == SK_REALS) ? singleton[SK_REALS] : r;
}

/* The set as a union of real intervals and points, when it is one. */
static bool to_ivs(Obj *o, SymIvals *out)
{
    SetObj *s = S_(o);
    switch (kind_of(o)) {
    case SK_EMPTY:
        return true;
    case SK_REALS:
        sym_ivals_push(out, (SymIval){sym_neg_oo, sym_oo, true, true});
        return true;
    case SK_FINITE:
        for (size_t i = 0; i < s->n; i++) {
            if (!real_number(s->v[i]) || !sym_is_number(s->v[i]))
                return false;
            sym_ivals_push(out, (SymIval){s->v[i], s->v[i], false, false});
        }
        sym_ivals_normalize(out);
        return true;
    case SK_INTERVAL:
        if (!real_number(s->lo) || !real_number(s->hi))
            return false;
        sym_ivals_push(out, (SymIval){s->lo, s->hi, s->lopen, s->ropen});
        return true;
    case SK_UNION:
        for (size_t i = 0; i < s->nparts; i++)
            if (!to_ivs(s->parts[i], out))
                return false;
        sym_ivals_normalize(out);
        return true;
    default:
        return false;
    }
}

/* ---- membership ------------------------------------------------------------------------------- */

/* Whether e is in the set: sym_true, sym_false, a condition (a relation or And), or NULL when
 * sympy would answer an unevaluated Contains. */
/* Is e a number whose value is plainly not real (a root of a cubic with its I left in)? */
static bool plainly_nonreal(Sym *e)
{
    double re, im;
    return sym_is_number(e) && sym_eval_complex(e, &re, &im) && fabs(im) > 1e-9 * (1 + fabs(re));
}

static Sym *contains(Obj *o, Sym *e)
{
    SetObj *s = S_(o);
    if ((kind_of(o) == SK_INTERVAL || kind_of(o) == SK_REALS) && plainly_nonreal(e))
        return sym_false;
    switch (kind_of(o)) {
    case SK_EMPTY: return sym_false;
    case SK_UNIVERSAL: return sym_true;
    case SK_FINITE: {
        bool decided = real_number(e) || (sym_is_number(e) && !sym_has_symbols(e));
        for (size_t i = 0; i < s->n; i++) {
            if (sym_eq(s->v[i], e))
                return sym_true;
            decided &= sym_is_number(s->v[i]);
        }
        return decided ? sym_false : NULL;
    }
    case SK_INTERVAL: {
        Sym *a = sym_rel(s->lopen ? SYM_LT : SYM_LE, s->lo, e), *b = sym_rel(s->ropen ? SYM_LT : SYM_LE, e, s->hi);
        return sym_and(2, (Sym *[]){a, b});
    }
    case SK_REALS: case SK_INTEGERS: case SK_RATIONALS: case SK_COMPLEXES: {
        static const SymFact facts[] = {[SK_REALS] = SYM_F_REAL, [SK_INTEGERS] = SYM_F_INTEGER,
                                        [SK_RATIONALS] = SYM_F_RATIONAL, [SK_COMPLEXES] = SYM_F_COMPLEX};
        SymTri t = sym_ask(e, facts[kind_of(o)]);
        return t == SYM_MAYBE ? NULL : sym_bool(t == SYM_YES);
    }
    case SK_NATURALS: case SK_NATURALS0: {
        SymTri i = sym_ask(e, SYM_F_INTEGER);
        SymTri p = sym_ask(e, kind_of(o) == SK_NATURALS ? SYM_F_POSITIVE : SYM_F_NONNEGATIVE);
        if (i == SYM_NO || p == SYM_NO)
            return sym_false;
        return i == SYM_YES && p == SYM_YES ? sym_true : NULL;
    }
    case SK_RANGE: {
        if (sym_ask(e, SYM_F_INTEGER) == SYM_NO)
            return sym_false;
        if (e->kind != SYM_INTEGER)
            return NULL;
        Sym *d = sym_sub(e, s->v[0]);
        Sym *q = sym_div(d, s->v[2]);
        return sym_bool(q->kind == SYM_INTEGER && fmpz_sgn(q->v.z) >= 0 && sym_real_cmp(e, s->v[1]) * sym_real_cmp(s->v[2], sym_zero) < 0);
    }
    case SK_UNION: case SK_INTERSECTION: {
        SymVec v = {0, 0, NULL};
        for (size_t i = 0; i < s->nparts; i++) {
            Sym *c = contains(s->parts[i], e);
            if (!c)
                return NULL;
            sym_vec_push(&v, c);
        }
        return kind_of(o) == SK_UNION ? sym_or(v.n, v.v) : sym_and(v.n, v.v);
    }
    case SK_PRODUCT: {
        if (e->kind != SYM_TUPLE || e->n != s->nparts)
            return sym_false;
        SymVec v = {0, 0, NULL};
        for (size_t i = 0; i < s->nparts; i++) {
            Sym *c = contains(s->parts[i], e->args[i]);
            if (!c)
                return NULL;
            sym_vec_push(&v, c);
        }
        return sym_and(v.n, v.v);
    }
    case SK_IMAGE: {
        /* e is in {q*n + c : n integer} when (e - c)/q is an integer */
        Sym *q = sym_diff(s->cond, s->var), *c = sym_subs(s->cond, s->var, sym_zero);
        if (kind_of(s->base_set) != SK_INTEGERS || sym_has(q, s->var) || !sym_is_number(q) || !sym_is_number(c) ||
            !sym_is_number(e))
            return NULL;
        Sym *k = sym_div(sym_sub(e, c), q);
        if (sym_is_rational(k))
            return sym_bool(k->kind == SYM_INTEGER);
        return real_number(k) ? sym_false : NULL;
    }
    case SK_COMPLEMENT: {
        Sym *a = contains(s->parts[0], e), *b = contains(s->parts[1], e);
        if (!a || !b)
            return NULL;
        Sym *nb = b->kind == SYM_TRUE ? sym_false : b->kind == SYM_FALSE ? sym_true : NULL;
        return nb ? sym_and(2, (Sym *[]){a, nb}) : NULL;
    }
    default:
        return NULL;
    }
}

/* ---- the algebra ----------------------------------------------------------------------------- */

static bool is_real_subset(SetKind k)
{
    return k == SK_FINITE || k == SK_INTERVAL || k == SK_INTEGERS || k == SK_NATURALS || k == SK_NATURALS0 ||
           k == SK_RATIONALS || k == SK_RANGE || k == SK_REALS || k == SK_EMPTY;
}

/* The args of an unevaluated Union or Intersection: nested ones flattened, FiniteSets first. */
static Obj *unevaluated(SetKind k, Obj *a, Obj *b)
{
    Obj *parts[64];
    size_t n = 0;
    Obj *both[2] = {a, b};
    for (int i = 0; i < 2; i++) {
        if (kind_of(both[i]) == k)
            for (size_t j = 0; j < S_(both[i])->nparts && n < 63; j++)
                parts[n++] = S_(both[i])->parts[j];
        else
            parts[n++] = both[i];
    }
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && kind_of(parts[j]) == SK_FINITE && kind_of(parts[j - 1]) != SK_FINITE; j--) {
            Obj *t = parts[j];
            parts[j] = parts[j - 1];
            parts[j - 1] = t;
        }
    return compound(k, n, parts);
}

static Obj *set_union(Obj *a, Obj *b)
{
    SetKind ka = kind_of(a), kb = kind_of(b);
    if (ka == SK_EMPTY)
        return b;
    if (kb == SK_EMPTY)
        return a;
    if (ka == SK_UNIVERSAL || kb == SK_UNIVERSAL)
        return singleton[SK_UNIVERSAL];
    SymIvals x = {NULL, 0, 0}, y = {NULL, 0, 0};
    if (to_ivs(a, &x) && to_ivs(b, &y)) {
        for (size_t i = 0; i < y.n; i++)
            sym_ivals_push(&x, y.v[i]);
        sym_ivals_normalize(&x);
        return from_ivs(&x);
    }
    if (ka == SK_FINITE && kb == SK_FINITE) {
        SymVec v = {0, 0, NULL};
        for (size_t i = 0; i < S_(a)->n; i++)
            sym_vec_push(&v, S_(a)->v[i]);
        for (size_t i = 0; i < S_(b)->n; i++)
            sym_vec_push(&v, S_(b)->v[i]);
        return finite_set(v.n, v.v);
    }
    if (ka == SK_COMPLEXES && is_real_subset(kb))
        return a;
    if (kb == SK_COMPLEXES && is_real_subset(ka))
        return b;
    return unevaluated(SK_UNION, a, b);
}

/* Integers (from lo) inside a numeric interval, as sympy's Range. */
static Obj *integers_in(Obj *iv, Sym *least)
{
    SetObj *s = S_(iv);
    Sym *start = s->lo->kind == SYM_NEG_INFINITY ? NULL : sym_fn1(SYM_FN_CEILING, s->lo);
    if (start && s->lopen && sym_eq(start, s->lo))
        start = sym_add(start, sym_one);
    if (least && (!start || sym_real_cmp(start, least) < 0))
        start = least;
    Sym *stop = s->hi->kind == SYM_INFINITY ? sym_oo : sym_add(sym_fn1(SYM_FN_FLOOR, s->hi), sym_one);
    if (stop->kind != SYM_INFINITY && s->ropen && sym_eq(sym_sub(stop, sym_one), s->hi))
        stop = sym_sub(stop, sym_one);
    if (!start || sym_real_cmp(start, stop) >= 0)
        return start ? singleton[SK_EMPTY] : NULL;
    return new_range3(start, stop, sym_one);
}

/* A finite Range of step 1 with integer ends. */
static bool unit_range(Obj *o)
{
    SetObj *s = S_(o);
    return kind_of(o) == SK_RANGE && sym_is_one(s->v[2]) && s->v[0]->kind == SYM_INTEGER && s->v[1]->kind == SYM_INTEGER;
}

static Obj *set_intersect(Obj *a, Obj *b)
{
    SetKind ka = kind_of(a), kb = kind_of(b);
    if (ka == SK_EMPTY || kb == SK_EMPTY)
        return singleton[SK_EMPTY];
    if (ka == SK_UNIVERSAL)
        return b;
    if (kb == SK_UNIVERSAL)
        return a;
    SymIvals x = {NULL, 0, 0}, y = {NULL, 0, 0};
    if (to_ivs(a, &x) && to_ivs(b, &y)) {
        SymIvals r = sym_ivals_intersect(&x, &y);
        return line_or_reals(from_ivs(&r), a, b);
    }
    if (kb == SK_FINITE && ka != SK_FINITE)
        return set_intersect(b, a);
    if (ka == SK_FINITE) {
        SymVec keep = {0, 0, NULL};
        for (size_t i = 0; i < S_(a)->n; i++) {
            Sym *c = contains(b, S_(a)->v[i]);
            if (!c || (c->kind != SYM_TRUE && c->kind != SYM_FALSE))
                return unevaluated(SK_INTERSECTION, a, b);
            if (c->kind == SYM_TRUE)
                sym_vec_push(&keep, S_(a)->v[i]);
        }
        return finite_set(keep.n, keep.v);
    }
    if (ka == SK_COMPLEXES)
        return b;
    if (kb == SK_COMPLEXES)
        return a;
    if (kb == SK_IMAGE || (kb == SK_UNION && ka == SK_INTERVAL))
        return set_intersect(b, a);
    if (ka == SK_IMAGE && kb == SK_INTERVAL && kind_of(S_(a)->base_set) == SK_INTEGERS) {
        SymVec v = {0, 0, NULL};
        SetObj *i = S_(b);
        if (sym_periodic_points(S_(a)->cond, S_(a)->var, i->lo, i->hi, i->lopen, i->ropen, &v))
            return finite_set(v.n, v.v);
    }
    if (ka == SK_UNION && kb == SK_INTERVAL) {
        /* progressions cut by an interval: the union of the pieces, when each is a set of points */
        Obj *r = singleton[SK_EMPTY];
        bool points = true;
        for (size_t i = 0; i < S_(a)->nparts && points; i++) {
            Obj *p = set_intersect(S_(a)->parts[i], b);
            points = kind_of(p) == SK_FINITE || kind_of(p) == SK_EMPTY;
            r = set_union(r, p);
        }
        if (points)
            return r;
    }
    if (ka == SK_REALS && is_real_subset(kb))
        return b;
    if (kb == SK_REALS && is_real_subset(ka))
        return a;
    if ((ka == SK_INTEGERS || ka == SK_NATURALS || ka == SK_NATURALS0 || ka == SK_RANGE) && kb == SK_INTERVAL)
        return set_intersect(b, a);
    if (ka == SK_RANGE && kb == SK_RANGE && unit_range(a) && unit_range(b)) {
        Sym *lo = sym_real_cmp(S_(a)->v[0], S_(b)->v[0]) > 0 ? S_(a)->v[0] : S_(b)->v[0];
        Sym *hi = sym_real_cmp(S_(a)->v[1], S_(b)->v[1]) < 0 ? S_(a)->v[1] : S_(b)->v[1];
        return sym_real_cmp(lo, hi) < 0 ? new_range3(lo, hi, sym_one) : singleton[SK_EMPTY];
    }
    if (ka == SK_INTERVAL && kb == SK_RANGE && unit_range(b) && real_number(S_(a)->lo) && real_number(S_(a)->hi)) {
        Obj *r = integers_in(a, NULL);
        return r && kind_of(r) == SK_RANGE ? set_intersect(r, b) : r ? r : unevaluated(SK_INTERSECTION, a, b);
    }
    if (ka == SK_INTERVAL && (kb == SK_INTEGERS || kb == SK_NATURALS || kb == SK_NATURALS0) &&
        real_number(S_(a)->lo) && real_number(S_(a)->hi)) {
        Obj *r = integers_in(a, kb == SK_INTEGERS ? NULL : kb == SK_NATURALS ? sym_one : sym_zero);
        if (r)
            return r;
    }
    return unevaluated(SK_INTERSECTION, a, b);
}

static Obj *set_minus(Obj *a, Obj *b)
{
    SetKind ka = kind_of(a), kb = kind_of(b);
    if (ka == SK_EMPTY || kb == SK_UNIVERSAL)
        return singleton[SK_EMPTY];
    if (kb == SK_EMPTY)
        return a;
    SymIvals x = {NULL, 0, 0}, y = {NULL, 0, 0};
    if (to_ivs(a, &x) && to_ivs(b, &y)) {
        SymIvals c = sym_ivals_complement(&y);
        SymIvals r = sym_ivals_intersect(&x, &c);
        return from_ivs(&r);
    }
    if (ka == SK_FINITE) {
        SymVec keep = {0, 0, NULL};
        for (size_t i = 0; i < S_(a)->n; i++) {
            Sym *c = contains(b, S_(a)->v[i]);
            if (!c || (c->kind != SYM_TRUE && c->kind != SYM_FALSE))
                return compound(SK_COMPLEMENT, 2, (Obj *[]){a, b});
            if (c->kind == SYM_FALSE)
                sym_vec_push(&keep, S_(a)->v[i]);
        }
        return finite_set(keep.n, keep.v);
    }
    return compound(SK_COMPLEMENT, 2, (Obj *[]){a, b});
}

/* ---- relations and sets ---------------------------------------------------------------------- */

/* solve() of one inequality for x, as intervals. */
static SymIvals solve_inequality(Sym *f, Sym *x)
{
    SymIvals s = {NULL, 0, 0};
    if (!sym_solve_inequality_set(f, x, &s) && !sym_ivals_from_relational(sym_solve(f, 1, &x, false), x, &s))
        sym_raise(SYM_E_NOT_IMPLEMENTED, "The inequality, %s, cannot be solved using solve_univariate_inequality.",
                  sym_str(f));
    return s;
}

/* ---- printing ----------------------------------------------------------------------------- */

static Obj *set_str(Obj *self);

static const char *part_text(Obj *o) { return str_cstr(set_str(o)); }

static Obj *set_str(Obj *self)
{
    SetObj *s = S_(self);
    SetKind k = kind_of(self);
    Buf b;
    buf_init(&b);
    switch (k) {
    case SK_FINITE:
        buf_putc(&b, '{');
        for (size_t i = 0; i < s->n; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", sym_str_nested(s->v[i]));
        buf_putc(&b, '}');
        break;
    case SK_INTERVAL: {
        bool lo_inf = s->lo->kind == SYM_NEG_INFINITY, hi_inf = s->hi->kind == SYM_INFINITY;
        const char *m = (lo_inf && hi_inf) || (lo_inf && !s->ropen) || (hi_inf && !s->lopen) || (!s->lopen && !s->ropen) ? ""
                        : s->lopen && s->ropen ? ".open" : s->lopen ? ".Lopen" : ".Ropen";
        buf_printf(&b, "Interval%s(%s, %s)", m, sym_str(s->lo), sym_str(s->hi));
        break;
    }
    case SK_UNION: case SK_INTERSECTION: case SK_COMPLEMENT: case SK_PRODUCT:
        buf_printf(&b, "%s(", TYPE(self)->name);
        for (size_t i = 0; i < s->nparts; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", part_text(s->parts[i]));
        buf_putc(&b, ')');
        break;
    case SK_CONDITION:
        buf_printf(&b, "ConditionSet(%s, %s, %s)", sym_str(s->var), sym_str(s->cond), part_text(s->base_set));
        break;
    case SK_RANGE:
        buf_printf(&b, "Range(%s, %s, %s)", sym_str(s->v[0]), sym_str(s->v[1]), sym_str(s->v[2]));
        break;
    case SK_IMAGE:
        buf_printf(&b, "ImageSet(Lambda(%s, %s), %s)", sym_str(s->var), sym_str(s->cond), part_text(s->base_set));
        break;
    default:
        buf_puts(&b, TYPE(self)->name);
        break;
    }
    return str_from_cstr(buf_cstr(&b));
}

/* The infimum by which sympy orders the arguments of a Union or Intersection, or NULL when it is
 * not a real number (such parts go last). */
static Sym *ordering_inf(Obj *o)
{
    SetObj *s = S_(o);
    switch (kind_of(o)) {
    case SK_INTERVAL: return s->lo;
    case SK_FINITE: {
        Sym *m = NULL;
        for (size_t i = 0; i < s->n; i++) {
            if (!sym_is_number(s->v[i]) || !sym_is(s->v[i], SYM_F_REAL))
                return NULL;
            if (!m || sym_real_cmp(s->v[i], m) < 0)
                m = s->v[i];
        }
        return m;
    }
    default: return NULL;
    }
}

const char *sympy_set_latex(Obj *o)
{
    if (!set_check(o))
        return NULL;
    SetObj *s = S_(o);
    SetKind k = kind_of(o);
    static const char *const named[SK_COUNT] = {
        [SK_EMPTY] = "\\emptyset", [SK_REALS] = "\\mathbb{R}", [SK_INTEGERS] = "\\mathbb{Z}",
        [SK_NATURALS] = "\\mathbb{N}", [SK_NATURALS0] = "\\mathbb{N}_0", [SK_RATIONALS] = "\\mathbb{Q}",
        [SK_COMPLEXES] = "\\mathbb{C}", [SK_UNIVERSAL] = "\\mathbb{U}",
    };
    if (named[k])
        return named[k];
    Buf b;
    buf_init(&b);
    switch (k) {
    case SK_FINITE:
        buf_puts(&b, "\\left\\{");
        for (size_t i = 0; i < s->n; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", sym_latex(s->v[i]));
        buf_puts(&b, "\\right\\}");
        break;
    case SK_INTERVAL:
        buf_printf(&b, "\\left%s%s, %s\\right%s", s->lopen ? "(" : "[", sym_latex(s->lo), sym_latex(s->hi),
                   s->ropen ? ")" : "]");
        break;
    case SK_UNION: case SK_INTERSECTION: case SK_COMPLEMENT: {
        Obj **parts = gc_alloc(s->nparts * sizeof(Obj *));
        memcpy(parts, s->parts, s->nparts * sizeof(Obj *));
        /* a stable insertion sort: the stored order is str's, latex keeps sympy's args order */
        for (size_t i = 1; k != SK_COMPLEMENT && i < s->nparts; i++) {
            Obj *p = parts[i];
            Sym *pi = ordering_inf(p);
            size_t j = i;
            for (; j > 0 && pi; j--) {
                Sym *q = ordering_inf(parts[j - 1]);
                if (q && sym_real_cmp(q, pi) <= 0)
                    break;
                parts[j] = parts[j - 1];
            }
            parts[j] = p;
        }
        const char *op = k == SK_UNION ? " \\cup " : k == SK_INTERSECTION ? " \\cap " : " \\setminus ";
        for (size_t i = 0; i < s->nparts; i++)
            buf_printf(&b, "%s%s", i ? op : "", sympy_set_latex(parts[i]));
        break;
    }
    case SK_CONDITION:
        buf_printf(&b, "\\left\\{%s\\; \\middle|\\; %s \\in %s \\wedge %s \\right\\}", sym_latex(s->var),
                   sym_latex(s->var), sympy_set_latex(s->base_set), sym_latex(s->cond));
        break;
    case SK_RANGE: {
        /* sympy lists up to three elements, else the first two, \ldots and the last */
        Sym *a = s->v[0], *step = s->v[2], *stop = s->v[1];
        buf_puts(&b, "\\left\\{");
        if (stop->kind == SYM_INFINITY || stop->kind == SYM_NEG_INFINITY) {
            buf_printf(&b, "%s, %s, \\ldots", sym_latex(a), sym_latex(sym_add(a, step)));
        } else {
            Sym *count = sym_div(sym_sub(stop, a), step);
            long n = count->kind == SYM_INTEGER && fmpz_fits_si(count->v.z) ? fmpz_get_si(count->v.z) : 4;
            for (long i = 0; i < (n > 3 ? 2 : n); i++)
                buf_printf(&b, "%s%s", i ? ", " : "", sym_latex(sym_add(a, sym_mul(sym_int(i), step))));
            if (n > 3)
                buf_printf(&b, ", \\ldots, %s", sym_latex(sym_add(a, sym_mul(sym_int(n - 1), step))));
        }
        buf_puts(&b, "\\right\\}");
        break;
    }
    default:
        return NULL;
    }
    return buf_cstr(&b);
}

/* ---- the Python side --------------------------------------------------------------------------- */

static Obj *as_set(Obj *o, const char *what)
{
    if (!set_check(o))
        exc_raisef(&type_TypeError, "%s: expecting a Set, not %s", what, obj_type_name(o));
    return o;
}

static Obj *set_binop(Obj *a, Obj *b, int op)
{
    if (!set_check(a) || !set_check(b))
        return NotImplemented;
    switch (OP_BASE(op)) {
    case OP_OR: case OP_ADD: return set_union(a, b);
    case OP_AND: return set_intersect(a, b);
    case OP_SUB: return set_minus(a, b);
    case OP_MUL: return product_set(2, (Obj *[]){a, b});
    default: return NotImplemented;
    }
}

static bool set_contains_slot(Obj *self, Obj *item)
{
    Sym *c = contains(self, sympy_sympify(item));
    if (c && (c->kind == SYM_TRUE || c->kind == SYM_FALSE))
        return c->kind == SYM_TRUE;
    exc_raisef(&type_TypeError, "did not evaluate to a bool: %s",
               c ? sym_str(c) : str_cstr(str_printf("Contains(%s, %s)", sym_str(sympy_sympify(item)), part_text(self))));
}

static Obj *set_compare(Obj *a, Obj *b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return NotImplemented;
    bool eq = set_check(b) && strcmp(str_cstr(set_str(a)), str_cstr(set_str(b))) == 0;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t set_hash(Obj *self) { return obj_hash(set_str(self)); }

/* The number of elements of a finite Range (its stop is canonical: start + size*step). */
static int64_t range_size(SetObj *r)
{
    Sym *d = sym_div(sym_sub(r->v[1], r->v[0]), r->v[2]);
    if (d->kind != SYM_INTEGER || !fmpz_fits_si(d->v.z))
        exc_raisef(&type_ValueError, "Range too large");
    return fmpz_get_si(d->v.z);
}

/* Range(...)[i] and Range(...)[a:b:c] of a finite Range. */
static Obj *set_getitem(Obj *self, Obj *key)
{
    SetObj *s = S_(self);
    if (kind_of(self) != SK_RANGE || s->v[1]->kind != SYM_INTEGER)
        exc_raisef(&type_TypeError, "'%s' object is not subscriptable", TYPE(self)->name);
    int64_t len = range_size(s);
    if (slice_check(key)) {
        int64_t a, b, st, count = slice_indices(key, len, &a, &b, &st);
        if (!count)
            return new_range3(sym_zero, sym_zero, sym_one);
        Sym *step = sym_mul(s->v[2], sym_int(st)), *first = sym_add(s->v[0], sym_mul(sym_int(a), s->v[2]));
        return new_range3(first, sym_add(first, sym_mul(sym_int(count), step)), step);
    }
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        exc_raisef(&type_IndexError, "Range index out of range");
    return sympy_wrap(sym_add(s->v[0], sym_mul(sym_int(i), s->v[2])));
}

static Obj *set_iter(Obj *self)
{
    SetObj *s = S_(self);
    if (kind_of(self) == SK_FINITE) {
        Obj *l = list_new(s->n);
        for (size_t i = 0; i < s->n; i++)
            list_append(l, sympy_wrap(s->v[i]));
        return obj_iter(l);
    }
    if (kind_of(self) == SK_RANGE && s->v[1]->kind == SYM_INTEGER) {
        Obj *l = list_new(0);
        Sym *k = s->v[0];
        for (int64_t i = range_size(s); i > 0; i--, k = sym_add(k, s->v[2]))
            list_append(l, sympy_wrap(k));
        return obj_iter(l);
    }
    if (kind_of(self) == SK_PRODUCT) {
        /* sympy's iproduct: A x (B x ...) listed by diagonals i + j = d, i falling, so that
         * infinite factors could be walked too */
        Obj *rest = list_new(0);
        Obj *last = list_from_iterable(s->parts[s->nparts - 1]);
        for (size_t j = 0; j < list_len(last); j++)
            list_append(rest, tuple_pack(1, list_get(last, j)));
        for (size_t p = s->nparts - 1; p-- > 0;) {
            Obj *a = list_from_iterable(s->parts[p]), *l = list_new(0);
            int64_t m = (int64_t)list_len(a), k = (int64_t)list_len(rest);
            if (m * k > 1000000)
                exc_raisef(&type_MemoryError, "ProductSet too large to list");
            for (int64_t d = 0; d <= m + k - 2; d++)
                for (int64_t i = d < m - 1 ? d : m - 1; i >= 0 && d - i < k; i--) {
                    Obj *t = list_get(rest, (size_t)(d - i)), *u = tuple_new(tuple_len(t) + 1);
                    tuple_items(u)[0] = list_get(a, (size_t)i);
                    for (size_t q = 0; q < tuple_len(t); q++)
                        tuple_items(u)[q + 1] = tuple_get(t, q);
                    list_append(l, u);
                }
            rest = l;
        }
        return obj_iter(rest);
    }
    exc_raisef(&type_TypeError, "'%s' object is not iterable", TYPE(self)->name);
}

static int64_t set_len(Obj *self)
{
    if (kind_of(self) == SK_FINITE)
        return (int64_t)S_(self)->n;
    if (kind_of(self) == SK_EMPTY)
        return 0;
    if (kind_of(self) == SK_RANGE && S_(self)->v[1]->kind == SYM_INTEGER)
        return range_size(S_(self));
    if (kind_of(self) == SK_PRODUCT) {
        int64_t total = 1;
        for (size_t i = 0; i < S_(self)->nparts; i++)
            total *= set_len(S_(self)->parts[i]);
        return total;
    }
    exc_raisef(&type_TypeError, "object of type '%s' has no len()", TYPE(self)->name);
}

#define ONE_SET_ARG(name)                        \
    (void)kwnames;                               \
    args_count(name, nargs, 1, 1);               \
    Obj *other = as_set(args[0], name)

static Obj *m_union(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    ONE_SET_ARG("union");
    return set_union(self, other);
}

static Obj *m_intersect(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    ONE_SET_ARG("intersect");
    return set_intersect(self, other);
}

static Obj *m_complement(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    ONE_SET_ARG("complement");
    return set_minus(other, self);
}

static Obj *m_is_subset(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    ONE_SET_ARG("is_subset");
    Obj *d = set_minus(self, other);
    return kind_of(d) == SK_EMPTY ? True : kind_of(d) == SK_COMPLEMENT ? None : False;
}

static Obj *m_contains(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    args_count("contains", nargs, 1, 1);
    Sym *e = sympy_sympify(args[0]), *c = contains(self, e);
    if (!c)
        exc_raisef(&type_NotImplementedError, "Contains(%s, %s) is not evaluated", sym_str(e), part_text(self));
    return sympy_wrap(c);
}

static Obj *get_is_empty(Obj *self) { return bool_from(kind_of(self) == SK_EMPTY); }

static Obj *get_inf(Obj *self)
{
    SymIvals s = {NULL, 0, 0};
    if (!to_ivs(self, &s) || !s.n)
        exc_raisef(&type_NotImplementedError, "inf of %s", part_text(self));
    return sympy_wrap(s.v[0].lo);
}

static Obj *get_sup(Obj *self)
{
    SymIvals s = {NULL, 0, 0};
    if (!to_ivs(self, &s) || !s.n)
        exc_raisef(&type_NotImplementedError, "sup of %s", part_text(self));
    return sympy_wrap(s.v[s.n - 1].hi);
}

static Obj *get_measure(Obj *self)
{
    SymIvals s = {NULL, 0, 0};
    if (!to_ivs(self, &s))
        exc_raisef(&type_NotImplementedError, "measure of %s", part_text(self));
    Sym *m = sym_zero;
    for (size_t i = 0; i < s.n; i++)
        m = sym_add(m, sym_sub(s.v[i].hi, s.v[i].lo));
    return sympy_wrap(m);
}

static Obj *get_boundary(Obj *self)
{
    SymIvals s = {NULL, 0, 0};
    if (!to_ivs(self, &s))
        exc_raisef(&type_NotImplementedError, "boundary of %s", part_text(self));
    SymVec v = {0, 0, NULL};
    for (size_t i = 0; i < s.n; i++) {
        if (s.v[i].lo->kind != SYM_NEG_INFINITY)
            sym_vec_push(&v, s.v[i].lo);
        if (s.v[i].hi->kind != SYM_INFINITY)
            sym_vec_push(&v, s.v[i].hi);
    }
    return finite_set(v.n, v.v);
}

static Obj *interval_part(Obj *self, int which)
{
    if (kind_of(self) != SK_INTERVAL)
        exc_raisef(&type_AttributeError, "'%s' object has no attribute '%s'", TYPE(self)->name,
                   which == 0 ? "start" : which == 1 ? "end" : which == 2 ? "left_open" : "right_open");
    SetObj *s = S_(self);
    return which == 0 ? sympy_wrap(s->lo) : which == 1 ? sympy_wrap(s->hi) : bool_from(which == 2 ? s->lopen : s->ropen);
}

static Obj *get_start(Obj *self) { return interval_part(self, 0); }
static Obj *get_end(Obj *self) { return interval_part(self, 1); }
static Obj *get_left_open(Obj *self) { return interval_part(self, 2); }
static Obj *get_right_open(Obj *self) { return interval_part(self, 3); }

static Obj *get_args(Obj *self)
{
    SetObj *s = S_(self);
    switch (kind_of(self)) {
    case SK_FINITE: case SK_RANGE: {
        Obj *t = tuple_new(s->n);
        for (size_t i = 0; i < s->n; i++)
            tuple_items(t)[i] = sympy_wrap(s->v[i]);
        return t;
    }
    case SK_INTERVAL:
        return tuple_pack(4, sympy_wrap(s->lo), sympy_wrap(s->hi), sympy_wrap(sym_bool(s->lopen)),
                          sympy_wrap(sym_bool(s->ropen)));
    case SK_UNION: case SK_INTERSECTION: case SK_COMPLEMENT:
        return tuple_from_array(s->parts, s->nparts);
    default:
        return tuple_empty();
    }
}

static Obj *m_self(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return self;
}

static const MethodDef set_methods[] = {
    {"simplify", m_self, 0},
    {"doit", m_self, 0},
    {"union", m_union, 0},
    {"intersect", m_intersect, 0},
    {"intersection", m_intersect, 0},
    {"complement", m_complement, 0},
    {"is_subset", m_is_subset, 0},
    {"issubset", m_is_subset, 0},
    {"contains", m_contains, 0},
    {NULL, NULL, 0},
};

static const GetSetDef set_getsets[] = {
    {"is_empty", get_is_empty, NULL},
    {"inf", get_inf, NULL},
    {"sup", get_sup, NULL},
    {"measure", get_measure, NULL},
    {"boundary", get_boundary, NULL},
    {"start", get_start, NULL},
    {"end", get_end, NULL},
    {"left_open", get_left_open, NULL},
    {"right_open", get_right_open, NULL},
    {"args", get_args, NULL},
    {NULL, NULL, NULL},
};

/* ---- constructors -------------------------------------------------------------------------- */

static Obj *new_finite(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    Sym **v = gc_alloc((nargs ? (size_t)nargs : 1) * sizeof(Sym *));
    for (int i = 0; i < nargs; i++)
        v[i] = sympy_sympify(args[i]);
    return finite_set((size_t)nargs, v);
}

static Obj *new_interval(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    static const char *const names[] = {"start", "end", "left_open", "right_open", NULL};
    Obj *a[4];
    args_parse("Interval", args, nargs, kwnames, names, 2, a);
    return interval(sympy_sympify(a[0]), sympy_sympify(a[1]), a[2] && obj_truth(a[2]), a[3] && obj_truth(a[3]));
}

/* Interval.open, Interval.Lopen and Interval.Ropen. */
static Obj *interval_opened(Obj **args, int nargs, bool l, bool r)
{
    args_count("Interval", nargs, 2, 2);
    return interval(sympy_sympify(args[0]), sympy_sympify(args[1]), l, r);
}

static Obj *m_open(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)cls;
    (void)kwnames;
    return interval_opened(args, nargs, true, true);
}

static Obj *m_lopen(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)cls;
    (void)kwnames;
    return interval_opened(args, nargs, true, false);
}

static Obj *m_ropen(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)cls;
    (void)kwnames;
    return interval_opened(args, nargs, false, true);
}

static const MethodDef interval_methods[] = {
    {"open", m_open, METH_CLASS},
    {"Lopen", m_lopen, METH_CLASS},
    {"Ropen", m_ropen, METH_CLASS},
    {NULL, NULL, 0},
};

/* Union(*sets), Intersection(*sets): folded pairwise. */
static Obj *fold(Obj **args, int nargs, Obj *(*op)(Obj *, Obj *), Obj *unit, const char *name)
{
    Obj *acc = unit;
    for (int i = 0; i < nargs; i++)
        acc = i == 0 ? as_set(args[i], name) : op(acc, as_set(args[i], name));
    return acc;
}

static Obj *new_union(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    return fold(args, nargs, set_union, singleton[SK_EMPTY], "Union");
}

static Obj *new_intersection(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    return fold(args, nargs, set_intersect, singleton[SK_UNIVERSAL], "Intersection");
}

static Obj *new_complement(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    args_count("Complement", nargs, 2, 2);
    return set_minus(as_set(args[0], "Complement"), as_set(args[1], "Complement"));
}

/* ProductSet of the sets given: EmptySet when one is empty. */
static Obj *new_product(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    Obj **parts = gc_alloc((nargs ? (size_t)nargs : 1) * sizeof(Obj *));
    for (int i = 0; i < nargs; i++)
        parts[i] = as_set(args[i], "ProductSet");
    return product_set((size_t)nargs, parts);
}

static Obj *condition_set(Sym *x, Sym *cond, Obj *base) { return bound_set(SK_CONDITION, x, cond, base); }

static Obj *new_condition(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    args_count("ConditionSet", nargs, 2, 3);
    return condition_set(sympy_sympify(args[0]), sympy_sympify(args[1]),
                         nargs > 2 ? as_set(args[2], "ConditionSet") : singleton[SK_UNIVERSAL]);
}

static Obj *new_range(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    args_count("Range", nargs, 1, 3);
    SetObj *r = set_alloc(SK_RANGE);
    r->n = 3;
    r->v = gc_alloc(3 * sizeof(Sym *));
    r->v[0] = nargs > 1 ? sympy_sympify(args[0]) : sym_zero;
    r->v[1] = sympy_sympify(args[nargs > 1 ? 1 : 0]);
    r->v[2] = nargs > 2 ? sympy_sympify(args[2]) : sym_one;
    if (sym_is_zero_num(r->v[2]))
        exc_raisef(&type_ValueError, "step cannot be 0");
    /* sympy's canonical form: an empty range is Range(0, 0, 1), a finite one stops just past
     * its last element */
    if (sym_real_cmp(r->v[0], r->v[1]) * sym_real_cmp(r->v[2], sym_zero) >= 0) {
        r->v[0] = r->v[1] = sym_zero;
        r->v[2] = sym_one;
    } else if (r->v[1]->kind != SYM_INFINITY && r->v[1]->kind != SYM_NEG_INFINITY) {
        Sym *count = sym_fn1(SYM_FN_CEILING, sym_div(sym_sub(r->v[1], r->v[0]), r->v[2]));
        r->v[1] = sym_add(r->v[0], sym_mul(count, r->v[2]));
    }
    return (Obj *)r;
}

/* EmptySet(), Reals() ...: the singleton itself. */
static Obj *new_singleton(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)kwnames;
    args_count(type->name, nargs, 0, 0);
    return singleton[type - set_types];
}

/* ImageSet(Lambda(n, expr), base), as given. */
static Obj *new_image(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw(type->name, kwnames);
    args_count(type->name, nargs, 2, 2);
    Sym *var, *fx;
    if (!sympy_lambda_parts(args[0], &var, &fx))
        exc_raisef(&type_ValueError, "%s is not a Lambda of one variable", str_cstr(obj_repr(args[0])));
    return image_set(var, fx, as_set(args[1], "ImageSet"));
}

/* imageset(Lambda(n, expr), base) or imageset(n, expr, base): the images of a FiniteSet,
 * a progression over the integers or the naturals in its canonical form, else an ImageSet. */
static Obj *f_imageset(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("imageset", kwnames);
    args_count("imageset", nargs, 2, 3);
    Sym *var, *fx;
    if (nargs == 3) {
        var = sympy_sympify(args[0]);
        fx = sympy_sympify(args[1]);
    } else if (!sympy_lambda_parts(args[0], &var, &fx)) {
        exc_raisef(&type_ValueError, "imageset expects a Lambda of one variable");
    }
    Obj *base = as_set(args[nargs - 1], "imageset");
    SetKind k = kind_of(base);
    if (k == SK_FINITE || k == SK_EMPTY) {
        Sym **v = gc_alloc((S_(base)->n + 1) * sizeof(Sym *));
        for (size_t i = 0; i < S_(base)->n; i++)
            v[i] = sym_subs(fx, var, S_(base)->v[i]);
        return finite_set(S_(base)->n, v);
    }
    Sym *q = sym_diff(fx, var), *c = sym_subs(fx, var, sym_zero);
    if ((k == SK_NATURALS || k == SK_NATURALS0) && q->kind == SYM_INTEGER && fmpz_sgn(q->v.z) > 0 &&
        c->kind == SYM_INTEGER) {
        return new_range3(k == SK_NATURALS ? sym_add(q, c) : c, sym_oo, q);
    }
    Sym *canonical = k == SK_INTEGERS ? sym_periodic_canonical(fx, var) : NULL;
    if (canonical && sym_eq(canonical, var))
        return base;
    return image_set(var, canonical ? canonical : fx, base);
}

/* ---- solveset and friends ----------------------------------------------------------------- */

static Sym *only_variable(Sym *e, Obj *given)
{
    if (given && given != None)
        return sympy_sympify(given);
    SymVec v = sym_free_symbols(e);
    if (v.n == 1)
        return v.v[0];
    if (v.n == 0)
        exc_raisef(&type_ValueError, "A symbol must be given as the independent variable");
    exc_raisef(&type_ValueError, "\nThe independent variable must be specified for a\nmultivariate equation.");
}

/* sym_solve(f, x), or NULL when the engine has no algorithm for it (NotImplementedError). */
static Sym *try_solve(Sym *f, Sym *x)
{
    ExcJump j;
    Sym *volatile r = NULL;
    EXC_TRY(j) {
        r = sym_solve(f, 1, &x, false);
        exc_pop(&j);
    } else {
        if (!obj_is(j.exc, &type_NotImplementedError))
            exc_throw(j.exc);
    }
    return (Sym *)r;
}

/* solveset of an equation in one trigonometric function (sym_trigsolve.h) over the complex
 * numbers, the reals or a bounded interval, or NULL. */
static Obj *solve_trig(Sym *g, Sym *x, Obj *domain)
{
    SetKind k = kind_of(domain);
    SetObj *iv = S_(domain);
    SymTrigDomain d = {k != SK_COMPLEXES, NULL, NULL, false, false};
    if (k == SK_INTERVAL)
        d = (SymTrigDomain){true, iv->lo, iv->hi, iv->lopen, iv->ropen};
    else if (k != SK_REALS && k != SK_COMPLEXES)
        return NULL;
    Sym *n, *cond;
    SymVec bodies = {0, 0, NULL};
    SymTrigResult r = sym_solve_trig(g, x, &d, &n, &bodies, &cond);
    if (r == SYM_TRIG_UNSOLVED && d.lo && sym_solve_trig_points(g, x, d.lo, d.hi, d.lopen, d.ropen, &bodies))
        return finite_set(bodies.n, bodies.v);
    if (r == SYM_TRIG_UNSOLVED && sym_is_zero_num(sym_trigsimp(g)))
        return domain;   /* sin(x)**2 + cos(x)**2 - 1 */
    if (r == SYM_TRIG_UNSOLVED)
        return NULL;
    if (r == SYM_TRIG_CONDITION)
        return condition_set(x, cond, domain);
    if (d.lo) {
        SymVec points = {0, 0, NULL};
        for (size_t i = 0; i < bodies.n; i++)
            if (!sym_periodic_points(bodies.v[i], n, d.lo, d.hi, d.lopen, d.ropen, &points))
                return NULL;
        return finite_set(points.n, points.v);
    }
    if (!bodies.n)
        return singleton[SK_EMPTY];
    Obj **parts = gc_alloc(bodies.n * sizeof(Obj *));
    for (size_t i = 0; i < bodies.n; i++)
        parts[i] = image_set(n, bodies.v[i], singleton[SK_INTEGERS]);
    return bodies.n == 1 ? parts[0] : compound(SK_UNION, bodies.n, parts);
}

static Obj *solve_equation(Sym *g, Sym *x, Obj *domain);

/* sympy solves for a stand-in that keeps only the domain's realness, not the symbol's own
 * assumptions: solveset(x**2 + 1, x) is {-I, I} for a real x too. */
static Sym *stand_in(Sym *x, Obj *domain)
{
    if (x->kind != SYM_SYMBOL && x->kind != SYM_DUMMY)
        return x;
    bool real = kind_of(domain) != SK_COMPLEXES;
    return sym_dummy(x->v.s.name, sym_fact(real ? SYM_F_REAL : SYM_F_COMPLEX, true));
}

static bool is_inequality(const Sym *f) { return f->kind == SYM_REL && f->op != SYM_EQ && f->op != SYM_NE; }

static Obj *f_solveset(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"f", "symbol", "domain", NULL};
    Obj *a[3];
    args_parse("solveset", args, nargs, kwnames, names, 1, a);
    Sym *f = sympy_sympify(a[0]);
    Sym *x = only_variable(f, a[1]);
    Obj *domain = a[2] && a[2] != None ? as_set(a[2], "solveset") : singleton[SK_COMPLEXES];
    if (f->kind == SYM_TRUE)
        return domain;
    if (f->kind == SYM_FALSE)
        return singleton[SK_EMPTY];
    Sym *d = stand_in(x, domain);
    Sym *fd = sym_xreplace(f, 1, &x, &d);
    if (is_inequality(f)) {
        if (kind_of(domain) == SK_COMPLEXES)
            return condition_set(x, f, domain);
        SymIvals s = {NULL, 0, 0};
        if (sym_solve_inequality_set(fd, d, &s))
            return set_intersect(from_ivs(&s), domain);
        Sym *r = try_solve(fd, d);
        if (r && r->kind == SYM_TRUE)
            return domain;
        if (!r || !sym_ivals_from_relational(r, d, &s))
            return condition_set(x, f, domain);
        return set_intersect(from_ivs(&s), domain);
    }
    return solve_equation(f->kind == SYM_REL ? sym_sub(f->args[0], f->args[1]) : f, x, domain);
}

/* solveset(g, x, domain) for g = 0. */
static Obj *solve_equation(Sym *g, Sym *x, Obj *domain)
{
    if (!sym_has(g, x))
        return sym_is_zero_num(g) ? domain : singleton[SK_EMPTY];
    Obj *periodic = solve_trig(g, x, domain);
    if (periodic)
        return periodic;
    if (g->kind == SYM_MUL && kind_of(domain) == SK_INTERVAL) {
        /* a product vanishes where a factor does: the union, when each gives points */
        Obj *u = singleton[SK_EMPTY];
        bool points = true;
        for (uint32_t i = 0; i < g->n && points; i++) {
            Sym *b = g->args[i];
            if (b->kind == SYM_POW && b->args[1]->kind == SYM_INTEGER && fmpz_sgn(b->args[1]->v.z) > 0)
                b = b->args[0];
            if (!sym_has(b, x))
                continue;
            Obj *s = b->kind == SYM_POW ? NULL : solve_equation(b, x, domain);
            points = s && (kind_of(s) == SK_FINITE || kind_of(s) == SK_EMPTY);
            u = points ? set_union(u, s) : u;
        }
        if (points)
            return u;
    }
    Sym *d = stand_in(x, domain);
    Sym *r = try_solve(sym_xreplace(g, 1, &x, &d), d);
    if (!r || r->kind != SYM_LIST)
        return condition_set(x, sym_rel(SYM_EQ, g, sym_zero), domain);
    r = sym_xreplace(r, 1, &d, &x);
    SymVec keep = {0, 0, NULL};
    for (uint32_t i = 0; i < r->n; i++) {
        Sym *c = contains(domain, r->args[i]);
        if (!c || c->kind != SYM_FALSE)
            sym_vec_push(&keep, r->args[i]);
    }
    return finite_set(keep.n, keep.v);
}

static Obj *f_solve_univariate_inequality(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"expr", "gen", "relational", "domain", "continuous", NULL};
    Obj *a[5];
    args_parse("solve_univariate_inequality", args, nargs, kwnames, names, 2, a);
    Sym *f = sympy_sympify(a[0]), *x = sympy_sympify(a[1]);
    SymIvals s = solve_inequality(f, x);
    if (a[2] && !obj_truth(a[2]))
        return set_intersect(from_ivs(&s), singleton[SK_REALS]);
    return sympy_wrap(sym_ivals_relational(&s, x));
}

static Obj *f_reduce_inequalities(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"inequalities", "symbols", NULL};
    Obj *a[2];
    args_parse("reduce_inequalities", args, nargs, kwnames, names, 1, a);
    Obj *items = list_check(a[0]) || tuple_check(a[0]) ? tuple_from_iterable(a[0]) : tuple_pack(1, a[0]);
    Sym *x = NULL;
    if (a[1] && a[1] != None) {
        Obj *syms = list_check(a[1]) || tuple_check(a[1]) ? tuple_from_iterable(a[1]) : tuple_pack(1, a[1]);
        if (tuple_len(syms) == 1)
            x = sympy_sympify(tuple_get(syms, 0));
    }
    Sym **fs = gc_alloc((tuple_len(items) + 1) * sizeof(Sym *));
    for (size_t i = 0; i < tuple_len(items); i++)
        fs[i] = sympy_sympify(tuple_get(items, i));
    return sympy_wrap(sym_reduce_inequalities(tuple_len(items), fs, x));
}

/* The values of a solution dict in the order of the symbols (a symbol left free stands for itself). */
static Sym *solution_row(Sym *r, SymVec syms)
{
    Sym **row = gc_alloc(syms.n * sizeof(Sym *));
    for (size_t i = 0; i < syms.n; i++) {
        row[i] = syms.v[i];
        for (uint32_t k = 0; k + 1 < r->n; k += 2)
            if (sym_eq(r->args[k], syms.v[i]))
                row[i] = r->args[k + 1];
    }
    return sym_tuple(syms.n, row);
}

/* The equations and the symbols of linsolve/nonlinsolve: solve()'s dicts. */
static Sym *solve_system(const char *fname, Obj **args, int nargs, SymVec *out_syms)
{
    if (nargs < 2)
        exc_raisef(&type_ValueError, "%s() needs the equations and the symbols", fname);
    SymVec syms = {0, 0, NULL};
    for (int i = 1; i < nargs; i++) {
        Obj *it = list_check(args[i]) || tuple_check(args[i]) ? tuple_from_iterable(args[i]) : tuple_pack(1, args[i]);
        for (size_t k = 0; k < tuple_len(it); k++)
            sym_vec_push(&syms, sympy_sympify(tuple_get(it, k)));
    }
    *out_syms = syms;
    return sym_solve(sympy_sympify(args[0]), syms.n, syms.v, true);
}

static Obj *f_linsolve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    SymVec syms;
    Sym *r = solve_system("linsolve", args, nargs, &syms);
    if (r->kind == SYM_LIST && r->n)
        r = r->args[0];
    if (r->kind != SYM_DICT)
        return singleton[SK_EMPTY];
    Sym *t = solution_row(r, syms);
    return finite_set(1, &t);
}

/* nonlinsolve: every solution of solve() as a tuple in a FiniteSet. */
static Obj *f_nonlinsolve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    SymVec syms;
    Sym *r = solve_system("nonlinsolve", args, nargs, &syms);
    if (r->kind == SYM_DICT)
        r = sym_list(1, &r);
    if (r->kind != SYM_LIST || !r->n)
        return singleton[SK_EMPTY];
    Sym **rows = gc_alloc(r->n * sizeof(Sym *));
    for (uint32_t i = 0; i < r->n; i++)
        rows[i] = solution_row(r->args[i], syms);
    return finite_set(r->n, rows);
}

/* ---- registration ------------------------------------------------------------------------- */

static const struct { const char *name, *module; NewFn new; } set_classes[SK_COUNT] = {
    [SK_EMPTY] = {"EmptySet", "sympy.sets.sets", NULL},
    [SK_FINITE] = {"FiniteSet", "sympy.sets.sets", new_finite},
    [SK_INTERVAL] = {"Interval", "sympy.sets.sets", new_interval},
    [SK_UNION] = {"Union", "sympy.sets.sets", new_union},
    [SK_INTERSECTION] = {"Intersection", "sympy.sets.sets", new_intersection},
    [SK_COMPLEMENT] = {"Complement", "sympy.sets.sets", new_complement},
    [SK_CONDITION] = {"ConditionSet", "sympy.sets.conditionset", new_condition},
    [SK_RANGE] = {"Range", "sympy.sets.fancysets", new_range},
    [SK_IMAGE] = {"ImageSet", "sympy.sets.fancysets", new_image},
    [SK_PRODUCT] = {"ProductSet", "sympy.sets.sets", new_product},
    [SK_REALS] = {"Reals", "sympy.sets.fancysets", NULL},
    [SK_INTEGERS] = {"Integers", "sympy.sets.fancysets", NULL},
    [SK_NATURALS] = {"Naturals", "sympy.sets.fancysets", NULL},
    [SK_NATURALS0] = {"Naturals0", "sympy.sets.fancysets", NULL},
    [SK_RATIONALS] = {"Rationals", "sympy.sets.fancysets", NULL},
    [SK_COMPLEXES] = {"Complexes", "sympy.sets.fancysets", NULL},
    [SK_UNIVERSAL] = {"UniversalSet", "sympy.sets.sets", NULL},
};

static Type type_set = {
    .base = {&type_type},
    .name = "Set",
    .module = "sympy.sets.sets",
    .basicsize = sizeof(SetObj),
    .repr = set_str,
    .str = set_str,
    .hash = set_hash,
    .compare = set_compare,
    .binop = set_binop,
    .iter = set_iter,
    .getitem = set_getitem,
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
    .getsets = set_getsets,
};

void sympy_sets_init(Obj *module, Obj *singletons)
{
    type_ready(&type_set);
    module_add(module, "Set", (Obj *)&type_set);
    for (int k = 0; k < SK_COUNT; k++) {
        Type *t = &set_types[k];
        t->base.type = &type_type;
        t->name = set_classes[k].name;
        t->module = set_classes[k].module;
        t->base_type = &type_set;
        t->new = set_classes[k].new;
        if (k == SK_INTERVAL)
            t->methods = interval_methods;
        type_ready(t);
        if (set_classes[k].new) {
            module_add(module, t->name, (Obj *)t);
        } else {
            t->new = new_singleton;
            singleton[k] = (Obj *)set_alloc((SetKind)k);
            module_add(module, t->name, singleton[k]);
            dict_set_cstr(singletons, t->name, singleton[k]);
        }
    }
    module_add_function(module, "solveset", f_solveset);
    module_add_function(module, "imageset", f_imageset);
    module_add_function(module, "solve_univariate_inequality", f_solve_univariate_inequality);
    module_add_function(module, "reduce_inequalities", f_reduce_inequalities);
    module_add_function(module, "linsolve", f_linsolve);
    module_add_function(module, "nonlinsolve", f_nonlinsolve);
}
