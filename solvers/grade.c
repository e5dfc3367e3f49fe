/* solvers/grade.c — deciding answer equality on the trees of grade_read. */
#include "solvers/grade.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/grade_extract.h"
#include "solvers/grade_read.h"
#include "solvers/grade_tora.h"
#include "solvers/grade_value.h"

#define MAX_DEPTH 24
#define MAX_PM 4            /* ± signs expanded into alternatives */
#define MAX_PIECES 64
#define MAX_MATRIX_TERMS 4096   /* products written out for matrix arithmetic */

typedef struct {
    GradeEval *ev;
    double tol;
    const char *reason;
    int depth;
} Cmp;

static bool equiv(Cmp *c, const GradeNode *a, const GradeNode *b);

static bool is_scalar_kind(GradeKind k)
{
    switch (k) {
    case GN_NUM: case GN_SYM: case GN_PI: case GN_E: case GN_I: case GN_INF: case GN_ADD:
    case GN_MUL: case GN_NEG: case GN_DIV: case GN_POW: case GN_FUNC: case GN_PM:
    case GN_PERCENT: case GN_DEGREE:
        return true;
    default:
        return false;
    }
}

/* ---- relations -------------------------------------------------------------------------- */

/* A side that only names what the other side gives: symbols, products and ratios of symbols,
 * f(x), (a, b) — no number in it. */
static bool names_only(const GradeNode *g)
{
    switch (g->kind) {
    case GN_SYM:
        return true;
    case GN_MUL: case GN_DIV: case GN_TUPLE: case GN_FUNC:
        for (int i = 0; i < g->n; i++)
            if (!names_only(g->kid[i]))
                return false;
        return g->n > 0;
    default:
        return false;
    }
}

static bool all_ops(const GradeNode *g, char op)
{
    for (int i = 0; i < g->n - 1; i++)
        if (g->ops[i] != op)
            return false;
    return true;
}

/* The value an equation gives (`x = 3` gives 3), or NULL; *name is the side it names. */
static const GradeNode *equation_side(const GradeNode *g, const GradeNode **name)
{
    if (g->kind != GN_REL || g->n != 2)
        return NULL;
    int k = g->ops[0] == GR_IN || (g->ops[0] == GR_EQ && names_only(g->kid[0])) ? 1
            : g->ops[0] == GR_EQ && names_only(g->kid[1])                        ? 0
                                                                                  : -1;
    if (k < 0)
        return NULL;
    *name = g->kid[1 - k];
    return g->kid[k];
}

static const GradeNode *equation_value(const GradeNode *g)
{
    const GradeNode *name;
    return equation_side(g, &name);
}

/* ---- normalisation ---------------------------------------------------------------------- */

static int count_pm(const GradeNode *g)
{
    int n = g->kind == GN_PM;
    for (int i = 0; i < g->n; i++)
        n += count_pm(g->kid[i]);
    return n;
}

/* A copy of g with its ± signs chosen by the bits of `signs` (consumed from *bit). */
static GradeNode *choose_pm(const GradeNode *g, unsigned signs, int *bit)
{
    if (g->n == 0)
        return (GradeNode *)g;
    GradeNode *c = grade_node(g->kind, g->n);
    GradeNode **kid = c->kid;
    *c = *g;
    c->kid = kid;
    for (int i = 0; i < g->n; i++)
        c->kid[i] = choose_pm(g->kid[i], signs, bit);
    if (g->kind == GN_PM) {
        c->kind = GN_ADD;
        if (signs >> (*bit)++ & 1)
            c->kid[1] = grade_node1(GN_NEG, c->kid[1]);
    }
    return c;
}

/* ---- matrix arithmetic ------------------------------------------------------------------ */

static bool has_matrix(const GradeNode *g)
{
    if (g->kind == GN_MATRIX)
        return true;
    for (int i = 0; i < g->n; i++)
        if (has_matrix(g->kid[i]))
            return true;
    return false;
}

static GradeNode *new_matrix(int rows, int cols)
{
    GradeNode *m = grade_node(GN_MATRIX, rows * cols);
    m->rows = rows;
    m->cols = cols;
    return m;
}

/* a + b, or the scalar c times b (a NULL), entry by entry. */
static GradeNode *entrywise(const GradeNode *a, const GradeNode *b, GradeNode *c)
{
    GradeNode *m = new_matrix(b->rows, b->cols);
    for (int i = 0; i < b->n; i++)
        m->kid[i] = a ? grade_node2(GN_ADD, a->kid[i], b->kid[i]) : grade_node2(GN_MUL, c, b->kid[i]);
    return m;
}

static GradeNode *matrix_product(const GradeNode *a, const GradeNode *b)
{
    GradeNode *m = new_matrix(a->rows, b->cols);
    for (int i = 0; i < a->rows; i++)
        for (int j = 0; j < b->cols; j++) {
            GradeNode *sum = grade_node(GN_ADD, a->cols);
            for (int k = 0; k < a->cols; k++)
                sum->kid[k] = grade_node2(GN_MUL, a->kid[i * a->cols + k], b->kid[k * b->cols + j]);
            m->kid[i * b->cols + j] = sum;
        }
    return m;
}

/* Matrix arithmetic written out (`A + B`, `-A`, `2A`, `AB`) as the matrix it gives, entry by
 * entry; NULL when g is not such a sum or product, or the sizes do not fit (or would make more
 * than MAX_MATRIX_TERMS products). */
static GradeNode *matrix_result(const GradeNode *g, long *terms)
{
    budget_tick();
    if (g->kind == GN_MATRIX)
        return (GradeNode *)g;
    if (g->kind == GN_NEG) {
        GradeNode *m = matrix_result(g->kid[0], terms);
        return m ? entrywise(NULL, m, grade_named(GN_NUM, "-1")) : NULL;
    }
    if (g->kind != GN_ADD && g->kind != GN_MUL)
        return NULL;
    GradeNode *acc = NULL, *scalar = NULL;
    for (int i = 0; i < g->n; i++) {
        const GradeNode *k = g->kid[i];
        if (!has_matrix(k)) {
            if (g->kind == GN_ADD || !is_scalar_kind(k->kind))
                return NULL;
            scalar = scalar ? grade_node2(GN_MUL, scalar, (GradeNode *)k) : (GradeNode *)k;
            continue;
        }
        GradeNode *m = matrix_result(k, terms);
        if (!m)
            return NULL;
        if (acc && g->kind == GN_ADD && (acc->rows != m->rows || acc->cols != m->cols))
            return NULL;
        if (acc && g->kind == GN_MUL && acc->cols != m->rows)
            return NULL;
        *terms += acc ? (long)acc->rows * m->cols * (g->kind == GN_MUL ? acc->cols : 1) : 0;
        if (*terms > MAX_MATRIX_TERMS)
            return NULL;
        acc = !acc ? m : g->kind == GN_ADD ? entrywise(acc, m, NULL) : matrix_product(acc, m);
    }
    return acc && scalar ? entrywise(NULL, acc, scalar) : acc;
}

static GradeNode *normalize(GradeNode *g)
{
    long terms = 0;
    GradeNode *m = (g->kind == GN_ADD || g->kind == GN_MUL || g->kind == GN_NEG) && has_matrix(g)
                       ? matrix_result(g, &terms) : NULL;
    if (m)
        g = m;
    /* x = 5 + 6 = 11: the last member; 1/2 = 5/10 between numbers: the right side */
    if (g->kind == GN_REL && all_ops(g, GR_EQ) && g->n >= 3)
        g = grade_node2(GN_REL, g->kid[0], g->kid[g->n - 1]), g->ops = "=";
    if (g->kind == GN_REL && g->n == 2 && g->ops[0] == GR_EQ && !grade_value_has_symbols(g->kid[0]) &&
        !grade_value_has_symbols(g->kid[1]) && is_scalar_kind(g->kid[0]->kind))
        g = g->kid[1];
    if (g->kind == GN_LIST && g->n == 1)
        g = g->kid[0];
    int k = count_pm(g);
    if (k > 0 && k <= MAX_PM && (is_scalar_kind(g->kind) || g->kind == GN_REL)) {
        GradeNode *alt = grade_node(GN_SET, 1 << k);
        for (unsigned s = 0; s < (1u << k); s++) {
            int bit = 0;
            alt->kid[s] = choose_pm(g, s, &bit);
        }
        g = alt;
    }
    return g;
}

/* ---- text ------------------------------------------------------------------------------- */

/* The letters of a product of symbols (`Even` read as E*v*e*n), or of a text. */
static bool letters(const GradeNode *g, char *out, size_t cap, size_t *n)
{
    const char *s = NULL;
    switch (g->kind) {
    case GN_TEXT: s = g->name; break;
    case GN_SYM: s = g->name; break;
    case GN_E: s = "e"; break;
    case GN_I: s = "i"; break;
    case GN_MUL:
        for (int i = 0; i < g->n; i++)
            if (!letters(g->kid[i], out, cap, n))
                return false;
        return true;
    default:
        return false;
    }
    for (; *s; s++)
        if (isalnum((unsigned char)*s) && *n + 1 < cap)
            out[(*n)++] = (char)tolower((unsigned char)*s);
    out[*n] = 0;
    return true;
}

static bool text_equal(const GradeNode *a, const GradeNode *b)
{
    char x[256], y[256];
    size_t nx = 0, ny = 0;
    x[0] = y[0] = 0;
    return letters(a, x, sizeof x, &nx) && letters(b, y, sizeof y, &ny) && nx > 0 && strcmp(x, y) == 0;
}

/* ---- sets of real numbers --------------------------------------------------------------- */

typedef struct {
    const GradeNode *lo, *hi;      /* NULL: infinite */
    bool lc, hc;
} Piece;

typedef struct {
    int n;
    Piece p[MAX_PIECES];
} RealSet;

static bool is_neg_inf(const GradeNode *g) { return g->kind == GN_NEG && g->kid[0]->kind == GN_INF; }

/* Order of endpoints, with NULL as -inf (lower) or +inf (upper). */
static int cmp_end(Cmp *c, const GradeNode *a, bool a_upper, const GradeNode *b, bool b_upper)
{
    if (!a && !b)
        return a_upper == b_upper ? 0 : a_upper ? 1 : -1;
    if (!a)
        return a_upper ? 1 : -1;
    if (!b)
        return b_upper ? -1 : 1;
    return grade_value_order(c->ev, a, b);
}

static bool sort_merge(Cmp *c, RealSet *s)
{
    for (int i = 1; i < s->n; i++)
        for (int j = i; j > 0; j--) {
            int o = cmp_end(c, s->p[j].lo, false, s->p[j - 1].lo, false);
            if (o == 2)
                return false;
            if (o > 0 || (o == 0 && !(s->p[j].lc && !s->p[j - 1].lc)))
                break;
            Piece t = s->p[j];
            s->p[j] = s->p[j - 1];
            s->p[j - 1] = t;
        }
    int m = 0;
    for (int i = 0; i < s->n; i++) {
        Piece q = s->p[i];
        int e = cmp_end(c, q.lo, false, q.hi, true);
        if (e == 2)
            return false;
        if (e > 0 || (e == 0 && !(q.lc && q.hc)))
            continue;                         /* empty */
        if (m > 0) {
            Piece *last = &s->p[m - 1];
            int o = cmp_end(c, q.lo, false, last->hi, true);
            if (o == 2)
                return false;
            if (o < 0 || (o == 0 && (q.lc || last->hc))) {
                int h = cmp_end(c, q.hi, true, last->hi, true);
                if (h == 2)
                    return false;
                if (h > 0 || (h == 0 && q.hc)) {
                    last->hi = q.hi;
                    last->hc = q.hc;
                }
                continue;
            }
        }
        s->p[m++] = q;
    }
    s->n = m;
    return true;
}

static bool intersect(Cmp *c, const RealSet *a, const RealSet *b, RealSet *out)
{
    out->n = 0;
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++) {
            if (out->n == MAX_PIECES)
                return false;
            Piece q;
            int lo = cmp_end(c, a->p[i].lo, false, b->p[j].lo, false);
            int hi = cmp_end(c, a->p[i].hi, true, b->p[j].hi, true);
            if (lo == 2 || hi == 2)
                return false;
            q.lo = lo > 0 ? a->p[i].lo : b->p[j].lo;
            q.lc = lo > 0 ? a->p[i].lc : lo < 0 ? b->p[j].lc : a->p[i].lc && b->p[j].lc;
            q.hi = hi < 0 ? a->p[i].hi : b->p[j].hi;
            q.hc = hi < 0 ? a->p[i].hc : hi > 0 ? b->p[j].hc : a->p[i].hc && b->p[j].hc;
            out->p[out->n++] = q;
        }
    return sort_merge(c, out);
}

static void complement(const RealSet *a, RealSet *out)
{
    out->n = 0;
    const GradeNode *lo = NULL;
    bool lc = false;
    for (int i = 0; i <= a->n; i++) {
        const GradeNode *hi = i < a->n ? a->p[i].lo : NULL;
        bool hc = i < a->n ? !a->p[i].lc : false;
        if (!(i == 0 && a->n > 0 && !a->p[0].lo) && !(i == a->n && a->n > 0 && !a->p[a->n - 1].hi))
            out->p[out->n++] = (Piece){lo, hi, lc, hc};
        if (i < a->n) {
            lo = a->p[i].hi;
            lc = !a->p[i].hc;
        }
    }
}

static bool constant(const GradeNode *g) { return is_scalar_kind(g->kind) && !grade_value_has_symbols(g) && !count_pm(g); }

static bool endpoint(const GradeNode *g, const GradeNode **out)
{
    if (g->kind == GN_INF || is_neg_inf(g)) {
        *out = NULL;
        return true;
    }
    *out = g;
    return constant(g);
}

/* An inequality in one variable, `f op 0` with f linear, as pieces. */
static bool inequality_set(Cmp *c, const GradeNode *g, RealSet *out, const char **var)
{
    out->n = 1;
    out->p[0] = (Piece){NULL, NULL, false, false};
    for (int i = 0; i < g->n - 1; i++) {
        char op = g->ops[i];
        if (op == GR_EQ || op == GR_IN)
            return false;
        GradeNode *f = grade_node2(GN_ADD, g->kid[i], grade_node1(GN_NEG, g->kid[i + 1]));
        const char *v;
        GradeNode *root;
        int slope;
        if (!grade_value_linear(c->ev, f, &v, &root, &slope) || (*var && strcmp(*var, v) != 0))
            return false;
        *var = v;
        RealSet one = {0}, both;
        if (op == GR_NE) {
            one.n = 2;
            one.p[0] = (Piece){NULL, root, false, false};
            one.p[1] = (Piece){root, NULL, false, false};
        } else {
            /* f < 0 with slope > 0: v < root */
            bool less = (op == GR_LT || op == GR_LE) == (slope > 0);
            bool closed = op == GR_LE || op == GR_GE;
            one.n = 1;
            one.p[0] = less ? (Piece){NULL, root, false, closed} : (Piece){root, NULL, closed, false};
        }
        if (!intersect(c, out, &one, &both))
            return false;
        *out = both;
    }
    return true;
}

static bool real_set(Cmp *c, const GradeNode *g, RealSet *out, bool tuple_ok);

/* An operand of a set operation: `\{1, 2\}` is often written `{1, 2}`, which reads as the list
 * 1, 2, and `\{2\}` as `{2}`, which reads as the number 2. */
static bool set_operand(Cmp *c, const GradeNode *g, RealSet *out)
{
    if (g->kind == GN_LIST) {
        GradeNode set = *g;
        set.kind = GN_SET;
        return real_set(c, &set, out, true);
    }
    if (!constant(g) || g->kind == GN_INF)
        return real_set(c, g, out, true);
    out->n = 1;
    out->p[0] = (Piece){g, g, true, true};
    return true;
}

static bool real_set(Cmp *c, const GradeNode *g, RealSet *out, bool tuple_ok)
{
    RealSet a, b, t;
    const char *var = NULL;
    budget_tick();
    switch (g->kind) {
    case GN_INTERVAL:
        out->n = 1;
        out->p[0].lc = (g->flags & GF_LO_CLOSED) != 0;
        out->p[0].hc = (g->flags & GF_HI_CLOSED) != 0;
        return endpoint(g->kid[0], &out->p[0].lo) && endpoint(g->kid[1], &out->p[0].hi) && sort_merge(c, out);
    case GN_TUPLE:
        if (!tuple_ok || g->n != 2)
            return false;
        out->n = 1;
        out->p[0].lc = out->p[0].hc = false;
        return endpoint(g->kid[0], &out->p[0].lo) && endpoint(g->kid[1], &out->p[0].hi) && sort_merge(c, out);
    case GN_SET:
        if (g->n > MAX_PIECES)
            return false;
        out->n = g->n;
        for (int i = 0; i < g->n; i++) {
            if (!constant(g->kid[i]))
                return false;
            out->p[i] = (Piece){g->kid[i], g->kid[i], true, true};
        }
        return sort_merge(c, out);
    case GN_UNION:
    case GN_INTER:
    case GN_SETMINUS:
        if (!set_operand(c, g->kid[0], &a) || !set_operand(c, g->kid[1], &b))
            return false;
        if (g->kind == GN_UNION) {
            if (a.n + b.n > MAX_PIECES)
                return false;
            *out = a;
            for (int i = 0; i < b.n; i++)
                out->p[out->n++] = b.p[i];
            return sort_merge(c, out);
        }
        if (g->kind == GN_SETMINUS) {
            complement(&b, &t);
            b = t;
        }
        return intersect(c, &a, &b, out);
    case GN_REL:
        if (g->n == 2 && g->ops[0] == GR_IN)
            return real_set(c, g->kid[1], out, true);
        return inequality_set(c, g, out, &var);
    default:
        return false;
    }
}

static bool same_real_sets(Cmp *c, const RealSet *a, const RealSet *b)
{
    c->reason = "different sets of numbers";
    if (a->n != b->n)
        return false;
    for (int i = 0; i < a->n; i++) {
        const Piece *x = &a->p[i], *y = &b->p[i];
        if (cmp_end(c, x->lo, false, y->lo, false) != 0 || cmp_end(c, x->hi, true, y->hi, true) != 0)
            return false;
        if ((x->lo && x->lc != y->lc) || (x->hi && x->hc != y->hc))
            return false;
    }
    c->reason = "the same set of numbers";
    return true;
}

static bool set_like(const GradeNode *g)
{
    return g->kind == GN_INTERVAL || g->kind == GN_UNION || g->kind == GN_INTER || g->kind == GN_SETMINUS ||
           (g->kind == GN_REL && !all_ops(g, GR_EQ));
}

/* ---- collections ------------------------------------------------------------------------ */

static bool ordered_equal(Cmp *c, GradeNode *const *a, int na, GradeNode *const *b, int nb)
{
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (!equiv(c, a[i], b[i]))
            return false;
    return true;
}

/* Every element of a has an equal in b and the other way round (duplicates do not count). */
static bool unordered_equal(Cmp *c, GradeNode *const *a, int na, GradeNode *const *b, int nb)
{
    for (int pass = 0; pass < 2; pass++) {
        GradeNode *const *x = pass ? b : a, *const *y = pass ? a : b;
        int nx = pass ? nb : na, ny = pass ? na : nb;
        for (int i = 0; i < nx; i++) {
            bool found = false;
            for (int j = 0; j < ny && !found; j++)
                found = equiv(c, x[i], y[j]);
            if (!found)
                return false;
        }
    }
    return true;
}

static bool is_vector(const GradeNode *g) { return g->kind == GN_MATRIX && (g->rows == 1 || g->cols == 1); }

static bool collections(Cmp *c, const GradeNode *a, const GradeNode *b, bool *decided)
{
    *decided = true;
    GradeKind ka = a->kind, kb = b->kind;
    if (ka == GN_MATRIX && kb == GN_MATRIX)
        return a->rows == b->rows && a->cols == b->cols && ordered_equal(c, a->kid, a->n, b->kid, b->n);
    if ((is_vector(a) && kb == GN_TUPLE) || (ka == GN_TUPLE && is_vector(b)))
        return ordered_equal(c, a->kid, a->n, b->kid, b->n);
    if (ka == GN_TUPLE && kb == GN_TUPLE)
        return ordered_equal(c, a->kid, a->n, b->kid, b->n);
    if ((ka == GN_TUPLE && kb == GN_LIST) || (ka == GN_LIST && kb == GN_TUPLE))
        return ordered_equal(c, a->kid, a->n, b->kid, b->n);
    bool ua = ka == GN_LIST || ka == GN_SET, ub = kb == GN_LIST || kb == GN_SET;
    if (ua && ub)
        return unordered_equal(c, a->kid, a->n, b->kid, b->n);
    if (set_like(a) || set_like(b)) {
        RealSet x, y;
        if (set_operand(c, a, &x) && set_operand(c, b, &y))
            return same_real_sets(c, &x, &y);
    }
    if (ua && a->n == 1)
        return equiv(c, a->kid[0], b);
    if (ub && b->n == 1)
        return equiv(c, a, b->kid[0]);
    if (ka == kb && (ka == GN_INTERVAL || ka == GN_UNION || ka == GN_INTER || ka == GN_SETMINUS))
        return a->flags == b->flags && ordered_equal(c, a->kid, a->n, b->kid, b->n);
    *decided = false;
    return false;
}

/* ---- relations ------------------------------------------------------------------------- */

/* f op 0 for a two-sided relation: f = lhs - rhs, or rhs - lhs for > and >=. */
static GradeNode *difference(const GradeNode *g, char *op)
{
    *op = g->ops[0];
    if (*op == GR_GT || *op == GR_GE) {
        *op = *op == GR_GT ? GR_LT : GR_LE;
        return grade_node2(GN_ADD, g->kid[1], grade_node1(GN_NEG, g->kid[0]));
    }
    return grade_node2(GN_ADD, g->kid[0], grade_node1(GN_NEG, g->kid[1]));
}

static bool relations(Cmp *c, const GradeNode *a, const GradeNode *b)
{
    const GradeNode *na = NULL, *nb = NULL, *va = equation_side(a, &na), *vb = equation_side(b, &nb);
    /* x = {1, 2} and x \in {1, 2} give x the same values; k = 1 is not a = 1 (but W(n) = 1 is
     * W(x) = 1, and names are read without case) */
    bool in_or_eq = (a->ops[0] == GR_EQ || a->ops[0] == GR_IN) && (b->ops[0] == GR_EQ || b->ops[0] == GR_IN);
    bool other_names = na && nb && na->kind == GN_SYM && nb->kind == GN_SYM && strcasecmp(na->name, nb->name);
    if (va && vb && (a->ops[0] == b->ops[0] || in_or_eq) && !other_names && equiv(c, va, vb))
        return true;
    if (set_like(a) && set_like(b)) {
        RealSet x, y;
        if (real_set(c, a, &x, true) && real_set(c, b, &y, true))
            return same_real_sets(c, &x, &y);
    }
    if (a->n != 2 || b->n != 2)
        return a->n == b->n && !strcmp(a->ops, b->ops) && ordered_equal(c, a->kid, a->n, b->kid, b->n);
    char oa, ob;
    GradeNode *fa = difference(a, &oa), *fb = difference(b, &ob);
    if (oa != ob)
        return false;
    int sign;
    if (grade_value_proportional(c->ev, fa, fb, &sign) != GRADE_TRUE)
        return false;
    if ((oa == GR_LT || oa == GR_LE) && sign != 1)
        return false;
    c->reason = "the same relation up to sides and a constant factor";
    return true;
}

/* ---- equivalence ----------------------------------------------------------------------- */

static bool scalars(Cmp *c, const GradeNode *a, const GradeNode *b)
{
    const char *how;
    GradeTruth t = grade_value_equal(c->ev, a, b, c->tol, &how);
    if (t == GRADE_TRUE) {
        c->reason = how;
        return true;
    }
    if (t == GRADE_UNKNOWN) {
        int st = grade_value_status(c->ev);
        c->reason = st == GE_TOO_BIG ? "too large to compare exactly: size bound hit, taken as not equal"
                    : st == GE_UNDEFINED ? "a value is undefined (division by zero or outside a domain)"
                                         : "could not be compared";
    } else {
        c->reason = "different values";
    }
    return false;
}

static GradeNode *percent_of(const GradeNode *g)
{
    return grade_node2(GN_DIV, g->kid[0], grade_named(GN_NUM, "100"));
}

static GradeNode *radians_of(const GradeNode *g)
{
    return grade_node2(GN_DIV, grade_node2(GN_MUL, g->kid[0], grade_node(GN_PI, 0)), grade_named(GN_NUM, "180"));
}

static bool equiv(Cmp *c, const GradeNode *a0, const GradeNode *b0)
{
    budget_tick();
    if (++c->depth > MAX_DEPTH) {
        c->depth--;
        return false;
    }
    bool r = false;
    if (!strcmp(grade_print(a0), grade_print(b0))) {
        c->reason = "the same answer";
        r = true;
        goto done;
    }
    GradeNode *a = normalize((GradeNode *)a0), *b = normalize((GradeNode *)b0);
    if (a != a0 || b != b0) {
        r = equiv(c, a, b);
        goto done;
    }
    if (a->kind == GN_TEXT || b->kind == GN_TEXT) {
        r = text_equal(a, b);
        c->reason = r ? "the same text" : "different text";
        goto done;
    }
    /* percent and degrees: 50% is 0.5 and also 50; 30 degrees is 30 and also pi/6 */
    if ((a->kind == GN_PERCENT) != (b->kind == GN_PERCENT)) {
        const GradeNode *p = a->kind == GN_PERCENT ? a : b, *o = p == a ? b : a;
        r = equiv(c, percent_of(p), o) || equiv(c, p->kid[0], o);
        goto done;
    }
    if ((a->kind == GN_DEGREE) != (b->kind == GN_DEGREE)) {
        const GradeNode *p = a->kind == GN_DEGREE ? a : b, *o = p == a ? b : a;
        r = equiv(c, p->kid[0], o) || equiv(c, radians_of(p), o);
        goto done;
    }
    if (a->kind == b->kind && (a->kind == GN_PERCENT || a->kind == GN_DEGREE)) {
        r = equiv(c, a->kid[0], b->kid[0]);
        goto done;
    }
    if (a->kind == GN_REL && b->kind == GN_REL) {
        r = relations(c, a, b);
        goto done;
    }
    if (a->kind == GN_REL || b->kind == GN_REL) {
        const GradeNode *rel = a->kind == GN_REL ? a : b, *o = rel == a ? b : a;
        const GradeNode *v = equation_value(rel);
        if (v) {
            r = equiv(c, v, o);
            goto done;
        }
        if (set_like(rel)) {
            bool decided;
            r = collections(c, a, b, &decided);
            if (decided)
                goto done;
        }
        c->reason = "a relation against a value";
        goto done;
    }
    if (is_scalar_kind(a->kind) && is_scalar_kind(b->kind)) {
        r = scalars(c, a, b);
        goto done;
    }
    bool decided;
    r = collections(c, a, b, &decided);
    if (!decided)
        c->reason = "different kinds of answer";
    else if (r && !c->reason)
        c->reason = "the same elements";
done:
    c->depth--;
    return r;
}

/* ---- the API ---------------------------------------------------------------------------- */

static char *heap_to_malloc(const char *s)
{
    char *m = strdup(s ? s : "");
    if (!m)
        abort();
    return m;
}

/* Raw texts compared without spacing and case, for answers the reader cannot read. */
static bool raw_equal(const char *a, const char *b)
{
    for (;;) {
        while (*a && (isspace((unsigned char)*a) || *a == '$'))
            a++;
        while (*b && (isspace((unsigned char)*b) || *b == '$'))
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
        a++;
        b++;
    }
}

void grade_answers(const char *pred, const char *gold, const GradeOptions *opt, GradeVerdict *out)
{
    GradeOptions def = {0};
    if (!opt)
        opt = &def;
    if (opt->style == GRADE_STYLE_TORA) {
        grade_tora_answers(pred, gold, out);
        return;
    }
    char *ptext = grade_extract_for_grading(pred ? pred : "");
    char *gtext = grade_extract_for_grading(gold ? gold : "");
    Cmp c = {.ev = grade_eval_new(), .tol = opt->rel_tol > 0 ? opt->rel_tol : 1e-6};
    GradeNode *pt[2] = {grade_read(ptext, false), NULL}, *gt[2] = {grade_read(gtext, false), NULL};
    if (grade_read_comma_decimal_candidate(ptext))
        pt[1] = grade_read(ptext, true);
    if (grade_read_comma_decimal_candidate(gtext))
        gt[1] = grade_read(gtext, true);
    bool equal = false;
    const char *reason = NULL;
    if (!pt[0] || !gt[0]) {
        equal = raw_equal(ptext, gtext);
        reason = equal ? "the same text" : !pt[0] ? "the prediction could not be read" : "the reference could not be read";
    }
    for (int i = 0; i < 2 && !equal && pt[0] && gt[0]; i++)
        for (int j = 0; j < 2 && !equal; j++)
            if (pt[i] && gt[j]) {
                c.reason = NULL;
                equal = equiv(&c, pt[i], gt[j]);
                if (equal || !reason)
                    reason = c.reason;
            }
    out->equal = equal;
    out->reason = heap_to_malloc(reason ? reason : "not equal");
    out->pred_norm = heap_to_malloc(pt[0] ? grade_print(pt[0]) : ptext);
    out->gold_norm = heap_to_malloc(gt[0] ? grade_print(gt[0]) : gtext);
}

void grade_verdict_free(GradeVerdict *v)
{
    free(v->reason);
    free(v->pred_norm);
    free(v->gold_norm);
    v->reason = v->pred_norm = v->gold_norm = NULL;
}

char *grade_extract(const char *completion)
{
    char *a = grade_extract_answer(completion ? completion : "");
    return a ? heap_to_malloc(a) : NULL;
}
