/* solvers/sym_interval.c — unions of real intervals (see sym_interval.h). */
#include "solvers/sym_interval.h"

#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_num.h"
#include "solvers/sym_rel.h"

/* a compared with b for real numbers (oo and -oo included): -1, 0, 1, or 2 when unknown. */
int sym_real_cmp(Sym *a, Sym *b)
{
    if (sym_eq(a, b))
        return 0;
    if (a->kind == SYM_NEG_INFINITY || b->kind == SYM_INFINITY)
        return -1;
    if (a->kind == SYM_INFINITY || b->kind == SYM_NEG_INFINITY)
        return 1;
    if (sym_is_num(a) && sym_is_num(b) && a->kind != SYM_NAN && b->kind != SYM_NAN)
        return sym_num_cmp(a, b);
    if (sym_is_number(a) && sym_is_number(b))
        return sym_eval_sign(sym_sub(a, b));
    return 2;
}

void sym_ivals_push(SymIvals *s, SymIval iv)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 8;
        s->v = gc_realloc(s->v, s->cap * sizeof(SymIval));
    }
    s->v[s->n++] = iv;
}

/* Sorts by lower end and merges intervals that overlap or touch. */
void sym_ivals_normalize(SymIvals *s)
{
    for (size_t i = 1; i < s->n; i++)
        for (size_t j = i; j > 0; j--) {
            int c = sym_real_cmp(s->v[j - 1].lo, s->v[j].lo);
            if (c < 0 || (c == 0 && (!s->v[j - 1].lo_open || s->v[j].lo_open)))
                break;
            SymIval t = s->v[j];
            s->v[j] = s->v[j - 1];
            s->v[j - 1] = t;
        }
    size_t m = 0;
    for (size_t i = 0; i < s->n; i++) {
        SymIval cur = s->v[i];
        if (m) {
            SymIval *last = &s->v[m - 1];
            int c = sym_real_cmp(cur.lo, last->hi);
            if (c < 0 || (c == 0 && !(cur.lo_open && last->hi_open))) {
                int d = sym_real_cmp(cur.hi, last->hi);
                if (d > 0 || (d == 0 && !cur.hi_open)) {
                    last->hi = cur.hi;
                    last->hi_open = cur.hi_open;
                }
                continue;
            }
        }
        s->v[m++] = cur;
    }
    s->n = m;
}

SymIvals sym_ivals_intersect(const SymIvals *a, const SymIvals *b)
{
    SymIvals out = {NULL, 0, 0};
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b->n; j++) {
            SymIval x = a->v[i], y = b->v[j], r;
            int c = sym_real_cmp(x.lo, y.lo);
            r.lo = c >= 0 ? x.lo : y.lo;
            r.lo_open = c > 0 ? x.lo_open : c < 0 ? y.lo_open : (x.lo_open || y.lo_open);
            c = sym_real_cmp(x.hi, y.hi);
            r.hi = c <= 0 ? x.hi : y.hi;
            r.hi_open = c < 0 ? x.hi_open : c > 0 ? y.hi_open : (x.hi_open || y.hi_open);
            int d = sym_real_cmp(r.lo, r.hi);
            if (d < 0 || (d == 0 && !r.lo_open && !r.hi_open))
                sym_ivals_push(&out, r);
        }
    sym_ivals_normalize(&out);
    return out;
}

/* The reals outside s (s normalised). */
SymIvals sym_ivals_complement(const SymIvals *s)
{
    SymIvals out = {NULL, 0, 0};
    Sym *lo = sym_neg_oo;
    bool lo_open = true;
    for (size_t i = 0; i < s->n; i++) {
        int c = sym_real_cmp(lo, s->v[i].lo);
        if (c < 0 || (c == 0 && !lo_open && s->v[i].lo_open))
            sym_ivals_push(&out, (SymIval){lo, s->v[i].lo, lo_open, !s->v[i].lo_open});
        lo = s->v[i].hi;
        lo_open = !s->v[i].hi_open;
    }
    if (lo->kind != SYM_INFINITY)
        sym_ivals_push(&out, (SymIval){lo, sym_oo, lo_open, true});
    return out;
}

/* The set of x described by a relational solution (True, False, x < 2, Eq(x, 1), And of two
 * bounds, Or of those) as intervals; false for anything else. */
bool sym_ivals_from_relational(Sym *r, Sym *x, SymIvals *out)
{
    if (r->kind == SYM_TRUE) {
        sym_ivals_push(out, (SymIval){sym_neg_oo, sym_oo, true, true});
        return true;
    }
    if (r->kind == SYM_FALSE)
        return true;
    if (r->kind == SYM_OR) {
        for (uint32_t i = 0; i < r->n; i++)
            if (!sym_ivals_from_relational(r->args[i], x, out))
                return false;
        sym_ivals_normalize(out);
        return true;
    }
    SymIval iv = {sym_neg_oo, sym_oo, true, true};
    Sym *const *parts = r->kind == SYM_AND ? r->args : &r;
    size_t n = r->kind == SYM_AND ? r->n : 1;
    Sym *hole = NULL;
    for (size_t i = 0; i < n; i++) {
        Sym *p = parts[i];
        if (p->kind != SYM_REL)
            return false;
        bool left = sym_eq(p->args[0], x);
        Sym *other = left ? p->args[1] : p->args[0];
        if (!left && !sym_eq(p->args[1], x))
            return false;
        if (p->op == SYM_EQ) {
            iv = (SymIval){other, other, false, false};
            continue;
        }
        if (p->op == SYM_NE) {
            hole = other;
            continue;
        }
        /* x < c, x <= c, c < x, c <= x (and the > forms) */
        bool upper = (p->op == SYM_LT || p->op == SYM_LE) == left;
        bool open = p->op == SYM_LT || p->op == SYM_GT;
        if (upper) {
            iv.hi = other;
            iv.hi_open = open;
        } else {
            iv.lo = other;
            iv.lo_open = open;
        }
    }
    if (hole) {
        /* Ne(x, c) splits the interval at c */
        sym_ivals_push(out, (SymIval){iv.lo, hole, iv.lo_open, true});
        iv.lo = hole;
        iv.lo_open = true;
    }
    sym_ivals_push(out, iv);
    return true;
}

/* Interval.as_relational for a union of intervals: Or of And(lo < x, x < hi), points as Eq. */
Sym *sym_ivals_relational(const SymIvals *s, Sym *x)
{
    if (!s->n)
        return sym_false;
    /* two intervals meeting at an excluded point: sympy writes the bounds and Ne(x, point) */
    if (s->n == 2 && s->v[0].hi_open && s->v[1].lo_open && sym_real_cmp(s->v[0].hi, s->v[1].lo) == 0) {
        Sym *lo = sym_rel(s->v[0].lo_open ? SYM_GT : SYM_GE, x, s->v[0].lo);
        Sym *hi = sym_rel(s->v[1].hi_open ? SYM_LT : SYM_LE, x, s->v[1].hi);
        return sym_and(3, (Sym *[]){lo, hi, sym_rel(SYM_NE, x, s->v[0].hi)});
    }
    /* the bounds are built evaluated: x's assumptions may decide them (x < oo for a real x) */
    SymVec ors = {0, 0, NULL};
    for (size_t i = 0; i < s->n; i++) {
        SymIval iv = s->v[i];
        if (sym_real_cmp(iv.lo, iv.hi) == 0) {
            sym_vec_push(&ors, sym_rel(SYM_EQ, x, iv.lo));
            continue;
        }
        Sym *a = sym_rel(iv.lo_open ? SYM_LT : SYM_LE, iv.lo, x);
        Sym *b = sym_rel(iv.hi_open ? SYM_LT : SYM_LE, x, iv.hi);
        sym_vec_push(&ors, sym_and(2, (Sym *[]){a, b}));
    }
    return sym_or(ors.n, ors.v);
}

