/* solvers/sym_solve.c — solve(): single equations, linear and polynomial systems. */
#include "solvers/sym_solve.h"

#include <math.h>
#include <string.h>

#include <acb.h>
#include <flint/fmpq_mat.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly_factor.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_interval.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_qpoly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_rootof.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solveexp.h"

/* Polynomials of higher degree than this are not attempted. */
#define MAX_DEGREE 10000

static SymVec x_gens(Sym *n, Sym *x);

/* The equation solve() was given, as its message shows it: sympy turns Eq(l, r) into the
 * unevaluated sum of l and -r ("(2**x + 3**x) - 10"). Set for the one equation being solved. */
static struct { Sym *expr, *shown; } given;

/* sympy's message, naming the generators in x when there are several ("multiple generators
 * [2**x, 5**x]"). */
_Noreturn static void not_implemented(Sym *f, const SymVec *gens)
{
    if (given.expr && sym_eq(f, given.expr))
        f = given.shown;
    const char *g = "";
    if (gens && gens->n > 1) {
        Sym *l = sym_list(gens->n, gens->v);
        g = sym_str(l);
    }
    sym_raise(SYM_E_NOT_IMPLEMENTED, "%s%s\nNo algorithms are implemented to solve equation %s",
              *g ? "multiple generators " : "", g, sym_str(f));
}

/* ---- zero tests ---------------------------------------------------------------------------- */

/* Is the number expression e zero? Decided exactly when expansion gives 0, else numerically
 * (a value within 2**-200 of 0 at high precision counts as zero). */
static bool number_is_zero(Sym *e)
{
    Sym *x = sym_expand(e);
    if (sym_is_zero_num(x))
        return true;
    if (sym_is_num(x))
        return false;
    acb_t v;
    acb_init(v);
    bool zero = false;
    if (sym_eval_acb(v, x, 400)) {
        mag_t m;
        mag_init(m);
        acb_get_mag(m, v);
        zero = mag_cmp_2exp_si(m, -200) < 0;
        mag_clear(m);
    }
    acb_clear(v);
    return zero;
}

/* Is e zero (sympy's checksol)? Numbers are decided; expressions with symbols only when they
 * cancel to 0. */
static bool is_zero(Sym *e)
{
    if (sym_is_zero_num(e))
        return true;
    if (sym_is_number(e))
        return number_is_zero(e);
    Sym *c = sym_cancel(sym_expand(e));
    return sym_is_zero_num(c);
}

/* Does pred hold for e or any node below it? */
static bool any_node(Sym *e, bool (*pred)(Sym *))
{
    if (pred(e))
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (any_node(e->args[i], pred))
            return true;
    return false;
}

static bool is_pow_func(Sym *e)
{
    return e->kind == SYM_FN || (e->kind == SYM_POW && e->args[1]->kind != SYM_INTEGER);
}

/* Does e hold a function or a power with a non-integer exponent? */
static bool has_pow_func(Sym *e) { return any_node(e, is_pow_func); }

/* Is a candidate, giving f the value e, kept (sympy's checksol not False)? Numbers are decided;
 * with parameters, an expression that does not cancel to 0 is rejected only when it holds no
 * radical or function (then it cannot vanish for all values). */
static bool check_sol(Sym *e)
{
    if (is_zero(e))
        return true;
    if (sym_is_number(e))
        return false;
    return has_pow_func(sym_expand(e));
}

/* ---- equations ----------------------------------------------------------------------------- */

/* An equation as an expression equal to zero; sets *never for False and *always for True. */
static Sym *as_expr(Sym *f, bool *never, bool *always)
{
    *never = *always = false;
    if (f->kind == SYM_FALSE) {
        *never = true;
        return sym_one;
    }
    if (f->kind == SYM_TRUE) {
        *always = true;
        return sym_zero;
    }
    if (f->kind == SYM_REL) {
        if (f->op == SYM_EQ)
            return sym_sub(f->args[0], f->args[1]);
        sym_raise(SYM_E_NOT_IMPLEMENTED, "solving inequalities is not supported: %s", sym_str(f));
    }
    if (!(f->kind <= SYM_FN))
        sym_raise(SYM_E_TYPE, "cannot solve %s", sym_str(f));
    return f;
}

/* The denominators in e that contain x (sympy's _simple_dens). */
static void denominators(Sym *e, Sym *x, SymVec *dens)
{
    budget_tick();
    if (e->kind == SYM_POW && sym_could_extract_minus_sign(e->args[1]) && sym_has(e->args[0], x)) {
        Sym *p = sym_neg(e->args[1]);
        sym_vec_push(dens, sym_is_one(p) ? e->args[0] : sym_pow(e->args[0], p));
    }
    for (uint32_t i = 0; i < e->n; i++)
        denominators(e->args[i], x, dens);
}

/* Does the value make one of the denominators vanish? */
static bool kills_denominator(const SymVec *dens, Sym *x, Sym *val)
{
    for (size_t i = 0; i < dens->n; i++)
        if (is_zero(sym_subs(dens->v[i], x, val)))
            return true;
    return false;
}

static void push_unique(SymVec *v, Sym *e)
{
    for (size_t i = 0; i < v->n; i++)
        if (sym_eq(v->v[i], e))
            return;
    sym_vec_push(v, e);
}

/* ---- roots of polynomials ------------------------------------------------------------------ */

/* sympy's _sqrt in roots_quadratic: even powers pulled out of the square root. */
static Sym *quad_sqrt(Sym *d)
{
    Sym *const *f;
    size_t n = sym_mul_args(&d, &f);
    SymVec co = {0}, other = {0};
    for (size_t i = 0; i < n; i++) {
        if (f[i]->kind == SYM_POW && f[i]->args[1]->kind == SYM_INTEGER &&
            fmpz_is_even(f[i]->args[1]->v.z)) {
            fmpz_t h;
            fmpz_init(h);
            fmpz_fdiv_q_2exp(h, f[i]->args[1]->v.z, 1);
            sym_vec_push(&co, sym_pow(f[i]->args[0], sym_int_fmpz(h)));
            fmpz_clear(h);
        } else {
            sym_vec_push(&other, f[i]);
        }
    }
    if (co.n)
        return sym_mul(sym_mul_n(co.n, co.v), sym_sqrt(sym_mul_n(other.n, other.v)));
    return sym_sqrt(d);
}

/* How sympy tidies the pieces of a quadratic's roots: factor over polynomial domains
 * (symbolic coefficients), simplify over EX (irrational numbers). */
static Sym *domain_simplify(Sym *e, bool symbolic)
{
    return symbolic ? sym_factor(e) : sym_simplify(e);
}

/* sympy's roots_quadratic for a*x**2 + b*x + c; `numeric` for rational coefficients, else the
 * pieces are tidied as sympy's domains do. */
/* sympy's expand_2arg: a number times a sum distributed, anywhere in e, nothing else. */
static Sym *expand_2arg(Sym *e)
{
    if (!e->n)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = expand_2arg(e->args[i]);
    e = sym_rebuild(e, v);
    if (e->kind == SYM_MUL && e->n == 2 && sym_is_num(e->args[0]) && e->args[1]->kind == SYM_ADD) {
        Sym *sum = e->args[1];
        Sym **t = gc_alloc(sum->n * sizeof(Sym *));
        for (uint32_t i = 0; i < sum->n; i++)
            t[i] = sym_mul(e->args[0], sum->args[i]);
        return sym_add_n(sum->n, t);
    }
    return e;
}

static bool is_transcendental_atom(Sym *e)
{
    return e->kind == SYM_PI || e->kind == SYM_E || e->kind == SYM_EULER_GAMMA || e->kind == SYM_CATALAN ||
           e->kind == SYM_FN;
}

/* Are the coefficients in a composite domain (ZZ[b], ZZ[pi]), where sympy factors the
 * discriminant, rather than a numerical one (QQ, or EX for radicals) where it simplifies? */
static bool composite_domain(Sym *a, Sym *b, Sym *c)
{
    Sym *all[3] = {a, b, c};
    for (int i = 0; i < 3; i++)
        if (sym_has_symbols(all[i]) || any_node(all[i], is_transcendental_atom))
            return true;
    return false;
}

static void roots_quadratic(Sym *a, Sym *b, Sym *c, bool numeric, SymVec *out)
{
    bool symbolic = composite_domain(a, b, c);
    Sym *r0, *r1;
    if (sym_is_zero_num(c)) {
        r0 = sym_zero;
        r1 = sym_neg(sym_div(b, a));
        if (!numeric)
            r1 = domain_simplify(r1, symbolic);
        else if (sym_is(r1, SYM_F_NEGATIVE)) {
            r0 = r1;
            r1 = sym_zero;
        }
    } else if (sym_is_zero_num(b)) {
        Sym *r = sym_neg(sym_div(c, a));
        if (!numeric)
            r = domain_simplify(r, symbolic);
        Sym *R = quad_sqrt(r);
        r0 = sym_neg(R);
        r1 = R;
    } else {
        Sym *d = sym_sub(sym_mul(b, b), sym_mul(sym_int(4), sym_mul(a, c)));
        Sym *A = sym_mul(sym_two, a);
        Sym *B = sym_neg(sym_div(b, A));
        if (!numeric) {
            d = domain_simplify(d, symbolic);
            B = domain_simplify(B, symbolic);
        }
        Sym *D = sym_div(quad_sqrt(d), A);
        r0 = sym_sub(B, D);
        r1 = sym_add(B, D);
        if (sym_is(a, SYM_F_NEGATIVE)) {
            Sym *t = r0;
            r0 = r1;
            r1 = t;
        } else if (!numeric) {
            r0 = expand_2arg(r0);
            r1 = expand_2arg(r1);
        }
    }
    sym_vec_push(out, r0);
    sym_vec_push(out, r1);
}

/* e with its real and imaginary parts separated (expand(complex=True) for numbers). */
static Sym *expand_complex(Sym *e)
{
    Sym *re, *im;
    sym_as_real_imag(sym_expand(e), &re, &im);
    return sym_add(sym_expand(re), sym_mul(sym_expand(im), sym_i));
}

/* sympy's roots_binomial: the n roots of a*x**n + b, in sympy's order. */
static void roots_binomial(Sym *a, Sym *b, long n, SymVec *out)
{
    Sym *base = sym_neg(sym_cancel(sym_div(b, a)));
    Sym *alpha = sym_pow(base, sym_rat(1, n));
    if (sym_is_number(alpha))
        alpha = expand_complex(alpha);
    bool neg = sym_is(base, SYM_F_NEGATIVE), even = n % 2 == 0, big = false;
    if (neg && even && sym_is(sym_add(base, sym_one), SYM_F_POSITIVE))
        big = true;
    long *ks = gc_alloc_atomic((size_t)(n + 2) * sizeof(long)), nk = 0, imax = n / 2;
    if (even) {
        ks[nk++] = imax;
        imax--;
    }
    if (!neg)
        ks[nk++] = 0;
    for (long i = imax; i > 0; i--) {
        ks[nk++] = neg ? i : -i;
        ks[nk++] = neg ? -i : i;
    }
    if (neg) {
        ks[nk++] = 0;
        if (big)
            for (long i = 0; i + 1 < nk; i += 2) {
                long t = ks[i];
                ks[i] = ks[i + 1];
                ks[i + 1] = t;
            }
    }
    for (long j = 0; j < nk; j++) {
        Sym *angle = sym_div(sym_mul(sym_int(2 * ks[j]), sym_pi), sym_int(n));
        Sym *zeta = sym_add(sym_fn1(SYM_FN_COS, angle), sym_mul(sym_i, sym_fn1(SYM_FN_SIN, angle)));
        sym_vec_push(out, sym_expand_mul(sym_mul(alpha, zeta)));
    }
}

/* sympy's roots_cubic (Cardano) for x**3 + a*x**2 + b*x + c. */
static void roots_cubic(Sym *a, Sym *b, Sym *c, SymVec *out)
{
    if (sym_is_zero_num(c)) {
        SymVec q = {0};
        roots_quadratic(sym_one, a, b, true, &q);
        sym_vec_push(out, q.v[0]);
        sym_vec_push(out, sym_zero);
        sym_vec_push(out, q.v[1]);
        return;
    }
    Sym *three = sym_int(3);
    Sym *p = sym_sub(b, sym_div(sym_mul(a, a), three));
    Sym *q = sym_add(sym_sub(c, sym_div(sym_mul(a, b), three)),
                     sym_div(sym_mul(sym_two, sym_pow_si(a, 3)), sym_int(27)));
    Sym *pon3 = sym_div(p, three), *aon3 = sym_div(a, three), *u1 = NULL;
    Sym *cube = sym_rat(1, 3);
    if (sym_is_zero_num(p)) {
        if (sym_is_zero_num(q)) {
            for (int i = 0; i < 3; i++)
                sym_vec_push(out, sym_neg(aon3));
            return;
        }
        u1 = sym_is(q, SYM_F_POSITIVE) ? sym_neg(sym_pow(q, cube)) : sym_pow(sym_neg(q), cube);
    } else if (sym_is_zero_num(q)) {
        SymVec y = {0};
        roots_quadratic(sym_one, sym_zero, p, true, &y);
        sym_vec_push(out, sym_sub(y.v[0], aon3));
        sym_vec_push(out, sym_neg(aon3));
        sym_vec_push(out, sym_sub(y.v[1], aon3));
        return;
    } else if (sym_is(q, SYM_F_REAL) && sym_is(q, SYM_F_NEGATIVE)) {
        Sym *inner = sym_add(sym_div(sym_neg(q), sym_two),
                             sym_sqrt(sym_add(sym_div(sym_mul(q, q), sym_int(4)), sym_pow_si(pon3, 3))));
        u1 = sym_neg(sym_pow(inner, cube));
    }
    Sym *coeff = sym_div(sym_mul(sym_i, sym_sqrt(three)), sym_two);
    Sym *w2 = sym_add(sym_neg_half, coeff), *w3 = sym_sub(sym_neg_half, coeff);
    if (!u1) {
        Sym *D0 = sym_sub(sym_mul(a, a), sym_mul(three, b));
        Sym *D1 = sym_add(sym_sub(sym_mul(sym_two, sym_pow_si(a, 3)), sym_mul(sym_int(9), sym_mul(a, b))),
                          sym_mul(sym_int(27), c));
        Sym *C = sym_pow(sym_div(sym_add(D1, sym_sqrt(sym_sub(sym_mul(D1, D1),
                                                              sym_mul(sym_int(4), sym_pow_si(D0, 3))))),
                                 sym_two), cube);
        Sym *uk[3] = {sym_one, w2, w3};
        for (int k = 0; k < 3; k++)
            sym_vec_push(out, sym_div(sym_neg(sym_add(sym_add(a, sym_mul(uk[k], C)),
                                                      sym_div(sym_div(D0, C), uk[k]))), three));
        return;
    }
    Sym *u[3] = {u1, sym_mul(u1, w2), sym_mul(u1, w3)};
    for (int k = 0; k < 3; k++) {
        if (sym_is_zero_num(p))
            sym_vec_push(out, sym_sub(u[k], aon3));
        else
            sym_vec_push(out, sym_sub(sym_add(sym_neg(u[k]), sym_div(pon3, u[k])), aon3));
    }
}

/* Dense coefficients (highest first) of an fmpq_poly as expressions. */
static SymVec qpoly_coeffs(const fmpq_poly_t p)
{
    SymVec v = {0};
    fmpq_t c;
    fmpq_init(c);
    for (slong i = fmpq_poly_degree(p); i >= 0; i--) {
        fmpq_poly_get_coeff_fmpq(c, p, i);
        sym_vec_push(&v, sym_rat_fmpq(c));
    }
    fmpq_clear(c);
    return v;
}

static bool is_binomial(const SymVec *c)
{
    size_t nz = 0;
    for (size_t i = 0; i < c->n; i++)
        nz += !sym_is_zero_num(c->v[i]);
    return nz == 2 && !sym_is_zero_num(c->v[c->n - 1]);
}

/* Only even powers: the coefficients of the polynomial in x**2, or false. */
static bool even_poly(const SymVec *c, SymVec *half)
{
    size_t deg = c->n - 1;
    if (deg < 4 || deg % 2)
        return false;
    half->n = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (i % 2 == 0)
            sym_vec_push(half, c->v[i]);
        else if (!sym_is_zero_num(c->v[i]))
            return false;
    }
    return true;
}

static bool roots_rational_factor(const SymVec *c, SymVec *out);
static void roots_quartic(Sym *a, Sym *b, Sym *c, Sym *d, SymVec *out);

/* Is the quartic with coefficients c (highest first) cyclotomic? (sympy's heuristics give those
 * roots another form, not attempted) */
static bool cyclotomic_quartic(const SymVec *c)
{
    static const long cyc[3][5] = {{1, 1, 1, 1, 1}, {1, -1, 1, -1, 1}, {1, 0, -1, 0, 1}};
    for (int k = 0; k < 3; k++) {
        bool same = true;
        for (int i = 0; i < 5 && same; i++)
            same = sym_is_int_value(sym_div(c->v[i], c->v[0]), cyc[k][i]);
        if (same)
            return true;
    }
    return false;
}

/* Roots of an irreducible (over Q) polynomial given by rational coefficients, by sympy's
 * heuristics; false when no formula applies (degree 5 and up, general quartics). */
static bool roots_rational_factor(const SymVec *c, SymVec *out)
{
    size_t deg = c->n - 1;
    if (deg == 1) {
        sym_vec_push(out, sym_neg(sym_div(c->v[1], c->v[0])));
        return true;
    }
    if (deg == 2) {
        roots_quadratic(c->v[0], c->v[1], c->v[2], true, out);
        return true;
    }
    if (is_binomial(c)) {
        roots_binomial(c->v[0], c->v[deg], (long)deg, out);
        return true;
    }
    SymVec half = {0};
    if (even_poly(c, &half)) {
        SymVec inner = {0};
        if (!roots_rational_factor(&half, &inner))
            return false;
        for (size_t i = 0; i < inner.n; i++)
            roots_binomial(sym_one, sym_neg(inner.v[i]), 2, out);
        return true;
    }
    if (deg == 3) {
        Sym *a = sym_div(c->v[1], c->v[0]), *b = sym_div(c->v[2], c->v[0]),
            *d = sym_div(c->v[3], c->v[0]);
        roots_cubic(a, b, d, out);
        return true;
    }
    if (deg == 4 && !cyclotomic_quartic(c) && !sym_is_zero_num(c->v[4])) {
        roots_quartic(sym_div(c->v[1], c->v[0]), sym_div(c->v[2], c->v[0]), sym_div(c->v[3], c->v[0]),
                      sym_div(c->v[4], c->v[0]), out);
        return true;
    }
    return false;
}

/* An irreducible quartic q(x**2 + b*x) (sympy's decompose) solved layer by layer, as roots()
 * does for a polynomial that is one irreducible factor; false when it does not decompose. */
static bool roots_decomposed_quartic(const SymVec *c, SymVec *out)
{
    if (c->n != 5)
        return false;
    Sym *a = sym_div(c->v[1], c->v[0]), *b = sym_div(c->v[2], c->v[0]), *cc = sym_div(c->v[3], c->v[0]),
        *d = sym_div(c->v[4], c->v[0]);
    Sym *beta = sym_div(a, sym_two), *gamma = sym_sub(b, sym_mul(beta, beta));
    if (sym_is_zero_num(beta) || !sym_eq(cc, sym_mul(gamma, beta)))
        return false;
    SymVec ys = {0};
    roots_quadratic(sym_one, gamma, d, true, &ys);
    for (size_t i = 0; i < ys.n; i++)
        roots_quadratic(sym_one, beta, sym_neg(ys.v[i]), false, out);
    return true;
}

/* Does factor i come before factor j in sympy's order (degree, multiplicity, coefficients)? */
static bool factor_before(const fmpz_poly_factor_t f, slong i, slong j)
{
    slong di = fmpz_poly_degree(f->p + i), dj = fmpz_poly_degree(f->p + j);
    if (di != dj)
        return di < dj;
    if (f->exp[i] != f->exp[j])
        return f->exp[i] < f->exp[j];
    for (slong k = di; k >= 0; k--) {
        int c = fmpz_cmp(fmpz_poly_get_coeff_ptr(f->p + i, k), fmpz_poly_get_coeff_ptr(f->p + j, k));
        if (c)
            return c < 0;
    }
    return false;
}

/* All roots of a polynomial with rational coefficients, each once, in sympy's roots() order
 * (factor by factor, the root 0 last). */
static bool roots_rational(const SymVec *coeffs, SymVec *out)
{
    size_t deg = coeffs->n - 1;
    fmpq_poly_t p;
    fmpq_poly_init(p);
    fmpq_t q;
    fmpq_init(q);
    for (size_t i = 0; i <= deg; i++) {
        sym_get_fmpq(q, coeffs->v[i]);
        fmpq_poly_set_coeff_fmpq(p, (slong)(deg - i), q);
    }
    fmpq_clear(q);
    /* x**k divides: the root 0 */
    slong low = 0;
    while (low < (slong)deg && fmpq_poly_is_zero(p) == 0) {
        fmpq_t c0;
        fmpq_init(c0);
        fmpq_poly_get_coeff_fmpq(c0, p, low);
        bool z = fmpq_is_zero(c0);
        fmpq_clear(c0);
        if (!z)
            break;
        low++;
    }
    if (low)
        fmpq_poly_shift_right(p, p, low);
    bool ok = true;
    if (fmpq_poly_degree(p) >= 1) {
        SymVec all = qpoly_coeffs(p);
        if (all.n - 1 == 1 || is_binomial(&all)) {
            ok = roots_rational_factor(&all, out);
        } else {
            fmpz_poly_factor_t fac;
            fmpz_poly_factor_init(fac);
            sym_qpoly_factor(fac, p);
            slong *order = gc_alloc_atomic((size_t)(fac->num + 1) * sizeof(slong));
            for (slong i = 0; i < fac->num; i++)
                order[i] = i;
            /* sympy's factor order: by degree, multiplicity, then coefficients high to low */
            for (slong i = 1; i < fac->num; i++) {
                slong k = order[i], j = i;
                while (j > 0 && factor_before(fac, k, order[j - 1])) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = k;
            }
            bool single = fac->num == 1 && fac->exp[0] == 1;
            if (single && !even_poly(&all, &(SymVec){0}) && roots_decomposed_quartic(&all, out)) {
                ok = true;   /* one irreducible factor: roots() tries its decomposition first */
            } else if (fac->num == 1 && all.n - 1 == 2) {
                SymVec r = {0};
                ok = roots_rational_factor(&all, &r);
                for (size_t k = 0; k < r.n; k++)
                    push_unique(out, r.v[k]);
            } else {
                for (slong i = 0; i < fac->num && ok; i++) {
                    fmpq_poly_t fi;
                    fmpq_poly_init(fi);
                    fmpq_poly_set_fmpz_poly(fi, fac->p + order[i]);
                    SymVec fc = qpoly_coeffs(fi);
                    fmpq_poly_clear(fi);
                    SymVec r = {0};
                    ok = roots_rational_factor(&fc, &r);
                    for (size_t k = 0; k < r.n; k++)
                        push_unique(out, r.v[k]);
                }
            }
            fmpz_poly_factor_clear(fac);
        }
    }
    if (low)
        push_unique(out, sym_zero);
    fmpq_poly_clear(p);
    return ok;
}

/* The rational roots of the polynomial with rational coefficients c (highest first). */
static SymVec rational_roots(const SymVec *c)
{
    SymVec out = {0};
    fmpq_poly_t p;
    fmpz_poly_factor_t fac;
    fmpq_poly_init(p);
    fmpz_poly_factor_init(fac);
    fmpq_t q;
    fmpq_init(q);
    for (size_t i = 0; i < c->n; i++) {
        sym_get_fmpq(q, c->v[i]);
        fmpq_poly_set_coeff_fmpq(p, (slong)(c->n - 1 - i), q);
    }
    fmpq_clear(q);
    sym_qpoly_factor(fac, p);
    for (slong i = 0; i < fac->num; i++)
        if (fmpz_poly_degree(fac->p + i) == 1) {
            fmpz_t num;
            fmpz_init(num);
            fmpz_neg(num, fac->p[i].coeffs);
            sym_vec_push(&out, sym_rat_fmpz(num, fac->p[i].coeffs + 1));
            fmpz_clear(num);
        }
    fmpz_poly_factor_clear(fac);
    fmpq_poly_clear(p);
    return out;
}

/* The roots of the rational polynomial with coefficients v (highest first), in sympy's order
 * (roots(..., multiple=True)). */
static SymVec roots_of(size_t n, Sym *const *v)
{
    SymVec c = {0}, r = {0};
    for (size_t i = 0; i < n; i++)
        sym_vec_push(&c, v[i]);
    if (!roots_rational(&c, &r))
        sym_raise(SYM_E_NOT_IMPLEMENTED, "no formula for the roots of a resolvent");
    sym_sort_default(r.v, r.n);
    return r;
}

/* Ferrari's roots from a root y of the resolvent (sympy's _ans). */
static void quartic_ans(Sym *y, Sym *e, Sym *f, Sym *aon4, SymVec *out)
{
    Sym *w = sym_sqrt(sym_add(e, sym_mul(sym_two, y)));
    Sym *arg1 = sym_add(sym_mul(sym_int(3), e), sym_mul(sym_two, y));
    Sym *arg2 = sym_div(sym_mul(sym_two, f), w);
    for (int s = -1; s <= 1; s += 2) {
        Sym *root = sym_sqrt(sym_neg(sym_add(arg1, sym_mul(sym_int(s), arg2))));
        for (int t = -1; t <= 1; t += 2)
            sym_vec_push(out, sym_sub(sym_div(sym_sub(sym_mul(sym_int(s), w), sym_mul(sym_int(t), root)), sym_two), aon4));
    }
}

/* Descartes-Euler roots of the depressed quartic y**4 + p*y**2 + q*y + r (shifted by -a) when
 * its resolvent has a rational root (sympy's _roots_quartic_euler); false otherwise. */
static bool quartic_euler(Sym *p, Sym *q, Sym *r, Sym *a, SymVec *out)
{
    Sym *c[4] = {sym_int(64), sym_mul(sym_int(32), p),
                 sym_sub(sym_mul(sym_int(4), sym_mul(p, p)), sym_mul(sym_int(16), r)), sym_neg(sym_mul(q, q))};
    SymVec cv = {0};
    for (int i = 0; i < 4; i++)
        sym_vec_push(&cv, c[i]);
    SymVec xs = rational_roots(&cv);
    Sym *R = NULL;
    for (size_t i = 0; i < xs.n; i++)
        if (!sym_is_zero_num(xs.v[i]) && (!R || sym_num_cmp(xs.v[i], R) > 0))
            R = xs.v[i];
    if (!R)
        return false;
    Sym *c1 = sym_sqrt(R);
    Sym *B = sym_div(sym_neg(sym_mul(q, c1)), sym_mul(sym_int(4), R));
    Sym *A = sym_sub(sym_neg(R), sym_div(p, sym_two));
    Sym *c2 = sym_sqrt(sym_add(A, B)), *c3 = sym_sqrt(sym_sub(A, B));
    sym_vec_push(out, sym_sub(sym_sub(c1, c2), a));
    sym_vec_push(out, sym_sub(sym_sub(sym_neg(c1), c3), a));
    sym_vec_push(out, sym_sub(sym_add(sym_neg(c1), c3), a));
    sym_vec_push(out, sym_sub(sym_add(c1, c2), a));
    return true;
}

/* sympy's roots_quartic for x**4 + a*x**3 + b*x**2 + c*x + d with rational a, b, c and d != 0:
 * the quasi-palindromic case (c/a)**2 == d by two quadratics, a depressed quartic without its
 * linear or constant term by a quadratic or cubic, else Descartes-Euler or Ferrari. */
static void roots_quartic(Sym *a, Sym *b, Sym *c, Sym *d, SymVec *out)
{
    if (!sym_is_zero_num(a) && sym_eq(sym_pow(sym_div(c, a), sym_two), d)) {
        Sym *m = sym_div(c, a);
        SymVec z = {0};
        roots_quadratic(sym_one, a, sym_sub(b, sym_mul(sym_two, m)), true, &z);
        for (size_t i = 0; i < 2; i++)
            roots_quadratic(sym_one, sym_neg(z.v[i]), m, false, out);
        return;
    }
    Sym *a2 = sym_mul(a, a);
    Sym *e = sym_sub(b, sym_div(sym_mul(sym_int(3), a2), sym_int(8)));
    Sym *f = sym_add(c, sym_mul(a, sym_sub(sym_div(a2, sym_int(8)), sym_div(b, sym_two))));
    Sym *aon4 = sym_div(a, sym_int(4));
    Sym *g = sym_sub(d, sym_mul(aon4, sym_add(sym_mul(a, sym_sub(sym_div(sym_mul(sym_int(3), a2), sym_int(64)),
                                                                 sym_div(b, sym_int(4)))), c)));
    if (sym_is_zero_num(f)) {
        SymVec y = roots_of(3, (Sym *[]){sym_one, e, g});
        Sym *y1 = sym_sqrt(y.v[0]), *y2 = sym_sqrt(y.v[1]);
        Sym *v[4] = {sym_neg(y1), sym_neg(y2), y1, y2};
        for (int i = 0; i < 4; i++)
            sym_vec_push(out, sym_sub(v[i], aon4));
        return;
    }
    if (sym_is_zero_num(g)) {
        SymVec y = roots_of(4, (Sym *[]){sym_one, sym_zero, e, f});
        sym_vec_push(out, sym_neg(aon4));
        for (size_t i = 0; i < y.n; i++)
            sym_vec_push(out, sym_sub(y.v[i], aon4));
        return;
    }
    if (quartic_euler(e, f, g, aon4, out))
        return;
    Sym *p = sym_sub(sym_div(sym_neg(sym_mul(e, e)), sym_int(12)), g);
    Sym *q = sym_sub(sym_add(sym_div(sym_neg(sym_pow(e, sym_int(3))), sym_int(108)), sym_div(sym_mul(e, g), sym_int(3))),
                     sym_div(sym_mul(f, f), sym_int(8)));
    Sym *third = sym_rat(1, 3), *five6 = sym_rat(-5, 6);
    if (sym_is_zero_num(p)) {
        quartic_ans(sym_sub(sym_mul(five6, e), sym_pow(q, third)), e, f, aon4, out);
        return;
    }
    Sym *root = sym_sqrt(sym_add(sym_div(sym_mul(q, q), sym_int(4)), sym_div(sym_pow(p, sym_int(3)), sym_int(27))));
    Sym *u = sym_pow(sym_add(sym_div(sym_neg(q), sym_two), root), third);
    Sym *y2 = sym_sub(sym_add(sym_mul(five6, e), u), sym_div(sym_div(p, u), sym_int(3)));
    quartic_ans(y2, e, f, aon4, out);
}

static bool all_rational(const SymVec *c)
{
    for (size_t i = 0; i < c->n; i++)
        if (!sym_is_rational(c->v[i]))
            return false;
    return true;
}

/* Does e contain one of the n expressions in v? */
static bool has_any(Sym *e, Sym *const *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (sym_has(e, v[i]))
            return true;
    return false;
}

/* Is c a monomial: a rational times positive integer powers of symbols? */
static bool is_monomial(Sym *c)
{
    Sym *const *f;
    size_t nf = sym_mul_args(&c, &f);
    for (size_t k = 0; k < nf; k++) {
        Sym *b;
        long p;
        sym_decompose_power(f[k], &b, &p);
        if (!(sym_is_rational(f[k]) || (sym_is_symbol(b) && p > 0)))
            return false;
    }
    return true;
}

/* The exponent of the symbol g in the monomial c. */
static long monomial_degree(Sym *c, Sym *g)
{
    Sym *const *f;
    size_t nf = sym_mul_args(&c, &f);
    for (size_t k = 0; k < nf; k++) {
        Sym *b;
        long p;
        sym_decompose_power(f[k], &b, &p);
        if (sym_eq(b, g))
            return p;
    }
    return 0;
}

static bool poly_roots(const SymVec *c, Sym *x, SymVec *out);

/* sympy's preprocess_roots for coefficients that are monomials in other symbols: a symbol g
 * whose exponents go in step with x's (x**2 + a*x + a**2) is scaled out, x = g**k*t, the roots
 * of the polynomial in t coming back multiplied by g**k (a*(-1/2 + sqrt(3)*I/2)). False when no
 * symbol scales out. */
static bool roots_scaled(const SymVec *c, Sym *x, SymVec *out)
{
    size_t n = c->n - 1;
    SymVec gens = {0}, terms = {0};
    long *xdeg = gc_alloc(c->n * sizeof(long));
    for (size_t i = 0; i < c->n; i++) {
        if (sym_is_zero_num(c->v[i]))
            continue;
        if (!is_monomial(c->v[i]))
            return false;
        xdeg[terms.n] = (long)(n - i);
        sym_vec_push(&terms, c->v[i]);
        SymVec fs = sym_free_symbols(c->v[i]);
        for (size_t k = 0; k < fs.n; k++)
            if (!has_any(fs.v[k], gens.v, gens.n))
                sym_vec_push(&gens, fs.v[k]);
    }
    Sym *coeff = sym_one;
    SymVec scaled = {0};
    for (size_t i = 0; i < c->n; i++)
        sym_vec_push(&scaled, c->v[i]);
    for (size_t k = 0; k < gens.n; k++) {
        size_t m = terms.n;
        long *gdeg = gc_alloc(m * sizeof(long));
        for (size_t i = 0; i < m; i++)
            gdeg[i] = monomial_degree(terms.v[i], gens.v[k]);
        bool reverse = gdeg[0] < gdeg[m - 1];
        long ratio = 0;
        bool have = false, ok = true;
        for (size_t i = 0; i < m && ok; i++) {
            long a = xdeg[i], b = reverse ? gdeg[m - 1 - i] : gdeg[i];
            if (!a && !b)
                continue;
            if (!a || !b || b % a) {
                ok = false;
            } else if (!have) {
                ratio = b / a;
                have = true;
            } else {
                ok = ratio == b / a;
            }
        }
        if (!ok || !have)
            continue;
        if (reverse)
            ratio = -ratio;
        for (size_t i = 0; i < scaled.n; i++)
            scaled.v[i] = sym_subs(scaled.v[i], gens.v[k], sym_one);
        coeff = sym_mul(coeff, sym_pow(gens.v[k], sym_int(-ratio)));
    }
    if (coeff == sym_one)
        return false;
    SymVec r = {0};
    if (!poly_roots(&scaled, x, &r))
        return false;
    for (size_t i = 0; i < r.n; i++)
        sym_vec_push(out, sym_mul(coeff, r.v[i]));
    return true;
}

/* Roots of the polynomial sum c[i] x**(n-i); false when no method applies. */
static bool poly_roots(const SymVec *c, Sym *x, SymVec *out)
{
    if (c->n < 2)
        return true;
    if (c->n - 1 > MAX_DEGREE)
        sym_raise(SYM_E_LIMIT, "polynomial degree too large to solve");
    if (all_rational(c))
        return roots_rational(c, out);
    if (c->n > 2 && roots_scaled(c, x, out))
        return true;
    size_t deg = c->n - 1;
    if (deg == 1) {
        sym_vec_push(out, sym_factor(sym_neg(sym_div(c->v[1], c->v[0]))));
        return true;
    }
    if (deg == 2) {
        roots_quadratic(c->v[0], c->v[1], c->v[2], false, out);
        return true;
    }
    if (is_binomial(c)) {
        roots_binomial(c->v[0], c->v[deg], (long)deg, out);
        return true;
    }
    /* factor over Q with the parameters as further variables: solve factor by factor */
    Sym **terms = gc_alloc(c->n * sizeof(Sym *));
    for (size_t i = 0; i < c->n; i++)
        terms[i] = sym_mul(c->v[i], sym_pow(x, sym_int((long)(deg - i))));
    SymVec fs = {0}, ks = {0};
    sym_factor_list(sym_add_n(c->n, terms), &fs, &ks);
    if (fs.n < 2 && deg == 3) {
        /* an irreducible cubic: roots() uses Cardano's formula whatever the coefficients */
        roots_cubic(sym_div(c->v[1], c->v[0]), sym_div(c->v[2], c->v[0]), sym_div(c->v[3], c->v[0]), out);
        return true;
    }
    if (fs.n < 2)
        return false;
    for (size_t i = 0; i < fs.n; i++) {
        SymVec fc = {0};
        if (!sym_has(fs.v[i], x))
            continue;
        if (!sym_poly_coeffs(fs.v[i], x, &fc) || fc.n - 1 >= deg || !poly_roots(&fc, x, out))
            return false;
    }
    return true;
}

/* The roots roots() finds when it cannot solve every factor: those of the factors over Q (the
 * parameters as further variables) that have a formula. */
static void partial_roots(const SymVec *c, Sym *x, SymVec *out)
{
    Sym **terms = gc_alloc(c->n * sizeof(Sym *));
    for (size_t i = 0; i < c->n; i++)
        terms[i] = sym_mul(c->v[i], sym_pow(x, sym_int((long)(c->n - 1 - i))));
    SymVec fs = {0}, ks = {0};
    sym_factor_list(sym_add_n(c->n, terms), &fs, &ks);
    for (size_t i = 0; i < fs.n; i++) {
        SymVec fc = {0};
        size_t before = out->n;
        if (sym_has(fs.v[i], x) && sym_poly_coeffs(fs.v[i], x, &fc) && fc.n < c->n &&
            !poly_roots(&fc, x, out))
            out->n = before;
    }
}

/* ---- single equations ---------------------------------------------------------------------- */

static SymVec solve_single_flags(Sym *f, Sym *x, bool simplify_roots);

static SymVec solve_single(Sym *f, Sym *x) { return solve_single_flags(f, x, true); }

/* sec(x) = t and csc(x) = t: sympy solves them through exp(I*x), which gives -+acos(1/t) and
 * asin(1/t), +-pi - asin(1/t) (the sign of t) in (-pi, pi]; only values where acos and asin
 * evaluate are handled (elsewhere sympy's answer is a logarithm). */
static bool reciprocal_trig_values(SymFn f, Sym *t, SymVec *vals)
{
    if (is_zero(t))
        return true;
    Sym *a = sym_fn1(f == SYM_FN_SEC ? SYM_FN_ACOS : SYM_FN_ASIN, sym_div(sym_one, t));
    if (sym_has_fn(a, SYM_FN_ACOS) || sym_has_fn(a, SYM_FN_ASIN) || !sym_is(a, SYM_F_REAL))
        return false;
    Sym *other = f == SYM_FN_SEC ? sym_neg(a)
                 : sym_sub(sym_is(t, SYM_F_POSITIVE) ? sym_pi : sym_neg(sym_pi), a);
    if (f == SYM_FN_SEC && a->kind == SYM_PI)
        other = a;
    sym_vec_push(vals, a);
    if (!sym_eq(other, a))
        sym_vec_push(vals, other);
    return true;
}

/* The solutions of g(x) = t for the one function of x an equation contains. */
static bool invert(Sym *g, Sym *t, Sym *x, SymVec *out)
{
    if (sym_eq(g, x)) {
        sym_vec_push(out, t);
        return true;
    }
    Sym *inner = NULL;
    SymVec vals = {0};
    if (g->kind == SYM_POW && sym_is_rational(g->args[1]) && sym_has(g->args[0], x) &&
        !sym_has(g->args[1], x)) {
        inner = g->args[0];
        sym_vec_push(&vals, sym_pow(t, sym_div(sym_one, g->args[1])));
    } else if (g->kind == SYM_POW && !sym_has(g->args[0], x) && sym_is(g->args[0], SYM_F_POSITIVE)) {
        inner = g->args[1];
        sym_vec_push(&vals, sym_div(sym_fn1(SYM_FN_LOG, t), sym_fn1(SYM_FN_LOG, g->args[0])));
    } else if (g->kind == SYM_FN && g->n == 1) {
        inner = g->args[0];
        switch ((SymFn)g->op) {
        case SYM_FN_EXP: sym_vec_push(&vals, sym_fn1(SYM_FN_LOG, t)); break;
        case SYM_FN_LOG: sym_vec_push(&vals, sym_fn1(SYM_FN_EXP, t)); break;
        case SYM_FN_SIN:
            sym_vec_push(&vals, sym_fn1(SYM_FN_ASIN, t));
            sym_vec_push(&vals, sym_sub(sym_pi, sym_fn1(SYM_FN_ASIN, t)));
            break;
        case SYM_FN_COS:
            sym_vec_push(&vals, sym_fn1(SYM_FN_ACOS, t));
            sym_vec_push(&vals, sym_sub(sym_mul(sym_two, sym_pi), sym_fn1(SYM_FN_ACOS, t)));
            break;
        case SYM_FN_TAN: sym_vec_push(&vals, sym_fn1(SYM_FN_ATAN, t)); break;
        case SYM_FN_COT: sym_vec_push(&vals, sym_fn1(SYM_FN_ACOT, t)); break;
        case SYM_FN_SEC: case SYM_FN_CSC:
            if (!sym_eq(inner, x) || !reciprocal_trig_values((SymFn)g->op, t, &vals))
                return false;
            break;
        default: return false;
        }
    } else {
        return false;
    }
    for (size_t i = 0; i < vals.n; i++) {
        SymVec r = solve_single(sym_sub(inner, vals.v[i]), x);
        for (size_t k = 0; k < r.n; k++)
            push_unique(out, r.v[k]);
    }
    return true;
}

/* n with one square root of an expression in x squared away: n = A + B*sqrt(C) (A and B may
 * hold other roots) gives A**2 - B**2*C, whose roots include those of n; NULL when n has no
 * such root or holds one in a form this does not separate. */
static Sym *square_away(Sym *n, Sym *x)
{
    Sym *const *t;
    size_t nt = sym_add_args(&n, &t);
    Sym *root = NULL;
    for (size_t i = 0; i < nt && !root; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        for (size_t k = 0; k < nf && !root; k++)
            if (f[k]->kind == SYM_POW && f[k]->args[1] == sym_half && sym_has(f[k]->args[0], x))
                root = f[k];
    }
    if (!root)
        return NULL;
    SymVec rest = {0}, with = {0};
    for (size_t i = 0; i < nt; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        size_t k = 0;
        while (k < nf && !sym_eq(f[k], root))
            k++;
        if (k == nf) {
            sym_vec_push(&rest, term);
            continue;
        }
        Sym *b = sym_div(term, root);
        if (sym_has(b, root))
            return NULL;
        sym_vec_push(&with, b);
    }
    Sym *A = sym_add_n(rest.n, rest.v), *B = sym_add_n(with.n, with.v);
    return sym_expand(sym_sub(sym_mul(A, A), sym_mul(sym_mul(B, B), root->args[0])));
}

/* Candidates from removing the square roots one at a time (at most a few). */
static bool unrad(Sym *n, Sym *x, SymVec *out)
{
    for (int round = 0; round < 4; round++) {
        Sym *next = square_away(n, x);
        if (!next)
            break;
        n = next;
        SymVec c = {0};
        if (sym_poly_coeffs(n, x, &c)) {
            /* solved as an equation of its own (a linear one as solve_linear does) */
            SymVec r = solve_single_flags(n, x, false);
            for (size_t i = 0; i < r.n; i++)
                sym_vec_push(out, r.v[i]);
            return true;
        }
    }
    return false;
}

/* The generators of a polynomial form of n that contain x. */
static SymVec x_gens(Sym *n, Sym *x)
{
    SymVec all = sym_poly_gens(n), out = {0};
    for (size_t i = 0; i < all.n; i++)
        if (sym_has(all.v[i], x))
            sym_vec_push(&out, all.v[i]);
    return out;
}

/* e with the generator g replaced by t, powers of g included (exp(2*x) -> t**2 for g = exp(x)). */
static Sym *subs_gen(Sym *e, Sym *g, Sym *t)
{
    Sym *const *terms;
    size_t nt = sym_add_args(&e, &terms);
    Sym **out = gc_alloc(nt * sizeof(Sym *));
    for (size_t i = 0; i < nt; i++) {
        Sym *term = terms[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        Sym **v = gc_alloc(nf * sizeof(Sym *));
        for (size_t k = 0; k < nf; k++) {
            Sym *b;
            long p;
            sym_decompose_power(f[k], &b, &p);
            v[k] = sym_eq(b, g) ? sym_pow(t, sym_int(p)) : f[k];
        }
        out[i] = sym_mul_n(nf, v);
    }
    return sym_add_n(nt, out);
}

/* If the term is c*fn(u)**p with c free of x and fn sin or cos, sets *fn, *u, *p and *c. */
static bool trig_power_term(Sym *term, Sym *x, SymFn *fn, Sym **u, long *p, Sym **c)
{
    Sym *const *f;
    size_t nf = sym_mul_args(&term, &f);
    Sym *found = NULL;
    SymVec rest = {0};
    for (size_t k = 0; k < nf; k++) {
        Sym *b;
        long e;
        sym_decompose_power(f[k], &b, &e);
        if (!sym_has(f[k], x)) {
            sym_vec_push(&rest, f[k]);
        } else if (!found && (sym_is_fn(b, SYM_FN_SIN) || sym_is_fn(b, SYM_FN_COS)) && e > 0) {
            found = b;
            *p = e;
        } else {
            return false;
        }
    }
    if (!found)
        return false;
    *fn = (SymFn)found->op;
    *u = found->args[0];
    *c = sym_mul_n(rest.n, rest.v);
    return true;
}

/* sympy's rewrite of an equation in sin and cos of one argument u: a*sin(u)**p + b*cos(u)**p
 * becomes a/b*tan(u)**p + 1; anything else in sin, cos, sec and csc of u becomes a rational
 * function of tan(u/2). NULL when the generators are not of this kind (tan or cot among them,
 * several arguments). */
static Sym *trig_rewrite(Sym *ex, const SymVec *gens, Sym *x)
{
    Sym *u = NULL;
    for (size_t i = 0; i < gens->n; i++) {
        Sym *g = gens->v[i];
        if (!(sym_is_fn(g, SYM_FN_SIN) || sym_is_fn(g, SYM_FN_COS) || sym_is_fn(g, SYM_FN_SEC) ||
              sym_is_fn(g, SYM_FN_CSC)))
            return NULL;
        if (u && !sym_eq(u, g->args[0]))
            return NULL;
        u = g->args[0];
    }
    if (ex->kind == SYM_ADD && ex->n == 2) {
        SymFn f0, f1;
        Sym *u0, *u1, *c0, *c1;
        long p0, p1;
        if (trig_power_term(ex->args[0], x, &f0, &u0, &p0, &c0) &&
            trig_power_term(ex->args[1], x, &f1, &u1, &p1, &c1) && f0 != f1 && p0 == p1 && sym_eq(u0, u1)) {
            Sym *ratio = f0 == SYM_FN_SIN ? sym_div(c0, c1) : sym_div(c1, c0);
            return sym_add(sym_mul(ratio, sym_pow(sym_fn1(SYM_FN_TAN, u0), sym_int(p0))), sym_one);
        }
    }
    Sym *t = sym_fn1(SYM_FN_TAN, sym_div(u, sym_two));
    Sym *t2 = sym_mul(t, t);
    Sym *sin_t = sym_div(sym_mul(sym_two, t), sym_add(t2, sym_one));
    Sym *cos_t = sym_div(sym_sub(sym_one, t2), sym_add(t2, sym_one));
    Sym *olds[4] = {sym_fn1(SYM_FN_SIN, u), sym_fn1(SYM_FN_COS, u), sym_fn1(SYM_FN_SEC, u), sym_fn1(SYM_FN_CSC, u)};
    Sym *news[4] = {sin_t, cos_t, sym_div(sym_one, cos_t), sym_div(sym_one, sin_t)};
    return sym_subs_many(ex, 4, olds, news, true);
}

/* The trigonometric generators of an equation in x when all are functions of x itself; sets
 * which of tan/cot and of the others occur. */
static bool trig_of_x(const SymVec *gens, Sym *x, bool *ratios, bool *others)
{
    *ratios = *others = false;
    for (size_t i = 0; i < gens->n; i++) {
        Sym *g = gens->v[i];
        if (!(g->kind == SYM_FN && g->op >= SYM_FN_SIN && g->op <= SYM_FN_CSC) || !sym_eq(g->args[0], x))
            return false;
        if (g->op == SYM_FN_TAN || g->op == SYM_FN_COT)
            *ratios = true;
        else
            *others = true;
    }
    return true;
}

/* Equations in tan(x) or cot(x) with other functions of x. sympy rewrites cot as 1/tan, and
 * with sin, cos, sec or csc present goes through exp(I*x/2): its candidates are the solutions
 * in (-pi, pi], or in (-2*pi, 2*pi] when sin and csc make the equation odd in the half angle.
 * The candidates here: the roots of the numerator in sin and cos through tan(x/2), pi, and
 * each shifted by 2*pi into the wider range when it applies; they are checked afterwards. */
static bool trig_ratio_candidates(Sym *ex, const SymVec *gens, Sym *x, SymVec *out)
{
    bool ratios, others;
    if (!trig_of_x(gens, x, &ratios, &others) || !ratios)
        return false;
    Sym *s = sym_fn1(SYM_FN_SIN, x), *c = sym_fn1(SYM_FN_COS, x), *t = sym_fn1(SYM_FN_TAN, x);
    if (!others) {
        SymVec r = solve_single(sym_subs(ex, sym_fn1(SYM_FN_COT, x), sym_div(sym_one, t)), x);
        for (size_t i = 0; i < r.n; i++)
            push_unique(out, r.v[i]);
        return true;
    }
    Sym *olds[4] = {t, sym_fn1(SYM_FN_COT, x), s, sym_fn1(SYM_FN_CSC, x)};
    Sym *news[4] = {sym_div(s, c), sym_div(c, s), sym_neg(s), sym_neg(olds[3])};
    Sym *n, *d;
    sym_numer_denom(sym_together(sym_subs_many(ex, 2, olds, news, true)), &n, &d);
    n = sym_expand(n);
    Sym *flipped = sym_expand(sym_subs_many(ex, 2, olds + 2, news + 2, true));
    bool odd = !sym_eq(flipped, sym_expand(ex)) && !sym_eq(flipped, sym_expand(sym_neg(ex)));
    SymVec ng = x_gens(n, x);
    if (!ng.n)
        return true;   /* nothing left of x: sympy finds no solution */
    Sym *tf = trig_rewrite(n, &ng, x);
    if (!tf)
        return false;
    SymVec base = solve_single(tf, x);
    push_unique(&base, sym_pi);
    for (size_t i = 0; i < base.n; i++) {
        Sym *v = base.v[i];
        push_unique(out, v);
        if (odd)
            push_unique(out, sym_add(v, sym_mul(sym_int(sym_is(v, SYM_F_POSITIVE) ? -2 : 2), sym_pi)));
    }
    return true;
}

/* A product with x in several factors: each factor solved on its own, as sympy's _solve does. */
static bool solve_product(Sym *f, Sym *x, SymVec *out)
{
    if (f->kind != SYM_MUL)
        return false;
    size_t with_x = 0;
    for (size_t i = 0; i < f->n; i++)
        with_x += sym_has(f->args[i], x);
    if (with_x < 2)
        return false;
    for (size_t i = 0; i < f->n; i++) {
        SymVec r = solve_single(f->args[i], x);
        for (size_t k = 0; k < r.n; k++)
            push_unique(out, r.v[k]);
    }
    return true;
}

/* Roots of f(x) = 0 before checks: polynomial, one generator, or one square root. */
static bool candidates(Sym *f, Sym *num, Sym *x, SymVec *out, bool *need_check)
{
    *need_check = false;
    SymVec c = {0};
    if (sym_poly_coeffs(num, x, &c)) {
        size_t before = out->n;
        if (poly_roots(&c, x, out))
            return true;
        out->n = before;
        if (!all_rational(&c)) {
            /* all_roots takes out the content (pi*x**5 - pi*x + pi); over a ring that is still
             * not Z it gives up and sympy's solve keeps what roots() found, unless the
             * equation is a product that it solves factor by factor */
            Sym **terms = gc_alloc(c.n * sizeof(Sym *));
            for (size_t i = 0; i < c.n; i++) {
                Sym *q = sym_cancel(sym_div(c.v[i], c.v[0]));
                if (!sym_is_rational(q)) {
                    *need_check = solve_product(f, x, out);
                    if (!*need_check)
                        partial_roots(&c, x, out);
                    return true;
                }
                terms[i] = sym_mul(q, sym_pow(x, sym_int((long)(c.n - 1 - i))));
            }
            num = sym_add_n(c.n, terms);
        }
        /* no formula for some factor: sympy's solve falls back to all_roots (CRootOf) */
        SymVec r = sym_rootof_all_roots(num, x, false);
        for (size_t i = 0; i < r.n; i++)
            push_unique(out, r.v[i]);
        return true;
    }
    *need_check = true;
    if (solve_product(f, x, out)) {
        /* only the denominators judge the factors' roots: x*log(x) = 0 keeps x = 0 */
        *need_check = false;
        return true;
    }
    Sym *ex = sym_expand(num);
    /* the powers as written first (4**(x - 1) = 1 is not 4**x = 4 for sympy) */
    if (sym_solveexp(num, x, out) || sym_solveexp(ex, x, out))
        return true;
    Sym *logs = sym_solveexp_logs(ex, x);
    if (logs) {
        SymVec r = solve_single(logs, x);
        for (size_t i = 0; i < r.n; i++)
            push_unique(out, r.v[i]);
        return true;
    }
    SymVec gens = x_gens(ex, x);
    if (gens.n == 1) {
        Sym *t = sym_dummy("t", (SymFacts){0, 0});
        Sym *ft = subs_gen(ex, gens.v[0], t);
        if (!sym_has(ft, x) && sym_poly_coeffs(ft, t, &c)) {
            SymVec r = {0};
            if (!poly_roots(&c, t, &r))
                return false;
            for (size_t i = 0; i < r.n; i++)
                if (!invert(gens.v[0], r.v[i], x, out))
                    return false;
            return true;
        }
    }
    if (gens.n > 1 && trig_ratio_candidates(ex, &gens, x, out))
        return true;
    Sym *tf = gens.n > 1 ? trig_rewrite(ex, &gens, x) : NULL;
    if (tf) {
        SymVec r = solve_single(tf, x);
        for (size_t i = 0; i < r.n; i++)
            sym_vec_push(out, r.v[i]);
        return true;
    }
    return unrad(ex, x, out);
}

/* The solutions of f = 0 for x, unsorted; with simplify_roots, each simplified as solve() does
 * for one equation (polynomial systems leave their roots as found). */
/* The innermost Abs whose argument holds x in e (sympy unfolds them from the inside), or NULL. */
static Sym *inner_abs(Sym *e, Sym *x)
{
    if (!sym_has(e, x))
        return NULL;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *a = inner_abs(e->args[i], x);
        if (a)
            return a;
    }
    return sym_is_fn(e, SYM_FN_ABS) ? e : NULL;
}

/* solve() of f holding Abs(a) of the unknown: sympy rewrites Abs(a) of a real a as a where
 * a >= 0 and -a elsewhere, solves both pieces and keeps the candidates inside their piece.
 * false when f holds no such Abs. */
static bool solve_abs(Sym *f, Sym *x, SymVec *out)
{
    Sym *a = inner_abs(f, x);
    if (!a)
        return false;
    Sym *arg = a->args[0];
    if (!sym_is(arg, SYM_F_EXTENDED_REAL))
        sym_raise(SYM_E_NOT_IMPLEMENTED, "solving %s when the argument is not real or imaginary.", sym_str(a));
    for (int neg = 0; neg < 2; neg++) {
        Sym *piece = sym_subs(f, a, neg ? sym_neg(arg) : arg);
        if (is_zero(sym_expand(piece)))
            sym_raise(SYM_E_NOT_IMPLEMENTED, "\nAn expression is already zero when %s. This means that "
                      "in this *region* the solution is zero but solve can only represent discrete, "
                      "not interval, solutions.", sym_str(sym_rel(neg ? SYM_LT : SYM_GE, arg, sym_zero)));
        SymVec c = solve_single(piece, x);
        for (size_t i = 0; i < c.n; i++) {
            Sym *at = sym_subs(arg, x, c.v[i]);
            if (sym_is_not(at, SYM_F_EXTENDED_REAL))
                continue;   /* sympy drops a candidate whose condition raises TypeError */
            Sym *in = sym_rel(neg ? SYM_LT : SYM_GE, at, sym_zero);
            if (in->kind == SYM_TRUE)
                push_unique(out, c.v[i]);
            else if (in->kind != SYM_FALSE)
                sym_raise(SYM_E_NOT_IMPLEMENTED, "solutions of %s valid only where %s", sym_str(f), sym_str(in));
        }
    }
    return true;
}

static SymVec solve_single_flags(Sym *f, Sym *x, bool simplify_roots)
{
    SymVec sols = {0};
    if (!x || !sym_has(f, x) || solve_abs(f, x, &sols))
        return sols;
    SymVec dens = {0};
    denominators(f, x, &dens);
    Sym *num, *den;
    sym_numer_denom(sym_together(f), &num, &den);
    /* linear in x: one solution, simplified */
    Sym *dn = sym_diff(num, x);
    if (!sym_has(dn, x) && !is_zero(dn)) {
        Sym *v = sym_expand_mul(sym_mul(sym_div(sym_neg_one, dn), sym_subs(num, x, sym_zero)));
        if (!kills_denominator(&dens, x, v))
            sym_vec_push(&sols, sym_simplify(v));
        return sols;
    }
    SymVec cand = {0};
    bool check;
    if (!candidates(f, num, x, &cand, &check)) {
        SymVec gens = x_gens(sym_expand(num), x);
        not_implemented(f, &gens);
    }
    bool simplify = simplify_roots && cand.n <= 2;
    for (size_t i = 0; i < cand.n; i++) {
        Sym *v = cand.v[i];
        if (kills_denominator(&dens, x, v))
            continue;
        if (check && !check_sol(sym_subs(f, x, v)))
            continue;
        push_unique(&sols, simplify ? sym_simplify(v) : v);
    }
    return sols;
}

/* The numerator of e brought over a common denominator. */
static Sym *numerator(Sym *e)
{
    Sym *n, *d;
    sym_numer_denom(sym_together(e), &n, &d);
    return n;
}

/* ---- systems ------------------------------------------------------------------------------- */

/* One solution of a system: a value (or NULL, unsolved) per unknown. */
typedef struct { Sym **v; } Sol;

typedef struct { Sol *s; size_t n, cap; } Sols;

static void sols_push(Sols *ss, Sol s)
{
    if (ss->n == ss->cap) {
        ss->cap = ss->cap ? 2 * ss->cap : 8;
        ss->s = gc_realloc(ss->s, ss->cap * sizeof(Sol));
    }
    ss->s[ss->n++] = s;
}

static int sol_cmp(Sol a, Sol b, size_t nx);

static Sol sol_new(size_t n)
{
    Sol s = {gc_alloc((n ? n : 1) * sizeof(Sym *))};
    return s;
}

/* Is every equation of total degree at most 1 in the unknowns? Fills the coefficient matrix
 * rows (coefficients of each unknown, then the constant). */
static bool linear_rows(const SymVec *eqs, Sym *const *xs, size_t nx, Sym ***rows)
{
    for (size_t i = 0; i < eqs->n; i++) {
        Sym *e = sym_expand(eqs->v[i]);
        rows[i] = gc_alloc((nx + 1) * sizeof(Sym *));
        Sym *rest = e;
        for (size_t j = 0; j < nx; j++) {
            Sym *d = sym_diff(e, xs[j]);
            for (size_t k = 0; k < nx; k++)
                if (sym_has(d, xs[k]))
                    return false;
            rows[i][j] = d;
            rest = sym_subs(rest, xs[j], sym_zero);
        }
        rows[i][nx] = rest;
    }
    return true;
}

static Sym *simp(Sym *e) { return sym_cancel(sym_expand(e)); }

/* A polynomial in the unknowns xs with coefficients free of them, as Poly(e, *xs); with no
 * unknowns, in every symbol with rational coefficients. */
static bool polynomial_in(Sym *e, Sym *const *xs, size_t nx)
{
    if (nx && !has_any(e, xs, nx))
        return true;
    switch ((SymKind)e->kind) {
    case SYM_INTEGER:
    case SYM_RATIONAL:
    case SYM_SYMBOL:
    case SYM_DUMMY:
        return true;
    case SYM_ADD:
    case SYM_MUL:
        for (uint32_t i = 0; i < e->n; i++)
            if (!polynomial_in(e->args[i], xs, nx))
                return false;
        return true;
    case SYM_POW:
        return e->args[1]->kind == SYM_INTEGER && fmpz_sgn(e->args[1]->v.z) > 0 &&
               polynomial_in(e->args[0], xs, nx);
    default:
        return false;
    }
}

/* A polynomial with rational coefficients in symbols: together() would only scale it, and it
 * has no denominator that a solution could make vanish. */
static bool plain_poly(Sym *e) { return polynomial_in(e, NULL, 0); }

static bool is_crootof(Sym *e) { return sym_is_crootof(e); }

/* A system of polynomials goes to sympy's solve_poly_system, whose univariate steps take only
 * the roots roots() finds: solutions needing CRootOf are not reported (solve([x**5 - x + 1])
 * is []), while an equation solved alone gives them. */
static void drop_rootof_sols(const SymVec *eqs, Sym *const *xs, size_t nx, Sols *sols)
{
    for (size_t i = 0; i < eqs->n; i++)
        if (!polynomial_in(eqs->v[i], xs, nx))
            return;
    size_t kept = 0;
    for (size_t i = 0; i < sols->n; i++) {
        bool rootof = false;
        for (size_t j = 0; j < nx && !rootof; j++)
            rootof = sols->s[i].v[j] && any_node(sols->s[i].v[j], is_crootof);
        if (!rootof)
            sols->s[kept++] = sols->s[i];
    }
    sols->n = kept;
}

/* solve_linear for rows of rational numbers: FLINT's exact reduced row echelon form, which is
 * what the elimination below reaches too; false when an entry is not rational. */
static bool solve_linear_rational(size_t m, Sym *const *xs, size_t nx, Sym ***rows, Sols *out)
{
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j <= nx; j++)
            if (!sym_is_rational(rows[i][j]))
                return false;
    fmpq_mat_t a;
    fmpq_mat_init(a, (slong)m, (slong)nx + 1);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j <= nx; j++)
            sym_get_fmpq(fmpq_mat_entry(a, i, j), rows[i][j]);
    slong rank = fmpq_mat_rref(a, a);
    Sol s = sol_new(nx);
    bool consistent = true;
    for (slong i = 0; i < rank && consistent; i++) {
        size_t p = 0;
        while (fmpq_is_zero(fmpq_mat_entry(a, i, p)))
            p++;
        if (p == nx) {
            consistent = false;
            break;
        }
        SymVec terms = {0};
        sym_vec_push(&terms, sym_neg(sym_rat_fmpq(fmpq_mat_entry(a, i, nx))));
        for (size_t j = p + 1; j < nx; j++)
            if (!fmpq_is_zero(fmpq_mat_entry(a, i, j)))
                sym_vec_push(&terms, sym_mul(sym_neg(sym_rat_fmpq(fmpq_mat_entry(a, i, j))), xs[j]));
        s.v[p] = sym_add_n(terms.n, terms.v);
    }
    fmpq_mat_clear(a);
    if (consistent)
        sols_push(out, s);
    return true;
}

/* Gauss-Jordan elimination over the expressions; one solution (free unknowns NULL) or none. */
static bool solve_linear(const SymVec *eqs, Sym *const *xs, size_t nx, Sym ***rows, Sols *out)
{
    size_t m = eqs->n;
    size_t *pivot_col = gc_alloc_atomic((m + 1) * sizeof(size_t));
    size_t r = 0;
    for (size_t col = 0; col < nx && r < m; col++) {
        size_t p = m;
        for (size_t i = r; i < m; i++)
            if (!is_zero(rows[i][col])) {
                p = i;
                break;
            }
        if (p == m)
            continue;
        Sym **t = rows[p];
        rows[p] = rows[r];
        rows[r] = t;
        Sym *inv = sym_div(sym_one, rows[r][col]);
        for (size_t j = 0; j <= nx; j++)
            rows[r][j] = simp(sym_mul(rows[r][j], inv));
        for (size_t i = 0; i < m; i++) {
            budget_tick();
            if (i == r || is_zero(rows[i][col]))
                continue;
            Sym *factor = rows[i][col];
            for (size_t j = 0; j <= nx; j++)
                rows[i][j] = simp(sym_sub(rows[i][j], sym_mul(factor, rows[r][j])));
        }
        pivot_col[r++] = col;
    }
    for (size_t i = r; i < m; i++)
        if (!is_zero(rows[i][nx]))
            return false;
    Sol s = sol_new(nx);
    for (size_t i = 0; i < r; i++) {
        Sym *v = sym_neg(rows[i][nx]);
        for (size_t j = 0; j < nx; j++)
            if (j != pivot_col[i] && !is_zero(rows[i][j]))
                v = sym_sub(v, sym_mul(rows[i][j], xs[j]));
        s.v[pivot_col[i]] = sym_expand(v);
    }
    sols_push(out, s);
    return true;
}

/* Substitutes the known values of a partial solution. */
static Sym *subs_sol(Sym *e, Sym *const *xs, size_t nx, Sol s)
{
    for (size_t j = 0; j < nx; j++)
        if (s.v[j])
            e = sym_subs(e, xs[j], s.v[j]);
    return e;
}

static size_t unknowns_in(Sym *e, Sym *const *xs, size_t nx, size_t *which)
{
    size_t k = 0;
    for (size_t j = 0; j < nx; j++)
        if (sym_has(e, xs[j])) {
            *which = j;
            k++;
        }
    return k;
}

/* The coefficients of the remainder of a by b (highest first, leading zeros dropped by exact
 * zero tests), both polynomials in x with numeric coefficients, b's leading one nonzero. */
static SymVec rem_numeric(SymVec a, const SymVec *b)
{
    while (a.n >= b->n) {
        Sym *q = sym_div(a.v[0], b->v[0]);
        SymVec r = {0};
        for (size_t i = 1; i < a.n; i++)
            sym_vec_push(&r, i < b->n ? sym_expand(sym_sub(a.v[i], sym_mul(q, b->v[i]))) : a.v[i]);
        size_t lead = 0;
        while (lead < r.n && is_zero(r.v[lead]))
            lead++;
        a.v = r.v + lead;
        a.n = r.n - lead;
    }
    return a;
}

/* The gcd, up to a constant, of the polynomials in x with numeric (algebraic) coefficients in
 * eqs; NULL when one of them is not a polynomial in x or is zero. */
static Sym *algebraic_gcd(const SymVec *eqs, Sym *x)
{
    SymVec g = {0};
    for (size_t i = 0; i < eqs->n; i++) {
        SymVec c = {0};
        if (!sym_poly_coeffs(sym_expand(eqs->v[i]), x, &c))
            return NULL;
        size_t lead = 0;
        while (lead < c.n && is_zero(c.v[lead]))
            lead++;
        c.v += lead;
        c.n -= lead;
        if (!c.n)
            continue;
        if (!g.n) {
            g = c;
            continue;
        }
        SymVec a = c.n >= g.n ? c : g, b = c.n >= g.n ? g : c;
        while (b.n) {
            SymVec r = rem_numeric(a, &b);
            a = b;
            b = r;
        }
        g = a;
    }
    if (!g.n)
        return NULL;
    Sym **terms = gc_alloc(g.n * sizeof(Sym *));
    for (size_t i = 0; i < g.n; i++)
        terms[i] = sym_mul(sym_div(g.v[i], g.v[0]), sym_pow(x, sym_int((long)(g.n - 1 - i))));
    return sym_add_n(g.n, terms);
}

/* Are the expressions in eqs free of symbols other than x? */
static bool numeric_coeffs(const SymVec *eqs, Sym *x)
{
    for (size_t i = 0; i < eqs->n; i++) {
        SymVec fs = sym_free_symbols(eqs->v[i]);
        if (fs.n > 1 || (fs.n == 1 && !sym_eq(fs.v[0], x)))
            return false;
    }
    return true;
}

/* With parameters left in the values, the equation giving x's candidates (checked against all
 * afterwards): lowest degree in x first, then a numeric leading coefficient (monic, as a
 * Groebner basis element). NULL when none is a polynomial in x. */
static Sym *lowest_equation(const SymVec *eqs, Sym *x)
{
    Sym *g = NULL;
    long best = 0;
    for (size_t i = 0; i < eqs->n; i++) {
        SymVec ec = {0};
        if (!sym_has(eqs->v[i], x) || !sym_poly_coeffs(eqs->v[i], x, &ec))
            continue;
        long rank = 2 * (long)ec.n + !sym_is_number(ec.v[0]);
        if (!g || rank < best) {
            g = eqs->v[i];
            best = rank;
        }
    }
    return g;
}

/* Polynomial systems by elimination: an equation in one unknown is solved and substituted; an
 * equation linear in an unknown is solved for it; otherwise a resultant eliminates one. */
static void solve_nonlinear(const SymVec *eqs, Sym *const *xs, size_t nx, Sol partial, Sols *out,
                            int depth)
{
    budget_tick();
    if (depth > 32)
        sym_raise(SYM_E_NOT_IMPLEMENTED, "system too deep to solve");
    SymVec rest = {0};
    for (size_t i = 0; i < eqs->n; i++) {
        Sym *e = sym_together(subs_sol(eqs->v[i], xs, nx, partial));
        Sym *n, *d;
        sym_numer_denom(e, &n, &d);
        n = sym_expand(n);
        if (is_zero(n))
            continue;
        size_t w;
        if (!unknowns_in(n, xs, nx, &w))
            return;   /* inconsistent: a nonzero constant, or a condition on the parameters */
        sym_vec_push(&rest, n);
    }
    if (!rest.n) {
        Sol s = sol_new(nx);
        memcpy(s.v, partial.v, nx * sizeof(Sym *));
        sols_push(out, s);
        return;
    }
    /* prefer an equation in a single unknown, the one of lowest degree */
    for (size_t i = 0; i < rest.n; i++) {
        size_t w;
        if (unknowns_in(rest.v[i], xs, nx, &w) != 1)
            continue;
        SymVec r = solve_single_flags(rest.v[i], xs[w], false);
        SymVec others = {0};
        for (size_t k = 0; k < rest.n; k++)
            if (k != i)
                sym_vec_push(&others, rest.v[k]);
        for (size_t k = 0; k < r.n; k++) {
            Sol s = sol_new(nx);
            memcpy(s.v, partial.v, nx * sizeof(Sym *));
            s.v[w] = r.v[k];
            for (size_t j = 0; j < nx; j++)
                if (s.v[j] && j != w)
                    s.v[j] = sym_simplify(sym_subs(s.v[j], xs[w], r.v[k]));
            solve_nonlinear(&others, xs, nx, s, out, depth + 1);
        }
        return;
    }
    /* an equation that factors: each factor set to zero in turn */
    for (size_t i = 0; i < rest.n; i++) {
        SymVec fs = {0}, ks = {0};
        sym_factor_list(rest.v[i], &fs, &ks);
        SymVec parts = {0};
        for (size_t k = 0; k < fs.n; k++) {
            size_t w2;
            if (unknowns_in(fs.v[k], xs, nx, &w2))
                sym_vec_push(&parts, fs.v[k]);
        }
        if (parts.n < 2)
            continue;
        for (size_t k = 0; k < parts.n; k++) {
            SymVec branch = {0};
            sym_vec_push(&branch, parts.v[k]);
            for (size_t m = 0; m < rest.n; m++)
                if (m != i)
                    sym_vec_push(&branch, rest.v[m]);
            Sols sub = {0};
            solve_nonlinear(&branch, xs, nx, partial, &sub, depth + 1);
            for (size_t q = 0; q < sub.n; q++) {
                bool dup = false;
                for (size_t r = 0; r < out->n && !dup; r++)
                    dup = sol_cmp(out->s[r], sub.s[q], nx) == 0;
                if (!dup)
                    sols_push(out, sub.s[q]);
            }
        }
        return;
    }
    /* eliminate one unknown with resultants, solve the rest, and bring it back */
    /* (the first unknown goes first, as a lex Groebner basis eliminates it) */
    size_t w = nx;
    for (size_t j = 0; j < nx && w == nx; j++)
        if (!partial.v[j] && sym_has(rest.v[0], xs[j]))
            w = j;
    SymVec reduced = {0};
    bool usable = w < nx && rest.n >= 2;
    for (size_t k = 1; k < rest.n && usable; k++) {
        Sym *r = sym_has(rest.v[k], xs[w]) ? sym_resultant(rest.v[0], rest.v[k], xs[w]) : rest.v[k];
        if (!r)
            usable = false;
        else
            sym_vec_push(&reduced, r);
    }
    if (usable) {
        Sols sub = {0};
        Sol mark = sol_new(nx);
        memcpy(mark.v, partial.v, nx * sizeof(Sym *));
        mark.v[w] = xs[w];   /* held back: solved after the others */
        solve_nonlinear(&reduced, xs, nx, mark, &sub, depth + 1);
        for (size_t k = 0; k < sub.n; k++) {
            Sol s = sub.s[k];
            s.v[w] = NULL;
            /* the held-back unknown from every original equation at once */
            SymVec eqw = {0};
            for (size_t i = 0; i < rest.n; i++)
                sym_vec_push(&eqw, subs_sol(rest.v[i], xs, nx, s));
            Sym *g = eqw.v[0];
            for (size_t i = 1; i < eqw.n; i++)
                if (sym_has(eqw.v[i], xs[w]))
                    g = sym_gcd(g, sym_expand(eqw.v[i]));
            if (!sym_has(g, xs[w])) {
                if (is_zero(g)) {
                    sols_push(out, s);
                    continue;
                }
                /* a gcd of 1 over Q may hide a common root when the values are algebraic
                 * (sqrt(13) taken as a generator): Euclid's algorithm again with exact zero
                 * tests on the numbers, as a lex Groebner basis reduces there */
                g = numeric_coeffs(&eqw, xs[w]) ? algebraic_gcd(&eqw, xs[w]) : lowest_equation(&eqw, xs[w]);
                if (!g)
                    continue;
            }
            SymVec gc = {0};
            if (sym_poly_coeffs(g, xs[w], &gc) && !is_zero(gc.v[0]))
                g = sym_expand(sym_div(g, gc.v[0]));   /* monic, as in a reduced Groebner basis */
            SymVec r = solve_single_flags(g, xs[w], false);
            for (size_t q = 0; q < r.n; q++) {
                Sol t = sol_new(nx);
                memcpy(t.v, s.v, nx * sizeof(Sym *));
                t.v[w] = r.v[q];
                bool ok = true;
                for (size_t i = 0; i < rest.n && ok; i++)
                    ok = is_zero(subs_sol(rest.v[i], xs, nx, t));
                if (ok)
                    sols_push(out, t);
            }
        }
        return;
    }
    /* an equation linear in some unknown with a coefficient free of unknowns */
    for (size_t i = 0; i < rest.n; i++) {
        for (size_t j = 0; j < nx; j++) {
            if (!sym_has(rest.v[i], xs[j]))
                continue;
            Sym *d = sym_diff(rest.v[i], xs[j]);
            size_t w;
            if (unknowns_in(d, xs, nx, &w) || is_zero(d))
                continue;
            Sym *v = sym_simplify(sym_neg(sym_div(sym_subs(rest.v[i], xs[j], sym_zero), d)));
            SymVec others = {0};
            for (size_t k = 0; k < rest.n; k++)
                if (k != i)
                    sym_vec_push(&others, rest.v[k]);
            Sols sub = {0};
            Sol s = sol_new(nx);
            memcpy(s.v, partial.v, nx * sizeof(Sym *));
            s.v[j] = v;
            solve_nonlinear(&others, xs, nx, s, &sub, depth + 1);
            for (size_t k = 0; k < sub.n; k++) {
                Sym *val = sub.s[k].v[j];
                for (size_t m = 0; m < nx; m++)
                    if (m != j && sub.s[k].v[m])
                        val = sym_subs(val, xs[m], sub.s[k].v[m]);
                sub.s[k].v[j] = sym_simplify(val);
                sols_push(out, sub.s[k]);
            }
            return;
        }
    }
    sym_raise(SYM_E_NOT_IMPLEMENTED, "could not solve the nonlinear system");
}

static int by_name(const void *a, const void *b)
{
    return strcmp((*(Sym *const *)a)->v.s.name, (*(Sym *const *)b)->v.s.name);
}

/* v with each square root's radicand, and v itself when it is a polynomial, factored when it
 * splits over the rationals, as sympy writes the roots of a parametric system
 * (sqrt(-(y - 1)*(y + 1)) for x**2 + y**2 = 1). */
static Sym *factor_radicands(Sym *v)
{
    if (v->kind == SYM_POW && v->args[1] == sym_half && v->args[0]->kind == SYM_ADD)
        return sym_pow(factor_radicands(v->args[0]), sym_half);
    if (v->kind == SYM_ADD && plain_poly(v)) {
        Sym *f = sym_factor(v);
        Sym *const *fs;
        size_t nf = sym_mul_args(&f, &fs), with = 0;
        for (size_t i = 0; i < nf; i++)
            with += sym_has_symbols(fs[i]);
        return with > 1 ? f : v;
    }
    if (v->kind != SYM_ADD && v->kind != SYM_MUL)
        return v;
    Sym **a = gc_alloc(v->n * sizeof(Sym *));
    for (size_t i = 0; i < v->n; i++)
        a[i] = factor_radicands(v->args[i]);
    return sym_rebuild(v, a);
}

/* More unknowns than equations: as sympy's _solve_system, the equations are solved for the
 * first unknowns by name, as many as there are equations, the others left free. */
static void solve_fewer(const SymVec *eqs, Sym *const *xs, size_t nx, Sols *out)
{
    Sym **free = gc_alloc(nx * sizeof(Sym *));
    size_t nf = 0;
    for (size_t j = 0; j < nx; j++)
        for (size_t i = 0; i < eqs->n; i++)
            if (sym_has(eqs->v[i], xs[j])) {
                free[nf++] = xs[j];
                break;
            }
    qsort(free, nf, sizeof(Sym *), by_name);
    size_t k = nf < eqs->n ? nf : eqs->n;
    Sols sub = {0};
    solve_nonlinear(eqs, free, k, sol_new(k), &sub, 0);
    for (size_t i = 0; i < sub.n; i++) {
        Sol s = sol_new(nx);
        for (size_t m = 0; m < k; m++)
            for (size_t j = 0; j < nx; j++)
                if (xs[j] == free[m] && sub.s[i].v[m])
                    s.v[j] = factor_radicands(sub.s[i].v[m]);
        sols_push(out, s);
    }
}

/* ---- inequalities ------------------------------------------------------------------------- */

static double approx(Sym *e)
{
    double re, im;
    if (e->kind == SYM_INFINITY)
        return INFINITY;
    if (e->kind == SYM_NEG_INFINITY)
        return -INFINITY;
    return sym_eval_complex(e, &re, &im) ? re : 0;
}

/* The sign of f at the rational point t: -1, 0, 1 (2 when undefined). */
static int sign_at(Sym *f, Sym *x, Sym *t)
{
    Sym *v = sym_subs(f, x, t);
    if (v->kind == SYM_COMPLEX_INFINITY || v->kind == SYM_NAN)
        return 2;
    if (is_zero(v))
        return 0;
    int s = sym_eval_sign(v);
    return s;
}

static bool holds(int sign, SymRel op)
{
    switch (op) {
    case SYM_LT: return sign == -1;
    case SYM_LE: return sign == -1 || sign == 0;
    case SYM_GT: return sign == 1;
    case SYM_GE: return sign == 1 || sign == 0;
    case SYM_EQ: return sign == 0;
    default: return sign == 1 || sign == -1;
    }
}

/* A rational number strictly between two reals given numerically. */
static Sym *between(double a, double b)
{
    double m = isinf(a) && isinf(b) ? 0 : isinf(a) ? b - 1 : isinf(b) ? a + 1 : (a + b) / 2;
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, m);
    fmpq_t r;
    fmpq_init(r);
    fmpq_set_mpq(r, q);
    mpq_clear(q);
    Sym *res = sym_rat_fmpq(r);
    fmpq_clear(r);
    return res;
}

/* The real roots of the polynomial p in x with rational coefficients added to pts; false
 * when p is not such a polynomial. */
static bool real_roots_into(Sym *p, Sym *x, SymVec *pts)
{
    SymVec c = {0}, r = {0};
    if (!sym_poly_coeffs(p, x, &c) || !all_rational(&c) || !poly_roots(&c, x, &r))
        return false;
    for (size_t i = 0; i < r.n; i++)
        if (sym_is(r.v[i], SYM_F_EXTENDED_REAL) || sym_eval_sign(r.v[i]) != 2)
            push_unique(pts, r.v[i]);
    return true;
}

/* The ends of the real domain of e in x added to pts: the real roots of the arguments of
 * logarithms and of the bases of fractional powers. false when e holds other functions of x
 * (trigonometric ones are periodic: sympy answers them over one period) or such an argument
 * is not a polynomial. */
static bool domain_ends(Sym *e, Sym *x, SymVec *pts)
{
    if (!sym_has(e, x))
        return true;
    if (e->kind == SYM_FN) {
        if (e->op != SYM_FN_LOG && e->op != SYM_FN_EXP)
            return false;
        if (e->op == SYM_FN_LOG && (e->n != 1 || !real_roots_into(e->args[0], x, pts)))
            return false;
    } else if (e->kind == SYM_POW && !sym_is(e->args[1], SYM_F_INTEGER) && sym_has(e->args[0], x) &&
               !real_roots_into(e->args[0], x, pts)) {
        return false;
    }
    for (uint32_t i = 0; i < e->n; i++)
        if (!domain_ends(e->args[i], x, pts))
            return false;
    return true;
}

/* The real solutions of f op 0 as intervals: f a rational function with rational coefficients
 * in x, or one built with exp, log and powers whose zeros solve() finds, as sympy's
 * solve_univariate_inequality tests the sign between the zeros, poles and domain ends; false
 * when f is of neither kind. */
/* The critical points of a polynomial inequality: real_roots() of p, CRootOf for the factors
 * it gives no radicals for (x**3 - 5*x + 7 > 0 is CRootOf(x**3 - 5*x + 7, 0) < x). */
static bool poly_real_roots_into(Sym *p, Sym *x, SymVec *pts)
{
    SymVec c = {0};
    if (!sym_poly_coeffs(p, x, &c) || !all_rational(&c))
        return false;
    if (c.n < 2)
        return true;
    SymVec r = sym_rootof_all_roots(p, x, true);
    for (size_t i = 0; i < r.n; i++)
        push_unique(pts, r.v[i]);
    return true;
}

static bool solve_ineq(Sym *f, SymRel op, Sym *x, SymIvals *out)
{
    Sym *num, *den;
    sym_numer_denom(sym_together(f), &num, &den);
    SymVec pts = {0};
    if (!poly_real_roots_into(num, x, &pts) || !poly_real_roots_into(den, x, &pts)) {
        pts.n = 0;
        if (!domain_ends(f, x, &pts))
            return false;
        for (int k = 0; k < 2; k++) {
            SymVec z = solve_single(k ? den : num, x);
            for (size_t i = 0; i < z.n; i++)
                if (sym_is_number(z.v[i]) && (sym_is(z.v[i], SYM_F_EXTENDED_REAL) || sym_eval_sign(z.v[i]) != 2))
                    push_unique(&pts, z.v[i]);
        }
    }
    /* sort the critical points by value */
    for (size_t i = 1; i < pts.n; i++) {
        Sym *p = pts.v[i];
        size_t j = i;
        while (j > 0 && approx(pts.v[j - 1]) > approx(p)) {
            pts.v[j] = pts.v[j - 1];
            j--;
        }
        pts.v[j] = p;
    }
    /* walk (-oo, p0), p0, (p0, p1), ... keeping maximal runs where the relation holds */
    Sym *lo = NULL;
    bool lo_open = true;
    size_t n = pts.n;
    for (size_t k = 0; k <= 2 * n; k++) {
        budget_tick();
        bool point = k % 2 == 1;
        Sym *at = point ? pts.v[k / 2] : NULL;
        double a = k / 2 == 0 && !point ? -INFINITY : approx(pts.v[(k - 1) / 2]);
        double b = k / 2 >= n ? INFINITY : approx(pts.v[k / 2]);
        bool ok = point ? (sign_at(den, x, at) != 0 && holds(sign_at(f, x, at), op))
                        : holds(sign_at(f, x, between(a, b)), op);
        Sym *left = point ? at : (k == 0 ? sym_neg_oo : pts.v[k / 2 - 1]);
        Sym *right = point ? at : (k / 2 >= n ? sym_oo : pts.v[k / 2]);
        if (ok && !lo) {
            lo = left;
            lo_open = !point;
        }
        if (!ok && lo) {
            sym_ivals_push(out, (SymIval){lo, left, lo_open, true});
            lo = NULL;
        }
        if (ok && k == 2 * n)
            sym_ivals_push(out, (SymIval){lo, right, lo_open, true});
        if (ok && point && k + 1 <= 2 * n) {
            /* the point is included; whether the run goes on is decided by the next interval */
        }
    }
    /* a run ending at a point that holds closes there */
    for (size_t i = 0; i < out->n; i++) {
        SymIval *iv = &out->v[i];
        for (size_t k = 0; k < n; k++)
            if (sym_eq(pts.v[k], iv->hi) && sign_at(den, x, iv->hi) != 0 &&
                holds(sign_at(f, x, iv->hi), op))
                iv->hi_open = false;
    }
    return true;
}

static bool is_inequality(Sym *f)
{
    return f->kind == SYM_REL && f->op != SYM_EQ;
}

/* The real x with g op 0 for a rational function g of x with rational coefficients, where
 * Abs(a) may stand for such functions: it is a where a >= 0 and -a where a < 0 (sympy's
 * reduce_abs_inequality). false when g is not of that kind. */
static bool ineq_set(Sym *g, SymRel op, Sym *x, SymIvals *out)
{
    budget_tick();
    Sym *a = inner_abs(g, x);
    if (!a)
        return solve_ineq(g, op, x, out);
    for (int neg = 0; neg < 2; neg++) {
        SymIvals region = {0}, part = {0};
        Sym *arg = a->args[0];
        if (!solve_ineq(arg, neg ? SYM_LT : SYM_GE, x, &region) ||
            !ineq_set(sym_subs(g, a, neg ? sym_neg(arg) : arg), op, x, &part))
            return false;
        SymIvals both = sym_ivals_intersect(&region, &part);
        for (size_t i = 0; i < both.n; i++)
            sym_ivals_push(out, both.v[i]);
    }
    sym_ivals_normalize(out);
    return true;
}

/* The finite ends of s as Floats, as sympy's evalf leaves the solution of inexact relations. */
static void float_ends(SymIvals *s)
{
    for (size_t i = 0; i < s->n; i++) {
        if (sym_is_number(s->v[i].lo) && s->v[i].lo->kind <= SYM_FN)
            s->v[i].lo = sym_evalf(s->v[i].lo, 15);
        if (sym_is_number(s->v[i].hi) && s->v[i].hi->kind <= SYM_FN)
            s->v[i].hi = sym_evalf(s->v[i].hi, 15);
    }
}

/* ineq_set with Floats in g solved exactly and the ends turned back into Floats. */
static bool ineq_ivals(Sym *g, SymRel op, Sym *x, SymIvals *out)
{
    bool floats = sym_has_float(g);
    if (floats)
        g = sym_rationalize_floats(g);
    if (!ineq_set(g, op, x, out))
        return false;
    if (floats)
        float_ends(out);
    return true;
}

static _Noreturn void cannot_solve(Sym *f)
{
    sym_raise(SYM_E_NOT_IMPLEMENTED, "The inequality, %s, cannot be solved using "
              "solve_univariate_inequality.", sym_str(f));
}

bool sym_solve_inequality_set(Sym *f, Sym *x, SymIvals *out)
{
    if (f->kind == SYM_TRUE)
        sym_ivals_push(out, (SymIval){sym_neg_oo, sym_oo, true, true});
    if (f->kind == SYM_TRUE || f->kind == SYM_FALSE)
        return true;
    return f->kind == SYM_REL && ineq_ivals(sym_sub(f->args[0], f->args[1]), f->op, x, out);
}

/* Is every term of b a number or a number times even powers of symbols? (sympy then decides
 * oo + b >= 0 and -oo + b <= 0 to be True, whatever the sign.) */
static bool even_terms(Sym *b)
{
    Sym *const *t;
    size_t nt = sym_add_args(&b, &t);
    for (size_t i = 0; i < nt; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        for (size_t k = 0; k < nf; k++) {
            Sym *base;
            long p;
            sym_decompose_power(f[k], &base, &p);
            if (!sym_is_num(f[k]) && (!sym_is_symbol(base) || p % 2))
                return false;
        }
    }
    return true;
}

/* An inequality linear in x with other symbols in it, as sympy's _solve_inequality isolates x:
 * the relation x op value (the sense reversed by a negative coefficient), with -oo < x or
 * x < oo joined to a non-strict one when the inequality need not hold at that end. NULL when
 * it does not have this shape or the coefficient's sign is unknown. */
static Sym *solve_linear_inequality(Sym *f, Sym *x)
{
    Sym *g = sym_expand(sym_sub(f->args[0], f->args[1]));
    SymVec c = {0}, fs = sym_free_symbols(g);
    if (fs.n < 2 || !sym_poly_coeffs(g, x, &c) || c.n != 2)
        return NULL;
    Sym *a = c.v[0], *b = c.v[1];
    int sa = sym_is(a, SYM_F_POSITIVE) ? 1 : sym_is(a, SYM_F_NEGATIVE) ? -1 : 0;
    if (!sa)
        return NULL;
    static const SymRel flip[] = {[SYM_LT] = SYM_GT, [SYM_LE] = SYM_GE, [SYM_GT] = SYM_LT, [SYM_GE] = SYM_LE};
    SymRel op = sa > 0 ? (SymRel)f->op : flip[f->op];
    Sym *rv = sym_rel(op, x, sym_expand(sym_div(sym_neg(b), a)));
    /* x <= v holds at x = -oo, x >= v at +oo, where sympy decides f only for some b */
    int end = op == SYM_LE ? -1 : op == SYM_GE ? 1 : 0;
    if (!end || even_terms(b))
        return rv;
    Sym *cond = end < 0 ? sym_rel(SYM_LT, sym_neg_oo, x) : sym_rel(SYM_LT, x, sym_oo);
    return sym_and(2, (Sym *[]){cond, rv});
}

/* e with its symbols not known to be real made real, as reduce_inequalities recasts them
 * (extended real) before it first evaluates the relations: x**2 >= 0 is then True. */
/* Is e built from x by sums, products, integer powers and Abs only? */
static bool algebraic_in(Sym *e, Sym *x)
{
    if (!sym_has(e, x) || sym_eq(e, x))
        return true;
    if (!(e->kind == SYM_ADD || e->kind == SYM_MUL || sym_is_fn(e, SYM_FN_ABS) ||
          (e->kind == SYM_POW && sym_is(e->args[1], SYM_F_INTEGER))))
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!algebraic_in(e->args[i], x))
            return false;
    return true;
}

static Sym *recast_real(Sym *e)
{
    SymVec syms = sym_free_symbols(e);
    for (size_t i = 0; i < syms.n; i++)
        if (sym_ask(syms.v[i], SYM_F_EXTENDED_REAL) == SYM_MAYBE)
            e = sym_subs(e, syms.v[i], sym_dummy(syms.v[i]->v.s.name, sym_fact(SYM_F_REAL, true)));
    return e;
}

Sym *sym_reduce_inequalities(size_t n, Sym *const *fs, Sym *x)
{
    /* the polynomial inequalities in one symbol are reduced together, each other one alone */
    SymVec gens = {0}, parts = {0};
    SymIvals *polys = gc_alloc((n ? n : 1) * sizeof(SymIvals));
    bool *inexact = gc_alloc_atomic((n ? n : 1) * sizeof(bool));
    for (size_t i = 0; i < n; i++) {
        Sym *f = fs[i];
        if (f->kind == SYM_TRUE)
            continue;
        if (f->kind == SYM_FALSE)
            return sym_false;
        if (f->kind != SYM_REL && !(f->kind <= SYM_FN))
            sym_raise(SYM_E_TYPE, "cannot reduce %s", sym_str(f));
        Sym *g = f->kind == SYM_REL ? sym_sub(f->args[0], f->args[1]) : f;
        SymRel op = f->kind == SYM_REL ? (SymRel)f->op : SYM_EQ;
        Sym *r = sym_rel(op, recast_real(g), sym_zero);
        if (r->kind == SYM_TRUE)
            continue;
        if (r->kind == SYM_FALSE)
            return sym_false;
        if (sym_is_number(g))
            sym_raise(SYM_E_NOT_IMPLEMENTED, "could not determine truth value of %s", sym_str(r));
        SymVec syms = sym_free_symbols(g);
        if (syms.n != 1) {
            Sym *lin = x && sym_has(g, x) ? solve_linear_inequality(sym_rel_raw(op, g, sym_zero), x) : NULL;
            if (!lin && x && sym_has(g, x))
                cannot_solve(f);
            if (!lin)
                sym_raise(SYM_E_NOT_IMPLEMENTED, "\ninequality has more than one symbol of interest.");
            sym_vec_push(&parts, lin);
            continue;
        }
        Sym *gen = syms.v[0];
        SymIvals s = {0};
        if (!ineq_ivals(g, op, gen, &s))
            cannot_solve(f);
        SymVec c = {0};
        if (!sym_poly_coeffs(g, gen, &c)) {
            /* sympy states the solution of a transcendental one for a real stand-in: no x < oo */
            Sym *r = gen;
            if (!algebraic_in(g, gen) && sym_ask(gen, SYM_F_EXTENDED_REAL) == SYM_MAYBE)
                r = sym_dummy(gen->v.s.name, sym_fact(SYM_F_REAL, true));
            sym_vec_push(&parts, sym_xreplace(sym_ivals_relational(&s, r), 1, &r, &gen));
            continue;
        }
        size_t k = 0;
        while (k < gens.n && !sym_eq(gens.v[k], gen))
            k++;
        if (k == gens.n) {
            sym_vec_push(&gens, gen);
            polys[k] = s;
            inexact[k] = false;
        } else {
            polys[k] = sym_ivals_intersect(&polys[k], &s);
        }
        inexact[k] = inexact[k] || sym_has_float(g);
    }
    for (size_t k = 0; k < gens.n; k++) {
        /* one Float among a symbol's polynomial relations makes all their ends Floats */
        if (inexact[k])
            float_ends(&polys[k]);
        sym_vec_push(&parts, sym_ivals_relational(&polys[k], gens.v[k]));
    }
    return sym_and(parts.n, parts.v);
}

/* ---- the solve() front end ----------------------------------------------------------------- */

/* Is e a root (non-integer power) of a base with I in it? */
static bool complex_radical(Sym *e)
{
    return e->kind == SYM_POW && !sym_is(e->args[1], SYM_F_INTEGER) && sym_has(e->args[0], sym_i);
}

/* Is t free of I or I times something free of I? */
static bool plain_part(Sym *t)
{
    if (!sym_has(t, sym_i) || t->kind == SYM_I)
        return true;
    return t->kind == SYM_MUL && !sym_has(sym_div(t, sym_i), sym_i);
}

/* Does sympy's assumption system give up on the value v (Cardano's roots and the like): a
 * root of a complex base, or a sum of several terms that are neither real nor imaginary in
 * form? It then keeps v whatever the unknown's assumptions. */
static bool undecidable(Sym *v)
{
    if (!sym_is_number(v) || any_node(v, complex_radical))
        return sym_is_number(v);
    size_t mixed = 0;
    for (uint32_t i = 0; v->kind == SYM_ADD && i < v->n; i++)
        mixed += !plain_part(v->args[i]);
    return mixed > 1;
}

static bool violates_assumptions(Sym *x, Sym *v)
{
    if (!sym_is_symbol(x) || undecidable(v))
        return false;
    SymFacts want = x->v.s.facts, have = sym_facts(v);
    uint32_t both = want.known & have.known & ~(1u << SYM_F_COMMUTATIVE);
    return (want.value & both) != (have.value & both);
}

/* Compares two solutions the way sympy sorts its solution dicts: by their (unknown, value)
 * pairs in the unknowns' order, a missing unknown ending the comparison. */
static int sol_cmp(Sol a, Sol b, size_t nx)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < nx && !a.v[i])
            i++;
        while (j < nx && !b.v[j])
            j++;
        if (i == nx || j == nx)
            return (i < nx) - (j < nx);
        if (i != j)
            return i < j ? -1 : 1;
        int c = sym_sort_cmp(a.v[i], b.v[j]);
        if (c)
            return c;
        i++;
        j++;
    }
}

/* sympy sorts solution dicts by default_sort_key: fewer entries first, then the (unknown,
 * value) items in the canonical order of the unknowns. */
static int sol_sort_cmp(Sol a, Sol b, const size_t *order, size_t nx)
{
    size_t na = 0, nb = 0;
    for (size_t j = 0; j < nx; j++) {
        na += a.v[j] != NULL;
        nb += b.v[j] != NULL;
    }
    if (na != nb)
        return na < nb ? -1 : 1;
    size_t i = 0, j = 0;
    for (;;) {
        while (i < nx && !a.v[order[i]])
            i++;
        while (j < nx && !b.v[order[j]])
            j++;
        if (i == nx || j == nx)
            return 0;
        if (i != j)
            return i < j ? -1 : 1;
        int c = sym_sort_cmp(a.v[order[i]], b.v[order[j]]);
        if (c)
            return c;
        i++;
        j++;
    }
}

static void sort_sols(Sols *ss, Sym *const *xs, size_t nx)
{
    size_t *order = gc_alloc_atomic((nx ? nx : 1) * sizeof(size_t));
    for (size_t i = 0; i < nx; i++) {
        size_t j = i;
        while (j > 0 && sym_sort_cmp(xs[order[j - 1]], xs[i]) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    for (size_t i = 1; i < ss->n; i++) {
        Sol s = ss->s[i];
        size_t j = i;
        while (j > 0 && sol_sort_cmp(ss->s[j - 1], s, order, nx) > 0) {
            ss->s[j] = ss->s[j - 1];
            j--;
        }
        ss->s[j] = s;
    }
}

static Sym *sol_dict(Sol s, Sym *const *xs, size_t nx)
{
    SymVec k = {0}, v = {0};
    /* keys in default_sort_key order, as sympy orders each solution dict */
    Sym **order = gc_alloc((nx ? nx : 1) * sizeof(Sym *));
    memcpy(order, xs, nx * sizeof(Sym *));
    sym_sort_default(order, nx);
    for (size_t i = 0; i < nx; i++)
        for (size_t j = 0; j < nx; j++)
            if (xs[j] == order[i] && s.v[j]) {
                sym_vec_push(&k, xs[j]);
                sym_vec_push(&v, s.v[j]);
            }
    return sym_dict(k.n, k.v, v.v);
}

/* sympy's undetermined coefficients, tried first for one equation in several unknowns with
 * other symbols in it: e.g. a*x + b - 3*x - 2 for (a, b) has its coefficient of each power of x
 * set to zero. The one solution of that system as a SYM_DICT, or NULL when the equation does not
 * have this shape or the system has no single solution. */
static Sym *solve_undetermined(Sym *e, Sym *const *xs, size_t nx)
{
    Sym *num, *den;
    sym_numer_denom(sym_cancel(e), &num, &den);
    num = sym_expand(num);
    Sym *const *t;
    size_t nt = sym_add_args(&num, &t);
    /* the independent variables: symbols met both in terms with unknowns and in terms without,
     * else those in terms with unknowns that are not unknowns */
    SymVec dep = {0}, ind = {0}, syms = {0};
    for (size_t i = 0; i < nt; i++)
        sym_vec_push(has_any(t[i], xs, nx) ? &dep : &ind, t[i]);
    if (!dep.n)
        return NULL;
    SymVec dfree = sym_free_symbols(sym_add_n(dep.n, dep.v));
    Sym *indsum = sym_add_n(ind.n, ind.v);
    for (size_t i = 0; i < dfree.n; i++)
        if (sym_has(indsum, dfree.v[i]))
            sym_vec_push(&syms, dfree.v[i]);
    if (!syms.n)
        for (size_t i = 0; i < dfree.n; i++)
            if (!has_any(dfree.v[i], xs, nx))
                sym_vec_push(&syms, dfree.v[i]);
    if (!syms.n)
        return NULL;
    /* each term as (coefficient free of syms) * (generator in syms): collect by generator */
    SymVec gens = {0}, coeffs = {0};
    for (size_t i = 0; i < nt; i++) {
        Sym *term = t[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        SymVec c = {0}, g = {0};
        for (size_t k = 0; k < nf; k++)
            sym_vec_push(has_any(f[k], syms.v, syms.n) ? &g : &c, f[k]);
        Sym *gen = sym_mul_n(g.n, g.v), *coeff = sym_mul_n(c.n, c.v);
        if (has_any(gen, xs, nx))
            return NULL;   /* a generator holds an unknown */
        size_t k = 0;
        while (k < gens.n && !sym_eq(gens.v[k], gen))
            k++;
        if (k == gens.n) {
            sym_vec_push(&gens, gen);
            sym_vec_push(&coeffs, coeff);
        } else {
            coeffs.v[k] = sym_add(coeffs.v[k], coeff);
        }
    }
    Sym *r = sym_solve(sym_list(coeffs.n, coeffs.v), nx, xs, true);
    return r->n == 1 ? r->args[0] : NULL;
}

/* One equation in several unknowns, as sympy's _solve: first each unknown it is linear in, then
 * the others; a solution in terms of an unknown already solved for is left out. */
static void solve_several(Sym *e, Sym *const *xs, size_t nx, Sols *out)
{
    Sym *num = numerator(e);
    bool *got = gc_alloc(nx * sizeof(bool));
    size_t ngot = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t j = 0; j < nx; j++) {
            if (!sym_has(num, xs[j]))
                continue;
            Sym *dn = sym_diff(num, xs[j]);
            bool linear = !sym_has(dn, xs[j]) && !is_zero(dn);
            if (linear != (pass == 0))
                continue;
            SymVec r = solve_single(e, xs[j]);
            for (size_t k = 0; k < r.n; k++) {
                bool dep = false;
                for (size_t q = 0; q < nx && !dep; q++)
                    dep = got[q] && sym_has(r.v[k], xs[q]);
                if (dep)
                    continue;
                Sol s = sol_new(nx);
                s.v[j] = r.v[k];
                sols_push(out, s);
                ngot += !got[j];
                got[j] = true;
            }
        }
    if (!ngot)
        not_implemented(e, NULL);
}

/* The list of equations f with each Matrix among them replaced by its entries. */
static Sym *flatten_matrices(Sym *f)
{
    SymVec v = {0};
    for (size_t i = 0; i < f->n; i++) {
        Sym *e = f->args[i];
        if (e->kind == SYM_MATRIX)
            for (size_t k = 0; k < e->n; k++)
                sym_vec_push(&v, e->args[k]);
        else
            sym_vec_push(&v, e);
    }
    return sym_list(v.n, v.v);
}

Sym *sym_solve(Sym *f, size_t nsyms, Sym *const *syms, bool as_dict)
{
    given.expr = NULL;   /* an error may have left the previous request's equation here */
    bool bare = !(f->kind == SYM_LIST || f->kind == SYM_TUPLE);
    /* True and False have no solutions to list; an inequality anywhere makes the whole a
     * reduce_inequalities problem in the one unknown */
    if (f->kind == SYM_TRUE || f->kind == SYM_FALSE)
        return sym_list(0, NULL);
    Sym *const *items = bare ? &f : f->args;
    size_t nitems = bare ? 1 : f->n;
    for (size_t i = 0; i < nitems; i++) {
        if (!is_inequality(items[i]))
            continue;
        SymVec xs = {0};
        for (size_t k = 0; k < nsyms; k++)
            sym_vec_push(&xs, syms[k]);
        for (size_t k = 0; k < nitems && !nsyms; k++) {
            SymVec fsy = sym_free_symbols(items[k]);
            for (size_t j = 0; j < fsy.n; j++)
                push_unique(&xs, fsy.v[j]);
        }
        if (xs.n != 1)
            sym_raise(SYM_E_VALUE, "can only solve for one symbol at a time");
        return sym_reduce_inequalities(nitems, items, xs.v[0]);
    }
    /* a Matrix is the system of its entries, also inside a list */
    if (f->kind == SYM_MATRIX)
        bare = false;
    else if (!bare)
        f = flatten_matrices(f);
    Sym *const *fs = bare ? &f : f->args;
    size_t nf = bare ? 1 : f->n;
    SymVec eqs = {0}, given_eqs = {0};
    bool floats = false;
    for (size_t i = 0; i < nf; i++) {
        bool never, always;
        Sym *e = as_expr(fs[i], &never, &always);
        if (never)
            return sym_list(0, NULL);
        if (always)
            continue;
        if (sym_has_float(e)) {
            floats = true;
            e = sym_rationalize_floats(e);
        }
        sym_vec_push(&eqs, e);
        sym_vec_push(&given_eqs, fs[i]);
    }
    bool ordered_symbols = nsyms > 0;
    SymVec xs = {0};
    if (nsyms) {
        for (size_t i = 0; i < nsyms; i++)
            sym_vec_push(&xs, syms[i]);
    } else {
        SymMap seen = {0};
        for (size_t i = 0; i < eqs.n; i++) {
            SymVec fsy = sym_free_symbols(eqs.v[i]);
            for (size_t k = 0; k < fsy.n; k++) {
                bool fresh;
                sym_map_slot(&seen, fsy.v[k], &fresh);
                if (fresh)
                    sym_vec_push(&xs, fsy.v[k]);
            }
        }
        sym_sort_default(xs.v, xs.n);
    }
    /* equations free of the unknowns as given cannot change the solution: sympy drops them (an
     * equation where the unknowns cancel, Eq(3*i + 4*m, 4*m), stays and is a condition) */
    bool *has_unknown = gc_alloc_atomic(eqs.n + 1);
    for (size_t i = 0; i < eqs.n; i++)
        has_unknown[i] = has_any(given_eqs.v[i], xs.v, xs.n);
    /* non-symbols (x*y, b**2, sin(x)) are solved for as Dummies put in their place */
    SymVec recast = {0};
    for (size_t j = 0; j < xs.n; j++)
        if (!sym_is_symbol(xs.v[j])) {
            Sym *d = sym_dummy("X", (SymFacts){0, 0});
            for (size_t i = 0; i < eqs.n; i++)
                eqs.v[i] = sym_subs(eqs.v[i], xs.v[j], d);
            sym_vec_push(&recast, xs.v[j]);
            sym_vec_push(&recast, d);
            xs.v[j] = d;
        }
    size_t kept_eqs = 0;
    for (size_t i = 0; i < eqs.n; i++)
        if (has_unknown[i] || sym_is_number(eqs.v[i]) || !sym_has_symbols(eqs.v[i]))
            eqs.v[kept_eqs++] = eqs.v[i];
    eqs.n = kept_eqs;
    size_t nx = xs.n;
    Sols sols = {0};
    bool linear = false;
    Sym *und = NULL;
    if (!eqs.n || !nx) {
        /* nothing to solve for */
    } else if (bare && nx > 1 && (und = solve_undetermined(eqs.v[0], xs.v, nx))) {
        Sol s = sol_new(nx);
        for (size_t k = 0; k < und->n; k += 2)
            for (size_t j = 0; j < nx; j++)
                if (sym_eq(und->args[k], xs.v[j]))
                    s.v[j] = und->args[k + 1];
        sols_push(&sols, s);
    } else if (bare && nx == 1) {
        given.expr = eqs.v[0];
        given.shown = eqs.v[0];
        if (f->kind == SYM_REL && f->op == SYM_EQ && !floats && !recast.n) {
            Sym *l = f->args[0], *r = sym_neg(f->args[1]);
            if (l->kind == SYM_ADD || r->kind == SYM_ADD || sym_is_zero_num(r))
                given.shown = sym_build(SYM_ADD, 0, 2, (Sym *[]){l, r});
        }
        SymVec r = solve_single(eqs.v[0], xs.v[0]);
        given.expr = NULL;
        for (size_t k = 0; k < r.n; k++) {
            Sol s = sol_new(nx);
            s.v[0] = r.v[k];
            sols_push(&sols, s);
        }
    } else if (bare) {
        solve_several(eqs.v[0], xs.v, nx, &sols);
    } else {
        /* rational equations count by their numerators (a root of a denominator is then
         * rejected when the solutions are checked) */
        SymVec plain = {0};
        for (size_t i = 0; i < eqs.n; i++)
            sym_vec_push(&plain, plain_poly(eqs.v[i]) ? eqs.v[i] : NULL);
        for (size_t i = 0; i < eqs.n; i++)
            if (!plain.v[i])
                eqs.v[i] = numerator(eqs.v[i]);
        Sym ***rows = gc_alloc(eqs.n * sizeof(Sym **));
        if (linear_rows(&eqs, xs.v, nx, rows)) {
            linear = true;
            if (!solve_linear_rational(eqs.n, xs.v, nx, rows, &sols))
                solve_linear(&eqs, xs.v, nx, rows, &sols);
            for (size_t i = 0; i < sols.n; i++)
                for (size_t j = 0; j < nx; j++)
                    if (sols.s[i].v[j] && !sym_is_rational(sols.s[i].v[j]))
                        sols.s[i].v[j] = sym_simplify(sols.s[i].v[j]);
        } else {
            /* polynomials skipped together() above only because scaling does not change a
             * linear system's solution */
            for (size_t i = 0; i < eqs.n; i++)
                if (plain.v[i])
                    eqs.v[i] = numerator(eqs.v[i]);
            if (eqs.n < nx)
                solve_fewer(&eqs, xs.v, nx, &sols);
            else
                solve_nonlinear(&eqs, xs.v, nx, sol_new(nx), &sols, 0);
            drop_rootof_sols(&eqs, xs.v, nx, &sols);
        }
    }
    if (!bare && sols.n) {
        Sols ok = {0};
        for (size_t i = 0; i < sols.n; i++) {
            bool bad = false;
            for (size_t k = 0; k < nf && !bad; k++) {
                bool never, always;
                Sym *e = as_expr(fs[k], &never, &always), *n, *d;
                if (plain_poly(e))
                    continue;
                sym_numer_denom(sym_together(e), &n, &d);
                if (!sym_is_number(d))
                    bad = is_zero(subs_sol(d, xs.v, nx, sols.s[i]));
            }
            if (!bad)
                sols_push(&ok, sols.s[i]);
        }
        sols = ok;
    }
    if (floats)
        for (size_t i = 0; i < sols.n; i++)
            for (size_t j = 0; j < nx; j++)
                if (sols.s[i].v[j])
                    sols.s[i].v[j] = sym_nfloat(sols.s[i].v[j], 15);
    /* drop the solutions contradicting the unknowns' assumptions */
    Sols kept = {0};
    for (size_t i = 0; i < sols.n; i++) {
        bool bad = false;
        for (size_t j = 0; j < nx && !bad; j++)
            if (sols.s[i].v[j] && violates_assumptions(xs.v[j], sols.s[i].v[j]))
                bad = true;
        bool dup = false;
        for (size_t k = 0; k < kept.n && !bad && !dup; k++)
            dup = sol_cmp(kept.s[k], sols.s[i], nx) == 0;
        if (!bad && !dup)
            sols_push(&kept, sols.s[i]);
    }
    sols = kept;
    if (!sols.n)
        return sym_list(0, NULL);
    for (size_t r = 0; r < recast.n; r += 2) {
        for (size_t i = 0; i < sols.n; i++)
            for (size_t j = 0; j < nx; j++)
                if (sols.s[i].v[j])
                    sols.s[i].v[j] = sym_subs(sols.s[i].v[j], recast.v[r + 1], recast.v[r]);
        for (size_t j = 0; j < nx; j++)
            if (xs.v[j] == recast.v[r + 1])
                xs.v[j] = recast.v[r];
    }
    sort_sols(&sols, xs.v, nx);
    SymVec out = {0};
    if (as_dict) {
        for (size_t i = 0; i < sols.n; i++)
            sym_vec_push(&out, sol_dict(sols.s[i], xs.v, nx));
        return sym_list(out.n, out.v);
    }
    size_t solved = 0;
    for (size_t j = 0; j < nx; j++)
        solved += sols.s[0].v[j] != NULL;
    if (bare && nx == 1) {
        for (size_t i = 0; i < sols.n; i++)
            sym_vec_push(&out, sols.s[i].v[0]);
        return sym_list(out.n, out.v);
    }
    if ((bare && sols.n == 1 && solved == nx) || (!bare && linear && sols.n == 1))
        return sol_dict(sols.s[0], xs.v, nx);
    if (ordered_symbols) {
        for (size_t i = 0; i < sols.n; i++) {
            Sym **row = gc_alloc(nx * sizeof(Sym *));
            for (size_t j = 0; j < nx; j++)
                row[j] = sols.s[i].v[j] ? sols.s[i].v[j] : xs.v[j];
            sym_vec_push(&out, sym_tuple(nx, row));
        }
        return sym_list(out.n, out.v);
    }
    for (size_t i = 0; i < sols.n; i++)
        sym_vec_push(&out, sol_dict(sols.s[i], xs.v, nx));
    return sym_list(out.n, out.v);
}

Sym *sym_roots(Sym *p, Sym *x)
{
    SymVec c = {0};
    if (!sym_poly_coeffs(p, x, &c))
        sym_raise(SYM_E_POLYNOMIAL, "generator must be a Symbol");
    SymVec r = {0};
    if (!poly_roots(&c, x, &r)) {
        if (!all_rational(&c))
            return sym_dict(0, NULL, NULL);
        /* sympy keeps the roots of the factors it can solve */
        r.n = 0;
        SymVec fs = {0}, ms = {0};
        sym_factor_list(p, &fs, &ms);
        for (size_t i = 0; i < fs.n; i++) {
            SymVec fc = {0}, fr = {0};
            if (sym_poly_coeffs(fs.v[i], x, &fc) && poly_roots(&fc, x, &fr))
                for (size_t k = 0; k < fr.n; k++)
                    push_unique(&r, fr.v[k]);
        }
    }
    Sym **mult = gc_alloc((r.n ? r.n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < r.n; i++) {
        long m = 0;
        Sym *q = sym_expand(p);
        for (;;) {
            Sym *quo, *rem;
            sym_poly_divide(q, sym_sub(x, r.v[i]), &quo, &rem);
            if (!is_zero(rem))
                break;
            m++;
            q = quo;
            if (m > (long)c.n)
                break;
        }
        mult[i] = sym_int(m ? m : 1);
    }
    return sym_dict(r.n, r.v, mult);
}
