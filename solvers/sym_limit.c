/* solvers/sym_limit.c — limits (see sym_limit.h). */
#include "solvers/sym_limit.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"

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
    if (e->kind == SYM_ADD) {
        Sym *sum = sym_zero;
        int inf = 0;
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *l = at_infinity(e->args[i], x, a, depth);
            if (is_infinite(l)) {
                int sg = l->kind == SYM_INFINITY ? 1 : -1;
                if (inf && inf != sg)
                    unsupported(e, x, a);
                inf = sg;
            } else {
                sum = sym_add(sum, l);
            }
        }
        return inf ? signed_oo(inf) : sum;
    }
    if (e->kind == SYM_MUL) {
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
            /* 0*oo as a quotient for L'Hopital: an exponential decay goes to the denominator
             * (x*exp(-x) = x/exp(x)), anything else keeps the vanishing factor on top
             * (x*log(1 + 1/x) = log(1 + 1/x)/(1/x)) */
            Sym *l = sym_has_fn(small, SYM_FN_EXP) ? lhopital(big, sym_pow_si(small, -1), x, a, 0, depth)
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
        if (is_infinite(l) || sym_is_zero_num(l))
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
            if (!determinate(v[i]) && !(e->op == SYM_FN_ATAN && is_infinite(v[i])))
                unsupported(e, x, a);
        }
        return sym_rebuild(e, v);
    }
    unsupported(e, x, a);
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
    return at_singularity(c, x, a, dir, depth);
}

Sym *sym_limit(Sym *e, Sym *x, Sym *a, int dir)
{
    if (!sym_is_symbol(x))
        sym_raise(SYM_E_VALUE, "Limit variable must be a symbol, got %s", sym_str(x));
    return limit_rec(e, x, a, dir, 0);
}
