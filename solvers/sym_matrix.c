/* solvers/sym_matrix.c — dense matrices: arithmetic, determinants, inverses, echelon forms,
 * eigenvalues. */
#include "solvers/sym_matrix.h"

#include <string.h>

#include <flint/fmpq_mat.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"

/* Matrices above this many entries are refused (elimination is cubic). */
#define MAX_ENTRIES 250000

Sym *sym_matrix(size_t rows, size_t cols, Sym *const *entries)
{
    if ((double)rows * (double)cols > MAX_ENTRIES)
        sym_raise(SYM_E_LIMIT, "matrix too large");
    Sym *m = sym_node(SYM_MATRIX, 0, rows * cols);
    m->v.m.rows = (uint32_t)rows;
    m->v.m.cols = (uint32_t)cols;
    if (rows && cols)
        memcpy(m->args, entries, rows * cols * sizeof(Sym *));
    return sym_finish(m);
}

static size_t R(const Sym *m) { return m->v.m.rows; }
static size_t C(const Sym *m) { return m->v.m.cols; }

static Sym **entries_new(size_t n) { return gc_alloc((n ? n : 1) * sizeof(Sym *)); }

Sym *sym_matrix_fill(size_t rows, size_t cols, Sym *value)
{
    Sym **e = entries_new(rows * cols);
    for (size_t i = 0; i < rows * cols; i++)
        e[i] = value;
    return sym_matrix(rows, cols, e);
}

Sym *sym_matrix_eye(size_t n)
{
    Sym **e = entries_new(n * n);
    for (size_t i = 0; i < n * n; i++)
        e[i] = i % (n + 1) == 0 ? sym_one : sym_zero;
    return sym_matrix(n, n, e);
}

_Noreturn static void shape_error(const char *op, Sym *a, Sym *b)
{
    sym_raise(SYM_E_SHAPE, "Matrix size mismatch: (%zu, %zu) %s (%zu, %zu).", R(a), C(a), op, R(b),
              C(b));
}

/* NonSquareMatrixError with sympy's message for the operation (mostly none). */
static void need_square(Sym *m, const char *message)
{
    if (R(m) != C(m))
        sym_raise(SYM_E_NONSQUARE, "%s", message);
}

static Sym *elementwise(Sym *a, Sym *b, bool sub)
{
    if (R(a) != R(b) || C(a) != C(b))
        shape_error("+", a, b);
    Sym **e = entries_new(a->n);
    for (size_t i = 0; i < a->n; i++)
        e[i] = sub ? sym_sub(a->args[i], b->args[i]) : sym_add(a->args[i], b->args[i]);
    return sym_matrix(R(a), C(a), e);
}

Sym *sym_matrix_add(Sym *a, Sym *b) { return elementwise(a, b, false); }

Sym *sym_matrix_sub(Sym *a, Sym *b) { return elementwise(a, b, true); }

/* A dot product of matrix entries: the plain sum of products, as A*B and dot() give it. */
static Sym *dotprod(size_t n, Sym *const *x, size_t xs, Sym *const *y, size_t ys)
{
    Sym **t = entries_new(n);
    for (size_t k = 0; k < n; k++)
        t[k] = sym_mul(x[k * xs], y[k * ys]);
    return sym_add_n(n, t);
}

Sym *sym_matrix_mul(Sym *a, Sym *b)
{
    if (C(a) != R(b))
        shape_error("*", a, b);
    size_t n = R(a), m = C(b), k = C(a);
    if ((double)n * (double)m * (double)k > 1e8)
        sym_raise(SYM_E_LIMIT, "matrix product too large");
    Sym **e = entries_new(n * m);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < m; j++) {
            budget_tick();
            e[i * m + j] = dotprod(k, a->args + i * k, 1, b->args + j, m);
        }
    return sym_matrix(n, m, e);
}

Sym *sym_matrix_scale(Sym *m, Sym *c)
{
    Sym **e = entries_new(m->n);
    for (size_t i = 0; i < m->n; i++)
        e[i] = sym_mul(c, m->args[i]);
    return sym_matrix(R(m), C(m), e);
}

Sym *sym_matrix_pow(Sym *m, long n)
{
    need_square(m, "");
    if (n < 0) {
        m = sym_matrix_inv(m);
        n = -n;
    }
    Sym *r = sym_matrix_eye(R(m)), *sq = m;
    while (n) {
        if (n & 1)
            r = sym_matrix_mul(r, sq);
        n >>= 1;
        if (n)
            sq = sym_matrix_mul(sq, sq);
    }
    /* powers go through sympy's dotprodsimp: entries come out expanded */
    Sym **e = entries_new(r->n);
    for (size_t i = 0; i < r->n; i++)
        e[i] = sym_is_rational(r->args[i]) ? r->args[i] : sym_expand(r->args[i]);
    return sym_matrix(R(r), C(r), e);
}

Sym *sym_matrix_transpose(Sym *m)
{
    Sym **e = entries_new(m->n);
    for (size_t i = 0; i < R(m); i++)
        for (size_t j = 0; j < C(m); j++)
            e[j * R(m) + i] = sym_matrix_at(m, i, j);
    return sym_matrix(C(m), R(m), e);
}

Sym *sym_matrix_trace(Sym *m)
{
    need_square(m, "");
    Sym **t = entries_new(R(m));
    for (size_t i = 0; i < R(m); i++)
        t[i] = sym_matrix_at(m, i, i);
    return sym_add_n(R(m), t);
}

/* ---- exact rational matrices ---------------------------------------------------------------- */

bool sym_matrix_is_rational(Sym *m)
{
    for (size_t i = 0; i < m->n; i++)
        if (!sym_is_rational(m->args[i]))
            return false;
    return true;
}

static void to_fmpq_mat(fmpq_mat_t out, Sym *m)
{
    fmpq_mat_init(out, (slong)R(m), (slong)C(m));
    for (size_t i = 0; i < R(m); i++)
        for (size_t j = 0; j < C(m); j++)
            sym_get_fmpq(fmpq_mat_entry(out, i, j), sym_matrix_at(m, i, j));
}

static Sym *from_fmpq_mat(const fmpq_mat_t a)
{
    size_t r = (size_t)fmpq_mat_nrows(a), c = (size_t)fmpq_mat_ncols(a);
    Sym **e = entries_new(r * c);
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++)
            e[i * c + j] = sym_rat_fmpq(fmpq_mat_entry(a, i, j));
    return sym_matrix(r, c, e);
}

/* ---- determinant ----------------------------------------------------------------------------- */

bool sym_matrix_entry_is_zero(Sym *e)
{
    if (sym_is_zero_num(e))
        return true;
    if (sym_is_rational(e))
        return false;
    return sym_is_zero_num(sym_cancel(sym_expand(e)));
}

static Sym *tidy(Sym *e)
{
    if (sym_is_rational(e))
        return e;
    return sym_cancel(sym_expand(e));
}

/* Bareiss fraction-free elimination on an n x n array (destroyed). */
static Sym *bareiss(Sym **a, size_t n)
{
    Sym *sign = sym_one, *prev = sym_one;
    for (size_t k = 0; k + 1 < n; k++) {
        size_t p = k;
        while (p < n && sym_matrix_entry_is_zero(a[p * n + k]))
            p++;
        if (p == n)
            return sym_zero;
        if (p != k) {
            for (size_t j = 0; j < n; j++) {
                Sym *t = a[k * n + j];
                a[k * n + j] = a[p * n + j];
                a[p * n + j] = t;
            }
            sign = sym_neg(sign);
        }
        for (size_t i = k + 1; i < n; i++)
            for (size_t j = k + 1; j < n; j++) {
                budget_tick();
                Sym *t = sym_sub(sym_mul(a[k * n + k], a[i * n + j]), sym_mul(a[i * n + k], a[k * n + j]));
                a[i * n + j] = tidy(sym_div(t, prev));
            }
        prev = a[k * n + k];
    }
    return sym_mul(sign, a[n * n - 1]);
}

Sym *sym_matrix_det(Sym *m)
{
    need_square(m, "");
    size_t n = R(m);
    if (n == 0)
        return sym_one;
    if (n == 1)
        return m->args[0];
    if (sym_matrix_is_rational(m)) {
        fmpq_mat_t a;
        fmpq_t d;
        to_fmpq_mat(a, m);
        fmpq_init(d);
        fmpq_mat_det(d, a);
        Sym *r = sym_rat_fmpq(d);
        fmpq_clear(d);
        fmpq_mat_clear(a);
        return r;
    }
    Sym *const *M = m->args;
    Sym *d;
    if (n == 2) {
        d = sym_sub(sym_mul(M[0], M[3]), sym_mul(M[1], M[2]));
    } else if (n == 3) {
        Sym *t[6] = {
            sym_mul(sym_mul(M[0], M[4]), M[8]), sym_mul(sym_mul(M[1], M[5]), M[6]),
            sym_mul(sym_mul(M[2], M[3]), M[7]), sym_neg(sym_mul(sym_mul(M[2], M[4]), M[6])),
            sym_neg(sym_mul(sym_mul(M[0], M[5]), M[7])), sym_neg(sym_mul(sym_mul(M[1], M[3]), M[8])),
        };
        d = sym_add_n(6, t);
    } else {
        Sym **a = entries_new(n * n);
        memcpy(a, M, n * n * sizeof(Sym *));
        d = bareiss(a, n);
    }
    return sym_expand(d);
}

/* ---- echelon forms ------------------------------------------------------------------------- */

/* Moves the first row from `row` down with a non-zero entry in column j up to `row`; false if
 * there is none. */
static bool pivot_to(Sym **a, size_t r, size_t c, size_t row, size_t j)
{
    size_t p = row;
    while (p < r && sym_matrix_entry_is_zero(a[p * c + j]))
        p++;
    if (p == r)
        return false;
    for (size_t k = 0; k < c; k++) {
        Sym *t = a[row * c + k];
        a[row * c + k] = a[p * c + k];
        a[p * c + k] = t;
    }
    return true;
}

/* Gauss-Jordan on a copy; entries kept simplified; pivot columns returned in order. */
static Sym *rref(Sym *m, SymVec *pivots)
{
    size_t r = R(m), c = C(m);
    if (sym_matrix_is_rational(m)) {
        fmpq_mat_t a, b;
        to_fmpq_mat(a, m);
        fmpq_mat_init(b, (slong)r, (slong)c);
        fmpq_mat_rref(b, a);
        Sym *res = from_fmpq_mat(b);
        size_t row = 0;
        for (size_t j = 0; j < c && row < r; j++)
            if (fmpq_is_one(fmpq_mat_entry(b, row, j))) {
                bool pivot = true;
                for (size_t k = 0; k < j && pivot; k++)
                    pivot = fmpq_is_zero(fmpq_mat_entry(b, row, k));
                if (pivot) {
                    sym_vec_push(pivots, sym_int((long)j));
                    row++;
                }
            }
        fmpq_mat_clear(a);
        fmpq_mat_clear(b);
        return res;
    }
    Sym **a = entries_new(r * c);
    memcpy(a, m->args, r * c * sizeof(Sym *));
    size_t row = 0;
    for (size_t j = 0; j < c && row < r; j++) {
        if (!pivot_to(a, r, c, row, j))
            continue;
        Sym *inv = sym_div(sym_one, a[row * c + j]);
        for (size_t k = 0; k < c; k++)
            a[row * c + k] = sym_simplify(sym_mul(a[row * c + k], inv));
        a[row * c + j] = sym_one;   /* exactly, also for Float pivots, as sympy sets it */
        for (size_t i = 0; i < r; i++) {
            budget_tick();
            if (i == row || sym_matrix_entry_is_zero(a[i * c + j]))
                continue;
            Sym *f = a[i * c + j];
            for (size_t k = 0; k < c; k++)
                a[i * c + k] = sym_simplify(sym_sub(a[i * c + k], sym_mul(f, a[row * c + k])));
            a[i * c + j] = sym_zero;
        }
        sym_vec_push(pivots, sym_int((long)j));
        row++;
    }
    for (size_t i = 0; i < r * c; i++)
        if (sym_matrix_entry_is_zero(a[i]))
            a[i] = sym_zero;
    return sym_matrix(r, c, a);
}

Sym *sym_matrix_rref(Sym *m, Sym **pivots)
{
    SymVec p = {0};
    Sym *res = rref(m, &p);
    *pivots = sym_tuple(p.n, p.v);
    return res;
}

long sym_matrix_rank(Sym *m)
{
    SymVec p = {0};
    rref(m, &p);
    return (long)p.n;
}

Sym *sym_matrix_nullspace(Sym *m)
{
    SymVec p = {0};
    Sym *e = rref(m, &p);
    size_t c = C(m);
    bool *is_pivot = gc_alloc_atomic(c + 1);
    for (size_t k = 0; k < p.n; k++)
        is_pivot[fmpz_get_si(p.v[k]->v.z)] = true;
    SymVec basis = {0};
    for (size_t f = 0; f < c; f++) {
        if (is_pivot[f])
            continue;
        Sym **v = entries_new(c);
        for (size_t k = 0; k < c; k++)
            v[k] = sym_zero;
        v[f] = sym_one;
        for (size_t k = 0; k < p.n; k++)
            v[fmpz_get_si(p.v[k]->v.z)] = sym_neg(sym_matrix_at(e, k, f));
        sym_vec_push(&basis, sym_matrix(c, 1, v));
    }
    return sym_list(basis.n, basis.v);
}

Sym *sym_matrix_columnspace(Sym *m)
{
    SymVec p = {0};
    rref(m, &p);
    SymVec cols = {0};
    for (size_t k = 0; k < p.n; k++) {
        size_t j = (size_t)fmpz_get_si(p.v[k]->v.z);
        Sym **v = entries_new(R(m));
        for (size_t i = 0; i < R(m); i++)
            v[i] = sym_matrix_at(m, i, j);
        sym_vec_push(&cols, sym_matrix(R(m), 1, v));
    }
    return sym_list(cols.n, cols.v);
}

/* ---- inverse ------------------------------------------------------------------------------- */

Sym *sym_matrix_minor_submatrix(Sym *m, size_t row, size_t col)
{
    size_t r = R(m), c = C(m);
    Sym **e = entries_new((r - 1) * (c - 1));
    size_t k = 0;
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++)
            if (i != row && j != col)
                e[k++] = sym_matrix_at(m, i, j);
    return sym_matrix(r - 1, c - 1, e);
}

Sym *sym_matrix_cofactor(Sym *m, size_t row, size_t col)
{
    Sym *d = sym_matrix_det(sym_matrix_minor_submatrix(m, row, col));
    return (row + col) % 2 ? sym_neg(d) : d;
}

Sym *sym_matrix_cofactor_matrix(Sym *m)
{
    need_square(m, "");
    size_t n = R(m);
    if (n == 1)
        return sym_matrix(1, 1, (Sym *[]){sym_one});
    Sym **e = entries_new(n * n);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            e[i * n + j] = sym_matrix_cofactor(m, i, j);
    return sym_matrix(n, n, e);
}

Sym *sym_matrix_adjugate(Sym *m) { return sym_matrix_transpose(sym_matrix_cofactor_matrix(m)); }

Sym *sym_matrix_inv(Sym *m)
{
    need_square(m, "A Matrix must be square to invert.");
    size_t n = R(m);
    if (sym_matrix_is_rational(m)) {
        fmpq_mat_t a, b;
        to_fmpq_mat(a, m);
        fmpq_mat_init(b, (slong)n, (slong)n);
        int ok = fmpq_mat_inv(b, a);
        Sym *res = ok ? from_fmpq_mat(b) : NULL;
        fmpq_mat_clear(a);
        fmpq_mat_clear(b);
        if (!res)
            sym_raise(SYM_E_NONINVERTIBLE, "Matrix det == 0; not invertible.");
        return res;
    }
    Sym *d = sym_matrix_det(m);
    if (sym_matrix_entry_is_zero(d))
        sym_raise(SYM_E_NONINVERTIBLE, "Matrix det == 0; not invertible.");
    Sym *adj = sym_matrix_adjugate(m);
    Sym **e = entries_new(n * n);
    for (size_t i = 0; i < n * n; i++) {
        /* as a fraction-field element: p/q in lowest terms, p expanded, no sign pulled out */
        Sym *num, *den;
        sym_numer_denom(sym_cancel(sym_div(adj->args[i], d)), &num, &den);
        e[i] = sym_div(sym_expand(num), den);
    }
    return sym_matrix(n, n, e);
}

/* ---- eigenvalues --------------------------------------------------------------------------- */

/* det(x*I - A) expanded, by fraction-free elimination. */
static Sym *charpoly_expanded(Sym *m, Sym *x)
{
    need_square(m, "");
    size_t n = R(m);
    Sym **e = entries_new(n * n);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            Sym *a = sym_neg(sym_matrix_at(m, i, j));
            e[i * n + j] = i == j ? sym_add(x, a) : a;
        }
    return sym_expand(n == 1 ? e[0] : bareiss(e, n));
}

Sym *sym_matrix_charpoly(Sym *m, Sym *x)
{
    Sym *p = charpoly_expanded(m, x);
    SymVec c = {0};
    if (!sym_poly_coeffs(p, x, &c))
        return p;
    /* as PurePoly.as_expr(): the sum of coefficient * x**k, each coefficient kept whole */
    Sym **t = entries_new(c.n);
    for (size_t k = 0; k < c.n; k++)
        t[k] = sym_mul(c.v[k], sym_pow_si(x, (long)(c.n - 1 - k)));
    return sym_add_n(c.n, t);
}

/* The strongly connected components of the graph i -> j (A[i, j] != 0, i != j), by Tarjan's
 * algorithm from vertex 0 up, each component in stack order: sympy splits eigenvalue problems
 * along them, and its eigenvalues come out component by component in this order. */
typedef struct Tarjan {
    Sym *m;
    size_t n, counter, sp, ncomp, filled;
    size_t *index, *low, *stack, *size, *order;   /* order: the components' vertices, in turn */
    bool *on;
} Tarjan;

static void strongconnect(Tarjan *t, size_t v)
{
    budget_tick();
    t->index[v] = t->low[v] = ++t->counter;
    t->stack[t->sp++] = v;
    t->on[v] = true;
    for (size_t w = 0; w < t->n; w++) {
        if (w == v || sym_is_zero_num(sym_matrix_at(t->m, v, w)))
            continue;
        if (!t->index[w]) {
            strongconnect(t, w);
            if (t->low[w] < t->low[v])
                t->low[v] = t->low[w];
        } else if (t->on[w] && t->index[w] < t->low[v]) {
            t->low[v] = t->index[w];
        }
    }
    if (t->low[v] != t->index[v])
        return;
    size_t k = t->sp;
    while (t->stack[--k] != v)
        ;
    for (size_t i = k; i < t->sp; i++) {
        t->on[t->stack[i]] = false;
        t->order[t->filled++] = t->stack[i];
    }
    t->size[t->ncomp++] = t->sp - k;
    t->sp = k;
}

/* Eigenvalues of a matrix with Floats: those of its exact rational twin, evaluated. */
static Sym *float_eigenvals(Sym *m)
{
    Sym *ev = sym_matrix_eigenvals(sym_rationalize_floats(m));
    Sym **k = entries_new(ev->n / 2), **v = entries_new(ev->n / 2);
    for (size_t i = 0; i < ev->n / 2; i++) {
        k[i] = sym_evalf(ev->args[2 * i], 15);
        v[i] = ev->args[2 * i + 1];
    }
    return sym_dict(ev->n / 2, k, v);
}

Sym *sym_matrix_eigenvals(Sym *m)
{
    if (R(m) != C(m))
        sym_raise(SYM_E_NONSQUARE, "%s must be a square matrix.", sym_str(m));
    if (sym_has_float(m))
        return float_eigenvals(m);
    size_t n = R(m);
    Tarjan t = {.m = m, .n = n};
    t.index = gc_alloc_atomic((n + 1) * sizeof(size_t));
    t.low = gc_alloc_atomic((n + 1) * sizeof(size_t));
    t.stack = gc_alloc_atomic((n + 1) * sizeof(size_t));
    t.size = gc_alloc_atomic((n + 1) * sizeof(size_t));
    t.order = gc_alloc_atomic((n + 1) * sizeof(size_t));
    t.on = gc_alloc_atomic(n + 1);
    for (size_t v = 0; v < n; v++)
        if (!t.index[v])
            strongconnect(&t, v);
    SymMap counts = {0};
    Sym *x = sym_dummy("lambda", (SymFacts){0, 0});
    for (size_t c = 0, at = 0; c < t.ncomp; at += t.size[c++]) {
        size_t k = t.size[c];
        Sym **sub = entries_new(k * k);
        for (size_t i = 0; i < k; i++)
            for (size_t j = 0; j < k; j++)
                sub[i * k + j] = sym_matrix_at(m, t.order[at + i], t.order[at + j]);
        Sym *r = k == 1 ? sym_dict(1, sub, (Sym *[]){sym_one}) : sym_roots(charpoly_expanded(sym_matrix(k, k, sub), x), x);
        long total = 0;
        for (size_t i = 0; i < r->n; i += 2) {
            bool fresh;
            Sym **slot = sym_map_slot(&counts, r->args[i], &fresh);
            *slot = fresh ? r->args[i + 1] : sym_add(*slot, r->args[i + 1]);
            total += fmpz_get_si(r->args[i + 1]->v.z);
        }
        if (total < (long)k)
            sym_raise(SYM_E_NOT_IMPLEMENTED, "could not compute the eigenvalues of %s", "the matrix");
    }
    return sym_dict(counts.n, counts.keys, counts.vals);
}

Sym *sym_matrix_eigenvects(Sym *m)
{
    Sym *ev = sym_matrix_eigenvals(m);
    size_t k = ev->n / 2;
    Sym **vals = entries_new(k), **mults = entries_new(k);
    for (size_t i = 0; i < k; i++) {
        vals[i] = ev->args[2 * i];
        mults[i] = ev->args[2 * i + 1];
    }
    /* sorted by default_sort_key of the eigenvalue, multiplicities following */
    for (size_t i = 1; i < k; i++) {
        Sym *v = vals[i], *mu = mults[i];
        size_t j = i;
        while (j > 0 && sym_sort_cmp(vals[j - 1], v) > 0) {
            vals[j] = vals[j - 1];
            mults[j] = mults[j - 1];
            j--;
        }
        vals[j] = v;
        mults[j] = mu;
    }
    SymVec out = {0};
    size_t n = R(m);
    for (size_t i = 0; i < k; i++) {
        Sym *shifted = sym_matrix_sub(m, sym_matrix_scale(sym_matrix_eye(n), vals[i]));
        Sym *basis = sym_matrix_nullspace(shifted);
        sym_vec_push(&out, sym_tuple(3, (Sym *[]){vals[i], mults[i], basis}));
    }
    return sym_list(out.n, out.v);
}

/* ---- solving and vectors ------------------------------------------------------------------- */

Sym *sym_matrix_solve(Sym *a, Sym *b)
{
    if (R(a) != R(b))
        shape_error("\\", a, b);
    need_square(a, "");
    return sym_matrix_mul(sym_matrix_inv(a), b);
}

static bool is_vector(Sym *m) { return R(m) == 1 || C(m) == 1; }

Sym *sym_matrix_dot(Sym *u, Sym *v)
{
    if (!is_vector(u) || !is_vector(v))
        sym_raise(SYM_E_SHAPE, "%s", "");
    if (u->n != v->n)
        sym_raise(SYM_E_SHAPE, "Dimensions incorrect for dot product: (%zu, %zu), (%zu, %zu)", R(u),
                  C(u), R(v), C(v));
    return dotprod(u->n, u->args, 1, v->args, 1);
}

Sym *sym_matrix_cross(Sym *u, Sym *v)
{
    if (u->n != 3 || v->n != 3)
        sym_raise(SYM_E_SHAPE, "Dimensions incorrect for cross product: (%zu, %zu) x (%zu, %zu)",
                  R(u), C(u), R(v), C(v));
    Sym *const *a = u->args, *const *b = v->args;
    Sym *e[3] = {
        sym_sub(sym_mul(a[1], b[2]), sym_mul(a[2], b[1])),
        sym_sub(sym_mul(a[2], b[0]), sym_mul(a[0], b[2])),
        sym_sub(sym_mul(a[0], b[1]), sym_mul(a[1], b[0])),
    };
    return sym_matrix(R(u), C(u), e);
}

Sym *sym_matrix_norm(Sym *m)
{
    Sym **t = entries_new(m->n);
    for (size_t i = 0; i < m->n; i++) {
        Sym *x = m->args[i];
        t[i] = sym_is(x, SYM_F_EXTENDED_REAL) ? sym_pow_si(x, 2) : sym_pow_si(sym_fn1(SYM_FN_ABS, x), 2);
    }
    return sym_sqrt(sym_add_n(m->n, t));
}

/* Max or Min of the sums of |entries| along rows (by_rows) or columns, or of single entries. */
static Sym *abs_extreme(Sym *m, SymFn f, int lines)
{
    size_t outer = lines == 1 ? R(m) : lines == 2 ? C(m) : m->n;
    size_t inner = lines == 1 ? C(m) : lines == 2 ? R(m) : 1;
    Sym **v = entries_new(outer), **t = entries_new(inner);
    for (size_t a = 0; a < outer; a++) {
        for (size_t b = 0; b < inner; b++)
            t[b] = sym_fn1(SYM_FN_ABS, lines == 1 ? sym_matrix_at(m, a, b) : lines == 2 ? sym_matrix_at(m, b, a) : m->args[a]);
        v[a] = sym_add_n(inner, t);
    }
    return sym_fn(f, outer, v);
}

Sym *sym_matrix_norm_ord(Sym *m, Sym *ord)
{
    bool inf = ord->kind == SYM_INFINITY, ninf = ord->kind == SYM_NEG_INFINITY;
    if (is_vector(m)) {
        if (inf || ninf)
            return abs_extreme(m, inf ? SYM_FN_MAX : SYM_FN_MIN, 0);
        Sym **t = entries_new(m->n);
        for (size_t i = 0; i < m->n; i++)
            t[i] = sym_pow(sym_fn1(SYM_FN_ABS, m->args[i]), ord);
        return sym_pow(sym_add_n(m->n, t), sym_pow_si(ord, -1));
    }
    if (sym_is_one(ord))
        return abs_extreme(m, SYM_FN_MAX, 2);
    if (inf)
        return abs_extreme(m, SYM_FN_MAX, 1);
    sym_raise(SYM_E_NOT_IMPLEMENTED, "Matrix Norms under development");
}

Sym *sym_matrix_normalized(Sym *m)
{
    if (!is_vector(m))
        sym_raise(SYM_E_SHAPE, "A Matrix must be a vector to normalize.");
    Sym *n = sym_matrix_norm(m);
    if (sym_is_zero_num(n))
        return m;
    Sym **e = entries_new(m->n);
    for (size_t i = 0; i < m->n; i++)
        e[i] = sym_div(m->args[i], n);
    return sym_matrix(R(m), C(m), e);
}

Sym *sym_matrix_conjugate(Sym *m)
{
    Sym **e = entries_new(m->n);
    for (size_t i = 0; i < m->n; i++)
        e[i] = sym_fn1(SYM_FN_CONJUGATE, m->args[i]);
    return sym_matrix(R(m), C(m), e);
}

/* Fraction-free elimination without normalising pivots (row_i := p*row_i - a*row_p), as sympy's
 * echelon_form; *rank gets the number of pivots. */
static Sym *echelon(Sym *m, size_t *rank)
{
    size_t r = R(m), c = C(m);
    Sym **a = entries_new(r * c);
    memcpy(a, m->args, r * c * sizeof(Sym *));
    size_t row = 0;
    for (size_t j = 0; j < c && row < r; j++) {
        if (!pivot_to(a, r, c, row, j))
            continue;
        Sym *piv = a[row * c + j];
        for (size_t i = row + 1; i < r; i++) {
            budget_tick();
            Sym *f = a[i * c + j];
            if (sym_matrix_entry_is_zero(f))
                continue;
            for (size_t k = 0; k < c; k++)
                a[i * c + k] = tidy(sym_sub(sym_mul(piv, a[i * c + k]), sym_mul(f, a[row * c + k])));
        }
        row++;
    }
    *rank = row;
    return sym_matrix(r, c, a);
}

Sym *sym_matrix_echelon_form(Sym *m)
{
    size_t rank;
    return echelon(m, &rank);
}

Sym *sym_matrix_rowspace(Sym *m)
{
    size_t rank;
    Sym *e = echelon(m, &rank);
    Sym **rows = entries_new(rank);
    for (size_t i = 0; i < rank; i++)
        rows[i] = sym_matrix(1, C(m), e->args + i * C(m));
    return sym_list(rank, rows);
}
