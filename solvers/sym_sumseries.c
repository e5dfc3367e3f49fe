/* solvers/sym_sumseries.c — infinite series of the classical families (see sym_sumseries.h). */
#include "solvers/sym_sumseries.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_comb.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"

/* Lower bounds further than this from the start of a series are left to the caller. */
#define MAX_FIRST 1000

/* A term read as coeff * P(k) * c**k / (factorial(k + s) or (al*k + be)**m). */
typedef struct Term {
    Sym *coeff;         /* free of k */
    Sym *c;             /* the ratio of the power c**k (1 when absent) */
    SymVec poly;        /* P's coefficients, constant first */
    bool fact;          /* 1/factorial(k + s) */
    long s;
    Sym *al, *be;       /* the linear denominator (NULL when absent) */
    long m;
} Term;

static bool as_long(Sym *e, long *v)
{
    if (e->kind != SYM_INTEGER || !fmpz_fits_si(e->v.z))
        return false;
    *v = fmpz_get_si(e->v.z);
    return true;
}

/* One factor into t; false when it fits none of the shapes. */
static bool read_factor(Term *t, Sym *f, Sym *k, Sym **poly)
{
    Sym *b, *e;
    SymVec lin = {0, 0, NULL};
    if (!sym_has(f, k)) {
        t->coeff = sym_mul(t->coeff, f);
        return true;
    }
    sym_as_base_exp(f, &b, &e);
    if (!sym_has(b, k) && sym_poly_coeffs(e, k, &lin) && lin.n == 2) {
        /* b**(p*k + q) = b**q * (b**p)**k (coefficients highest degree first) */
        t->coeff = sym_mul(t->coeff, sym_pow(b, lin.v[1]));
        t->c = sym_mul(t->c, sym_pow(b, lin.v[0]));
        return true;
    }
    long m;
    if (e->kind == SYM_INTEGER && as_long(sym_neg(e), &m) && m > 0) {
        if (sym_is_fn(b, SYM_FN_FACTORIAL) && m == 1 && !t->fact && sym_poly_coeffs(b->args[0], k, &lin) &&
            lin.n == 2 && sym_is_one(lin.v[0]) && as_long(lin.v[1], &t->s)) {
            t->fact = true;
            return true;
        }
        if (!t->al && sym_poly_coeffs(b, k, &lin) && lin.n == 2 && sym_is_rational(lin.v[0]) &&
            sym_is_rational(lin.v[1])) {
            t->al = lin.v[0];
            t->be = lin.v[1];
            t->m = m;
            return true;
        }
        return false;
    }
    *poly = sym_mul(*poly, f);
    return true;
}

/* sym_poly_coeffs, constant first. */
static bool coeffs_up(Sym *e, Sym *k, SymVec *out)
{
    out->n = 0;
    if (!sym_poly_coeffs(e, k, out))
        return false;
    for (size_t i = 0, j = out->n - 1; i < j; i++, j--) {
        Sym *tmp = out->v[i];
        out->v[i] = out->v[j];
        out->v[j] = tmp;
    }
    return true;
}

static bool read_term(Term *t, Sym *f, Sym *k)
{
    *t = (Term){sym_one, sym_one, {0, 0, NULL}, false, 0, NULL, NULL, 0};
    Sym *const *fs, *poly = sym_one;
    size_t nf = sym_mul_args(&f, &fs);
    for (size_t i = 0; i < nf; i++)
        if (!read_factor(t, fs[i], k, &poly))
            return false;
    return coeffs_up(sym_expand(poly), k, &t->poly) && t->poly.n <= 16;
}

/* f(j) for j = from .. to - 1, summed. */
static Sym *first_terms(Sym *f, Sym *k, long from, long to)
{
    Sym *s = sym_zero;
    for (long j = from; j < to; j++) {
        budget_tick();
        s = sym_add(s, sym_subs(f, k, sym_int(j)));
    }
    return s;
}

/* sum over j >= 0 of Q(j)*c**j/j! = exp(c)*sum_i q_i*c**i, Q = sum_i q_i*j*(j-1)*...*(j-i+1):
 * the falling factorials of Q by Stirling numbers of the second kind. */
static Sym *exponential(const SymVec *q, Sym *c)
{
    Sym *r = sym_zero;
    for (size_t i = 0; i < q->n; i++) {
        Sym *ff = sym_zero;
        for (size_t n = i; n < q->n; n++)
            ff = sym_add(ff, sym_mul(q->v[n], sym_stirling(sym_int((long)n), sym_int((long)i), 2, false)));
        r = sym_add(r, sym_mul(ff, sym_pow_si(c, (long)i)));
    }
    return sym_mul(r, sym_fn1(SYM_FN_EXP, c));
}

static Sym *poly_expr(const SymVec *q, Sym *j)
{
    Sym *e = sym_zero;
    for (size_t i = 0; i < q->n; i++)
        e = sym_add(e, sym_mul(q->v[i], sym_pow_si(j, (long)i)));
    return e;
}

/* The polynomial P(j - s) (P given by its coefficients in k) as coefficients in j. */
static bool shifted(const SymVec *p, long s, Sym *j, SymVec *out)
{
    return coeffs_up(sym_expand(sym_subs(poly_expr(p, j), j, sym_sub(j, sym_int(s)))), j, out);
}

/* |c| <= 1 and c != 1 for a number c. */
static bool log_ratio(Sym *c)
{
    if (!sym_is_number(c) || sym_is_one(c))
        return false;
    int s = sym_eval_sign(sym_sub(sym_fn1(SYM_FN_ABS, c), sym_one));
    return s == -1 || (s == 0 && sym_is_int_value(c, -1));
}

Sym *sym_sum_series(Sym *f, Sym *k, Sym *a)
{
    long a0;
    Term t;
    if (!as_long(a, &a0) || a0 < -MAX_FIRST || a0 > MAX_FIRST || !read_term(&t, f, k))
        return NULL;
    Sym *j = sym_dummy("j", (SymFacts){0, 0});
    if (t.fact && !t.al) {
        /* P(k)*c**k/(k + s)!: with j = k + s, c**-s * sum over j >= 0 of P(j - s)*c**j/j! less the
         * terms below a + s; a ratio that is not a number only for exp(c) and c*exp(c) */
        bool numeric = sym_is_number(t.c);
        if (!numeric && (t.s != 0 || a0 != 0 || t.poly.n > 2 || (t.poly.n == 2 && !sym_is_zero_num(t.poly.v[0]))))
            return NULL;
        SymVec q = {0, 0, NULL};
        if (!shifted(&t.poly, t.s, j, &q))
            return NULL;
        Sym *g = sym_mul(poly_expr(&q, j), sym_div(sym_pow(t.c, j), sym_fn1(SYM_FN_FACTORIAL, j)));
        long lo = a0 + t.s < 0 ? 0 : a0 + t.s;
        Sym *s = sym_sub(exponential(&q, t.c), first_terms(g, j, 0, lo));
        return sym_mul(t.coeff, sym_mul(sym_pow_si(t.c, -t.s), s));
    }
    if (t.fact || !t.al || t.poly.n != 1)
        return NULL;
    Sym *shift = sym_div(t.be, t.al), *two = sym_mul(sym_two, shift);
    long s2;
    if (!as_long(two, &s2))
        return NULL;
    Sym *c0 = sym_mul(t.coeff, t.poly.v[0]);
    if (s2 % 2 == 0) {
        /* 1/(al*(k + s))**m: j = k + s from a + s >= 1 */
        long s = s2 / 2, lo = a0 + s;
        if (lo < 1)
            return NULL;
        Sym *g = sym_div(sym_pow(t.c, sym_sub(j, sym_int(s))), sym_pow_si(j, t.m)), *full;
        if (t.m == 1 && log_ratio(t.c))
            full = sym_mul(sym_pow_si(t.c, -s), sym_neg(sym_fn1(SYM_FN_LOG, sym_sub(sym_one, t.c))));
        else if (t.m >= 2 && sym_is_one(t.c))
            full = sym_fn1(SYM_FN_ZETA, sym_int(t.m));
        else if (t.m >= 2 && sym_is_int_value(t.c, -1))
            full = sym_mul(sym_int(s % 2 ? 1 : -1), sym_fn1(SYM_FN_DIRICHLET_ETA, sym_int(t.m)));
        else
            return NULL;
        Sym *r = sym_sub(full, first_terms(g, j, 1, lo));
        return sym_mul(sym_div(c0, sym_pow_si(t.al, t.m)), r);
    }
    /* 1/(al/2*(2*k + 2*s))**m with 2*s odd: j = k + s - 1/2 from a + s - 1/2 >= 0 */
    long s = (s2 - 1) / 2, lo = a0 + s;
    if (lo < 0)
        return NULL;
    Sym *g = sym_div(sym_pow(t.c, sym_sub(j, sym_int(s))), sym_pow_si(sym_add(sym_mul(sym_two, j), sym_one), t.m)), *full;
    if (t.m == 1 && sym_is_int_value(t.c, -1))
        full = sym_mul(sym_int(s % 2 ? -1 : 1), sym_div(sym_pi, sym_int(4)));
    else if (t.m >= 2 && sym_is_one(t.c))
        full = sym_div(sym_add(sym_fn1(SYM_FN_ZETA, sym_int(t.m)), sym_fn1(SYM_FN_DIRICHLET_ETA, sym_int(t.m))), sym_two);
    else
        return NULL;
    Sym *r = sym_sub(full, first_terms(g, j, 0, lo));
    return sym_mul(sym_div(c0, sym_pow_si(sym_div(t.al, sym_two), t.m)), r);
}
