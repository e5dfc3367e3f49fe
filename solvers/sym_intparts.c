/* solvers/sym_intparts.c — integration by parts (see sym_intparts.h). */
#include "solvers/sym_intparts.h"

#include "base/budget.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"

/* f = p*t with p the product of f's factors that are polynomials in x (or, with powers, powers
 * of x) and t the rest. */
static void split(Sym *f, Sym *x, bool powers, Sym **p, Sym **t)
{
    Sym *const *a;
    size_t n = sym_mul_args(&f, &a);
    *p = sym_one;
    *t = sym_one;
    for (size_t i = 0; i < n; i++) {
        SymVec c = {0, 0, NULL};
        bool poly = sym_poly_coeffs(a[i], x, &c) ||
                    (powers && a[i]->kind == SYM_POW && sym_eq(a[i]->args[0], x) && sym_is_rational(a[i]->args[1]));
        if (poly)
            *p = sym_mul(*p, a[i]);
        else
            *t = sym_mul(*t, a[i]);
    }
}

/* p*t multiplied out over the terms of p, as sympy prints the results of parts. */
static Sym *times_terms(Sym *p, Sym *t)
{
    p = sym_expand(p);
    Sym *const *a;
    size_t n = sym_add_args(&p, &a);
    SymVec v = {0, 0, NULL};
    for (size_t i = 0; i < n; i++)
        sym_vec_push(&v, sym_mul(a[i], t));
    return sym_add_n(v.n, v.v);
}

/* t is fn(u) with u linear in x of a slope *a that is a number or known to be nonzero. */
static bool linear_fn(Sym *t, Sym *x, SymFn fn, Sym **a)
{
    Sym *b;
    return sym_is_fn(t, fn) && sym_integrate_linear(t->args[0], x, a, &b) &&
           (sym_is_num(*a) || sym_is(*a, SYM_F_NONZERO));
}

/* The degree of the polynomial p in x, -1 when p is not one. */
static long degree(Sym *p, Sym *x)
{
    SymVec c = {0, 0, NULL};
    return sym_poly_coeffs(p, x, &c) ? (long)c.n - 1 : -1;
}

Sym *sym_intparts_exp(Sym *f, Sym *x)
{
    Sym *p, *t, *a;
    split(f, x, false, &p, &t);
    if (!linear_fn(t, x, SYM_FN_EXP, &a) || degree(p, x) < 1)
        return NULL;
    Sym *q = sym_zero, *d = p, *ak = a;
    for (int k = 0; !sym_is_zero_num(d); k++) {
        budget_tick();
        q = sym_add(q, sym_div(k % 2 ? sym_neg(d) : d, ak));
        d = sym_diff(d, x);
        ak = sym_mul(ak, a);
    }
    q = sym_expand(q);
    if (!sym_is_num(a)) {
        /* the denominators are powers of a's numerator: cleared by the highest, sign removed */
        Sym *num, *den;
        sym_numer_denom(a, &num, &den);
        if (sym_could_extract_minus_sign(num))
            num = sym_neg(num);
        Sym *L = sym_pow(num, sym_int(degree(p, x) + 1));
        return sym_div(sym_mul(sym_expand(sym_mul(L, q)), t), L);
    }
    SymVec c = {0, 0, NULL};
    sym_poly_coeffs(q, x, &c);
    fmpz_t l;
    fmpz_init_set_ui(l, 1);
    for (size_t i = 0; i < c.n; i++)
        if (c.v[i]->kind == SYM_RATIONAL)
            fmpz_lcm(l, l, fmpq_denref(c.v[i]->v.q));
    Sym *L = sym_int_fmpz(l);
    fmpz_clear(l);
    return sym_div(sym_mul(sym_expand(sym_mul(L, q)), t), L);
}

/* The integral of p*fn(u) for fn sin, cos, sinh or cosh, u linear of slope a, by repeated
 * parts: fn's antiderivative is other(u)/a with the sign sg. */
static Sym *poly_trig(Sym *p, SymFn fn, Sym *u, Sym *a, Sym *x)
{
    budget_tick();
    SymFn other = fn == SYM_FN_SIN ? SYM_FN_COS : fn == SYM_FN_COS ? SYM_FN_SIN
                : fn == SYM_FN_SINH ? SYM_FN_COSH : SYM_FN_SINH;
    Sym *sg = fn == SYM_FN_SIN ? sym_neg_one : sym_one;
    Sym *first = times_terms(sym_div(sym_mul(sg, p), a), sym_fn1(other, u));
    Sym *dp = sym_diff(p, x);
    if (sym_is_zero_num(dp))
        return first;
    return sym_sub(first, sym_div(sym_mul(sg, poly_trig(dp, other, u, a, x)), a));
}

/* exp(u)*trig(v), u and v linear of slopes a and c: exp(u)*(a*sin(v) - c*cos(v))/(a**2 + c**2)
 * for sin, exp(u)*(a*cos(v) + c*sin(v))/(a**2 + c**2) for cos. */
static Sym *exp_trig(Sym *e, Sym *a, Sym *tr, Sym *c)
{
    Sym *n = sym_add(sym_mul(a, a), sym_mul(c, c)), *v = tr->args[0];
    Sym *s = sym_mul(e, sym_fn1(SYM_FN_SIN, v)), *co = sym_mul(e, sym_fn1(SYM_FN_COS, v));
    if (tr->op == SYM_FN_SIN)
        return sym_sub(sym_mul(sym_div(a, n), s), sym_mul(sym_div(c, n), co));
    return sym_add(sym_mul(sym_div(a, n), co), sym_mul(sym_div(c, n), s));
}

/* log(g)**k (k a positive integer), log, atan, asin or acos of an expression in x. */
static bool parts_target(Sym *t, Sym *x)
{
    if (t->kind == SYM_POW && sym_is_fn(t->args[0], SYM_FN_LOG) && t->args[1]->kind == SYM_INTEGER &&
        sym_num_sign(t->args[1]) > 0)
        t = t->args[0];
    if (t->kind != SYM_FN || !sym_has(t, x) || t->n != 1)
        return false;
    return t->op == SYM_FN_LOG || t->op == SYM_FN_ATAN || t->op == SYM_FN_ASIN || t->op == SYM_FN_ACOS;
}

Sym *sym_intparts(Sym *f, Sym *x)
{
    Sym *p, *t, *a, *c;
    split(f, x, true, &p, &t);
    if (t->kind == SYM_MUL && t->n == 2) {
        Sym *e = t->args[0], *tr = t->args[1];
        if (!sym_is_fn(e, SYM_FN_EXP)) {
            e = t->args[1];
            tr = t->args[0];
        }
        if (linear_fn(e, x, SYM_FN_EXP, &a) &&
            (linear_fn(tr, x, SYM_FN_SIN, &c) || linear_fn(tr, x, SYM_FN_COS, &c))) {
            Sym *E = exp_trig(e, a, tr, c);
            if (sym_is_one(p))
                return E;
            /* P*exp*trig: P times E, less the integral of P'*E */
            Sym *rest = degree(p, x) >= 1 ? sym_integrate_try(sym_expand_mul(sym_mul(sym_diff(p, x), E)), x) : NULL;
            if (rest)
                return sym_sub(sym_expand_mul(sym_mul(p, E)), rest);
        }
    }
    if ((linear_fn(t, x, SYM_FN_SIN, &a) || linear_fn(t, x, SYM_FN_COS, &a) || linear_fn(t, x, SYM_FN_SINH, &a) ||
         linear_fn(t, x, SYM_FN_COSH, &a)) && degree(p, x) >= 1)
        return poly_trig(p, t->op, t->args[0], a, x);
    if (parts_target(t, x)) {
        Sym *p1 = sym_integrate_try(p, x);
        if (!p1 || sym_has_fn(p1, SYM_FN_LOG))
            return NULL;
        Sym *rest = sym_integrate_try(sym_expand_mul(sym_mul(p1, sym_diff(t, x))), x);
        return rest ? sym_sub(times_terms(p1, t), rest) : NULL;
    }
    return NULL;
}
