/* solvers/sym_limit.c — limits (see sym_limit.h). */
#include "solvers/sym_limit.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"

/* L'Hopital's rule is applied at most this many times in a row. */
#define MAX_LHOPITAL 6

static Sym *limit_rec(Sym *e, Sym *x, Sym *a, int dir, int depth);

_Noreturn static void unsupported(Sym *e, Sym *x, Sym *a)
{
    sym_raise(SYM_E_NOT_IMPLEMENTED, "limit(%s, %s, %s) is not supported", sym_str(e), sym_str(x), sym_str(a));
}

static bool is_infinite(const Sym *v) { return v->kind == SYM_INFINITY || v->kind == SYM_NEG_INFINITY; }

/* True when v is a value a limit may be: no nan, zoo or infinity inside it (oo and -oo alone are
 * answers of their own, handled by the callers). */
static bool determinate(Sym *v)
{
    return !sym_has(v, sym_nan) && !sym_has(v, sym_zoo) && !sym_has(v, sym_oo) && !sym_has(v, sym_neg_oo);
}

/* The sign of a constant expression: -1, 0, 1, or 2 when unknown. */
static int sign_of(Sym *c)
{
    if (sym_is_num(c))
        return c->kind == SYM_NAN ? 2 : sym_num_sign(c);
    if (sym_is(c, SYM_F_POSITIVE))
        return 1;
    if (sym_is(c, SYM_F_NEGATIVE))
        return -1;
    if (sym_is(c, SYM_F_ZERO))
        return 0;
    return sym_is_number(c) ? sym_eval_sign(c) : 2;
}

static Sym *signed_oo(int s) { return s > 0 ? sym_oo : sym_neg_oo; }


/* num/den at a point where both vanish or both are infinite: L'Hopital's rule. */
static Sym *lhopital(Sym *num, Sym *den, Sym *x, Sym *a, int dir, int depth)
{
    if (depth >= MAX_LHOPITAL)
        unsupported(sym_div(num, den), x, a);
    return limit_rec(sym_div(sym_diff(num, x), sym_diff(den, x)), x, a, dir, depth + 1);
}

/* The limit at a finite point where substitution fails: 0/0 by L'Hopital, c/0 by the order of
 * the zero of the denominator and the side. */
static Sym *at_singularity(Sym *e, Sym *x, Sym *a, int dir, int depth)
{
    Sym *num, *den;
    sym_numer_denom(e, &num, &den);
    Sym *n = sym_subs(num, x, a), *d = sym_subs(den, x, a);
    if (!determinate(n) || !determinate(d))
        unsupported(e, x, a);
    if (sym_is_zero_num(d) && sym_is_zero_num(n))
        return lhopital(num, den, x, a, dir, depth);
    if (!sym_is_zero_num(d))
        unsupported(e, x, a);
    int k = 0;
    Sym *dk = den;
    do {
        dk = sym_diff(dk, x);
        k++;
        d = sym_subs(dk, x, a);
    } while (sym_is_zero_num(d) && k < 20);
    int s = sign_of(n), t = sign_of(d);
    if (s == 2 || t == 2 || t == 0)
        unsupported(e, x, a);
    if (dir == 0) {
        if (k % 2)
            return sym_zoo;
        dir = 1;
    }
    int side = dir < 0 && k % 2 ? -1 : 1;
    return signed_oo(s * t * side);
}

/* lim num/den at infinity (s = 1 for oo, -1 for -oo) for polynomials num and den in x. */
static Sym *rational_at_infinity(Sym *num, Sym *den, Sym *x, int s, bool *ok)
{
    SymVec p = {0, 0, NULL}, q = {0, 0, NULL};
    *ok = sym_poly_coeffs(num, x, &p) && sym_poly_coeffs(den, x, &q);
    if (!*ok)
        return NULL;
    long dp = (long)p.n - 1, dq = (long)q.n - 1;
    Sym *ratio = sym_div(p.v[0], q.v[0]);
    if (dp < dq)
        return sym_zero;
    if (dp == dq)
        return ratio;
    int sg = sign_of(ratio);
    if (sg == 2 || sg == 0) {
        *ok = false;
        return NULL;
    }
    return signed_oo((dp - dq) % 2 && s < 0 ? -sg : sg);
}

/* Rationalisations of a cancelling sum nest at most this deep. */
#define MAX_RATIONALIZE 4

/* A term of e with a square root of an expression in x. */
static Sym *root_term(Sym *e, Sym *x)
{
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *t = e->args[i], *const *f;
        size_t n = sym_mul_args(&t, &f);
        for (size_t j = 0; j < n; j++)
            if (f[j]->kind == SYM_POW && f[j]->args[1]->kind == SYM_RATIONAL &&
                fmpz_equal_ui(fmpq_denref(f[j]->args[1]->v.q), 2) && sym_has(f[j]->args[0], x))
                return t;
    }
    return NULL;
}

/* The leading behaviour c*x**k*exp(l*x + f*x*log(x)) of a term as x -> oo (f from factorials
 * and x**x). */
typedef struct Lead { Sym *c, *k, *l, *f; } Lead;

/* Compares the growth of two leads: by f, then l, then k; 2 when a sign is unknown. */
static int lead_cmp(const Lead *a, const Lead *b)
{
    int s = sign_of(sym_sub(a->f, b->f));
    if (!s)
        s = sign_of(sym_sub(a->l, b->l));
    return s ? s : sign_of(sym_sub(a->k, b->k));
}

/* factorial(a*x + b) for a > 0 by Stirling: sqrt(2*pi)*a**(b + 1/2)*x**(b + 1/2)*exp((a*log(a) - a)*x
 * + a*x*log(x)); false for other arguments. */
static bool factorial_lead(Sym *g, Sym *x, Lead *r)
{
    Sym *a, *b;
    if (!sym_integrate_linear(g, x, &a, &b) || !sym_is_rational(a) || sym_num_sign(a) <= 0)
        return false;
    Sym *h = sym_add(b, sym_half);
    r->c = sym_mul(sym_sqrt(sym_mul(sym_two, sym_pi)), sym_pow(a, h));
    r->k = h;
    r->l = sym_sub(sym_mul(a, sym_fn1(SYM_FN_LOG, a)), a);
    r->f = a;
    return true;
}

/* e ~ c*x**k*exp(l*x + f*x*log(x)) as x -> oo, for e built from x and constants by sums,
 * products, rational powers, exp and c**(linear), x**(linear), factorial, gamma and binomial of
 * linear arguments, and log of what grows exponentially or tends to a positive constant. A sum whose leading terms cancel is rationalised through its square root term S:
 * S + R = (S**2 - R**2)/(S - R). False when e is not of this kind or the cancellation stays. */
static bool lead(Sym *e, Sym *x, Lead *r, int depth)
{
    budget_tick();
    Lead t;
    Sym *a, *b;
    r->l = r->k = r->f = sym_zero;
    r->c = e;
    if (!sym_has(e, x))
        return true;
    if (sym_eq(e, x)) {
        r->c = r->k = sym_one;
        return true;
    }
    if (e->kind == SYM_MUL) {
        r->c = sym_one;
        for (uint32_t i = 0; i < e->n; i++) {
            if (!lead(e->args[i], x, &t, depth))
                return false;
            r->c = sym_mul(r->c, t.c);
            r->k = sym_add(r->k, t.k);
            r->l = sym_add(r->l, t.l);
            r->f = sym_add(r->f, t.f);
        }
        return true;
    }
    if (sym_is_fn(e, SYM_FN_FACTORIAL))
        return factorial_lead(e->args[0], x, r);
    if (sym_is_fn(e, SYM_FN_GAMMA))
        return factorial_lead(sym_sub(e->args[0], sym_one), x, r);
    if (sym_is_fn(e, SYM_FN_BINOMIAL)) {
        /* binomial(n, k) = n!/(k!*(n - k)!) */
        Sym *n = e->args[0], *k = e->args[1];
        Sym *q = sym_div(sym_fn1(SYM_FN_FACTORIAL, n),
                         sym_mul(sym_fn1(SYM_FN_FACTORIAL, k), sym_fn1(SYM_FN_FACTORIAL, sym_sub(n, k))));
        return q->kind == SYM_MUL && lead(q, x, r, depth);
    }
    if (e->kind == SYM_POW && sym_eq(e->args[0], x) && sym_integrate_linear(e->args[1], x, &a, &b)) {
        /* x**(a*x + b) = x**b*exp(a*x*log(x)) */
        r->c = sym_one;
        r->k = b;
        r->f = a;
        return true;
    }
    if (e->kind == SYM_POW && !sym_has(e->args[0], x)) {
        /* c**(a*x + b) = c**b*exp(a*log(c)*x) */
        if (sign_of(e->args[0]) != 1 || !sym_integrate_linear(e->args[1], x, &a, &b))
            return false;
        r->c = sym_pow(e->args[0], b);
        r->l = sym_mul(a, sym_fn1(SYM_FN_LOG, e->args[0]));
        return true;
    }
    if (e->kind == SYM_POW) {
        Sym *p = e->args[1];
        if (!sym_is_rational(p) || !lead(e->args[0], x, &t, depth) || (p->kind != SYM_INTEGER && sign_of(t.c) != 1))
            return false;
        r->c = sym_pow(t.c, p);
        r->k = sym_mul(t.k, p);
        r->l = sym_mul(t.l, p);
        r->f = sym_mul(t.f, p);
        return true;
    }
    if (sym_is_fn(e, SYM_FN_EXP)) {
        if (!sym_integrate_linear(e->args[0], x, &a, &b))
            return false;
        r->c = sym_fn1(SYM_FN_EXP, b);
        r->l = a;
        return true;
    }
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1) {
        /* log(c*x**k*exp(l*x)) ~ l*x for l > 0; log(c) when the argument tends to c > 0 */
        if (!lead(e->args[0], x, &t, depth) || !sym_is_zero_num(t.f))
            return false;
        int sl = sign_of(t.l);
        if (sl == 1) {
            r->c = t.l;
            r->k = sym_one;
            return true;
        }
        if (sl == 0 && sym_is_zero_num(t.k) && sign_of(t.c) == 1) {
            r->c = sym_fn1(SYM_FN_LOG, t.c);
            return true;
        }
        return false;
    }
    if (e->kind != SYM_ADD)
        return false;
    bool first = true;
    for (uint32_t i = 0; i < e->n; i++) {
        if (!lead(e->args[i], x, &t, depth))
            return false;
        int cmp = first ? 1 : lead_cmp(&t, r);
        if (cmp == 2)
            return false;
        if (cmp > 0)
            *r = t;
        else if (cmp == 0)
            r->c = sym_add(r->c, t.c);
        first = false;
    }
    if (!sym_is_zero_num(r->c))
        return true;
    Sym *s = root_term(e, x);
    if (!s || depth >= MAX_RATIONALIZE)
        return false;
    Sym *rest = sym_sub(e, s);
    Lead n, d;
    if (!lead(sym_expand(sym_sub(sym_mul(s, s), sym_mul(rest, rest))), x, &n, depth + 1) ||
        !lead(sym_sub(s, rest), x, &d, depth + 1))
        return false;
    r->c = sym_div(n.c, d.c);
    r->k = sym_sub(n.k, d.k);
    r->l = sym_sub(n.l, d.l);
    r->f = sym_sub(n.f, d.f);
    return true;
}

/* The limit at s*oo of e from its leading term, or NULL. */
static Sym *lead_limit(Sym *e, Sym *x, int s)
{
    Lead t;
    if (!lead(s > 0 ? e : sym_subs(e, x, sym_neg(x)), x, &t, 0))
        return NULL;
    int sf = sign_of(t.f), sl = sign_of(t.l), sk = sign_of(t.k);
    if (sf == 2 || sl == 2 || sk == 2)
        return NULL;
    if (sf < 0 || (sf == 0 && (sl < 0 || (sl == 0 && sk < 0))))
        return sym_zero;
    if (sf == 0 && sl == 0 && sk == 0)
        return t.c;
    int sc = sign_of(t.c);
    return sc == 1 || sc == -1 ? signed_oo(sc) : NULL;
}

/* True when e's only applied functions are exp, log, factorial, gamma and binomial (the forms
 * lead() reads). */
static bool exp_log_only(const Sym *e)
{
    if (e->kind == SYM_FN && e->op != SYM_FN_EXP && e->op != SYM_FN_LOG && e->op != SYM_FN_FACTORIAL &&
        e->op != SYM_FN_GAMMA && e->op != SYM_FN_BINOMIAL)
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!exp_log_only(e->args[i]))
            return false;
    return true;
}

static Sym *at_infinity(Sym *e, Sym *x, Sym *a, int depth);

/* True when every factor of e is an exponential or a power with a negative exponent. */
static bool reciprocal(Sym *e)
{
    Sym *const *f;
    size_t n = sym_mul_args(&e, &f);
    for (size_t i = 0; i < n; i++) {
        bool ok = sym_is_fn(f[i], SYM_FN_EXP) || (f[i]->kind == SYM_POW && sym_could_extract_minus_sign(f[i]->args[1]));
        if (!ok)
            return false;
    }
    return true;
}

/* True when t is sin or cos of an argument that tends to infinity: bounded, without a limit. */
static bool oscillating(Sym *t, Sym *x, Sym *a, int depth)
{
    return (sym_is_fn(t, SYM_FN_SIN) || sym_is_fn(t, SYM_FN_COS)) && is_infinite(at_infinity(t->args[0], x, a, depth));
}

/* How fast a term grows: exponentials over powers over logarithms. */
static int growth(Sym *t)
{
    if (sym_has_fn(t, SYM_FN_EXP) || (t->kind == SYM_POW && sym_has_symbols(t->args[1])))
        return 3;
    return sym_has_fn(t, SYM_FN_LOG) ? 1 : 2;
}

/* oo - oo at infinity. Logarithms alone combine into the log of a quotient (log(x) - log(x + 1)
 * = log(x/(x + 1))); otherwise the fastest growing term t decides when (e - t)/t tends to a
 * limit other than -1. */
static Sym *infinite_difference(Sym *e, Sym *x, Sym *a, int depth)
{
    Sym *arg = sym_one, *rest = sym_zero, *t = NULL;
    bool logs = true;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *c, *f;
        sym_as_coeff_mul(e->args[i], true, &c, &f);
        if (sym_is_fn(f, SYM_FN_LOG) && f->n == 1 && sym_has(f, x))
            arg = sym_mul(arg, sym_pow(f->args[0], c));
        else if (sym_has(f, x))
            logs = false;
        else
            rest = sym_add(rest, e->args[i]);
        if (!t || growth(e->args[i]) > growth(t))
            t = e->args[i];
    }
    if (logs)
        return sym_add(rest, at_infinity(sym_fn1(SYM_FN_LOG, sym_cancel(arg)), x, a, depth));
    if (depth >= MAX_LHOPITAL)
        unsupported(e, x, a);
    Sym *q = at_infinity(sym_div(sym_sub(e, t), t), x, a, depth + 1);
    Sym *lt = at_infinity(t, x, a, depth + 1);
    int sq = is_infinite(q) ? 2 : sign_of(sym_add(sym_one, q));
    if (!is_infinite(lt) || sq == 2 || sq == 0)
        unsupported(e, x, a);
    return signed_oo((lt->kind == SYM_INFINITY ? 1 : -1) * sq);
}

static Sym *at_infinity(Sym *e, Sym *x, Sym *a, int depth)
{
    int s = a->kind == SYM_INFINITY ? 1 : -1;
    budget_tick();
    if (!sym_has(e, x))
        return e;
    if (sym_eq(e, x))
        return a;
    Sym *num, *den;
    sym_numer_denom(e, &num, &den);
    bool ok;
    Sym *r = rational_at_infinity(num, den, x, s, &ok);
    if (ok)
        return r;
    if (exp_log_only(e) && (r = lead_limit(e, x, s)))
        return r;
    if (e->kind == SYM_ADD) {
        Sym *sum = sym_zero;
        int inf = 0;
        bool conflict = false;
        bool bounded = false;
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *c, *t;
            sym_as_coeff_mul(e->args[i], false, &c, &t);
            if (oscillating(t, x, a, depth)) {
                bounded = true;
                continue;
            }
            Sym *l = at_infinity(e->args[i], x, a, depth);
            if (is_infinite(l)) {
                int sg = l->kind == SYM_INFINITY ? 1 : -1;
                conflict |= inf && inf != sg;
                inf = sg;
            } else {
                sum = sym_add(sum, l);
            }
        }
        if (conflict)
            return sym_add(sum, infinite_difference(e, x, a, depth));
        if (bounded && !inf)
            unsupported(e, x, a);
        return inf ? signed_oo(inf) : sum;
    }
    if (e->kind == SYM_MUL) {
        Sym *bounded = sym_one, *rest = sym_one;
        bool spread = false;
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *f = e->args[i];
            if (oscillating(f, x, a, depth))
                bounded = sym_mul(bounded, f);
            else
                rest = sym_mul(rest, f);
            spread |= f->kind == SYM_ADD && (sym_has_fn(f, SYM_FN_SIN) || sym_has_fn(f, SYM_FN_COS));
        }
        /* (x + sin(x))/x: multiplied out, the oscillating part is a term of its own */
        Sym *m = spread ? sym_expand_mul(e) : e;
        if (m->kind == SYM_ADD)
            return at_infinity(m, x, a, depth);
        if (!sym_is_one(bounded)) {
            /* sin and cos stay within [-1, 1]: only a vanishing rest decides */
            if (sym_is_zero_num(at_infinity(rest, x, a, depth)))
                return sym_zero;
            unsupported(e, x, a);
        }
        Sym *prod = sym_one, *big = sym_one, *small = sym_one;
        int sg = 1;
        bool any_inf = false, any_zero = false;
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *l = at_infinity(e->args[i], x, a, depth);
            if (is_infinite(l)) {
                any_inf = true;
                sg *= l->kind == SYM_INFINITY ? 1 : -1;
                big = sym_mul(big, e->args[i]);
            } else if (sym_is_zero_num(l)) {
                any_zero = true;
                small = sym_mul(small, e->args[i]);
            } else {
                int t = sign_of(l);
                if (t == 2)
                    unsupported(e, x, a);
                sg *= t;
                prod = sym_mul(prod, l);
            }
        }
        if (any_inf && any_zero) {
            /* 0*oo as a quotient for L'Hopital: a reciprocal or an exponential decay goes to the
             * denominator (x*exp(-x) = x/exp(x), log(x)/x), a vanishing sum, log or
             * trigonometric function stays on top (x*log(1 + 1/x) = log(1 + 1/x)/(1/x)) */
            Sym *l = reciprocal(small) ? lhopital(big, sym_pow_si(small, -1), x, a, 0, depth)
                                       : lhopital(small, sym_pow_si(big, -1), x, a, 0, depth);
            return sym_mul(prod, l);
        }
        if (any_zero)
            return sym_zero;
        return any_inf ? signed_oo(sg) : prod;
    }
    if (sym_is_fn(e, SYM_FN_EXP)) {
        Sym *l = at_infinity(e->args[0], x, a, depth);
        return l->kind == SYM_INFINITY ? sym_oo : l->kind == SYM_NEG_INFINITY ? sym_zero : sym_fn1(SYM_FN_EXP, l);
    }
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1) {
        Sym *l = at_infinity(e->args[0], x, a, depth);
        if (l->kind == SYM_INFINITY)
            return sym_oo;
        if (sym_is_zero_num(l))
            return sym_neg_oo;
        if (is_infinite(l))
            unsupported(e, x, a);
        return sym_fn1(SYM_FN_LOG, l);
    }
    if (e->kind == SYM_POW) {
        Sym *b = e->args[0], *p = e->args[1];
        if (sym_has(p, x))
            return at_infinity(sym_fn1(SYM_FN_EXP, sym_mul(p, sym_fn1(SYM_FN_LOG, b))), x, a, depth);
        Sym *l = at_infinity(b, x, a, depth);
        int sp = sign_of(p);
        if (!is_infinite(l))
            return sym_is_zero_num(l) && sp < 0 ? sym_oo : sym_pow(l, p);
        if (sp < 0)
            return sym_zero;
        if (l->kind == SYM_INFINITY)
            return sym_oo;
        unsupported(e, x, a);
    }
    if (e->kind == SYM_FN) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++) {
            v[i] = at_infinity(e->args[i], x, a, depth);
            if (!determinate(v[i]) && !is_infinite(v[i]))
                unsupported(e, x, a);
        }
        /* a function with a limit at infinity evaluates there (atan(oo) = pi/2, erf(oo) = 1) */
        Sym *r = sym_rebuild(e, v);
        if (!determinate(r) && !is_infinite(r))
            unsupported(e, x, a);
        return r;
    }
    unsupported(e, x, a);
}

/* sign, floor or ceiling of g at a: a jump of the function where g reaches 0 (an integer) is
 * taken on the side g approaches from, by the sign of g' at a and the direction. */
static Sym *one_sided_step(Sym *e, Sym *x, Sym *a, int dir, int depth)
{
    Sym *g = e->args[0], *l = limit_rec(g, x, a, dir, depth);
    bool jump = e->op == SYM_FN_SIGN ? sym_is_zero_num(l) : l->kind == SYM_INTEGER;
    if (!jump)
        return sym_fn1(e->op, l);
    int s = sign_of(sym_subs(sym_diff(g, x), x, a));
    if (s == 0 || s == 2)
        unsupported(e, x, a);
    int side = s * dir;
    if (e->op == SYM_FN_SIGN)
        return sym_int(side);
    if (e->op == SYM_FN_FLOOR)
        return side < 0 ? sym_sub(l, sym_one) : l;
    return side > 0 ? sym_add(l, sym_one) : l;
}

/* e with tan, cot, sec and csc written through sin and cos, so that a pole becomes a zero of a
 * denominator (x*cot(x) = x*cos(x)/sin(x)). */
static Sym *sin_cos(Sym *e)
{
    if (!e->n || e->kind <= SYM_DUMMY)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = sin_cos(e->args[i]);
    if (e->kind != SYM_FN || e->n != 1)
        return sym_rebuild(e, v);
    Sym *s = sym_fn1(SYM_FN_SIN, v[0]), *c = sym_fn1(SYM_FN_COS, v[0]);
    switch (e->op) {
    case SYM_FN_TAN: return sym_div(s, c);
    case SYM_FN_COT: return sym_div(c, s);
    case SYM_FN_SEC: return sym_pow_si(c, -1);
    case SYM_FN_CSC: return sym_pow_si(s, -1);
    default: return sym_rebuild(e, v);
    }
}

static Sym *limit_rec(Sym *e, Sym *x, Sym *a, int dir, int depth)
{
    budget_tick();
    if (!sym_has(e, x))
        return e;
    if (is_infinite(a))
        return at_infinity(e, x, a, depth);
    if (dir == 0) {
        Sym *r = limit_rec(e, x, a, 1, depth), *l = limit_rec(e, x, a, -1, depth);
        if (is_infinite(r) && is_infinite(l) && !sym_eq(r, l))
            return sym_zoo;
        if (!sym_eq(r, l))
            sym_raise(SYM_E_VALUE, "The limit does not exist since left hand limit = %s and right hand limit = %s",
                      sym_str(l), sym_str(r));
        return r;
    }
    if (e->kind == SYM_FN && (e->op == SYM_FN_SIGN || e->op == SYM_FN_FLOOR || e->op == SYM_FN_CEILING))
        return one_sided_step(e, x, a, dir, depth);
    Sym *v = sym_subs(e, x, a);
    if (determinate(v))
        return v;
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1) {
        Sym *l = limit_rec(e->args[0], x, a, dir, depth);
        if (sym_is_zero_num(l))
            return sym_neg_oo;
        if (l->kind == SYM_INFINITY)
            return sym_oo;
    }
    Sym *c = sym_cancel(e);
    v = sym_subs(c, x, a);
    if (determinate(v))
        return v;
    if (sym_has_fn(c, SYM_FN_TAN) || sym_has_fn(c, SYM_FN_COT) || sym_has_fn(c, SYM_FN_SEC) || sym_has_fn(c, SYM_FN_CSC))
        c = sym_together(sin_cos(c));
    v = sym_subs(c, x, a);
    if (determinate(v))
        return v;
    Sym *num, *den;
    sym_numer_denom(c, &num, &den);
    if (!sym_has_fn(c, SYM_FN_ABS) && determinate(sym_subs(num, x, a)) && determinate(sym_subs(den, x, a)))
        return at_singularity(c, x, a, dir, depth);
    /* x = a + dir/t, t -> oo: the forms at infinity cover x*log(x), exp(1/x), Abs(x)/x */
    if (depth >= MAX_LHOPITAL)
        unsupported(e, x, a);
    Sym *t = sym_dummy("t", sym_fact(SYM_F_POSITIVE, true));
    return at_infinity(sym_subs(e, x, sym_add(a, sym_div(sym_int(dir), t))), t, sym_oo, depth + 1);
}

Sym *sym_limit(Sym *e, Sym *x, Sym *a, int dir)
{
    if (!sym_is_symbol(x))
        sym_raise(SYM_E_VALUE, "Limit variable must be a symbol, got %s", sym_str(x));
    /* Floats become exact rationals first and the limit stays exact, as sympy's Limit.doit */
    if (sym_has(e, x) && sym_has_float(e))
        e = sym_rationalize_floats(e);
    return limit_rec(e, x, a, dir, 0);
}
