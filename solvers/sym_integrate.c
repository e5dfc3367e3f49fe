/* solvers/sym_integrate.c — the integration driver (see sym_integrate.h). */
#include "solvers/sym_integrate.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_intparts.h"
#include "solvers/sym_intrat.h"
#include "solvers/sym_inttrig.h"
#include "solvers/sym_limit.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_solve.h"

/* Substitutions nest at most this deep (each removes a subexpression, so this is ample). */
#define MAX_SUBST 3

static Sym *integ(Sym *f, Sym *x, int depth);

/* What sympy answers for an integrand it cannot do: the factors free of x times the
 * unevaluated Integral of the rest over the limit spec. */
static Sym *unevaluated(Sym *f, Sym *x, Sym *spec)
{
    SymVec coeff = {0, 0, NULL}, rest = {0, 0, NULL};
    if (f->kind == SYM_MUL) {
        for (uint32_t i = 0; i < f->n; i++)
            sym_vec_push(sym_has(f->args[i], x) ? &rest : &coeff, f->args[i]);
        f = sym_mul_n(rest.n, rest.v);
    }
    /* one product, so that a number does not distribute over a sum: (y + 1)*Integral(...)/2 */
    Sym *args[2] = {f, spec};
    sym_vec_push(&coeff, sym_fn_raw(SYM_FN_INTEGRAL, 2, args));
    return sym_mul_n(coeff.n, coeff.v);
}

static Sym *bounds(Sym *x, Sym *a, Sym *b)
{
    Sym *t[3] = {x, a, b};
    return sym_tuple(3, t);
}

bool sym_integrate_linear(Sym *e, Sym *x, Sym **a, Sym **b)
{
    SymVec c = {0, 0, NULL};
    if (!sym_poly_coeffs(e, x, &c) || c.n != 2 || sym_is_zero_num(c.v[0]))
        return false;
    *a = c.v[0];
    *b = c.v[1];
    return true;
}

/* The antiderivative of a polynomial from its coefficients (highest degree first). */
static Sym *polynomial(const SymVec *c, Sym *x)
{
    SymVec terms = {0, 0, NULL};
    for (size_t i = 0; i < c->n; i++) {
        long k = (long)(c->n - i);       /* the degree after integration */
        sym_vec_push(&terms, sym_div(sym_mul(c->v[i], sym_pow_si(x, k)), sym_int(k)));
    }
    return sym_add_n(terms.n, terms.v);
}

/* The antiderivative of fn(u) (exp, c**u, sin, cos, sinh, cosh) for u linear; a is the slope
 * of u times log(c) for c**u. */
static Sym *linear_fn(Sym *f, Sym *u, Sym *a)
{
    Sym *base, *exp;
    sym_as_base_exp(f, &base, &exp);
    if (f->kind == SYM_POW && !sym_eq(base, sym_e))
        return sym_div(f, a);
    switch (sym_is_fn(f, SYM_FN_EXP) ? SYM_FN_EXP : f->op) {
    case SYM_FN_EXP: return sym_div(f, a);
    case SYM_FN_SIN: return sym_neg(sym_div(sym_fn1(SYM_FN_COS, u), a));
    case SYM_FN_COS: return sym_div(sym_fn1(SYM_FN_SIN, u), a);
    case SYM_FN_SINH: return sym_div(sym_fn1(SYM_FN_COSH, u), a);
    case SYM_FN_COSH: return sym_div(sym_fn1(SYM_FN_SINH, u), a);
    default: return NULL;
    }
}

/* Standard forms of a linear argument u = a*x + b: u**n (integer n with rational a, b is
 * ratint's, which prints 1/u**k its own way), and linear_fn's. A
 * slope that may be zero gives sympy's Piecewise((F, Ne(a, 0)), (fn(0)*x, True)). */
static Sym *table(Sym *f, Sym *x)
{
    Sym *a, *b, *base, *exp, *u;
    if (f->kind == SYM_MUL) {
        /* exp(a*x)*c**(b*x)...: one exponential of slope a + b*log(c) + ... */
        Sym *s = sym_zero;
        for (uint32_t i = 0; s && i < f->n; i++) {
            sym_as_base_exp(f->args[i], &base, &exp);
            if (!sym_has(base, x) && sym_integrate_linear(exp, x, &a, &b))
                s = sym_add(s, sym_eq(base, sym_e) ? a : sym_mul(a, sym_fn1(SYM_FN_LOG, base)));
            else
                s = NULL;
        }
        return s && sym_is(s, SYM_F_NONZERO) ? sym_div(f, s) : NULL;
    }
    sym_as_base_exp(f, &base, &exp);
    if (sym_has(base, x) && !sym_has(exp, x) && sym_integrate_linear(base, x, &a, &b)) {
        if (sym_is_rational(a) && sym_is_rational(b) && exp->kind == SYM_INTEGER)
            return NULL;
        if (!sym_is_int_value(exp, -1))
            return sym_div(sym_pow(base, sym_add(exp, sym_one)), sym_mul(a, sym_add(exp, sym_one)));
        return sym_div(sym_fn1(SYM_FN_LOG, base), a);
    }
    if (!sym_has(base, x) && sym_integrate_linear(exp, x, &a, &b)) {
        u = exp;
        if (!sym_eq(base, sym_e))
            a = sym_mul(a, sym_fn1(SYM_FN_LOG, base));
    } else if (f->kind == SYM_FN && f->n == 1 && sym_integrate_linear(f->args[0], x, &a, &b)) {
        u = f->args[0];
    } else {
        return NULL;
    }
    Sym *r = linear_fn(f, u, a);
    if (!r || sym_is(a, SYM_F_NONZERO) || (a->kind == SYM_POW && sym_num_sign(a->args[1]) < 0))
        return r;
    Sym *k, *rest;
    sym_as_coeff_mul(a, true, &k, &rest);
    Sym *zero = sym_mul(sym_subs(f, u, sym_zero), x);
    Sym *pieces[2] = {sym_tuple(2, (Sym *[]){r, sym_rel(SYM_NE, rest, sym_zero)}),
                      sym_tuple(2, (Sym *[]){zero, sym_true})};
    return sym_fn(SYM_FN_PIECEWISE, 2, pieces);
}

/* (c + d*x**2)**(1/2) and **(-1/2) for numbers c, d: asin for d < 0 < c, asinh for c, d > 0,
 * log(x + sqrt(x**2 + c)) for d = 1 > 0 > c. */
static Sym *quadratic_radical(Sym *f, Sym *x)
{
    SymVec q = {0, 0, NULL};
    if (f->kind != SYM_POW || !sym_poly_coeffs(f->args[0], x, &q) || q.n != 3 || !sym_is_zero_num(q.v[1]))
        return NULL;
    Sym *d = q.v[0], *c = q.v[2], *r = f->args[0];
    bool inv = sym_eq(f->args[1], sym_neg_half);
    if ((!inv && !sym_eq(f->args[1], sym_half)) || !sym_is_rational(c) || !sym_is_rational(d) || sym_is_zero_num(c))
        return NULL;
    int sc = sym_num_sign(c), sd = sym_num_sign(d);
    Sym *g, *k;                         /* the integral of 1/sqrt(r) and its coefficient in sqrt(r)'s */
    if (sd < 0 && sc > 0) {
        g = sym_div(sym_fn1(SYM_FN_ASIN, sym_mul(x, sym_sqrt(sym_div(sym_neg(d), c)))), sym_sqrt(sym_neg(d)));
    } else if (sd > 0 && sc > 0) {
        g = sym_div(sym_fn1(SYM_FN_ASINH, sym_mul(x, sym_sqrt(sym_div(d, c)))), sym_sqrt(d));
    } else if (sym_is_one(d) && sc < 0) {
        g = sym_fn1(SYM_FN_LOG, sym_add(x, sym_sqrt(r)));
    } else {
        return NULL;
    }
    if (inv)
        return g;
    k = sym_div(c, sym_two);
    return sym_add(sym_div(sym_mul(x, sym_sqrt(r)), sym_two), sym_mul(k, g));
}

/* exp(k*L**2) for a number k and L linear (L = x when the exponent is k*x**2): erf for k < 0,
 * erfi for k > 0. */
static Sym *gaussian(Sym *f, Sym *x)
{
    if (!sym_is_fn(f, SYM_FN_EXP))
        return NULL;
    Sym *arg = f->args[0], *k, *l, *a, *b;
    SymVec q = {0, 0, NULL};
    if (sym_poly_coeffs(arg, x, &q) && q.n == 3 && sym_is_zero_num(q.v[1]) && sym_is_zero_num(q.v[2])) {
        k = q.v[0];
        l = x;
    } else {
        sym_as_coeff_mul(arg, true, &k, &l);
        if (l->kind != SYM_POW || !sym_is_int_value(l->args[1], 2))
            return NULL;
        l = l->args[0];
    }
    if (!sym_is_rational(k) || !sym_integrate_linear(l, x, &a, &b))
        return NULL;
    int s = sym_num_sign(k);
    Sym *r = sym_sqrt(s < 0 ? sym_neg(k) : k);
    Sym *e = sym_fn1(s < 0 ? SYM_FN_ERF : SYM_FN_ERFI, sym_mul(r, l));
    return sym_div(sym_mul(sym_sqrt(sym_pi), e), sym_mul(sym_mul(sym_two, r), a));
}

/* Pushes g when it is worth substituting: it has x and is neither a symbol nor linear. */
static void candidate(Sym *g, Sym *x, SymVec *out)
{
    Sym *a, *b;
    if (sym_has(g, x) && !sym_is_symbol(g) && !sym_integrate_linear(g, x, &a, &b))
        sym_vec_push(out, g);
}

/* Subexpressions of e worth substituting: applied functions and their arguments, bases of
 * powers. */
static void candidates(Sym *e, Sym *x, SymVec *out)
{
    if (!sym_has(e, x) || sym_is_symbol(e))
        return;
    if (e->kind == SYM_FN) {
        candidate(e, x, out);
        for (uint32_t i = 0; i < e->n; i++)
            candidate(e->args[i], x, out);
    } else if (e->kind == SYM_POW) {
        candidate(e->args[0], x, out);
    }
    for (uint32_t i = 0; i < e->n; i++)
        candidates(e->args[i], x, out);
}

/* True when e has no applied function (an algebraic expression): its substitution result is
 * multiplied out, as sympy prints x*sqrt(x**2 + 1)'s integral. */
static bool algebraic(const Sym *e)
{
    if (e->kind == SYM_FN)
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!algebraic(e->args[i]))
            return false;
    return true;
}

/* u = a*x + b for a linear base of a fractional power among f's factors: x = (u - b)/a, so
 * that x*sqrt(x + 1) becomes (u - 1)*sqrt(u). */
static Sym *linear_base(Sym *f, Sym *x)
{
    Sym *const *fa;
    size_t n = sym_mul_args(&f, &fa);
    for (size_t i = 0; n > 1 && i < n; i++) {
        Sym *a, *b;
        if (fa[i]->kind == SYM_POW && fa[i]->args[1]->kind == SYM_RATIONAL &&
            sym_integrate_linear(fa[i]->args[0], x, &a, &b) && !sym_is_symbol(fa[i]->args[0]))
            return fa[i]->args[0];
    }
    return NULL;
}

/* True when e has a power of an expression in u with an exponent that is not an integer. */
static bool fractional_power(const Sym *e, const Sym *u)
{
    if (e->kind == SYM_POW && sym_has(e->args[0], u) && e->args[1]->kind != SYM_INTEGER)
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (fractional_power(e->args[i], u))
            return true;
    return false;
}

/* f/g' in terms of u = g for a monomial g = c*x**k: x = (u/c)**(1/k), accepted when only
 * integer powers of u remain (x**3*exp(-x**2) is -u*exp(u)/2 with u = -x**2). */
static Sym *monomial_subs(Sym *h, Sym *g, Sym *x, Sym *u)
{
    SymVec q = {0, 0, NULL};
    if (!sym_poly_coeffs(g, x, &q) || q.n < 3)
        return h;
    for (size_t i = 1; i < q.n; i++)
        if (!sym_is_zero_num(q.v[i]))
            return h;
    Sym *r = sym_subs(h, x, sym_pow(sym_div(u, q.v[0]), sym_rat(1, (long)q.n - 1)));
    return fractional_power(r, u) ? h : r;
}

/* u = g(x) for the first candidate g with f/g' a function of g alone (for a linear g, f at
 * x = (u - b)/a); the result back in x, multiplied out when algebraic. */
static Sym *substitution(Sym *f, Sym *x, int depth)
{
    if (depth >= MAX_SUBST)
        return NULL;
    SymVec c = {0, 0, NULL};
    Sym *lin = linear_base(f, x);
    if (lin)
        sym_vec_push(&c, lin);
    candidates(f, x, &c);
    Sym *u = sym_dummy("u", (SymFacts){0, 0});
    for (size_t i = 0; i < c.n; i++) {
        budget_tick();
        Sym *g = c.v[i], *dg = sym_diff(g, x), *h, *a, *b;
        if (sym_is_zero_num(dg))
            continue;
        if (sym_integrate_linear(g, x, &a, &b)) {
            h = sym_div(sym_subs(f, x, sym_div(sym_sub(u, b), a)), a);
        } else {
            h = sym_subs(sym_div(f, dg), g, u);
            if (sym_has(h, x))
                h = sym_subs(sym_cancel(sym_div(f, dg)), g, u);
            if (sym_has(h, x))
                h = monomial_subs(h, g, x, u);
        }
        if (sym_has(h, x))
            continue;
        Sym *F = integ(h, u, depth + 1);
        if (!F)
            continue;
        return algebraic(F) ? sym_expand(sym_subs(F, u, g)) : sym_subs(F, u, g);
    }
    return NULL;
}

static Sym *integ(Sym *f, Sym *x, int depth)
{
    budget_tick();
    if (!sym_has(f, x))
        return sym_mul(f, x);
    SymVec c = {0, 0, NULL};
    if (sym_poly_coeffs(f, x, &c))
        return polynomial(&c, x);
    if (f->kind == SYM_ADD) {
        SymVec terms = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++) {
            Sym *t = integ(f->args[i], x, depth);
            if (!t)
                return NULL;
            sym_vec_push(&terms, t);
        }
        return sym_add_n(terms.n, terms.v);
    }
    /* before constant factors go: sympy's ratint keeps them (1/(2*(x**2 + 1)**2) integrates
     * to x/(4*x**2 + 4) + atan(x)/4) */
    Sym *r = sym_intparts_exp(f, x);
    if (r || (r = sym_intrat(f, x)))
        return r;
    if (f->kind == SYM_MUL) {
        SymVec coeff = {0, 0, NULL}, rest = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++)
            sym_vec_push(sym_has(f->args[i], x) ? &rest : &coeff, f->args[i]);
        if (coeff.n) {
            r = integ(sym_mul_n(rest.n, rest.v), x, depth);
            return r ? sym_mul(sym_mul_n(coeff.n, coeff.v), r) : NULL;
        }
    }
    if ((r = table(f, x)) || (r = sym_inttrig(f, x)) || (r = sym_intparts(f, x)) ||
        (r = quadratic_radical(f, x)) || (r = gaussian(f, x)) || (r = substitution(f, x, depth)))
        return r;
    Sym *e = sym_expand(f);
    return e->kind == SYM_ADD ? integ(e, x, depth) : NULL;
}

Sym *sym_integrate_try(Sym *f, Sym *x)
{
    if (!sym_is_symbol(x))
        sym_raise(SYM_E_VALUE, "Invalid limits given: (%s,)", sym_str(x));
    return integ(f, x, 0);
}

Sym *sym_integrate(Sym *f, Sym *x)
{
    Sym *F = sym_integrate_try(f, x);
    return F ? F : unevaluated(f, x, x);
}

/* A function whose formula changes along the real line: Abs, sign, Max and Min of two
 * arguments, Piecewise. */
static bool kinked(const Sym *e)
{
    if (e->kind != SYM_FN)
        return false;
    return e->op == SYM_FN_ABS || e->op == SYM_FN_SIGN || e->op == SYM_FN_PIECEWISE ||
           ((e->op == SYM_FN_MAX || e->op == SYM_FN_MIN) && e->n == 2);
}

static void find_kinks(Sym *e, Sym *x, SymVec *out)
{
    if (!sym_has(e, x))
        return;
    if (kinked(e)) {
        sym_vec_push(out, e);
        return;
    }
    for (uint32_t i = 0; i < e->n; i++)
        find_kinks(e->args[i], x, out);
}

/* True when lo < v < hi for numbers. */
static bool inside(Sym *v, Sym *lo, Sym *hi)
{
    return sym_is_number(v) && !sym_has(v, sym_i) && sym_eval_sign(sym_sub(v, lo)) > 0 &&
           sym_eval_sign(sym_sub(hi, v)) > 0;
}

/* Inserts v into the sorted points (which hold the bounds), unless already there. */
static void add_point(SymVec *pts, Sym *v)
{
    for (size_t i = 0; i < pts->n; i++)
        if (sym_eval_sign(sym_sub(pts->v[i], v)) == 0)
            return;
    size_t j = pts->n;
    sym_vec_push(pts, v);
    for (; j > 0 && sym_eval_sign(sym_sub(pts->v[j - 1], v)) > 0; j--)
        pts->v[j] = pts->v[j - 1];
    pts->v[j] = v;
}

/* The zeros of g strictly between the first and last points, added to them: the real roots of
 * a polynomial, the zeros k*pi of sin(u) and k*pi + pi/2 of cos(u) for u linear; false when g
 * is none of these (its zeros unknown). */
static bool add_zeros(SymVec *pts, Sym *g, Sym *x)
{
    Sym *lo = pts->v[0], *hi = pts->v[pts->n - 1], *c, *t, *al, *be;
    SymVec q = {0, 0, NULL};
    if (sym_poly_coeffs(g, x, &q)) {
        Sym *roots = sym_roots(g, x);
        for (uint32_t i = 0; i < roots->n; i += 2) {
            Sym *r = roots->args[i];
            if (!sym_is_number(r))
                return false;
            if (inside(r, lo, hi))
                add_point(pts, r);
        }
        return true;
    }
    sym_as_coeff_mul(g, false, &c, &t);
    if ((!sym_is_fn(t, SYM_FN_SIN) && !sym_is_fn(t, SYM_FN_COS)) || !sym_integrate_linear(t->args[0], x, &al, &be))
        return false;
    /* x = (k*pi + shift - be)/al over the k that land inside */
    Sym *shift = t->op == SYM_FN_SIN ? sym_zero : sym_div(sym_pi, sym_two);
    Sym *k0 = sym_evalf(sym_div(sym_sub(sym_add(sym_mul(al, lo), be), shift), sym_pi), 15);
    Sym *k1 = sym_evalf(sym_div(sym_sub(sym_add(sym_mul(al, hi), be), shift), sym_pi), 15);
    if (!sym_is_num(k0) || !sym_is_num(k1))
        return false;
    if (sym_num_cmp(k0, k1) > 0) {
        Sym *tmp = k0;
        k0 = k1;
        k1 = tmp;
    }
    Sym *k = sym_num_floor(k0), *last = sym_num_ceiling(k1);
    for (int n = 0; sym_num_cmp(k, last) <= 0 && n < 10000; n++, k = sym_add(k, sym_one)) {
        Sym *v = sym_div(sym_sub(sym_add(sym_mul(k, sym_pi), shift), be), al);
        if (inside(v, lo, hi))
            add_point(pts, v);
    }
    return true;
}

/* The branch of a kinked function at the number m, or NULL when it cannot be decided. */
static Sym *branch(Sym *k, Sym *x, Sym *m)
{
    if (k->op == SYM_FN_PIECEWISE) {
        for (uint32_t i = 0; i < k->n; i++) {
            Sym *c = sym_subs(k->args[i]->args[1], x, m);
            if (c == sym_true)
                return k->args[i]->args[0];
            if (c != sym_false)
                return NULL;
        }
        return NULL;
    }
    Sym *g = k->args[0];
    int s = sym_eval_sign(sym_subs(k->n == 2 ? sym_sub(g, k->args[1]) : g, x, m));
    if (s == 2 || (s == 0 && k->op != SYM_FN_ABS))
        return NULL;
    if (k->op == SYM_FN_ABS)
        return s < 0 ? sym_neg(g) : g;
    if (k->op == SYM_FN_SIGN)
        return sym_int(s);
    return (s > 0) == (k->op == SYM_FN_MAX) ? g : k->args[1];
}

/* A definite integral over numeric bounds cut at the poles of a rational integrand (each piece
 * then ends in one-sided limits: 1/x**2 on (-1, 1) is oo) and where kinked functions change
 * formula, each replaced by its branch on each piece. */
static Sym *split(Sym *f, Sym *x, Sym *a, Sym *b)
{
    if (!sym_is_number(a) || !sym_is_number(b) || sym_eval_sign(sym_sub(b, a)) <= 0)
        return NULL;
    SymVec ks = {0, 0, NULL};
    find_kinks(f, x, &ks);
    SymVec pts = {0, 0, NULL};
    sym_vec_push(&pts, a);
    sym_vec_push(&pts, b);
    Sym *num, *den;
    sym_numer_denom(f, &num, &den);
    SymVec q = {0, 0, NULL};
    if (sym_poly_coeffs(den, x, &q) && q.n >= 2)
        add_zeros(&pts, den, x);
    if (!ks.n && pts.n == 2)
        return NULL;
    bool known = true;
    for (size_t i = 0; i < ks.n; i++) {
        Sym *k = ks.v[i];
        if (k->op == SYM_FN_PIECEWISE) {
            for (uint32_t j = 0; j < k->n; j++) {
                Sym *c = k->args[j]->args[1];
                if (c->kind == SYM_REL)
                    known &= add_zeros(&pts, sym_sub(c->args[0], c->args[1]), x);
                else
                    known &= c == sym_true;
            }
        } else {
            known &= add_zeros(&pts, k->n == 2 ? sym_sub(k->args[0], k->args[1]) : k->args[0], x);
        }
    }
    if (!known)
        return unevaluated(f, x, bounds(x, a, b));
    Sym *sum = sym_zero, **news = gc_alloc(ks.n * sizeof(Sym *));
    for (size_t i = 0; i + 1 < pts.n; i++) {
        Sym *mid = sym_div(sym_add(pts.v[i], pts.v[i + 1]), sym_two);
        for (size_t j = 0; j < ks.n; j++)
            if (!(news[j] = branch(ks.v[j], x, mid)))
                return NULL;
        Sym *piece = sym_xreplace(f, ks.n, ks.v, news);
        sum = sym_add(sum, sym_integrate_definite(piece, x, pts.v[i], pts.v[i + 1]));
    }
    return sum;
}

Sym *sym_integrate_definite(Sym *f, Sym *x, Sym *a, Sym *b)
{
    Sym *r = split(f, x, a, b);
    if (r)
        return r;
    Sym *F = sym_integrate_try(f, x);
    if (!F)
        return unevaluated(f, x, bounds(x, a, b));
    return sym_sub(sym_limit(F, x, b, -1), sym_limit(F, x, a, 1));
}

Sym *sym_integrate_limit(Sym *f, Sym *spec)
{
    bool seq = spec->kind == SYM_TUPLE || spec->kind == SYM_LIST;
    Sym *x = seq ? (spec->n ? spec->args[0] : NULL) : spec;
    if (!x || !sym_is_symbol(x) || (seq && spec->n > 3))
        sym_raise(SYM_E_VALUE, "Invalid limits given: (%s,)", sym_str(spec));
    if (!seq || spec->n == 1)
        return sym_integrate(f, x);
    if (spec->n == 2) {
        Sym *F = sym_integrate_try(f, x);
        return F ? sym_subs(F, x, spec->args[1]) : unevaluated(f, x, spec);
    }
    return sym_integrate_definite(f, x, spec->args[1], spec->args[2]);
}

Sym *sym_integral_eval(size_t n, Sym *const *args)
{
    Sym **v = gc_alloc((n + 1) * sizeof(Sym *));
    bool changed = false;
    v[0] = args[0];
    if (n == 1) {
        SymVec fs = sym_free_symbols(args[0]);
        if (fs.n != 1)
            sym_raise(SYM_E_VALUE, "specify dummy variables for %s", sym_str(args[0]));
        v[1] = fs.v[0];
        return sym_fn_raw(SYM_FN_INTEGRAL, 2, v);
    }
    for (size_t i = 1; i < n; i++) {
        Sym *l = args[i];
        bool seq = l->kind == SYM_TUPLE || l->kind == SYM_LIST;
        Sym *x = seq ? (l->n ? l->args[0] : NULL) : l;
        if (!x || !sym_is_symbol(x) || (seq && l->n > 3)) {
            Sym *given = sym_tuple(n - 1, args + 1);
            sym_raise(SYM_E_VALUE, "Invalid limits given: %s", sym_str(given));
        }
        v[i] = seq && l->n == 1 ? x : l->kind == SYM_LIST ? sym_tuple(l->n, l->args) : l;
        changed |= v[i] != l;
    }
    return changed ? sym_fn_raw(SYM_FN_INTEGRAL, n, v) : NULL;
}

Sym *sym_integral_doit(Sym *e)
{
    Sym *f = e->args[0];
    for (uint32_t i = 1; i < e->n; i++)
        f = sym_integrate_limit(f, e->args[i]);
    return f;
}
