/* solvers/sym_nsimplify.c — nsimplify (see sym_nsimplify.h).
 *
 * sympy evaluates the number to 30 digits and hands it to mpmath's identify(): for each
 * transform t = f(x, c) of the value and each constant c, PSLQ looks for an integer relation
 * between t and the constants (t is then a rational combination of them), else between 1, t
 * and t**2 (t is a quadratic irrational); the first hit, mapped back through the transform, is
 * the answer. The search is reproduced here with the same transforms, order, precision (30
 * digits, PSLQ in fixed point with 60 guard bits), coefficient bound 1000 and tolerance, since
 * which form is found first (and whether a noisy value is accepted at all) depends on them. */
#include "solvers/sym_nsimplify.h"

#include <acb.h>
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"

enum {
    PREC = 103,              /* mpmath's working precision at 30 digits */
    VALUE_PREC = 99,         /* the precision sympy hands the value and the constants over in */
    FIX = PREC + 60,         /* PSLQ's fixed-point bits */
    MAXCOEFF = 1000,
    MAXSTEPS = 100,
    PSLQ_MAX = 10
};

/* ---- PSLQ -------------------------------------------------------------------------------- */

typedef struct Pslq {
    int n;
    fmpz_t y[PSLQ_MAX + 1], A[PSLQ_MAX + 1][PSLQ_MAX + 1], B[PSLQ_MAX + 1][PSLQ_MAX + 1],
        H[PSLQ_MAX + 1][PSLQ_MAX + 1];
} Pslq;

/* (a * b) >> FIX, flooring as a shift of a signed integer does. */
static void fix_mul(fmpz_t out, const fmpz_t a, const fmpz_t b)
{
    fmpz_mul(out, a, b);
    fmpz_fdiv_q_2exp(out, out, FIX);
}

/* (a << FIX) // b */
static void fix_div(fmpz_t out, const fmpz_t a, const fmpz_t b)
{
    fmpz_mul_2exp(out, a, FIX);
    fmpz_fdiv_q(out, out, b);
}

/* the fixed-point square root of a fixed-point number */
static void fix_sqrt(fmpz_t out, const fmpz_t a)
{
    fmpz_mul_2exp(out, a, FIX);
    fmpz_sqrt(out, out);
}

/* a rounded to the nearest integer, still in fixed point */
static void fix_round(fmpz_t out, const fmpz_t a)
{
    fmpz_t h;
    fmpz_init(h);
    fmpz_one(h);
    fmpz_mul_2exp(h, h, FIX - 1);
    fmpz_add(out, a, h);
    fmpz_fdiv_q_2exp(out, out, FIX);
    fmpz_mul_2exp(out, out, FIX);
    fmpz_clear(h);
}

/* Row i of H reduced by t times row j (columns up to j), with A and B following. */
static void reduce_row(Pslq *p, int i, int j, const fmpz_t t)
{
    fmpz_t u;
    fmpz_init(u);
    fix_mul(u, t, p->y[i]);
    fmpz_add(p->y[j], p->y[j], u);
    for (int k = 1; k <= j; k++) {
        fix_mul(u, t, p->H[j][k]);
        fmpz_sub(p->H[i][k], p->H[i][k], u);
    }
    for (int k = 1; k <= p->n; k++) {
        fix_mul(u, t, p->A[j][k]);
        fmpz_sub(p->A[i][k], p->A[i][k], u);
        fix_mul(u, t, p->B[k][i]);
        fmpz_add(p->B[k][j], p->B[k][j], u);
    }
    fmpz_clear(u);
}

/* Size-reduces row i against rows from `from` down to 1; stops at a zero pivot. */
static void reduce_rows(Pslq *p, int i, int from)
{
    fmpz_t t;
    fmpz_init(t);
    for (int j = from; j >= 1; j--) {
        if (fmpz_is_zero(p->H[j][j]))
            break;
        fix_div(t, p->H[i][j], p->H[j][j]);
        fix_round(t, t);
        reduce_row(p, i, j, t);
    }
    fmpz_clear(t);
}

static void pslq_setup(Pslq *p, const fmpz *x)
{
    int n = p->n;
    fmpz_t s[PSLQ_MAX + 2], u, t;
    fmpz_init(u);
    fmpz_init(t);
    for (int i = 1; i <= n; i++) {
        fmpz_init(p->y[i]);
        for (int j = 1; j <= n; j++) {
            fmpz_init(p->A[i][j]);
            fmpz_init(p->B[i][j]);
            fmpz_init(p->H[i][j]);
            if (i == j) {
                fmpz_one(p->A[i][j]);
                fmpz_mul_2exp(p->A[i][j], p->A[i][j], FIX);
                fmpz_set(p->B[i][j], p->A[i][j]);
            }
        }
    }
    for (int k = 1; k <= n + 1; k++)
        fmpz_init(s[k]);
    for (int k = 1; k <= n; k++) {
        fmpz_zero(t);
        for (int j = k; j <= n; j++) {
            fmpz_mul(u, x + j - 1, x + j - 1);
            fmpz_fdiv_q_2exp(u, u, FIX);
            fmpz_add(t, t, u);
        }
        fix_sqrt(s[k], t);
    }
    fmpz_set(t, s[1]);
    for (int k = 1; k <= n; k++) {
        fix_div(p->y[k], x + k - 1, t);
        fix_div(s[k], s[k], t);
    }
    for (int i = 1; i <= n; i++) {
        if (i < n && !fmpz_is_zero(s[i]))
            fix_div(p->H[i][i], s[i + 1], s[i]);
        for (int j = 1; j < i; j++) {
            fmpz_mul(u, s[j], s[j + 1]);
            if (fmpz_is_zero(u))
                continue;
            fmpz_mul(t, p->y[i], p->y[j]);
            fmpz_neg(t, t);
            fix_div(p->H[i][j], t, u);
        }
    }
    for (int i = 2; i <= n; i++)
        reduce_rows(p, i, i - 1);
    for (int k = 1; k <= n + 1; k++)
        fmpz_clear(s[k]);
    fmpz_clear(u);
    fmpz_clear(t);
}

static void pslq_clear(Pslq *p)
{
    for (int i = 1; i <= p->n; i++) {
        fmpz_clear(p->y[i]);
        for (int j = 1; j <= p->n; j++) {
            fmpz_clear(p->A[i][j]);
            fmpz_clear(p->B[i][j]);
            fmpz_clear(p->H[i][j]);
        }
    }
}

/* One PSLQ iteration: exchange the rows at the largest weighted diagonal entry, restore H's
 * shape and reduce. False when the exchange degenerates. */
static bool pslq_step(Pslq *p, const fmpz_t gamma)
{
    int n = p->n, m = 1;
    fmpz_t best, sz, g, t0, t1, t2, t3, t4;
    fmpz_init_set_si(best, -1);
    fmpz_init(sz);
    fmpz_init_set(g, gamma);
    fmpz_init(t0);
    fmpz_init(t1);
    fmpz_init(t2);
    fmpz_init(t3);
    fmpz_init(t4);
    for (int i = 1; i < n; i++) {
        /* gamma**i * |H[i][i]|, all at the same scale */
        fmpz_abs(sz, p->H[i][i]);
        fmpz_mul(sz, sz, g);
        fmpz_fdiv_q_2exp(sz, sz, (ulong)FIX * (ulong)(i - 1));
        if (fmpz_cmp(sz, best) > 0) {
            m = i;
            fmpz_set(best, sz);
        }
        fmpz_mul(g, g, gamma);
    }
    fmpz_swap(p->y[m], p->y[m + 1]);
    for (int i = 1; i <= n; i++) {
        fmpz_swap(p->H[m][i], p->H[m + 1][i]);
        fmpz_swap(p->A[m][i], p->A[m + 1][i]);
        fmpz_swap(p->B[i][m], p->B[i][m + 1]);
    }
    bool ok = true;
    if (m <= n - 2) {
        fmpz_mul(t0, p->H[m][m], p->H[m][m]);
        fmpz_addmul(t0, p->H[m][m + 1], p->H[m][m + 1]);
        fmpz_fdiv_q_2exp(t0, t0, FIX);
        fix_sqrt(t0, t0);
        if (fmpz_is_zero(t0)) {
            ok = false;
        } else {
            fix_div(t1, p->H[m][m], t0);
            fix_div(t2, p->H[m][m + 1], t0);
            for (int i = m; i <= n; i++) {
                fmpz_set(t3, p->H[i][m]);
                fmpz_set(t4, p->H[i][m + 1]);
                fmpz_mul(sz, t1, t3);
                fmpz_addmul(sz, t2, t4);
                fmpz_fdiv_q_2exp(p->H[i][m], sz, FIX);
                fmpz_mul(sz, t1, t4);
                fmpz_submul(sz, t2, t3);
                fmpz_fdiv_q_2exp(p->H[i][m + 1], sz, FIX);
            }
        }
    }
    if (ok)
        for (int i = m + 1; i <= n; i++)
            reduce_rows(p, i, i - 1 < m + 1 ? i - 1 : m + 1);
    fmpz_clear(best);
    fmpz_clear(sz);
    fmpz_clear(g);
    fmpz_clear(t0);
    fmpz_clear(t1);
    fmpz_clear(t2);
    fmpz_clear(t3);
    fmpz_clear(t4);
    return ok;
}

/* A relation found after a step: a column of B whose residual y is below tol, with small
 * coefficients. */
static bool pslq_found(Pslq *p, const fmpz_t tol, long *rel)
{
    fmpz_t v;
    fmpz_init(v);
    bool found = false;
    for (int i = 1; i <= p->n && !found; i++) {
        if (fmpz_cmpabs(p->y[i], tol) >= 0)
            continue;
        bool small = true;
        for (int j = 1; j <= p->n; j++) {
            fix_round(v, p->B[j][i]);
            fmpz_fdiv_q_2exp(v, v, FIX);
            small = small && fmpz_cmp_si(v, MAXCOEFF) < 0 && fmpz_cmp_si(v, -MAXCOEFF) > 0;
            rel[j - 1] = small ? fmpz_get_si(v) : 0;
        }
        found = small;
    }
    fmpz_clear(v);
    return found;
}

/* Whether the bound PSLQ proves on any relation's size has passed the coefficient limit. */
static bool pslq_exhausted(Pslq *p)
{
    fmpz_t r, a;
    fmpz_init(r);
    fmpz_init(a);
    for (int i = 1; i <= p->n; i++)
        for (int j = 1; j <= p->n; j++) {
            fmpz_abs(a, p->H[i][j]);
            if (fmpz_cmp(a, r) > 0)
                fmpz_set(r, a);
        }
    bool done = true;
    if (!fmpz_is_zero(r)) {
        fmpz_one(a);
        fmpz_mul_2exp(a, a, 2 * FIX);
        fmpz_fdiv_q(a, a, r);
        fmpz_fdiv_q_2exp(a, a, FIX);
        fmpz_fdiv_q_ui(a, a, 100);
        done = fmpz_cmp_si(a, MAXCOEFF) >= 0;
    }
    fmpz_clear(r);
    fmpz_clear(a);
    return done;
}

/* An integer relation sum rel[i]*x[i] ~ 0 with |rel[i]| < 1000, as mpmath's pslq(x, tol) finds
 * it; false when there is none. */
static bool pslq(int n, mpfr_t *x, const mpfr_t tol, long *rel)
{
    if (n > PSLQ_MAX)
        return false;
    fmpz *fx = _fmpz_vec_init(n);
    fmpz_t ftol, ftol100;
    fmpz_init(ftol);
    fmpz_init(ftol100);
    mpfr_t s;
    mpfr_init2(s, PREC + FIX);
    mpz_t z;
    mpz_init(z);
    mpfr_mul_2si(s, tol, FIX, MPFR_RNDN);
    mpfr_get_z(z, s, MPFR_RNDD);
    fmpz_set_mpz(ftol, z);
    bool ok = true;
    for (int i = 0; i < n; i++) {
        mpfr_mul_2si(s, x[i], FIX, MPFR_RNDN);
        mpfr_get_z(z, s, MPFR_RNDD);
        fmpz_set_mpz(fx + i, z);
    }
    mpfr_clear(s);
    mpz_clear(z);
    /* a zero component, or one far below the tolerance: no relation worth finding */
    fmpz_fdiv_q_ui(ftol100, ftol, 100);
    for (int i = 0; i < n && ok; i++)
        ok = !fmpz_is_zero(fx + i) && fmpz_cmpabs(fx + i, ftol100) >= 0;
    bool found = false;
    if (ok) {
        Pslq p;
        p.n = n;
        pslq_setup(&p, fx);
        fmpz_t gamma;
        fmpz_init_set_ui(gamma, 4);
        fmpz_mul_2exp(gamma, gamma, FIX);
        fmpz_fdiv_q_ui(gamma, gamma, 3);
        fix_sqrt(gamma, gamma);
        for (int step = 0; step < MAXSTEPS && !found; step++) {
            if (!pslq_step(&p, gamma))
                break;
            found = pslq_found(&p, ftol, rel);
            if (!found && pslq_exhausted(&p))
                break;
        }
        fmpz_clear(gamma);
        pslq_clear(&p);
    }
    _fmpz_vec_clear(fx, n);
    fmpz_clear(ftol);
    fmpz_clear(ftol100);
    return found;
}

/* ---- identify ---------------------------------------------------------------------------- */

/* The constants of a search: values at VALUE_PREC and the expressions they stand for; the
 * first is 1. */
typedef struct Consts {
    int n;
    mpfr_t *v;
    Sym **e;
} Consts;

enum { NTRANSFORMS = 27 };

/* Transforms of mpmath's identify skipped with the constant 1 (they repeat another). */
static const bool skip_with_one[NTRANSFORMS] = {
    0, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0,
};

/* The functions a transform applies to x (or to x combined with c). */
typedef enum { G_ID, G_SQR, G_SQRT, G_EXP, G_LOG } Apply;

/* Per group of three transforms: whether x is first combined with c (x*c, x/c, c/x) and the
 * function then applied, or the function applied to x and then combined (c*g, g/c, c/g). */
static const struct { bool combine_first; Apply g; } groups[NTRANSFORMS / 3] = {
    {true, G_ID}, {true, G_SQR}, {false, G_SQR}, {true, G_SQRT}, {false, G_SQRT},
    {true, G_EXP}, {false, G_EXP}, {true, G_LOG}, {false, G_LOG},
};

/* u = v*c, v/c or c/v */
static void combine(mpfr_t u, const mpfr_t v, const mpfr_t c, int base)
{
    if (base == 0)
        mpfr_mul(u, v, c, MPFR_RNDN);
    else if (base == 1)
        mpfr_div(u, v, c, MPFR_RNDN);
    else
        mpfr_div(u, c, v, MPFR_RNDN);
}

static void apply(mpfr_t u, const mpfr_t v, Apply g)
{
    switch (g) {
    case G_ID: mpfr_set(u, v, MPFR_RNDN); break;
    case G_SQR: mpfr_sqr(u, v, MPFR_RNDN); break;
    case G_SQRT: mpfr_sqrt(u, v, MPFR_RNDN); break;
    case G_EXP: mpfr_exp(u, v, MPFR_RNDN); break;
    case G_LOG: mpfr_log(u, v, MPFR_RNDN); break;
    }
}

/* t = f(x, c) for transform k, as mpmath's identify lists them. */
static void transform(int k, mpfr_t t, const mpfr_t x, const mpfr_t c)
{
    mpfr_t u;
    mpfr_init2(u, PREC);
    if (groups[k / 3].combine_first) {
        combine(u, x, c, k % 3);
        apply(t, u, groups[k / 3].g);
    } else {
        apply(u, x, groups[k / 3].g);
        combine(t, u, c, k % 3);
    }
    mpfr_clear(u);
}

/* x from the value y found for transform k's t. */
static Sym *untransform(int k, Sym *y, Sym *c)
{
    int base = k % 3, group = k / 3;
    switch (group) {
    case 0: case 1: case 3: {
        /* y = g(x op c) with g = id, square, sqrt */
        Sym *v = group == 0 ? y : group == 1 ? sym_sqrt(y) : sym_pow_si(y, 2);
        return base == 0 ? sym_div(v, c) : base == 1 ? sym_mul(c, v) : sym_div(c, v);
    }
    case 2: case 4: {
        /* y = c*g(x), g(x)/c, c/g(x) with g = square, sqrt */
        bool sq = group == 2;
        if (base == 0)
            return sq ? sym_div(sym_sqrt(y), sym_sqrt(c)) : sym_div(sym_pow_si(y, 2), sym_pow_si(c, 2));
        if (base == 1)
            return sq ? sym_mul(sym_sqrt(c), sym_sqrt(y)) : sym_mul(sym_pow_si(c, 2), sym_pow_si(y, 2));
        return sq ? sym_div(sym_sqrt(c), sym_sqrt(y)) : sym_div(sym_pow_si(c, 2), sym_pow_si(y, 2));
    }
    case 5: case 7: {
        Sym *v = sym_fn1(group == 5 ? SYM_FN_LOG : SYM_FN_EXP, y);
        return base == 0 ? sym_div(v, c) : base == 1 ? sym_mul(c, v) : sym_div(c, v);
    }
    default: {
        SymFn f = group == 6 ? SYM_FN_LOG : SYM_FN_EXP;
        if (base == 0)
            return sym_fn1(f, sym_div(y, c));
        if (base == 1)
            return sym_fn1(f, sym_mul(c, y));
        return sym_fn1(f, sym_div(c, y));
    }
    }
}

/* -(r[1]*e[0] + r[2]*e[1] + ...)/r[0]: the value a relation gives its first entry. */
static Sym *relation_value(const long *r, int n, Sym *const *e)
{
    Sym *s = sym_zero;
    for (int i = 1; i < n; i++)
        if (r[i])
            s = sym_add(s, sym_mul(sym_rat(-r[i], r[0]), e[i - 1]));
    return s;
}

/* The root of a + b*t + c*t**2 nearer to t. */
static Sym *quadratic_root(long a, long b, long c, const mpfr_t t)
{
    if (c < 0) {
        a = -a;
        b = -b;
        c = -c;
    }
    long d = b * b - 4 * a * c;
    if (d < 0)
        return NULL;
    mpfr_t p, m;
    mpfr_init2(p, PREC);
    mpfr_init2(m, PREC);
    mpfr_set_si(p, d, MPFR_RNDN);
    mpfr_sqrt(p, p, MPFR_RNDN);
    mpfr_si_sub(m, -b, p, MPFR_RNDN);
    mpfr_add_si(p, p, -b, MPFR_RNDN);
    mpfr_div_si(p, p, 2 * c, MPFR_RNDN);
    mpfr_div_si(m, m, 2 * c, MPFR_RNDN);
    mpfr_sub(p, p, t, MPFR_RNDN);
    mpfr_sub(m, m, t, MPFR_RNDN);
    bool plus = mpfr_cmpabs(p, m) <= 0;
    mpfr_clear(p);
    mpfr_clear(m);
    Sym *root = sym_sqrt(sym_int(d));
    return sym_mul(sym_rat(1, 2 * c), sym_add(sym_int(-b), plus ? root : sym_neg(root)));
}

/* x as a product of powers of 2, 3, 5, 7 and of the constants whose logarithms are not
 * rational multiples of theirs, or NULL. */
static Sym *identify_product(const mpfr_t x, const Consts *k, const mpfr_t tol)
{
    static const int primes[] = {2, 3, 5, 7};
    int n = 1;
    mpfr_t v[PSLQ_MAX], q;
    Sym *base[PSLQ_MAX];
    long r[PSLQ_MAX], r2[2];
    mpfr_init2(q, PREC);
    for (int i = 0; i < PSLQ_MAX; i++)
        mpfr_init2(v[i], PREC);
    mpfr_log(v[0], x, MPFR_RNDN);
    for (int i = 0; i < 4; i++) {
        mpfr_set_ui(v[n], (unsigned long)primes[i], MPFR_RNDN);
        mpfr_log(v[n], v[n], MPFR_RNDN);
        base[n++] = sym_int(primes[i]);
    }
    mpfr_t vt;
    mpfr_init2(vt, PREC);
    mpfr_set_d(vt, 1e-20, MPFR_RNDN);
    for (int j = 0; j < k->n && n < PSLQ_MAX; j++) {
        mpfr_log(q, k->v[j], MPFR_RNDN);
        bool rational = mpfr_zero_p(q);
        for (int i = 1; i <= 4 && !rational; i++) {
            mpfr_t pair[2];
            mpfr_init2(pair[0], PREC);
            mpfr_init2(pair[1], PREC);
            mpfr_div(pair[0], q, v[i], MPFR_RNDN);
            mpfr_set_ui(pair[1], 1, MPFR_RNDN);
            rational = pslq(2, pair, vt, r2);
            mpfr_clear(pair[0]);
            mpfr_clear(pair[1]);
        }
        if (!rational) {
            mpfr_set(v[n], q, MPFR_RNDN);
            base[n++] = k->e[j];
        }
    }
    Sym *out = NULL;
    if (pslq(n, v, tol, r) && r[0]) {
        out = sym_one;
        for (int i = 1; i < n; i++)
            if (r[i])
                out = sym_mul(out, sym_pow(base[i], sym_rat(-r[i], r[0])));
    }
    mpfr_clear(vt);
    mpfr_clear(q);
    for (int i = 0; i < PSLQ_MAX; i++)
        mpfr_clear(v[i]);
    return out;
}

/* mpmath's identify(x, constants, tol): the first closed form found, or NULL. */
static Sym *identify(const mpfr_t x, const Consts *k, const mpfr_t tol)
{
    if (mpfr_zero_p(x))
        return sym_zero;
    if (mpfr_sgn(x) < 0) {
        mpfr_t m;
        mpfr_init2(m, PREC);
        mpfr_neg(m, x, MPFR_RNDN);
        Sym *r = identify(m, k, tol);
        mpfr_clear(m);
        return r ? sym_neg(r) : NULL;
    }
    if (k->n + 1 > PSLQ_MAX)
        return NULL;
    mpfr_t v[PSLQ_MAX], big;
    for (int i = 0; i < PSLQ_MAX; i++)
        mpfr_init2(v[i], PREC);
    mpfr_init2(big, PREC);
    mpfr_set_ui(big, (unsigned long)MAXCOEFF * MAXCOEFF, MPFR_RNDN);
    long r[PSLQ_MAX];
    Sym *out = NULL;
    for (int t = 0; t < NTRANSFORMS && !out; t++)
        for (int j = 0; j < k->n && !out; j++) {
            budget_tick();
            if (skip_with_one[t] && j == 0)
                continue;
            transform(t, v[0], x, k->v[j]);
            if (!mpfr_number_p(v[0]) || mpfr_cmpabs(v[0], big) > 0 || mpfr_cmpabs(v[0], tol) < 0)
                continue;
            for (int i = 0; i < k->n; i++)
                mpfr_set(v[i + 1], k->v[i], MPFR_RNDN);
            Sym *y = NULL;
            if (pslq(k->n + 1, v, tol, r) && r[0]) {
                y = relation_value(r, k->n + 1, k->e);
            } else {
                mpfr_set(v[1], v[0], MPFR_RNDN);
                mpfr_sqr(v[2], v[0], MPFR_RNDN);
                mpfr_set_ui(v[0], 1, MPFR_RNDN);
                if (pslq(3, v, tol, r) && r[2])
                    y = quadratic_root(r[0], r[1], r[2], v[1]);
            }
            if (y)
                out = untransform(t, y, k->e[j]);
        }
    if (!out && mpfr_cmp_ui(x, 1) != 0)
        out = identify_product(x, k, tol);
    mpfr_clear(big);
    for (int i = 0; i < PSLQ_MAX; i++)
        mpfr_clear(v[i]);
    return out;
}

/* ---- nsimplify --------------------------------------------------------------------------- */

/* e's real and imaginary parts (0 where a part vanishes), rounded to VALUE_PREC bits; false
 * when e is not a finite number. */
static bool value_parts(Sym *e, mpfr_t re, mpfr_t im)
{
    acb_t v;
    acb_init(v);
    bool ok = sym_eval_acb(v, e, 4 * PREC) && acb_is_finite(v);
    if (ok) {
        if (arb_contains_zero(acb_realref(v)))
            mpfr_set_zero(re, 1);
        else
            arf_get_mpfr(re, arb_midref(acb_realref(v)), MPFR_RNDN);
        if (arb_contains_zero(acb_imagref(v)))
            mpfr_set_zero(im, 1);
        else
            arf_get_mpfr(im, arb_midref(acb_imagref(v)), MPFR_RNDN);
    }
    acb_clear(v);
    return ok;
}

/* The exact rational value of a Float. */
static Sym *float_exact(Sym *f)
{
    mpz_t m;
    mpz_init(m);
    mpfr_exp_t x = mpfr_get_z_2exp(m, f->v.f);
    fmpz_t p, q;
    fmpz_init(p);
    fmpz_init_set_ui(q, 1);
    fmpz_set_mpz(p, m);
    mpz_clear(m);
    if (x >= 0)
        fmpz_mul_2exp(p, p, (ulong)x);
    else
        fmpz_mul_2exp(q, q, (ulong)-x);
    Sym *r = sym_rat_fmpz(p, q);
    fmpz_clear(p);
    fmpz_clear(q);
    return r;
}

/* The fraction nearest x among those with denominator at most maxden (Fraction.limit_denominator):
 * the last convergent of x's continued fraction within the bound, or the semiconvergent after
 * it, whichever is nearer. */
static Sym *limit_denominator(Sym *x, const fmpz_t maxden)
{
    fmpq_t v, b1, b2, d1, d2;
    fmpz_t p0, q0, p1, q1, n, d, a, t;
    fmpq_init(v);
    sym_get_fmpq(v, x);
    if (fmpz_cmp(fmpq_denref(v), maxden) <= 0) {
        fmpq_clear(v);
        return x;
    }
    fmpz_init(p0); fmpz_init_set_ui(q0, 1); fmpz_init_set_ui(p1, 1); fmpz_init(q1);
    fmpz_init_set(n, fmpq_numref(v)); fmpz_init_set(d, fmpq_denref(v)); fmpz_init(a); fmpz_init(t);
    for (;;) {
        fmpz_fdiv_q(a, n, d);
        fmpz_set(t, q0);
        fmpz_addmul(t, a, q1);            /* q2 = q0 + a*q1 */
        if (fmpz_cmp(t, maxden) > 0)
            break;
        fmpz_swap(q0, q1);
        fmpz_swap(q1, t);                 /* q0, q1 = q1, q2 */
        fmpz_set(t, p0);
        fmpz_addmul(t, a, p1);
        fmpz_swap(p0, p1);
        fmpz_swap(p1, t);                 /* p0, p1 = p1, p0 + a*p1 */
        fmpz_submul(n, a, d);
        fmpz_swap(n, d);                  /* n, d = d, n - a*d */
    }
    fmpz_sub(t, maxden, q0);
    fmpz_fdiv_q(a, t, q1);                /* k = (maxden - q0) // q1 */
    fmpz_addmul(p0, a, p1);
    fmpz_addmul(q0, a, q1);
    fmpq_init(b1); fmpq_init(b2); fmpq_init(d1); fmpq_init(d2);
    fmpq_set_fmpz_frac(b1, p0, q0);
    fmpq_set_fmpz_frac(b2, p1, q1);
    fmpq_sub(d1, b1, v);
    fmpq_abs(d1, d1);
    fmpq_sub(d2, b2, v);
    fmpq_abs(d2, d2);
    Sym *r = sym_rat_fmpq(fmpq_cmp(d2, d1) <= 0 ? b2 : b1);
    fmpq_clear(v); fmpq_clear(b1); fmpq_clear(b2); fmpq_clear(d1); fmpq_clear(d2);
    fmpz_clear(p0); fmpz_clear(q0); fmpz_clear(p1); fmpz_clear(q1);
    fmpz_clear(n); fmpz_clear(d); fmpz_clear(a); fmpz_clear(t);
    return r;
}

/* A Float replaced as sympy's _real_to_rational does: the nearest fraction with denominator up
 * to 1/tol when a tolerance below 1 is given, else the rational nsimplify finds for it, else the
 * rational of its decimal digits. */
static Sym *float_rational(Sym *f, bool exact, double tol)
{
    if (!mpfr_number_p(f->v.f))
        return mpfr_nan_p(f->v.f) ? f : sym_zoo;
    if (tol > 0 && tol < 1) {
        fmpz_t maxden;
        fmpz_init(maxden);
        fmpz_set_d(maxden, ceil(1 / tol));
        Sym *r = limit_denominator(float_exact(f), maxden);
        fmpz_clear(maxden);
        return r;
    }
    if (exact)
        return float_exact(f);
    Sym *r = sym_nsimplify(f, 0, NULL, 0, SYM_RATIONAL_FALSE, false);
    if (!mpfr_zero_p(f->v.f) && sym_is_zero_num(r))
        return float_exact(f);
    return sym_is_rational(r) ? r : sym_float_decimal(f);
}

static Sym *real_to_rational(Sym *e, bool exact, double tol)
{
    budget_tick();
    if (e->kind == SYM_FLOAT)
        return float_rational(e, exact, tol);
    if (!e->n || !sym_has_float(e))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = real_to_rational(e->args[i], exact, tol);
    return sym_rebuild(e, v);
}

/* The smallest precision (in decimal digits) of e's Floats, at most 15. */
static long float_digits(Sym *e)
{
    if (e->kind == SYM_FLOAT) {
        long d = sym_prec_to_dps((long)mpfr_get_prec(e->v.f));
        return d < 15 ? d : 15;
    }
    long d = 15;
    for (uint32_t i = 0; i < e->n; i++) {
        long c = float_digits(e->args[i]);
        d = c < d ? c : d;
    }
    return d;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(sym_str(*(Sym *const *)a), sym_str(*(Sym *const *)b));
}

/* nsimplify's real part search: identify(), refused when it turns a nonzero x into 0 or into
 * an infinity. */
static Sym *simplify_part(const mpfr_t x, const Consts *k, const mpfr_t tol)
{
    Sym *r = identify(x, k, tol);
    if (!r || (!mpfr_zero_p(x) && sym_is_zero_num(r)))
        return NULL;
    if (r->kind == SYM_INFINITY || r->kind == SYM_NEG_INFINITY || r->kind == SYM_COMPLEX_INFINITY ||
        r->kind == SYM_NAN)
        return NULL;
    return r;
}

Sym *sym_nsimplify(Sym *e, size_t nconst, Sym *const *consts, double tol, SymRationalArg rational,
                   bool exact)
{
    if (e->kind == SYM_INTEGER || e->kind == SYM_INFINITY || e->kind == SYM_NEG_INFINITY)
        return e;
    if (e->kind == SYM_FLOAT && mpfr_inf_p(e->v.f))
        return mpfr_sgn(e->v.f) > 0 ? sym_oo : sym_neg_oo;
    if (rational == SYM_RATIONAL_TRUE || sym_free_symbols(e).n)
        return real_to_rational(e, exact, tol);
    if (tol <= 0)
        tol = pow(10.0, (double)-float_digits(e));
    Consts k;
    k.n = 0;
    k.v = gc_alloc_atomic((nconst + 1) * sizeof(mpfr_t));
    k.e = gc_alloc((nconst + 1) * sizeof(Sym *));
    Sym **sorted = gc_alloc((nconst + 1) * sizeof(Sym *));
    if (nconst)
        memcpy(sorted, consts, nconst * sizeof(Sym *));
    qsort(sorted, nconst, sizeof(Sym *), by_name);
    bool has_one = false;
    for (size_t i = 0; i < nconst; i++)
        has_one |= sym_is_one(sorted[i]);
    if (!has_one)
        k.e[k.n++] = sym_one;
    for (size_t i = 0; i < nconst; i++)
        k.e[k.n++] = sorted[i];
    mpfr_t re, im, t;
    mpfr_inits2(VALUE_PREC, re, im, t, (mpfr_ptr)0);
    for (int i = 0; i < k.n; i++) {
        mpfr_init2(k.v[i], VALUE_PREC);
        if (!value_parts(k.e[i], k.v[i], t) || !mpfr_zero_p(t)) {
            for (int j = 0; j <= i; j++)
                mpfr_clear(k.v[j]);
            mpfr_clears(re, im, t, (mpfr_ptr)0);
            sym_raise(SYM_E_VALUE, "constants must be real-valued");
        }
    }
    mpfr_set_d(t, tol, MPFR_RNDN);
    Sym *out = NULL;
    if (value_parts(e, re, im)) {
        Sym *a = mpfr_zero_p(re) ? sym_zero : simplify_part(re, &k, t);
        Sym *b = mpfr_zero_p(im) ? sym_zero : simplify_part(im, &k, t);
        if (a && b) {
            out = sym_add(a, sym_mul(b, sym_i));
            if (sym_eq(out, e) && rational != SYM_RATIONAL_FALSE)
                out = real_to_rational(e, exact, 0);
        } else {
            out = rational == SYM_RATIONAL_NONE ? real_to_rational(e, exact, 0) : e;
        }
    } else {
        out = e;
    }
    for (int i = 0; i < k.n; i++)
        mpfr_clear(k.v[i]);
    mpfr_clears(re, im, t, (mpfr_ptr)0);
    return out;
}
