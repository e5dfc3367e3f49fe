/* solvers/sym_trigsolve.c — equations in one trigonometric function (see sym_trigsolve.h).
 *
 * sympy inverts an equation where T(a*x + b) occurs once (alpha*T**k + beta = 0) directly: the
 * values T must take, then for each the angles in one period, then x; all the progressions of
 * one inversion share a Dummy and so are listed in their sort order. Where T occurs several
 * times it solves the polynomial in T = y first (over the same domain: an interval restricts y
 * too) and inverts each root in turn, each inversion with a Dummy made later, listed after the
 * previous ones. The offset of a progression over the integers is reduced into [0, Q). */
#include "solvers/sym_trigsolve.h"

#include <acb_poly.h>
#include <math.h>

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
#include "solvers/sym_rel.h"
#include "solvers/sym_solve.h"

enum { MAX_POINTS = 10000 };

static bool is_trig(const Sym *e)
{
    return e->kind == SYM_FN && e->op >= SYM_FN_SIN && e->op <= SYM_FN_CSC;
}

static bool is_hyperbolic(const Sym *e)
{
    if (e->kind != SYM_FN)
        return false;
    switch (e->op) {
    case SYM_FN_SINH: case SYM_FN_COSH: case SYM_FN_TANH: case SYM_FN_COTH: case SYM_FN_SECH: case SYM_FN_CSCH:
        return true;
    default:
        return false;
    }
}

/* True when e is a real number that can be placed on the line. */
static bool real_number(Sym *e) { return sym_is_number(e) && sym_real_cmp(e, sym_zero) != 2; }

/* The one trigonometric function of x in e (*t) and how often it occurs; false when e has two
 * different ones or a hyperbolic one. */
static bool find_trig(Sym *e, Sym *x, Sym **t, int *count)
{
    if ((is_trig(e) || is_hyperbolic(e)) && sym_has(e, x)) {
        if (is_hyperbolic(e) || (*t && !sym_eq(*t, e)))
            return false;
        *t = e;
        (*count)++;
    }
    for (uint32_t i = 0; i < e->n; i++)
        if (!find_trig(e->args[i], x, t, count))
            return false;
    return true;
}

/* e (a sum or product, by kind) split into its one argument containing y (*part) and the
 * combination of the others (*rest, starting from unit); false when two arguments contain y. */
static bool split_off(Sym *e, SymKind kind, Sym *y, Sym *unit, Sym *(*combine)(Sym *, Sym *), Sym **part,
                      Sym **rest)
{
    *rest = unit;
    *part = e;
    if (e->kind != kind)
        return true;
    *part = NULL;
    for (uint32_t i = 0; i < e->n; i++) {
        if (!sym_has(e->args[i], y))
            *rest = combine(*rest, e->args[i]);
        else if (*part)
            return false;
        else
            *part = e->args[i];
    }
    return *part != NULL;
}

/* g = alpha*y**k + beta with alpha, beta free of y and k >= 1. */
static bool split_power(Sym *g, Sym *y, Sym **alpha, long *k, Sym **beta)
{
    Sym *term, *p;
    if (!split_off(g, SYM_ADD, y, sym_zero, sym_add, &term, beta) ||
        !split_off(term, SYM_MUL, y, sym_one, sym_mul, &p, alpha))
        return false;
    if (sym_eq(p, y)) {
        *k = 1;
        return true;
    }
    if (p->kind != SYM_POW || !sym_eq(p->args[0], y) || p->args[1]->kind != SYM_INTEGER ||
        !fmpz_fits_si(p->args[1]->v.z) || fmpz_get_si(p->args[1]->v.z) < 1)
        return false;
    *k = fmpz_get_si(p->args[1]->v.z);
    return true;
}

/* The real values of T with T**k = c (c real), sorted as a FiniteSet. */
static void real_roots_of_power(Sym *c, long k, SymVec *vals)
{
    if (k == 1 || sym_is_zero_num(c)) {
        sym_vec_push(vals, c);
        return;
    }
    int s = sym_real_cmp(c, sym_zero);
    Sym *r = sym_pow(s > 0 ? c : sym_neg(c), sym_rat(1, k));
    if (k % 2 == 0) {
        if (s > 0) {
            sym_vec_push(vals, sym_neg(r));
            sym_vec_push(vals, r);
        }
    } else {
        sym_vec_push(vals, s > 0 ? r : sym_neg(r));
    }
    sym_sort_default(vals->v, vals->n);
}

/* The angles u in one period with T(u) = v (*ns of them) and the period; *outside when v is a
 * real number outside the range of sin or cos (the angles are then complex); false when v
 * cannot be placed. */
static bool base_angles(SymFn f, Sym *v, Sym **s, int *ns, Sym **period, bool *outside)
{
    *ns = 0;
    *outside = false;
    if (f == SYM_FN_SEC || f == SYM_FN_CSC) {
        if (sym_is_zero_num(v))
            return true;
        v = sym_div(sym_one, v);
        f = f == SYM_FN_SEC ? SYM_FN_COS : SYM_FN_SIN;
    }
    if (f == SYM_FN_TAN || f == SYM_FN_COT) {
        *period = sym_pi;
        s[(*ns)++] = sym_fn1(f == SYM_FN_TAN ? SYM_FN_ATAN : SYM_FN_ACOT, v);
        return true;
    }
    *period = sym_mul(sym_two, sym_pi);
    int hi = sym_real_cmp(v, sym_one), lo = sym_real_cmp(v, sym_neg_one);
    if (hi == 2 || lo == 2)
        return false;
    *outside = hi > 0 || lo < 0;
    Sym *a = sym_fn1(f == SYM_FN_SIN ? SYM_FN_ASIN : SYM_FN_ACOS, v);
    s[(*ns)++] = a;
    s[(*ns)++] = f == SYM_FN_SIN ? sym_sub(sym_pi, a) : sym_neg(a);
    return true;
}

/* Appends the progressions x = Q*n + c solving T(a*x + b) = v for the values v, sorted as one
 * inversion lists them; false when one cannot be given. */
static bool invert_values(SymFn f, Sym *a, Sym *b, const SymVec *vals, bool real, Sym *n, SymVec *bodies)
{
    SymVec group = {0, 0, NULL};
    for (size_t i = 0; i < vals->n; i++) {
        Sym *s[2], *period = NULL;
        int ns;
        bool outside;
        if (!base_angles(f, vals->v[i], s, &ns, &period, &outside) || (outside && !real && sym_num_sign(a) < 0))
            return false;
        if (!ns || (outside && real))
            continue;
        Sym *q = sym_div(period, a);
        for (int j = 0; j < ns; j++) {
            /* complex angles are left where they are */
            Sym *body = sym_add(sym_mul(q, n), sym_div(sym_sub(s[j], b), a));
            body = outside ? body : sym_periodic_canonical(body, n);
            if (!body)
                return false;
            bool dup = false;
            for (size_t k = 0; k < group.n && !dup; k++)
                dup = sym_eq(group.v[k], body);
            if (!dup)
                sym_vec_push(&group, body);
        }
    }
    sym_sort_default(group.v, group.n);
    for (size_t i = 0; i < group.n; i++)
        sym_vec_push(bodies, group.v[i]);
    return true;
}

static bool in_domain(Sym *v, const SymTrigDomain *d)
{
    if (!real_number(v))
        return false;
    if (!d->lo)
        return true;
    int l = sym_real_cmp(d->lo, v), h = sym_real_cmp(v, d->hi);
    return l != 2 && h != 2 && (d->lopen ? l < 0 : l <= 0) && (d->ropen ? h < 0 : h <= 0);
}

/* The roots of the polynomial g in y that lie in the domain (all real roots when none of an
 * interval), sorted; false when there are none, g is not a polynomial of degree 1 to 4 with
 * rational coefficients, or (over the complex numbers) has roots that are not real. */
static bool poly_roots(Sym *g, Sym *y, const SymTrigDomain *d, SymVec *roots)
{
    SymVec co = {0, 0, NULL};
    if (!sym_poly_coeffs(g, y, &co) || co.n < 2 || co.n > 5)
        return false;
    for (size_t i = 0; i < co.n; i++)
        if (!sym_is_rational(co.v[i]))
            return false;
    Sym *r = sym_solve(g, 1, &y, false);
    if (r->kind != SYM_LIST)
        return false;
    SymVec real = {0, 0, NULL};
    for (uint32_t i = 0; i < r->n; i++) {
        if (!d->real && !real_number(r->args[i]))
            return false;
        if (real_number(r->args[i]))
            sym_vec_push(&real, r->args[i]);
        if (in_domain(r->args[i], d))
            sym_vec_push(roots, r->args[i]);
    }
    /* no root inside an interval: sympy then solves by another method, which finds them all */
    if (!roots->n && d->lo)
        *roots = real;
    sym_sort_default(roots->v, roots->n);
    return roots->n > 0;
}

SymTrigResult sym_solve_trig(Sym *f, Sym *x, const SymTrigDomain *d, Sym **n, SymVec *bodies, Sym **cond)
{
    Sym *t = NULL;
    int count = 0;
    if (!find_trig(f, x, &t, &count) || !t)
        return SYM_TRIG_UNSOLVED;
    Sym *a = sym_diff(t->args[0], x);
    if (!sym_is_rational(a) || sym_is_zero_num(a))
        return SYM_TRIG_UNSOLVED;
    Sym *b = sym_expand(sym_sub(t->args[0], sym_mul(a, x)));
    if (sym_has(b, x) || !real_number(b))
        return SYM_TRIG_UNSOLVED;
    Sym *y = sym_dummy("y", (SymFacts){0, 0});
    Sym *g = sym_subs(f, t, y);
    if (sym_has(g, x))
        return SYM_TRIG_UNSOLVED;
    *n = sym_dummy("n", sym_fact(SYM_F_INTEGER, true));
    bodies->n = 0;
    SymVec vals = {0, 0, NULL};
    if (count == 1) {
        Sym *alpha, *beta;
        long k;
        if (!split_power(g, y, &alpha, &k, &beta))
            return SYM_TRIG_UNSOLVED;
        Sym *c = sym_neg(sym_div(beta, alpha));
        if (!real_number(c))
            return SYM_TRIG_UNSOLVED;
        if (k > 1 && !sym_is_zero_num(c) && !d->real) {
            *cond = sym_rel(SYM_EQ, sym_sub(sym_pow_si(t, k), c), sym_zero);
            return SYM_TRIG_CONDITION;
        }
        real_roots_of_power(c, k, &vals);
        return invert_values(t->op, a, b, &vals, d->real, *n, bodies) ? SYM_TRIG_SOLVED : SYM_TRIG_UNSOLVED;
    }
    if (!poly_roots(g, y, d, &vals))
        return SYM_TRIG_UNSOLVED;
    for (size_t i = 0; i < vals.n; i++) {
        SymVec one = {0, 0, NULL};
        sym_vec_push(&one, vals.v[i]);
        if (!invert_values(t->op, a, b, &one, d->real, *n, bodies))
            return SYM_TRIG_UNSOLVED;
    }
    return SYM_TRIG_SOLVED;
}

/* The slope and offset of body = q*n + c, false when body is not linear in n with real numbers
 * for both. */
static bool progression(Sym *body, Sym *n, Sym **q, Sym **c)
{
    *q = sym_diff(body, n);
    *c = sym_subs(body, n, sym_zero);
    return !sym_has(*q, n) && real_number(*q) && !sym_is_zero_num(*q) && real_number(*c);
}

Sym *sym_periodic_canonical(Sym *body, Sym *n)
{
    Sym *q, *c;
    if (!progression(body, n, &q, &c))
        return NULL;
    if (sym_real_cmp(q, sym_zero) < 0)
        q = sym_neg(q);
    Sym *k = sym_fn1(SYM_FN_FLOOR, sym_div(c, q));
    return k->kind == SYM_INTEGER ? sym_add(sym_mul(q, n), sym_sub(c, sym_mul(q, k))) : NULL;
}

bool sym_periodic_points(Sym *body, Sym *n, Sym *lo, Sym *hi, bool lopen, bool ropen, SymVec *out)
{
    Sym *q, *c;
    if (!progression(body, n, &q, &c) || sym_real_cmp(q, sym_zero) <= 0 || !real_number(lo) || !real_number(hi))
        return false;
    Sym *from = sym_div(sym_sub(lo, c), q), *to = sym_div(sym_sub(hi, c), q);
    Sym *k0 = sym_fn1(SYM_FN_CEILING, from), *k1 = sym_fn1(SYM_FN_FLOOR, to);
    if (k0->kind != SYM_INTEGER || k1->kind != SYM_INTEGER)
        return false;
    if (lopen && sym_eq(k0, from))
        k0 = sym_add(k0, sym_one);
    if (ropen && sym_eq(k1, to))
        k1 = sym_sub(k1, sym_one);
    Sym *span = sym_sub(k1, k0);
    if (!fmpz_fits_si(span->v.z) || fmpz_get_si(span->v.z) >= MAX_POINTS)
        return false;
    for (Sym *k = k0; sym_real_cmp(k, k1) <= 0; k = sym_add(k, sym_one))
        sym_vec_push(out, sym_add(c, sym_mul(q, k)));
    return true;
}

/* ---- sines and cosines of several arguments ----------------------------------------------- */

/* Roots are found at MIXED_PREC bits; a repeated root comes out to about half of them, so a
 * value within 2**-TOLERANCE_BITS counts as exact. */
enum { MIXED_PREC = 1024, TOLERANCE_BITS = 200, MAX_DEGREE = 24, MAX_DENOM = 60, MAX_COORD_DENOM = 1000,
       MAX_MULTIPLICITY = 4 };

/* Collects the trigonometric functions of k*x in e (k rational) and the gcd of the |k| into
 * *mu; false when x occurs in e other than in those, inside sums, products and powers. */
static bool sin_cos_atoms(Sym *e, Sym *x, SymVec *atoms, Sym **mu)
{
    if (!sym_has(e, x))
        return true;
    if (is_trig(e)) {
        Sym *k = sym_div(e->args[0], x);
        if (!sym_is_rational(k))
            return false;
        fmpq_t a, b;
        fmpq_init(a);
        fmpq_init(b);
        sym_get_fmpq(a, k);
        fmpq_abs(a, a);
        if (*mu) {
            sym_get_fmpq(b, *mu);
            fmpq_gcd(a, a, b);
        }
        *mu = sym_rat_fmpq(a);
        fmpq_clear(a);
        fmpq_clear(b);
        sym_vec_push(atoms, e);
        return true;
    }
    if (e->kind != SYM_ADD && e->kind != SYM_MUL && (e->kind != SYM_POW || sym_has(e->args[1], x)))
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!sin_cos_atoms(e->args[i], x, atoms, mu))
            return false;
    return true;
}

/* T(m*t) in Y = exp(I*t), t = mu*x: sin is (Y**m - Y**-m)/(2*I), cos (Y**m + Y**-m)/2, the
 * others their quotients. */
static Sym *as_exp(Sym *atom, Sym *x, Sym *mu, Sym *Y)
{
    Sym *m = sym_div(sym_div(atom->args[0], x), mu);
    Sym *p = sym_pow(Y, m), *q = sym_pow(Y, sym_neg(m));
    Sym *s = sym_div(sym_sub(p, q), sym_mul(sym_two, sym_i)), *c = sym_div(sym_add(p, q), sym_two);
    switch (atom->op) {
    case SYM_FN_SIN: return s;
    case SYM_FN_COS: return c;
    case SYM_FN_TAN: return sym_div(s, c);
    case SYM_FN_COT: return sym_div(c, s);
    case SYM_FN_SEC: return sym_div(sym_one, c);
    default: return sym_div(sym_one, s);
    }
}

/* v as a fraction with denominator at most maxden when it is one to high precision, else NULL. */
static Sym *small_fraction(const arb_t v, long maxden)
{
    arb_t d;
    arb_init(d);
    double approx = arf_get_d(arb_midref(v), ARF_RND_NEAR);
    Sym *found = NULL;
    for (long q = 1; q <= maxden && !found && fabs(approx) < 1e6; q++) {
        long p = lround(approx * (double)q);
        arb_mul_si(d, v, q, MIXED_PREC);
        arb_sub_si(d, d, p, MIXED_PREC);
        if (arf_cmpabs_2exp_si(arb_midref(d), -TOLERANCE_BITS) < 0)
            found = sym_rat(p, q);
    }
    arb_clear(d);
    return found;
}

/* The argument of a root y on the unit circle as sympy writes it: a rational multiple of pi
 * for a root of unity, atan(b/a) (shifted by pi to the right quadrant) for y = a + b*I with a, b
 * rational; NULL otherwise. */
static Sym *root_angle(const acb_t y)
{
    arb_t t;
    arb_init(t);
    acb_arg(t, y, MIXED_PREC);
    arb_t pi;
    arb_init(pi);
    arb_const_pi(pi, MIXED_PREC);
    arb_div(t, t, pi, MIXED_PREC);
    Sym *angle = small_fraction(t, MAX_DENOM);
    angle = angle ? sym_mul(angle, sym_pi) : NULL;
    Sym *a = angle ? NULL : small_fraction(acb_realref(y), MAX_COORD_DENOM);
    Sym *b = angle ? NULL : small_fraction(acb_imagref(y), MAX_COORD_DENOM);
    if (a && b && !sym_is_zero_num(a)) {
        angle = sym_fn1(SYM_FN_ATAN, sym_div(b, a));
        if (sym_num_sign(a) < 0)
            angle = sym_num_sign(b) < 0 ? sym_sub(angle, sym_pi) : sym_add(angle, sym_pi);
    }
    arb_clear(t);
    arb_clear(pi);
    return angle;
}

/* Appends the arguments of the roots on the unit circle of q that are roots of p but not of d;
 * false when one cannot be written exactly. */
static bool circle_roots(const acb_poly_t p, const acb_poly_t q, const acb_poly_t d, SymVec *angles)
{
    slong deg = acb_poly_degree(q);
    acb_ptr roots = _acb_vec_init(deg);
    acb_t c, v;
    acb_init(c);
    acb_init(v);
    arb_t r;
    arb_init(r);
    acb_poly_find_roots(roots, q, NULL, 0, MIXED_PREC);
    bool ok = true;
    for (slong i = 0; i < deg && ok; i++) {
        acb_get_mid(c, roots + i);
        acb_abs(r, c, MIXED_PREC);
        arb_sub_ui(r, r, 1, MIXED_PREC);
        bool on_circle = arf_cmpabs_2exp_si(arb_midref(r), -TOLERANCE_BITS) < 0;
        acb_poly_evaluate(v, p, c, MIXED_PREC);
        acb_abs(r, v, MIXED_PREC);
        if (!on_circle || arf_cmpabs_2exp_si(arb_midref(r), -TOLERANCE_BITS) >= 0)
            continue;
        acb_poly_evaluate(v, d, c, MIXED_PREC);
        acb_abs(r, v, MIXED_PREC);
        if (arf_cmpabs_2exp_si(arb_midref(r), -TOLERANCE_BITS) < 0)
            continue;
        Sym *angle = root_angle(c);
        ok = angle != NULL;
        bool seen = false;
        for (size_t j = 0; ok && j < angles->n && !seen; j++)
            seen = sym_eq(angles->v[j], angle);
        if (ok && !seen)
            sym_vec_push(angles, angle);
    }
    arb_clear(r);
    acb_clear(c);
    acb_clear(v);
    _acb_vec_clear(roots, deg);
    return ok;
}

/* The polynomial with coefficients co (highest first) in Arb; false when a coefficient cannot be
 * evaluated or the leading one may vanish. */
static bool arb_poly(acb_poly_t p, const SymVec *co)
{
    slong deg = (slong)co->n - 1;
    acb_t c;
    acb_init(c);
    bool ok = true;
    for (slong i = 0; i <= deg && ok; i++) {
        ok = sym_eval_acb(c, co->v[deg - i], MIXED_PREC);
        acb_poly_set_coeff_acb(p, i, c);
    }
    acb_clear(c);
    return ok && !acb_contains_zero(acb_poly_get_coeff_ptr(p, deg));
}

/* The arguments of the roots on the unit circle of the polynomial num that are not roots of
 * den; false when one cannot be written exactly. A repeated root, which root finding approaches
 * slowly, is found as a simple root of a derivative. */
static bool unit_roots(const SymVec *num, const SymVec *den, SymVec *angles)
{
    acb_poly_t p, q, d;
    acb_poly_init(p);
    acb_poly_init(q);
    acb_poly_init(d);
    bool ok = arb_poly(p, num) && arb_poly(d, den);
    acb_poly_set(q, p);
    for (int k = 0; k < MAX_MULTIPLICITY && ok && acb_poly_degree(q) > 0; k++) {
        ok = circle_roots(p, q, d, angles);
        acb_poly_derivative(q, q, MIXED_PREC);
    }
    acb_poly_clear(p);
    acb_poly_clear(q);
    acb_poly_clear(d);
    return ok;
}

bool sym_solve_trig_points(Sym *f, Sym *x, Sym *lo, Sym *hi, bool lopen, bool ropen, SymVec *out)
{
    SymVec atoms = {0, 0, NULL}, co = {0, 0, NULL}, dco = {0, 0, NULL}, angles = {0, 0, NULL};
    Sym *mu = NULL;
    if (!sin_cos_atoms(f, x, &atoms, &mu) || !atoms.n)
        return false;
    Sym *Y = sym_dummy("Y", (SymFacts){0, 0}), *num, *den;
    Sym **reps = gc_alloc(atoms.n * sizeof(Sym *));
    for (size_t i = 0; i < atoms.n; i++)
        reps[i] = as_exp(atoms.v[i], x, mu, Y);
    sym_numer_denom(sym_together(sym_subs_many(f, atoms.n, atoms.v, reps, true)), &num, &den);
    num = sym_expand(num);
    if (sym_has(num, x) || !sym_poly_coeffs(num, Y, &co) || co.n < 2 || co.n > MAX_DEGREE + 1 ||
        !sym_poly_coeffs(sym_expand(den), Y, &dco) || !unit_roots(&co, &dco, &angles))
        return false;
    /* t = mu*x: x = angle/mu, with period 2*pi/mu */
    Sym *n = sym_dummy("n", sym_fact(SYM_F_INTEGER, true)), *period = sym_div(sym_mul(sym_two, sym_pi), mu);
    for (size_t i = 0; i < angles.n; i++) {
        Sym *body = sym_periodic_canonical(sym_add(sym_mul(period, n), sym_div(angles.v[i], mu)), n);
        if (!body)
            return false;
        if (!sym_periodic_points(body, n, lo, hi, lopen, ropen, out))
            return false;
    }
    return true;
}
