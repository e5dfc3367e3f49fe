/* solvers/sym_matdec.c — matrix decompositions and the solvers built on them, as sympy's. */
#include "solvers/sym_matdec.h"

#include <stdio.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"

static size_t R(const Sym *m) { return m->v.m.rows; }
static size_t C(const Sym *m) { return m->v.m.cols; }

static Sym **entries_new(size_t n) { return gc_alloc((n ? n : 1) * sizeof(Sym *)); }

static Sym **entries_copy(Sym *m)
{
    Sym **e = entries_new(m->n);
    memcpy(e, m->args, m->n * sizeof(Sym *));
    return e;
}

static Sym **zero_entries(size_t n)
{
    Sym **e = entries_new(n);
    for (size_t i = 0; i < n; i++)
        e[i] = sym_zero;
    return e;
}

static void swap_rows(Sym **a, size_t cols, size_t i, size_t j, size_t upto)
{
    for (size_t k = 0; k < upto; k++) {
        Sym *t = a[i * cols + k];
        a[i * cols + k] = a[j * cols + k];
        a[j * cols + k] = t;
    }
}

/* The pivot sympy's elimination takes in column j from row `from`: the first entry known to be
 * non-zero, else the first one not known to be zero; rows when there is none. */
static size_t find_pivot(Sym **a, size_t rows, size_t cols, size_t from, size_t j)
{
    for (size_t i = from; i < rows; i++) {
        Sym *e = a[i * cols + j];
        if (sym_is_number(e) ? !sym_is_zero_num(e) : sym_ask(e, SYM_F_NONZERO) == SYM_YES)
            return i;
    }
    for (size_t i = from; i < rows; i++)
        if (!sym_matrix_entry_is_zero(a[i * cols + j]))
            return i;
    return rows;
}

Sym *sym_matdec_lu(Sym *m, Sym **l, Sym **u)
{
    size_t r = R(m), c = C(m);
    Sym **U = entries_copy(m), **L = zero_entries(r * r);
    SymVec perm = {0};
    size_t prow = 0;
    for (size_t j = 0; j < c && prow < r; j++) {
        size_t p = find_pivot(U, r, c, prow, j);
        if (p == r)
            continue;
        if (p != prow) {
            swap_rows(U, c, p, prow, c);
            swap_rows(L, r, p, prow, prow);
            sym_vec_push(&perm, sym_list(2, (Sym *[]){sym_int((long)prow), sym_int((long)p)}));
        }
        Sym *piv = U[prow * c + j];
        for (size_t i = prow + 1; i < r; i++) {
            budget_tick();
            Sym *f = sym_div(U[i * c + j], piv);
            L[i * r + prow] = f;
            U[i * c + j] = sym_zero;
            for (size_t k = j + 1; k < c; k++)
                U[i * c + k] = sym_sub(U[i * c + k], sym_mul(f, U[prow * c + k]));
        }
        prow++;
    }
    for (size_t i = 0; i < r; i++)
        L[i * r + i] = sym_one;
    *l = sym_matrix(r, r, L);
    *u = sym_matrix(r, c, U);
    return sym_list(perm.n, perm.v);
}

/* The Hermitian dot product conj(u).v of two columns held as entry arrays. */
static Sym *hdot(size_t n, Sym *const *u, Sym *const *v)
{
    Sym **t = entries_new(n);
    for (size_t k = 0; k < n; k++)
        t[k] = sym_mul(sym_fn1(SYM_FN_CONJUGATE, u[k]), v[k]);
    return sym_add_n(n, t);
}

static Sym *column(Sym *m, size_t j, Sym **out)
{
    for (size_t i = 0; i < R(m); i++)
        out[i] = sym_matrix_at(m, i, j);
    return sym_matrix(R(m), 1, out);
}

Sym *sym_matdec_qr(Sym *m, Sym **r_out)
{
    size_t n = R(m), c = C(m);
    Sym ***q = gc_alloc((c + 1) * sizeof(Sym **));
    Sym **rr = zero_entries(c * c);
    size_t *ranked = gc_alloc_atomic((c + 1) * sizeof(size_t));
    size_t rank = 0;
    for (size_t j = 0; j < c; j++) {
        Sym **v = entries_new(n);
        column(m, j, v);
        for (size_t k = 0; k < rank; k++) {
            budget_tick();
            Sym *d = sym_expand_mul(hdot(n, q[k], v));
            rr[k * c + j] = d;
            for (size_t i = 0; i < n; i++)
                v[i] = sym_expand_mul(sym_sub(v[i], sym_mul(q[k][i], d)));
        }
        bool zero = true;
        for (size_t i = 0; i < n && zero; i++)
            zero = sym_matrix_entry_is_zero(v[i]);
        if (zero)
            continue;
        Sym *norm = sym_matrix_norm(sym_matrix(n, 1, v));
        rr[rank * c + j] = norm;
        q[rank] = entries_new(n);
        for (size_t i = 0; i < n; i++)
            q[rank][i] = sym_div(v[i], norm);
        ranked[rank++] = j;
    }
    Sym **qe = entries_new(n * rank);
    for (size_t k = 0; k < rank; k++)
        for (size_t i = 0; i < n; i++)
            qe[i * rank + k] = q[k][i];
    *r_out = sym_matrix(rank, c, rr);
    return sym_matrix(n, rank, qe);
}

static void need_square(Sym *m, const char *message)
{
    if (R(m) != C(m))
        sym_raise(SYM_E_NONSQUARE, "%s", message);
}

/* Whether A equals its conjugate transpose (or its transpose when !hermitian), provably. */
static bool self_adjoint(Sym *m, bool hermitian)
{
    if (R(m) != C(m))
        return false;
    for (size_t i = 0; i < R(m); i++)
        for (size_t j = 0; j <= i; j++) {
            Sym *t = sym_matrix_at(m, j, i);
            if (hermitian)
                t = sym_fn1(SYM_FN_CONJUGATE, t);
            if (!sym_matrix_entry_is_zero(sym_sub(sym_matrix_at(m, i, j), t)))
                return false;
        }
    return true;
}

static void need_self_adjoint(Sym *m, bool hermitian)
{
    need_square(m, "Matrix must be square.");
    if (!self_adjoint(m, hermitian))
        sym_raise(SYM_E_VALUE, hermitian ? "Matrix must be Hermitian." : "Matrix must be symmetric.");
}

/* sum_{k<n} L[i,k] * conj(L[j,k]) * d[k] (d NULL for ones), over a row-major n x n array. */
static Sym *lsum(Sym **L, size_t n, size_t i, size_t j, size_t upto, Sym **d, bool hermitian)
{
    Sym **t = entries_new(upto);
    for (size_t k = 0; k < upto; k++) {
        Sym *b = L[j * n + k];
        t[k] = sym_mul(L[i * n + k], hermitian ? sym_fn1(SYM_FN_CONJUGATE, b) : b);
        if (d)
            t[k] = sym_mul(t[k], d[k]);
    }
    return sym_add_n(upto, t);
}

static void need_positive(Sym *e)
{
    if (sym_ask(e, SYM_F_POSITIVE) == SYM_NO)
        sym_raise(SYM_E_NONPOSDEF, "Matrix must be positive-definite");
}

Sym *sym_matdec_cholesky(Sym *m, bool hermitian)
{
    need_self_adjoint(m, hermitian);
    size_t n = R(m);
    Sym **L = zero_entries(n * n);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++) {
            budget_tick();
            Sym *t = sym_sub(sym_matrix_at(m, i, j), lsum(L, n, i, j, j, NULL, hermitian));
            L[i * n + j] = sym_mul(sym_pow_si(L[j * n + j], -1), t);
        }
        Sym *d = sym_sub(sym_matrix_at(m, i, i), lsum(L, n, i, i, i, NULL, hermitian));
        need_positive(d);
        L[i * n + i] = sym_sqrt(d);
    }
    return sym_matrix(n, n, L);
}

Sym *sym_matdec_ldl(Sym *m, bool hermitian, Sym **d_out)
{
    need_self_adjoint(m, hermitian);
    size_t n = R(m);
    Sym **L = zero_entries(n * n), **D = entries_new(n);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++) {
            budget_tick();
            Sym *t = sym_sub(sym_matrix_at(m, i, j), lsum(L, n, i, j, j, D, hermitian));
            L[i * n + j] = sym_mul(sym_pow_si(D[j], -1), t);
        }
        D[i] = sym_sub(sym_matrix_at(m, i, i), lsum(L, n, i, i, i, D, hermitian));
        if (sym_is_zero_num(D[i]))
            sym_raise(SYM_E_NONPOSDEF, "Matrix must be positive-definite");
        L[i * n + i] = sym_one;
    }
    Sym **dm = zero_entries(n * n);
    for (size_t i = 0; i < n; i++)
        dm[i * n + i] = D[i];
    *d_out = sym_matrix(n, n, dm);
    return sym_matrix(n, n, L);
}

/* ---- diagonalization ------------------------------------------------------------------------ */

/* A rational eigenvector scaled by the lcm of its denominators, as diagonalize() takes them. */
static Sym *clear_denominators(Sym *v)
{
    if (!sym_matrix_is_rational(v))
        return v;
    fmpz_t l;
    fmpz_init_set_ui(l, 1);
    for (size_t i = 0; i < v->n; i++)
        if (v->args[i]->kind == SYM_RATIONAL)
            fmpz_lcm(l, l, fmpq_denref(v->args[i]->v.q));
    Sym *f = sym_int_move(l);
    return sym_matrix_scale(v, f);
}

Sym *sym_matdec_eigenvects_simplified(Sym *m)
{
    Sym *ev = sym_matrix_eigenvects(m);
    Sym **out = entries_new(ev->n);
    for (size_t k = 0; k < ev->n; k++) {
        Sym *t = ev->args[k], *basis = t->args[2];
        Sym **b = entries_new(basis->n);
        for (size_t i = 0; i < basis->n; i++)
            b[i] = clear_denominators(basis->args[i]);
        out[k] = sym_tuple(3, (Sym *[]){t->args[0], t->args[1], sym_list(basis->n, b)});
    }
    return sym_list(ev->n, out);
}

Sym *sym_matdec_diagonalize(Sym *m, bool normalize, Sym **d_out)
{
    need_square(m, "");
    size_t n = R(m);
    Sym *ev = sym_matdec_eigenvects_simplified(m);
    Sym **P = entries_new(n * n), **D = zero_entries(n * n);
    size_t col = 0;
    for (size_t k = 0; k < ev->n; k++) {
        Sym *t = ev->args[k], *basis = t->args[2];
        if (fmpz_get_si(t->args[1]->v.z) != (long)basis->n)
            sym_raise(SYM_E_MATRIX, "Matrix is not diagonalizable");
        for (size_t b = 0; b < basis->n; b++) {
            Sym *v = normalize ? sym_matrix_normalized(basis->args[b]) : basis->args[b];
            for (size_t i = 0; i < n; i++)
                P[i * n + col] = v->args[i];
            D[col * n + col] = t->args[0];
            col++;
        }
    }
    *d_out = sym_matrix(n, n, D);
    return sym_matrix(n, n, P);
}

bool sym_matdec_is_diagonalizable(Sym *m)
{
    if (R(m) != C(m))
        return false;
    Sym *ev = sym_matrix_eigenvects(m);
    for (size_t k = 0; k < ev->n; k++)
        if (fmpz_get_si(ev->args[k]->args[1]->v.z) != (long)ev->args[k]->args[2]->n)
            return false;
    return true;
}

/* ---- Jordan form ------------------------------------------------------------------------------ */

/* The columns of a matrix whose columns are the given vectors (n entries each). */
static Sym *columns(size_t n, size_t k, Sym *const *vecs)
{
    Sym **e = entries_new(n * k);
    for (size_t j = 0; j < k; j++)
        for (size_t i = 0; i < n; i++)
            e[i * k + j] = vecs[j]->args[i];
    return sym_matrix(n, k, e);
}

static long rank_of(size_t n, SymVec *vecs) { return vecs->n ? sym_matrix_rank(columns(n, vecs->n, vecs->v)) : 0; }

Sym *sym_matdec_jordan_form(Sym *m, Sym **p_out)
{
    need_square(m, "Only square matrices have Jordan forms");
    size_t n = R(m);
    Sym *ev = sym_matrix_eigenvects(m);
    SymVec chains = {0};
    Sym **J = zero_entries(n * n);
    size_t at = 0;
    for (size_t e = 0; e < ev->n; e++) {
        Sym *lam = ev->args[e]->args[0];
        long mult = fmpz_get_si(ev->args[e]->args[1]->v.z);
        Sym *N = sym_matrix_sub(m, sym_matrix_scale(sym_matrix_eye(n), lam));
        /* null spaces of N, N**2, ... until they reach the algebraic multiplicity */
        SymVec nulls = {0};
        sym_vec_push(&nulls, sym_list(0, NULL));
        Sym *pw = N;
        while ((long)nulls.v[nulls.n - 1]->n < mult) {
            budget_tick();
            sym_vec_push(&nulls, sym_matrix_nullspace(pw));
            if (nulls.n > (size_t)mult + 1)
                sym_raise(SYM_E_NOT_IMPLEMENTED, "could not compute the Jordan form");
            pw = sym_matrix_mul(pw, N);
        }
        size_t top = nulls.n - 1;
        /* blocks of size s: (d_s - d_{s-1}) - (d_{s+1} - d_s); the largest first */
        for (size_t s = top; s >= 1; s--) {
            long ge = (long)nulls.v[s]->n - (long)nulls.v[s - 1]->n;
            long ge_next = s < top ? (long)nulls.v[s + 1]->n - (long)nulls.v[s]->n : 0;
            long count = ge - ge_next;
            Sym *cand = nulls.v[s];
            for (size_t c = 0; c < cand->n && count > 0; c++) {
                SymVec span = {0};
                for (size_t k = 0; k < chains.n; k++)
                    sym_vec_push(&span, chains.v[k]);
                for (size_t k = 0; k < nulls.v[s - 1]->n; k++)
                    sym_vec_push(&span, nulls.v[s - 1]->args[k]);
                long before = rank_of(n, &span);
                sym_vec_push(&span, cand->args[c]);
                if (rank_of(n, &span) == before)
                    continue;
                Sym **chain = entries_new(s);
                chain[s - 1] = cand->args[c];
                for (size_t k = s - 1; k > 0; k--)
                    chain[k - 1] = sym_matrix_mul(N, chain[k]);
                for (size_t k = 0; k < s; k++) {
                    sym_vec_push(&chains, chain[k]);
                    J[(at + k) * n + at + k] = lam;
                    if (k + 1 < s)
                        J[(at + k) * n + at + k + 1] = sym_one;
                }
                at += s;
                count--;
            }
        }
    }
    if (at != n)
        sym_raise(SYM_E_NOT_IMPLEMENTED, "could not compute the Jordan form");
    *p_out = columns(n, n, chains.v);
    return sym_matrix(n, n, J);
}

/* f(A) = P*f(J)*P**-1 for a function given on Jordan blocks: coef(l, k) is f's k-th derivative
 * at l over k!, the entry on the k-th superdiagonal of the block of l. */
static Sym *jordan_apply(Sym *m, Sym *(*coef)(Sym *lam, size_t k, void *ctx), void *ctx)
{
    size_t n = R(m);
    Sym *P;
    Sym *J = sym_matdec_jordan_form(m, &P);
    Sym **F = zero_entries(n * n);
    for (size_t start = 0; start < n;) {
        size_t end = start + 1;
        while (end < n && sym_is_one(sym_matrix_at(J, end - 1, end)))
            end++;
        for (size_t k = 0; k < end - start; k++) {
            Sym *f = coef(sym_matrix_at(J, start, start), k, ctx);
            for (size_t i = start; i + k < end; i++)
                F[i * n + i + k] = f;
        }
        start = end;
    }
    return sym_matrix_mul(sym_matrix_mul(P, sym_matrix(n, n, F)), sym_matrix_inv(P));
}

static Sym *factorial_of(size_t k)
{
    Sym *f = sym_one;
    for (size_t i = 2; i <= k; i++)
        f = sym_mul(f, sym_int((long)i));
    return f;
}

/* exp(l)/k!; with `real` set, exp(a + b*I) is written exp(a)*(cos(b) + I*sin(b)) so that the
 * exponential of a real matrix comes out real. */
static Sym *exp_coef(Sym *lam, size_t k, void *ctx)
{
    Sym *f = sym_fn1(SYM_FN_EXP, lam), *a, *b;
    if (*(bool *)ctx) {
        sym_as_real_imag(lam, &a, &b);
        if (!sym_is_zero_num(b))
            f = sym_mul(sym_fn1(SYM_FN_EXP, a), sym_add(sym_fn1(SYM_FN_COS, b), sym_mul(sym_i, sym_fn1(SYM_FN_SIN, b))));
    }
    return sym_div(f, factorial_of(k));
}

Sym *sym_matdec_exp(Sym *m)
{
    need_square(m, "Exponentiation is valid only for square matrices");
    bool real = true;
    for (size_t i = 0; i < m->n && real; i++)
        real = sym_is(m->args[i], SYM_F_REAL);
    Sym *r = jordan_apply(m, exp_coef, &real);
    if (!real || !sym_has(r, sym_i))
        return r;
    Sym **e = entries_new(r->n);
    for (size_t i = 0; i < r->n; i++)
        e[i] = sym_expand(r->args[i]);
    return sym_matrix(R(r), C(r), e);
}

/* l**(p - k) * p*(p - 1)*...*(p - k + 1)/k! */
static Sym *pow_coef(Sym *lam, size_t k, void *ctx)
{
    Sym *p = ctx, *f = sym_pow(lam, sym_sub(p, sym_int((long)k)));
    for (size_t i = 0; i < k; i++)
        f = sym_mul(f, sym_sub(p, sym_int((long)i)));
    return sym_div(f, factorial_of(k));
}

Sym *sym_matdec_pow(Sym *m, Sym *p)
{
    need_square(m, "");
    return jordan_apply(m, pow_coef, p);
}

/* ---- solving ----------------------------------------------------------------------------------- */

Sym *sym_matdec_gauss_jordan_solve(Sym *a, Sym *b, Sym **params)
{
    size_t r = R(a), c = C(a), k = C(b);
    if (R(b) != r)
        sym_raise(SYM_E_SHAPE, "``self`` and ``rhs`` must have the same number of rows.");
    Sym **aug = entries_new(r * (c + k));
    for (size_t i = 0; i < r; i++) {
        memcpy(aug + i * (c + k), a->args + i * c, c * sizeof(Sym *));
        memcpy(aug + i * (c + k) + c, b->args + i * k, k * sizeof(Sym *));
    }
    Sym *piv;
    Sym *e = sym_matrix_rref(sym_matrix(r, c + k, aug), &piv);
    size_t rank = 0;
    bool *is_pivot = gc_alloc_atomic(c + 1);
    for (size_t p = 0; p < piv->n; p++) {
        size_t j = (size_t)fmpz_get_si(piv->args[p]->v.z);
        if (j >= c)
            sym_raise(SYM_E_VALUE, "Linear system has no solution");
        is_pivot[j] = true;
        rank++;
    }
    size_t nfree = c - rank;
    Sym **tau = entries_new(nfree * k);
    for (size_t i = 0; i < nfree * k; i++) {
        char name[32];
        snprintf(name, sizeof name, "tau%zu", i);
        tau[i] = sym_symbol(name, (SymFacts){0, 0});
    }
    Sym **x = entries_new(c * k);
    size_t f = 0;
    for (size_t j = 0; j < c; j++)
        if (!is_pivot[j]) {
            for (size_t t = 0; t < k; t++)
                x[j * k + t] = tau[f * k + t];
            f++;
        }
    for (size_t p = 0; p < rank; p++) {
        size_t j = (size_t)fmpz_get_si(piv->args[p]->v.z);
        for (size_t t = 0; t < k; t++) {
            Sym **terms = entries_new(nfree + 1);
            size_t nt = 0;
            terms[nt++] = sym_matrix_at(e, p, c + t);
            for (size_t q = 0; q < c; q++)
                if (!is_pivot[q])
                    terms[nt++] = sym_neg(sym_mul(sym_matrix_at(e, p, q), x[q * k + t]));
            x[j * k + t] = sym_add_n(nt, terms);
        }
    }
    *params = sym_matrix(nfree, k, tau);
    return sym_matrix(c, k, x);
}

Sym *sym_matdec_triangular_solve(Sym *a, Sym *b, bool lower)
{
    need_square(a, "Matrix must be square.");
    if (R(b) != R(a))
        sym_raise(SYM_E_SHAPE, "Matrices size mismatch.");
    size_t n = R(a), k = C(b);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if ((lower ? j > i : j < i) && !sym_is_zero_num(sym_matrix_at(a, i, j))) {
                if (lower)
                    sym_raise(SYM_E_VALUE, "Matrix must be lower triangular.");
                sym_raise(SYM_E_TYPE, "Matrix is not upper triangular.");
            }
    Sym **x = zero_entries(n * k);
    for (size_t s = 0; s < n; s++) {
        size_t i = lower ? s : n - 1 - s;
        Sym *d = sym_matrix_at(a, i, i);
        if (sym_is_zero_num(d))
            sym_raise(SYM_E_VALUE, "Matrix must be non-singular.");
        for (size_t t = 0; t < k; t++) {
            budget_tick();
            Sym **terms = entries_new(n + 1);
            size_t nt = 0;
            terms[nt++] = sym_matrix_at(b, i, t);
            for (size_t j = 0; j < n; j++)
                if (lower ? j < i : j > i)
                    terms[nt++] = sym_neg(sym_mul(sym_matrix_at(a, i, j), x[j * k + t]));
            x[i * k + t] = sym_div(sym_add_n(nt, terms), d);
        }
    }
    return sym_matrix(n, k, x);
}

/* ---- pseudo-inverse and singular values --------------------------------------------------------- */

static Sym *adjoint(Sym *m) { return sym_matrix_conjugate(sym_matrix_transpose(m)); }

Sym *sym_matdec_pinv(Sym *m)
{
    if (m->n == 0)
        return sym_matrix_transpose(m);
    /* rank decomposition A = B*C: B the pivot columns of A, C the non-zero rows of rref(A) */
    Sym *piv;
    Sym *e = sym_matrix_rref(m, &piv);
    size_t rank = piv->n, r = R(m), c = C(m);
    if (rank == 0)
        return sym_matrix_transpose(sym_matrix_fill(r, c, sym_zero));
    Sym **be = entries_new(r * rank);
    for (size_t p = 0; p < rank; p++) {
        size_t j = (size_t)fmpz_get_si(piv->args[p]->v.z);
        for (size_t i = 0; i < r; i++)
            be[i * rank + p] = sym_matrix_at(m, i, j);
    }
    Sym *B = sym_matrix(r, rank, be), *Cm = sym_matrix(rank, c, e->args);
    Sym *BH = adjoint(B), *CH = adjoint(Cm);
    Sym *left = sym_matrix_mul(CH, sym_matrix_inv(sym_matrix_mul(Cm, CH)));
    Sym *right = sym_matrix_mul(sym_matrix_inv(sym_matrix_mul(BH, B)), BH);
    return sym_matrix_mul(left, right);
}

Sym *sym_matdec_least_squares(Sym *a, Sym *b)
{
    if (R(a) != R(b))
        sym_raise(SYM_E_SHAPE, "Matrix size mismatch: (%zu, %zu) * (%zu, %zu).", C(a), R(a), R(b), C(b));
    Sym *ah = adjoint(a);
    return sym_matrix_solve(sym_matrix_mul(ah, a), sym_matrix_mul(ah, b));
}

Sym *sym_matdec_singular_values(Sym *m)
{
    Sym *ev = sym_matrix_eigenvals(sym_matrix_mul(adjoint(m), m));
    SymVec vals = {0};
    for (size_t i = 0; i < ev->n; i += 2)
        for (long k = fmpz_get_si(ev->args[i + 1]->v.z); k > 0; k--)
            sym_vec_push(&vals, sym_sqrt(ev->args[i]));
    while (vals.n < C(m))
        sym_vec_push(&vals, sym_zero);
    /* sorted by default_sort_key, largest first */
    for (size_t i = 1; i < vals.n; i++) {
        Sym *v = vals.v[i];
        size_t j = i;
        while (j > 0 && sym_sort_cmp(vals.v[j - 1], v) < 0) {
            vals.v[j] = vals.v[j - 1];
            j--;
        }
        vals.v[j] = v;
    }
    return sym_list(vals.n, vals.v);
}

Sym *sym_matdec_condition_number(Sym *m)
{
    Sym *sv = sym_matdec_singular_values(m);
    if (sv->n == 0)
        return sym_nan;
    return sym_div(sym_fn(SYM_FN_MAX, sv->n, sv->args), sym_fn(SYM_FN_MIN, sv->n, sv->args));
}

/* The signs of the eigenvalues of A, or of A + A.H when A is not Hermitian. */
SymTri sym_matdec_definite(Sym *m, int sign, bool semi)
{
    if (R(m) != C(m))
        return SYM_NO;
    if (!self_adjoint(m, true))
        m = sym_matrix_add(m, adjoint(m));
    Sym *ev = sym_matrix_eigenvals(m);
    bool maybe = false;
    for (size_t i = 0; i < ev->n; i += 2) {
        Sym *v = sign < 0 ? sym_neg(ev->args[i]) : ev->args[i];
        SymTri t = sym_ask(v, semi ? SYM_F_NONNEGATIVE : SYM_F_POSITIVE);
        if (t == SYM_NO)
            return SYM_NO;
        maybe |= t == SYM_MAYBE;
    }
    return maybe ? SYM_MAYBE : SYM_YES;
}

/* ---- modular inverse ---------------------------------------------------------------------------- */

Sym *sym_matdec_inv_mod(Sym *m, Sym *modulus)
{
    need_square(m, "");
    if (modulus->kind != SYM_INTEGER || fmpz_sgn(modulus->v.z) <= 0)
        sym_raise(SYM_E_VALUE, "The modulus must be a positive integer");
    for (size_t i = 0; i < m->n; i++)
        if (m->args[i]->kind != SYM_INTEGER)
            sym_raise(SYM_E_VALUE, "inv_mod needs an integer matrix");
    size_t n = R(m);
    Sym *det = sym_matrix_det(m), *ad = sym_matrix_adjugate(m);
    Sym **e = entries_new(n * n);
    fmpz_t dinv, t;
    fmpz_init(dinv);
    fmpz_init(t);
    fmpz_mod(t, det->v.z, modulus->v.z);
    bool ok = fmpz_invmod(dinv, t, modulus->v.z) != 0;
    for (size_t i = 0; ok && i < n * n; i++) {
        fmpz_mul(t, ad->args[i]->v.z, dinv);
        fmpz_mod(t, t, modulus->v.z);
        e[i] = sym_int_fmpz(t);
    }
    fmpz_clear(t);
    fmpz_clear(dinv);
    if (!ok)
        sym_raise(SYM_E_NONINVERTIBLE, "Matrix is not invertible (mod %s)", sym_str(modulus));
    return sym_matrix(n, n, e);
}
