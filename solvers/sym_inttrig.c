/* solvers/sym_inttrig.c — trigonometric powers and products (see sym_inttrig.h). */
#include "solvers/sym_inttrig.h"

#include "base/budget.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_ops.h"

/* f = fn(u)**k with u linear in x of numeric slope; k is 1 for fn(u) itself. */
static bool trig_power(Sym *f, Sym *x, Sym **fn, long *k, Sym **a)
{
    Sym *b, *base = f;
    *k = 1;
    if (f->kind == SYM_POW) {
        if (f->args[1]->kind != SYM_INTEGER || !fmpz_fits_si(f->args[1]->v.z))
            return false;
        base = f->args[0];
        *k = fmpz_get_si(f->args[1]->v.z);
    }
    *fn = base;
    return base->kind == SYM_FN && base->n == 1 && sym_integrate_linear(base->args[0], x, a, &b) &&
           sym_is_num(*a);
}

/* The integral of w**m*(1 - w**2)**j dw (a polynomial in w) at w = t, times s. */
static Sym *odd_power(long m, long j, Sym *t, Sym *s)
{
    Sym *w = sym_dummy("w", (SymFacts){0, 0});
    Sym *p = sym_expand(sym_mul(sym_pow_si(w, m), sym_pow_si(sym_sub(sym_one, sym_pow_si(w, 2)), j)));
    return sym_expand(sym_mul(s, sym_subs(sym_integrate(p, w), w, t)));
}

/* The integral of fn(u)**n (fn sin or cos, n >= 2 even) by the reduction formula. */
static Sym *even_power(Sym *fn, long n, Sym *a, Sym *x)
{
    budget_tick();
    bool s = fn->op == SYM_FN_SIN;
    Sym *u = fn->args[0], *other = sym_fn1(s ? SYM_FN_COS : SYM_FN_SIN, u);
    Sym *first = sym_div(sym_mul(sym_pow_si(fn, n - 1), other), sym_mul(sym_int(n), a));
    Sym *rest = n == 2 ? x : even_power(fn, n - 2, a, x);
    return sym_add(s ? sym_neg(first) : first, sym_mul(sym_rat(n - 1, n), rest));
}

/* sin/cos(u)*sin/cos(v) for u, v of different slopes a, b: by the closed formulas, e.g.
 * the integral of sin(u)*cos(v) is (-a*cos(u)*cos(v) - b*sin(u)*sin(v))/(a**2 - b**2). */
static Sym *product(Sym *f, Sym *a, Sym *g, Sym *b)
{
    if (f->op != SYM_FN_SIN && f->op != SYM_FN_COS)
        return NULL;
    if (g->op != SYM_FN_SIN && g->op != SYM_FN_COS)
        return NULL;
    if (f->op == SYM_FN_COS && g->op == SYM_FN_SIN) {
        Sym *t = f;
        f = g;
        g = t;
        t = a;
        a = b;
        b = t;
    }
    Sym *d = sym_sub(sym_mul(a, a), sym_mul(b, b));
    if (sym_is_zero_num(d))
        return NULL;
    Sym *u = f->args[0], *v = g->args[0];
    Sym *su = sym_fn1(SYM_FN_SIN, u), *cu = sym_fn1(SYM_FN_COS, u);
    Sym *sv = sym_fn1(SYM_FN_SIN, v), *cv = sym_fn1(SYM_FN_COS, v);
    Sym *t1, *t2;
    if (f->op == SYM_FN_SIN && g->op == SYM_FN_COS) {
        t1 = sym_mul(sym_neg(a), sym_mul(cu, cv));
        t2 = sym_mul(sym_neg(b), sym_mul(su, sv));
    } else if (f->op == SYM_FN_SIN) {
        t1 = sym_mul(b, sym_mul(su, cv));
        t2 = sym_mul(sym_neg(a), sym_mul(cu, sv));
    } else {
        t1 = sym_mul(a, sym_mul(su, cv));
        t2 = sym_mul(sym_neg(b), sym_mul(cu, sv));
    }
    return sym_add(sym_div(t1, d), sym_div(t2, d));
}

Sym *sym_inttrig(Sym *f, Sym *x)
{
    Sym *const *args;
    size_t nf = sym_mul_args(&f, &args);
    if (nf > 2)
        return NULL;
    Sym *fn[2], *a[2];
    long k[2];
    for (size_t i = 0; i < nf; i++)
        if (!trig_power(args[i], x, &fn[i], &k[i], &a[i]))
            return NULL;
    long m = 0, n = 0;
    Sym *s = NULL, *c = NULL;
    for (size_t i = 0; i < nf; i++) {
        if (sym_is_fn(fn[i], SYM_FN_SIN) && k[i] > 0) {
            m = k[i];
            s = fn[i];
        } else if (sym_is_fn(fn[i], SYM_FN_COS) && k[i] > 0) {
            n = k[i];
            c = fn[i];
        }
    }
    if (m + n > 0 && (nf == 1 || (s && c && sym_eq(s->args[0], c->args[0])))) {
        Sym *u = (s ? s : c)->args[0], *sl = a[0];
        if (n % 2)
            return odd_power(m, (n - 1) / 2, sym_fn1(SYM_FN_SIN, u), sym_div(sym_one, sl));
        if (m % 2)
            return odd_power(n, (m - 1) / 2, sym_fn1(SYM_FN_COS, u), sym_div(sym_neg_one, sl));
        if (nf == 1)
            return even_power(fn[0], k[0], sl, x);
        if (m != n)
            return NULL;
        /* sin(u)**n*cos(u)**n = sin(2*u)**n/2**n */
        Sym *s2 = sym_fn1(SYM_FN_SIN, sym_mul(sym_two, u));
        return sym_div(even_power(s2, n, sym_mul(sym_two, sl), x), sym_pow_si(sym_two, n));
    }
    if (nf == 2 && k[0] == 1 && k[1] == 1 && sym_eq(fn[0]->args[0], fn[1]->args[0])) {
        /* sinh(u)*cosh(u): sinh(u)**2/(2*a) */
        Sym *sh = sym_is_fn(fn[0], SYM_FN_SINH) ? fn[0] : fn[1], *ch = sh == fn[0] ? fn[1] : fn[0];
        if (sym_is_fn(sh, SYM_FN_SINH) && sym_is_fn(ch, SYM_FN_COSH))
            return sym_div(sym_pow_si(sh, 2), sym_mul(sym_two, a[0]));
    }
    if (nf == 2 && k[0] == 1 && k[1] == 1)
        return product(fn[0], a[0], fn[1], a[1]);
    if (nf != 1)
        return NULL;
    Sym *g = fn[0], *u = g->args[0], *sl = a[0];
    Sym *sn = sym_fn1(SYM_FN_SIN, u), *cs = sym_fn1(SYM_FN_COS, u);
    if (sym_is_fn(g, SYM_FN_TAN) && k[0] == 1)
        return sym_div(sym_neg(sym_fn1(SYM_FN_LOG, cs)), sl);
    if (sym_is_fn(g, SYM_FN_COT) && k[0] == 1)
        return sym_div(sym_fn1(SYM_FN_LOG, sn), sl);
    if (sym_is_fn(g, SYM_FN_TAN) && k[0] == 2)
        return sym_add(sym_neg(x), sym_div(sn, sym_mul(sl, cs)));
    if ((sym_is_fn(g, SYM_FN_SEC) && k[0] == 2) || (sym_is_fn(g, SYM_FN_COS) && k[0] == -2))
        return sym_div(sn, sym_mul(sl, cs));
    if ((sym_is_fn(g, SYM_FN_CSC) && k[0] == 2) || (sym_is_fn(g, SYM_FN_SIN) && k[0] == -2))
        return sym_neg(sym_div(cs, sym_mul(sl, sn)));
    if (sym_is_fn(g, SYM_FN_SEC) && k[0] == 1) {
        Sym *l1 = sym_fn1(SYM_FN_LOG, sym_sub(sn, sym_one)), *l2 = sym_fn1(SYM_FN_LOG, sym_add(sn, sym_one));
        return sym_div(sym_sub(l2, l1), sym_mul(sym_two, sl));
    }
    return NULL;
}
