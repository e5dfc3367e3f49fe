/* solvers/sym_fn.c — elementary and integer functions with sympy's automatic evaluation. */
#include "solvers/sym_fn.h"

#include <string.h>

#include <arb.h>
#include <flint/arith.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_deriv.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_comb.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_piecewise.h"
#include "solvers/sym_special.h"
#include "solvers/sym_print.h"

/* factorial(n) and binomial are refused above this n (their results get huge). */
#define MAX_FACTORIAL 2000000

Sym *sym_fn_raw(SymFn f, size_t n, Sym *const *args) { return sym_build(SYM_FN, f, n, args); }

static Sym *raw1(SymFn f, Sym *x) { return sym_fn_raw(f, 1, &x); }

Sym *sym_fn1(SymFn f, Sym *x) { return sym_fn(f, 1, &x); }

Sym *sym_fn2(SymFn f, Sym *x, Sym *y)
{
    Sym *a[2] = {x, y};
    return sym_fn(f, 2, a);
}

static Sym *rat(long p, long q) { return sym_rat(p, q); }

static Sym *pi_times(Sym *c) { return sym_mul(c, sym_pi); }

/* Python's a % b for rationals (result has the sign of b). */
static Sym *rat_mod(Sym *a, Sym *b)
{
    fmpq_t x, y, r;
    fmpz_t q;
    fmpq_init(x);
    fmpq_init(y);
    fmpq_init(r);
    fmpz_init(q);
    sym_get_fmpq(x, a);
    sym_get_fmpq(y, b);
    fmpq_div(r, x, y);
    fmpz_fdiv_q(q, fmpq_numref(r), fmpq_denref(r));
    fmpq_mul_fmpz(r, y, q);
    fmpq_sub(r, x, r);
    Sym *res = sym_rat_fmpq(r);
    fmpq_clear(x);
    fmpq_clear(y);
    fmpq_clear(r);
    fmpz_clear(q);
    return res;
}

static bool is_int_sym(Sym *e) { return sym_is(e, SYM_F_INTEGER); }

/* The coefficient c of `factor` in e = c*factor (sympy's as_coefficient for a single atom
 * factor), or NULL. */
static Sym *coefficient_of(Sym *e, Sym *factor)
{
    if (sym_eq(e, factor))
        return sym_one;
    if (e->kind != SYM_MUL)
        return NULL;
    for (uint32_t i = 0; i < e->n; i++) {
        if (sym_eq(e->args[i], factor)) {
            Sym **v = gc_alloc(e->n * sizeof(Sym *));
            size_t k = 0;
            for (uint32_t j = 0; j < e->n; j++)
                if (j != i)
                    v[k++] = e->args[j];
            Sym *c = sym_mul_n(k, v);
            return sym_has(c, factor) ? NULL : c;
        }
    }
    return NULL;
}

/* sympy's _pi_coeff: arg = c*pi with c reduced modulo 2 (for integer cofactors), or NULL. */
static Sym *pi_coeff(Sym *arg)
{
    if (arg->kind == SYM_PI)
        return sym_one;
    if (sym_is_zero_num(arg))
        return sym_zero;
    if (arg->kind != SYM_MUL)
        return NULL;
    Sym *cx = coefficient_of(arg, sym_pi);
    if (!cx)
        return NULL;
    Sym *c, *x;
    sym_as_coeff_mul(cx, false, &c, &x);
    if (c->kind == SYM_FLOAT) {
        /* a Float that is a binary fraction (2.5) is read as that rational (5/2) */
        mpq_t q;
        mpq_init(q);
        mpfr_get_q(q, c->v.f);
        fmpq_t r;
        fmpq_init(r);
        fmpq_set_mpq(r, q);
        mpq_clear(q);
        bool small = fmpz_bits(fmpq_denref(r)) <= 20;
        Sym *rc = sym_rat_fmpq(r);
        fmpq_clear(r);
        if (!small)
            return NULL;
        c = rc;
        cx = sym_mul(c, x);
    }
    if (!sym_is_rational(c))
        return NULL;
    if (is_int_sym(x)) {
        Sym *c2 = rat_mod(c, sym_two);
        if (sym_is_one(c2))
            return x;
        if (sym_is_zero_num(c2))
            return sym_ask(x, SYM_F_EVEN) != SYM_MAYBE ? sym_zero : sym_two;
        return sym_mul(c2, x);
    }
    return cx;
}

/* arg = c*I: c, else NULL (sympy's _imaginary_unit_as_coefficient). */
static Sym *imag_coeff(Sym *arg)
{
    if (arg->kind == SYM_I)
        return sym_one;
    if (arg->kind != SYM_MUL)
        return NULL;
    return coefficient_of(arg, sym_i);
}

/* Splits off a multiple of pi/2 from a sum: returns it (0 when none) and sets *rest. */
static Sym *peeloff_pi(Sym *arg, Sym **rest)
{
    Sym *pc = sym_zero;
    SymVec others = {0};
    for (uint32_t i = 0; i < arg->n; i++) {
        Sym *k = coefficient_of(arg->args[i], sym_pi);
        if (k && sym_is(k, SYM_F_RATIONAL))
            pc = sym_add(pc, k);
        else
            sym_vec_push(&others, arg->args[i]);
    }
    *rest = arg;
    if (sym_is_zero_num(pc))
        return sym_zero;
    /* symbolic integer multiples count too: sin(2*pi*n + x) is sin(x) for integer n */
    Sym *m1 = sym_fn2(SYM_FN_MOD, pc, sym_half), *m2 = sym_sub(pc, m1);
    if (sym_is(m2, SYM_F_INTEGER) ||
        (sym_is(sym_mul(sym_two, m2), SYM_F_INTEGER) && sym_is_not(m2, SYM_F_EVEN))) {
        sym_vec_push(&others, pi_times(m1));
        *rest = sym_add_n(others.n, others.v);
        return m2;
    }
    return sym_zero;
}

/* ---- numeric evaluation of Float arguments ----------------------------------------------- */

/* The precision of an argument that makes sympy evaluate numerically: a Float, or a complex
 * a + b*I with Float parts; -1 otherwise. */
static long float_prec(Sym *a)
{
    if (a->kind == SYM_FLOAT)
        return (long)mpfr_get_prec(a->v.f);
    if (a->kind != SYM_ADD || a->n != 2 || !sym_is_num(a->args[0]))
        return -1;
    Sym *c, *i;
    sym_as_coeff_mul(a->args[1], false, &c, &i);
    if (i->kind != SYM_I || !sym_is_num(c))
        return -1;
    long p = sym_num_float_prec(a->args[0], c);
    return p ? p : -1;
}

static Sym *maybe_evalf(Sym *e)
{
    if (e->kind != SYM_FN || e->n == 0)
        return e;
    long lo = -1, hi = -1;
    for (uint32_t i = 0; i < e->n; i++) {
        long p = float_prec(e->args[i]);
        lo = i == 0 || p < lo ? p : lo;
        hi = p > hi ? p : hi;
    }
    if (lo <= 0)
        return e;
    return sym_evalf(e, sym_prec_to_dps(hi));
}

/* ---- exp and log --------------------------------------------------------------------------- */

static Sym *exp_eval(Sym *arg)
{
    if (sym_is_num(arg)) {
        if (arg->kind == SYM_NAN)
            return sym_nan;
        if (sym_num_sign(arg) == 0)
            return sym_one;
        if (sym_is_one(arg))
            return sym_e;
        if (arg->kind == SYM_INFINITY)
            return sym_oo;
        if (arg->kind == SYM_NEG_INFINITY)
            return sym_zero;
        return NULL;
    }
    if (arg->kind == SYM_COMPLEX_INFINITY)
        return sym_nan;
    if (sym_is_fn(arg, SYM_FN_LOG))
        return arg->args[0];
    if (arg->kind == SYM_MUL) {
        Sym *c = coefficient_of(arg, sym_mul(sym_pi, sym_i));
        if (!c) {
            Sym *ci = coefficient_of(arg, sym_i);
            c = ci ? coefficient_of(ci, sym_pi) : NULL;
        }
        /* exp(c*pi*I) for c a (possibly symbolic) multiple of 1/2 of known parity */
        if (c && sym_is(sym_mul(sym_two, c), SYM_F_INTEGER)) {
            Sym *h = sym_add(c, sym_half);
            if (sym_is(c, SYM_F_EVEN))
                return sym_one;
            if (sym_is(c, SYM_F_ODD))
                return sym_neg_one;
            if (sym_is(h, SYM_F_EVEN))
                return sym_neg(sym_i);
            if (sym_is(h, SYM_F_ODD))
                return sym_i;
        }
        if (c && sym_is_rational(c)) {
            Sym *nc = rat_mod(c, sym_two);
            if (sym_num_cmp(nc, sym_one) > 0)
                nc = sym_sub(nc, sym_two);
            if (!sym_eq(nc, c))
                return sym_fn1(SYM_FN_EXP, sym_mul(nc, sym_mul(sym_pi, sym_i)));
        }
        Sym *co, *terms;
        sym_as_coeff_mul(arg, false, &co, &terms);
        if (co->kind == SYM_INFINITY || co->kind == SYM_NEG_INFINITY)
            return NULL;
        Sym *log_term = NULL;
        SymVec coeffs = {0};
        sym_vec_push(&coeffs, co);
        Sym *const *f;
        size_t nf = sym_mul_args(&terms, &f);
        for (size_t i = 0; i < nf; i++) {
            if (sym_is_fn(f[i], SYM_FN_LOG)) {
                if (log_term)
                    return NULL;
                log_term = f[i]->args[0];
            } else if (sym_is_number(f[i]) && sym_is(f[i], SYM_F_EXTENDED_REAL)) {
                sym_vec_push(&coeffs, f[i]);
            } else {
                return NULL;
            }
        }
        return log_term ? sym_pow(log_term, sym_mul_n(coeffs.n, coeffs.v)) : NULL;
    }
    if (arg->kind == SYM_ADD) {
        SymVec out = {0}, add = {0};
        bool changed = false;
        for (uint32_t i = 0; i < arg->n; i++) {
            Sym *a = arg->args[i];
            if (sym_is_one(a)) {
                sym_vec_push(&add, a);
                continue;
            }
            Sym *na = sym_fn1(SYM_FN_EXP, a);
            if (sym_is_fn(na, SYM_FN_EXP)) {
                if (!sym_eq(na->args[0], a))
                    changed = true;
                sym_vec_push(&add, na->args[0]);
            } else {
                sym_vec_push(&out, na);
            }
        }
        if (out.n || changed)
            return sym_mul(sym_mul_n(out.n, out.v), raw1(SYM_FN_EXP, sym_add_n(add.n, add.v)));
    }
    return NULL;
}

/* How many times the integer b divides the rational a (negative when it divides the
 * denominator); 0 when neither. */
static long multiplicity(Sym *b, Sym *a)
{
    if (b->kind != SYM_INTEGER || fmpz_cmp_si(b->v.z, 2) < 0 || !sym_is_rational(a) ||
        sym_num_sign(a) == 0)
        return 0;
    fmpq_t q;
    fmpq_init(q);
    sym_get_fmpq(q, a);
    fmpz_t t;
    fmpz_init(t);
    fmpz_abs(t, fmpq_numref(q));
    long n = (long)fmpz_remove(t, t, b->v.z);
    if (n == 0) {
        fmpz_set(t, fmpq_denref(q));
        n = -(long)fmpz_remove(t, t, b->v.z);
    }
    fmpz_clear(t);
    fmpq_clear(q);
    return n;
}

static Sym *log_eval(Sym *arg)
{
    if (sym_is_num(arg)) {
        if (arg->kind == SYM_NAN)
            return sym_nan;
        if (sym_num_sign(arg) == 0 && arg->kind != SYM_FLOAT)
            return sym_zoo;
        if (sym_is_one(arg))
            return sym_zero;
        if (arg->kind == SYM_INFINITY || arg->kind == SYM_NEG_INFINITY)
            return sym_oo;
        if (arg->kind == SYM_RATIONAL && fmpz_is_one(fmpq_numref(arg->v.q)))
            return sym_neg(sym_fn1(SYM_FN_LOG, sym_int_fmpz(fmpq_denref(arg->v.q))));
    }
    if (arg->kind == SYM_POW && arg->args[0]->kind == SYM_E && sym_is(arg->args[1], SYM_F_EXTENDED_REAL))
        return arg->args[1];
    if (sym_is_fn(arg, SYM_FN_EXP) && sym_is(arg->args[0], SYM_F_EXTENDED_REAL))
        return arg->args[0];
    if (sym_is_fn(arg, SYM_FN_EXP) && sym_is_number(arg->args[0])) {
        /* log(exp(a + b*I)) = a + c*I with c = b reduced into (-pi, pi] */
        Sym *r, *i;
        sym_as_real_imag(arg->args[0], &r, &i);
        if (!sym_is_zero_num(i) && sym_is(i, SYM_F_EXTENDED_REAL) && !sym_has(i, sym_i)) {
            Sym *two_pi = sym_mul(sym_two, sym_pi);
            Sym *k = sym_fn1(SYM_FN_FLOOR, sym_div(i, two_pi));
            if (k->kind == SYM_INTEGER) {
                i = sym_sub(i, sym_mul(k, two_pi));
                if (sym_is(sym_sub(i, sym_pi), SYM_F_POSITIVE))
                    i = sym_sub(i, two_pi);
                return sym_add(r, sym_expand_mul(sym_mul(i, sym_i)));
            }
        }
    }
    if (sym_is_number(arg)) {
        if (sym_is(arg, SYM_F_NEGATIVE))
            return sym_add(sym_mul(sym_pi, sym_i), sym_fn1(SYM_FN_LOG, sym_neg(arg)));
        if (arg->kind == SYM_COMPLEX_INFINITY)
            return sym_zoo;
        if (arg->kind == SYM_E)
            return sym_one;
    }
    if (sym_is(arg, SYM_F_ZERO))
        return sym_zoo;
    if (arg->kind != SYM_ADD) {
        Sym *c = coefficient_of(arg, sym_i);
        if (c && !sym_has(c, sym_i)) {
            if (c->kind == SYM_INFINITY || c->kind == SYM_NEG_INFINITY)
                return sym_oo;
            if (sym_is_rational(c)) {
                Sym *half_pi_i = sym_mul(sym_mul(sym_pi, sym_i), sym_half);
                if (sym_num_sign(c) >= 0)
                    return sym_add(half_pi_i, sym_fn1(SYM_FN_LOG, c));
                return sym_add(sym_neg(half_pi_i), sym_fn1(SYM_FN_LOG, sym_neg(c)));
            }
        }
    }
    return NULL;
}

static Sym *log2_eval(Sym *arg, Sym *base)
{
    if (sym_is_one(base))
        return sym_is_one(arg) ? sym_nan : sym_zoo;
    long n = multiplicity(base, arg);
    if (n) {
        Sym *rest = sym_div(arg, sym_pow(base, sym_int(n)));
        return sym_add(sym_int(n), sym_div(sym_fn1(SYM_FN_LOG, rest), sym_fn1(SYM_FN_LOG, base)));
    }
    if (base->kind == SYM_E)
        return sym_fn1(SYM_FN_LOG, arg);
    return sym_div(sym_fn1(SYM_FN_LOG, arg), sym_fn1(SYM_FN_LOG, base));
}

/* ---- trigonometry -------------------------------------------------------------------------- */

static Sym *cos_of(Sym *x) { return sym_fn1(SYM_FN_COS, x); }
static Sym *sin_of(Sym *x) { return sym_fn1(SYM_FN_SIN, x); }

/* cos(p*pi/q) through the denominators sympy knows in radicals. */
static Sym *cos_rational(Sym *pc)
{
    static const struct { int q, a, b; } table2[] = {
        {12, 3, 4}, {20, 4, 5}, {30, 5, 6}, {15, 6, 10}, {24, 6, 8}, {40, 8, 10},
        {60, 20, 30}, {120, 40, 60},
    };
    /* Denominators beyond a machine word's reach have no table entry (and would overflow 2q). */
    if (pc->kind != SYM_INTEGER && fmpz_bits(fmpq_denref(pc->v.q)) > 30)
        return NULL;
    fmpz_t p2q, p;
    fmpz_init(p2q);
    fmpz_init(p);
    const fmpz *num = pc->kind == SYM_INTEGER ? pc->v.z : fmpq_numref(pc->v.q);
    long q = pc->kind == SYM_INTEGER ? 1 : fmpz_get_si(fmpq_denref(pc->v.q));
    fmpz_set_si(p2q, 2 * q);
    fmpz_fdiv_r(p, num, p2q);
    long pl = fmpz_get_si(p);
    fmpz_clear(p2q);
    fmpz_clear(p);
    if (pl > q)
        return sym_neg(cos_of(pi_times(sym_sub(pc, sym_one))));
    if (2 * pl > q)
        return sym_neg(cos_of(pi_times(sym_sub(sym_one, pc))));
    for (size_t i = 0; i < sizeof table2 / sizeof table2[0]; i++) {
        if (table2[i].q != q)
            continue;
        Sym *a = sym_div(pi_times(sym_int(pl)), sym_int(table2[i].a));
        Sym *b = sym_div(pi_times(sym_int(pl)), sym_int(table2[i].b));
        Sym *half_pi = sym_div(sym_pi, sym_two);
        return sym_add(sym_mul(cos_of(a), cos_of(b)),
                       sym_mul(cos_of(sym_sub(half_pi, a)), cos_of(sym_sub(half_pi, b))));
    }
    if (q > 12)
        return NULL;
    if (q == 3 || q == 5) {
        /* chebyshevt(p, c) expanded, in Q(sqrt(5)) for q == 5 */
        Sym *c = q == 3 ? sym_half : sym_div(sym_add(sym_sqrt(sym_int(5)), sym_one), sym_int(4));
        Sym *t0 = sym_one, *t1 = c;
        for (long k = 1; k < pl; k++) {
            Sym *t2 = sym_expand(sym_sub(sym_mul(sym_mul(sym_two, c), t1), t0));
            t0 = t1;
            t1 = t2;
        }
        return pl == 0 ? sym_one : sym_expand(t1);
    }
    if (q % 2 == 0) {
        Sym *nval = cos_of(pi_times(sym_mul(pc, sym_two)));
        Sym *x = sym_div(sym_add(sym_mul(sym_two, pc), sym_one), sym_two);
        Sym *ax = sym_num_sign(x) < 0 ? sym_num_neg(x) : x;
        Sym *ix = sym_num_floor(ax);
        long k = fmpz_get_si(ix->v.z) * (sym_num_sign(x) < 0 ? -1 : 1);
        Sym *sign = (k % 2) ? sym_neg_one : sym_one;
        return sym_mul(sign, sym_sqrt(sym_div(sym_add(sym_one, nval), sym_two)));
    }
    return NULL;
}

/* The steps sin, cos and tan take before their tables: numbers, zoo, the sign of the argument
 * (odd or even function), an imaginary argument (to sinh, cosh, tanh). Returns true when the
 * result is decided, with *out NULL for "stays unevaluated". */
static bool trig_prologue(SymFn f, Sym *arg, Sym **out)
{
    *out = NULL;
    if (sym_is_num(arg) && (arg->kind == SYM_NAN || sym_num_sign(arg) == 0)) {
        *out = arg->kind == SYM_NAN ? sym_nan : f == SYM_FN_COS ? sym_one : sym_zero;
        return true;
    }
    if (arg->kind == SYM_INFINITY || arg->kind == SYM_NEG_INFINITY)
        return true;
    if (arg->kind == SYM_COMPLEX_INFINITY) {
        *out = sym_nan;
        return true;
    }
    if (sym_could_extract_minus_sign(arg)) {
        Sym *r = sym_fn1(f, sym_neg(arg));
        *out = f == SYM_FN_COS ? r : sym_neg(r);
        return true;
    }
    Sym *ic = imag_coeff(arg);
    if (ic) {
        SymFn h = f == SYM_FN_SIN ? SYM_FN_SINH : f == SYM_FN_COS ? SYM_FN_COSH : SYM_FN_TANH;
        Sym *r = sym_fn1(h, ic);
        *out = f == SYM_FN_COS ? r : sym_mul(sym_i, r);
        return true;
    }
    return false;
}

/* f(g(x)) for a trigonometric f and an inverse trigonometric g: sin(acos(x)) = sqrt(1 - x**2). */
static Sym *trig_of_inverse(SymFn f, Sym *arg)
{
    if (arg->kind != SYM_FN || arg->n != 1)
        return NULL;
    Sym *x = arg->args[0];
    Sym *root1m = sym_sqrt(sym_sub(sym_one, sym_pow_si(x, 2)));   /* sqrt(1 - x**2) */
    Sym *root1p = sym_sqrt(sym_add(sym_one, sym_pow_si(x, 2)));   /* sqrt(1 + x**2) */
    switch (f * 64 + arg->op) {
    case SYM_FN_SIN * 64 + SYM_FN_ASIN: return x;
    case SYM_FN_SIN * 64 + SYM_FN_ATAN: return sym_div(x, root1p);
    case SYM_FN_SIN * 64 + SYM_FN_ACOS: return root1m;
    case SYM_FN_SIN * 64 + SYM_FN_ACSC: return sym_div(sym_one, x);
    case SYM_FN_COS * 64 + SYM_FN_ACOS: return x;
    case SYM_FN_COS * 64 + SYM_FN_ATAN: return sym_div(sym_one, root1p);
    case SYM_FN_COS * 64 + SYM_FN_ASIN: return root1m;
    case SYM_FN_COS * 64 + SYM_FN_ASEC: return sym_div(sym_one, x);
    case SYM_FN_TAN * 64 + SYM_FN_ATAN: return x;
    case SYM_FN_TAN * 64 + SYM_FN_ASIN: return sym_div(x, root1m);
    case SYM_FN_TAN * 64 + SYM_FN_ACOS: return sym_div(root1m, x);
    case SYM_FN_TAN * 64 + SYM_FN_ACOT: return sym_div(sym_one, x);
    default: return NULL;
    }
}

/* f(x + m*pi) for the multiple m of pi/2 that peeloff_pi finds, through the addition formulas. */
static Sym *trig_shift(SymFn f, Sym *arg)
{
    if (arg->kind != SYM_ADD)
        return NULL;
    Sym *x, *m = peeloff_pi(arg, &x);
    if (sym_is_zero_num(m))
        return NULL;
    m = pi_times(m);
    if (f == SYM_FN_SIN)
        return sym_add(sym_mul(sin_of(m), cos_of(x)), sym_mul(cos_of(m), sin_of(x)));
    if (f == SYM_FN_COS)
        return sym_sub(sym_mul(cos_of(m), cos_of(x)), sym_mul(sin_of(m), sin_of(x)));
    /* tan and cot: sympy tests only whether f(m) is zoo; an unevaluated f(m) counts as 0 */
    bool pole = sym_fn1(f, m)->kind == SYM_COMPLEX_INFINITY;
    if (f == SYM_FN_TAN)
        return pole ? sym_neg(sym_fn1(SYM_FN_COT, x)) : sym_fn1(SYM_FN_TAN, x);
    return pole ? sym_fn1(SYM_FN_COT, x) : sym_neg(sym_fn1(SYM_FN_TAN, x));
}

static Sym *cos_eval(Sym *arg)
{
    Sym *r;
    if (trig_prologue(SYM_FN_COS, arg, &r))
        return r;
    Sym *pc = pi_coeff(arg);
    if (pc) {
        if (is_int_sym(pc))
            return sym_pow(sym_neg_one, pc);
        if (is_int_sym(sym_mul(sym_two, pc)))
            return sym_zero;
        if (!sym_is_rational(pc)) {
            Sym *narg = pi_times(pc);
            return sym_eq(narg, arg) ? NULL : cos_of(narg);
        }
        return cos_rational(pc);
    }
    r = trig_shift(SYM_FN_COS, arg);
    return r ? r : trig_of_inverse(SYM_FN_COS, arg);
}

static Sym *sin_eval(Sym *arg)
{
    Sym *r;
    if (trig_prologue(SYM_FN_SIN, arg, &r))
        return r;
    Sym *pc = pi_coeff(arg);
    if (pc) {
        if (is_int_sym(pc))
            return sym_zero;
        Sym *two_pc = sym_mul(sym_two, pc);
        if (is_int_sym(two_pc) && sym_is_not(pc, SYM_F_EVEN))
            return sym_pow(sym_neg_one, sym_sub(pc, sym_half));
        if (!sym_is_rational(pc)) {
            Sym *narg = pi_times(pc);
            return sym_eq(narg, arg) ? NULL : sin_of(narg);
        }
        Sym *x = rat_mod(pc, sym_two);
        if (sym_num_cmp(x, sym_one) > 0)
            return sym_neg(sin_of(pi_times(rat_mod(x, sym_one))));
        if (sym_num_cmp(sym_mul(sym_two, x), sym_one) > 0)
            return sin_of(pi_times(sym_sub(sym_one, x)));
        Sym *narg = pi_times(rat_mod(sym_add(pc, rat(3, 2)), sym_two));
        r = cos_of(narg);
        if (!sym_is_fn(r, SYM_FN_COS))
            return r;
        Sym *p = pi_times(pc);
        return sym_eq(p, arg) ? NULL : sin_of(p);
    }
    r = trig_shift(SYM_FN_SIN, arg);
    return r ? r : trig_of_inverse(SYM_FN_SIN, arg);
}

static Sym *tan_eval(Sym *arg)
{
    Sym *r;
    if (trig_prologue(SYM_FN_TAN, arg, &r))
        return r;
    Sym *pc = pi_coeff(arg);
    if (pc) {
        if (is_int_sym(pc))
            return sym_zero;
        if (!sym_is_rational(pc)) {
            Sym *narg = pi_times(pc);
            return sym_eq(narg, arg) ? NULL : sym_fn1(SYM_FN_TAN, narg);
        }
        long q = pc->kind == SYM_INTEGER ? 1 : fmpz_get_si(fmpq_denref(pc->v.q));
        fmpz_t pz;
        fmpz_init(pz);
        fmpz_fdiv_r(pz, pc->kind == SYM_INTEGER ? pc->v.z : fmpq_numref(pc->v.q),
                    pc->kind == SYM_INTEGER ? sym_one->v.z : fmpq_denref(pc->v.q));
        long p = fmpz_get_si(pz);
        fmpz_clear(pz);
        if (q == 5 || q == 10) {
            long n = 10 * p / q;
            bool neg = n > 5;
            if (neg)
                n = 10 - n;
            Sym *s5 = sym_sqrt(sym_int(5)), *v;
            switch (n) {
            case 1: v = sym_sqrt(sym_sub(sym_one, sym_div(sym_mul(sym_two, s5), sym_int(5)))); break;
            case 2: v = sym_sqrt(sym_sub(sym_int(5), sym_mul(sym_two, s5))); break;
            case 3: v = sym_sqrt(sym_add(sym_one, sym_div(sym_mul(sym_two, s5), sym_int(5)))); break;
            default: v = sym_sqrt(sym_add(sym_int(5), sym_mul(sym_two, s5))); break;
            }
            return neg ? sym_neg(v) : v;
        }
        if (q % 2 == 0) {
            Sym *narg = pi_times(sym_mul(pc, sym_two));
            Sym *c = cos_of(narg), *s = cos_of(sym_sub(narg, sym_div(sym_pi, sym_two)));
            if (!sym_is_fn(c, SYM_FN_COS) && !sym_is_fn(s, SYM_FN_COS)) {
                if (sym_is_zero_num(s))
                    return sym_zoo;
                return sym_sub(sym_div(sym_one, s), sym_div(c, s));
            }
        }
        static const struct { int q, a, b; } table2[] = {
            {12, 3, 4}, {20, 4, 5}, {30, 5, 6}, {15, 6, 10}, {24, 6, 8}, {40, 8, 10},
            {60, 20, 30}, {120, 40, 60},
        };
        for (size_t i = 0; i < sizeof table2 / sizeof table2[0]; i++) {
            if (table2[i].q != q)
                continue;
            Sym *va = sym_fn1(SYM_FN_TAN, sym_div(pi_times(sym_int(p)), sym_int(table2[i].a)));
            Sym *vb = sym_fn1(SYM_FN_TAN, sym_div(pi_times(sym_int(p)), sym_int(table2[i].b)));
            return sym_div(sym_sub(va, vb), sym_add(sym_one, sym_mul(va, vb)));
        }
        Sym *narg = pi_times(sym_sub(rat_mod(sym_add(pc, sym_half), sym_one), sym_half));
        Sym *c = cos_of(narg), *s = cos_of(sym_sub(narg, sym_div(sym_pi, sym_two)));
        if (!sym_is_fn(c, SYM_FN_COS) && !sym_is_fn(s, SYM_FN_COS)) {
            if (sym_is_zero_num(c))
                return sym_zoo;
            return sym_div(s, c);
        }
        return sym_eq(narg, arg) ? NULL : sym_fn1(SYM_FN_TAN, narg);
    }
    r = trig_shift(SYM_FN_TAN, arg);
    return r ? r : trig_of_inverse(SYM_FN_TAN, arg);
}

/* cot, sec and csc: the reciprocal of tan, cos and sin where those evaluate. */
static Sym *recip_eval(SymFn f, Sym *arg)
{
    SymFn g = f == SYM_FN_COT ? SYM_FN_TAN : f == SYM_FN_SEC ? SYM_FN_COS : SYM_FN_SIN;
    if (sym_is_num(arg) && sym_num_sign(arg) == 0)
        return f == SYM_FN_SEC ? sym_one : sym_zoo;
    if (arg->kind == SYM_COMPLEX_INFINITY || arg->kind == SYM_NAN)
        return sym_nan;
    if (sym_could_extract_minus_sign(arg)) {
        Sym *r = sym_fn1(f, sym_neg(arg));
        return f == SYM_FN_SEC ? r : sym_neg(r);
    }
    if (f == SYM_FN_COT) {
        Sym *pc = pi_coeff(arg);
        if (pc && sym_is_rational(pc)) {
            Sym *two_pc = sym_mul(sym_two, pc);
            if (two_pc->kind == SYM_INTEGER && !is_int_sym(pc))
                return sym_zero;
        }
    }
    if (f == SYM_FN_COT) {
        Sym *c = imag_coeff(arg);
        if (c)
            return sym_mul(sym_neg(sym_i), sym_fn1(SYM_FN_COTH, c));
        Sym *r = trig_shift(f, arg);
        if (r)
            return r;
    }
    Sym *v = sym_fn1(g, arg);
    if (sym_is_fn(v, g) && sym_eq(v->args[0], arg))
        return NULL;
    if (sym_is_zero_num(v))
        return sym_zoo;
    /* a shifted angle: +-h(y) gives +-1/h(y) written with h's reciprocal, as sympy writes it */
    Sym *c, *h;
    sym_as_coeff_mul(v, true, &c, &h);
    if ((sym_is_one(c) || sym_eq(c, sym_neg_one)) && h->kind == SYM_FN && h->op >= SYM_FN_SIN && h->op <= SYM_FN_COT) {
        static const SymFn recip[] = {SYM_FN_CSC, SYM_FN_SEC, SYM_FN_COT, SYM_FN_TAN};
        return sym_mul(c, sym_fn1(recip[h->op - SYM_FN_SIN], h->args[0]));
    }
    if (v->kind == SYM_FN && !(v->op >= SYM_FN_SINH && v->op <= SYM_FN_COTH))
        return NULL;
    return sym_div(sym_one, v);   /* sec(I*x) is 1/cosh(x) */
}

/* asin, acos, atan, acot at the special values. */
static Sym *inverse_trig_eval(SymFn f, Sym *x)
{
    if (x->kind == SYM_NAN)
        return sym_nan;
    if (f == SYM_FN_ATAN || f == SYM_FN_ACOT) {
        if (x->kind == SYM_INFINITY)
            return f == SYM_FN_ATAN ? sym_div(sym_pi, sym_two) : sym_zero;
        if (x->kind == SYM_NEG_INFINITY)
            return f == SYM_FN_ATAN ? sym_div(sym_neg(sym_pi), sym_two) : sym_zero;
    }
    if (f == SYM_FN_ACOS) {
        if (!sym_is_number(x))
            return NULL;
        Sym *a = inverse_trig_eval(SYM_FN_ASIN, x), *c, *h;
        if (!a)
            return NULL;
        /* only a tabulated value: acos(-1/3) stays as it is */
        sym_as_coeff_mul(a, true, &c, &h);
        if (sym_is_fn(h, SYM_FN_ASIN))
            return NULL;
        return sym_sub(sym_div(sym_pi, sym_two), a);
    }
    if (f == SYM_FN_ACOT) {
        if (sym_is_zero_num(x))
            return sym_div(sym_pi, sym_two);
        if (sym_could_extract_minus_sign(x))
            return sym_neg(sym_fn1(f, sym_neg(x)));
        Sym *a = inverse_trig_eval(SYM_FN_ATAN, sym_div(sym_one, x));
        return a && !sym_is_fn(a, SYM_FN_ATAN) ? a : NULL;
    }
    if (sym_could_extract_minus_sign(x))
        return sym_neg(sym_fn1(f, sym_neg(x)));
    if (sym_is_zero_num(x))
        return sym_zero;
    if (f == SYM_FN_ATAN && (x->kind == SYM_I))
        return sym_mul(sym_i, sym_oo);
    Sym *ic = imag_coeff(x);
    if (ic && (x->kind != SYM_I || f == SYM_FN_ASIN))   /* asin(I*y) = I*asinh(y), atan(I*y) = I*atanh(y) */
        return sym_mul(sym_i, sym_fn1(f == SYM_FN_ASIN ? SYM_FN_ASINH : SYM_FN_ATANH, ic));
    /* value -> multiple of pi, for the values sympy tabulates */
    struct { Sym *v; Sym *m; } tab[12];
    size_t n = 0;
    if (f == SYM_FN_ASIN) {
        tab[n].v = sym_one; tab[n++].m = sym_half;
        tab[n].v = sym_half; tab[n++].m = rat(1, 6);
        tab[n].v = sym_div(sym_sqrt(sym_two), sym_two); tab[n++].m = rat(1, 4);
        tab[n].v = sym_div(sym_sqrt(sym_int(3)), sym_two); tab[n++].m = rat(1, 3);
        tab[n].v = sym_div(sym_sub(sym_sqrt(sym_int(6)), sym_sqrt(sym_two)), sym_int(4));
        tab[n++].m = rat(1, 12);
        tab[n].v = sym_div(sym_add(sym_sqrt(sym_int(6)), sym_sqrt(sym_two)), sym_int(4));
        tab[n++].m = rat(5, 12);
        Sym *r5 = sym_sqrt(sym_int(5)), *r2 = sym_sqrt(sym_two);
        tab[n].v = sym_div(sym_sub(r5, sym_one), sym_int(4)); tab[n++].m = rat(1, 10);
        tab[n].v = sym_div(sym_add(r5, sym_one), sym_int(4)); tab[n++].m = rat(3, 10);
        tab[n].v = sym_sqrt(sym_sub(rat(5, 8), sym_div(r5, sym_int(8)))); tab[n++].m = rat(1, 5);
        tab[n].v = sym_sqrt(sym_add(rat(5, 8), sym_div(r5, sym_int(8)))); tab[n++].m = rat(2, 5);
        tab[n].v = sym_div(sym_sqrt(sym_sub(sym_two, r2)), sym_two); tab[n++].m = rat(1, 8);
        tab[n].v = sym_div(sym_sqrt(sym_add(sym_two, r2)), sym_two); tab[n++].m = rat(3, 8);
    } else {
        tab[n].v = sym_one; tab[n++].m = rat(1, 4);
        tab[n].v = sym_sqrt(sym_int(3)); tab[n++].m = rat(1, 3);
        tab[n].v = sym_div(sym_sqrt(sym_int(3)), sym_int(3)); tab[n++].m = rat(1, 6);
        tab[n].v = sym_sub(sym_two, sym_sqrt(sym_int(3))); tab[n++].m = rat(1, 12);
        tab[n].v = sym_add(sym_two, sym_sqrt(sym_int(3))); tab[n++].m = rat(5, 12);
        tab[n].v = sym_sub(sym_sqrt(sym_two), sym_one); tab[n++].m = rat(1, 8);
        tab[n].v = sym_add(sym_sqrt(sym_two), sym_one); tab[n++].m = rat(3, 8);
    }
    Sym *negx = sym_neg(x);   /* sympy looks -x up too: atan(1 - sqrt(2)) = -pi/8 */
    for (size_t i = 0; i < n; i++) {
        if (sym_eq(tab[i].v, x))
            return pi_times(tab[i].m);
        if (sym_eq(tab[i].v, negx))
            return sym_neg(pi_times(tab[i].m));
    }
    return NULL;
}

/* ---- hyperbolic ---------------------------------------------------------------------------- */

static Sym *hyperbolic_eval(SymFn f, Sym *x)
{
    if (x->kind == SYM_NAN)
        return sym_nan;
    if (sym_is_num(x) && sym_num_sign(x) == 0) {
        switch (f) {
        case SYM_FN_COSH: return sym_one;
        case SYM_FN_COTH: return sym_zoo;
        case SYM_FN_ACOSH: return sym_mul(sym_mul(sym_i, sym_pi), sym_half);
        default: return sym_zero;
        }
    }
    if (f == SYM_FN_ACOSH && sym_is_one(x))
        return sym_zero;
    if (f == SYM_FN_ASINH && sym_is_one(x))
        return sym_fn1(SYM_FN_LOG, sym_add(sym_one, sym_sqrt(sym_two)));
    if (x->kind == SYM_INFINITY || x->kind == SYM_NEG_INFINITY) {
        int s = x->kind == SYM_INFINITY ? 1 : -1;
        switch (f) {
        case SYM_FN_SINH: case SYM_FN_ASINH: return s > 0 ? sym_oo : sym_neg_oo;
        case SYM_FN_COSH: return sym_oo;
        case SYM_FN_TANH: case SYM_FN_COTH: return sym_int(s);
        default: return NULL;
        }
    }
    if (sym_could_extract_minus_sign(x)) {
        if (f == SYM_FN_COSH)
            return sym_fn1(f, sym_neg(x));
        if (f == SYM_FN_ACOSH)
            return NULL;
        return sym_neg(sym_fn1(f, sym_neg(x)));
    }
    Sym *ic = imag_coeff(x);
    if (ic) {
        switch (f) {
        case SYM_FN_SINH: return sym_mul(sym_i, sin_of(ic));
        case SYM_FN_COSH: return cos_of(ic);
        case SYM_FN_TANH: return sym_mul(sym_i, sym_fn1(SYM_FN_TAN, ic));
        case SYM_FN_COTH: return sym_mul(sym_neg(sym_i), sym_fn1(SYM_FN_COT, ic));
        default: return NULL;
        }
    }
    return NULL;
}

/* ---- complex parts ------------------------------------------------------------------------- */

static bool is_zero_part(Sym *v) { return sym_is_zero_num(v) || sym_is(v, SYM_F_ZERO); }

/* sympy's Pow.as_real_imag for an integer exponent n of a base a + b*I (b != 0): with numeric
 * a and b the power multiplied out; otherwise the binomial sum, the even powers of b*I real and
 * the odd ones imaginary. A negative n works on the inverse (a - b*I)/(a**2 + b**2). */
static void pow_real_imag(Sym *e, Sym **re, Sym **im)
{
    Sym *a, *b;
    sym_as_real_imag(e->args[0], &a, &b);
    long n = fmpz_get_si(e->args[1]->v.z);
    if (is_zero_part(b) || n == 0) {
        *re = e;
        *im = sym_zero;
        return;
    }
    if (n < 0) {
        Sym *mag = sym_add(sym_pow_si(a, 2), sym_pow_si(b, 2));
        a = sym_div(a, mag);
        b = sym_neg(sym_div(b, mag));
        n = -n;
    }
    if (sym_is_num(a) && sym_is_num(b)) {
        Sym *x = sym_expand(sym_pow_si(sym_add(a, sym_mul(b, sym_i)), n));
        if (!sym_eq(x, e)) {
            sym_as_real_imag(x, re, im);
            return;
        }
    }
    SymVec rs = {0}, is = {0};
    fmpz_t c;
    fmpz_init(c);
    for (long k = 0; k <= n; k++) {
        fmpz_bin_uiui(c, (ulong)n, (ulong)k);
        Sym *t = sym_mul(sym_mul(sym_int_fmpz(c), sym_pow_si(a, n - k)), sym_pow_si(b, k));
        if (k % 2 == 0)
            sym_vec_push(&rs, k % 4 == 0 ? t : sym_neg(t));
        else
            sym_vec_push(&is, k % 4 == 1 ? t : sym_neg(t));
    }
    fmpz_clear(c);
    *re = sym_add_n(rs.n, rs.v);
    *im = sym_add_n(is.n, is.v);
}

/* sympy's Mul.as_real_imag: real factors and imaginary ones (times I) are gathered, a factor
 * whose conjugate is already among the others makes |x|**2, sums are multiplied out last; the
 * rest m gives re(m) and im(m), and an odd number of imaginary factors turns the pair. */
static void mul_real_imag(Sym *e, Sym **re, Sym **im)
{
    SymVec other = {0}, coeff = {0};
    size_t ncoeffi = 0;
    Sym *addterms = sym_one, *first_imag = NULL;
    for (uint32_t k = 0; k < e->n; k++) {
        Sym *f = e->args[k], *r, *i;
        sym_as_real_imag(f, &r, &i);
        if (is_zero_part(i)) {
            sym_vec_push(&coeff, r);
            continue;
        }
        if (is_zero_part(r)) {
            Sym *c = sym_mul(i, sym_i);
            if (!ncoeffi++)
                first_imag = c;
            else
                sym_vec_push(&coeff, c);
            continue;
        }
        Sym *conj = other.n ? sym_fn1(SYM_FN_CONJUGATE, f) : NULL;
        size_t at = other.n;
        for (size_t m = 0; conj && m < other.n; m++)
            if (sym_eq(other.v[m], conj))
                at = m;
        if (at < other.n) {
            sym_vec_push(&coeff, sym_pow_si(sym_fn1(SYM_FN_ABS, other.v[at]), 2));
            other.v[at] = other.v[--other.n];
        } else if (f->kind == SYM_ADD) {
            addterms = sym_mul(addterms, f);
        } else {
            sym_vec_push(&other, f);
        }
    }
    Sym *m = sym_mul_n(other.n, other.v);
    if (other.n == e->n) {   /* nothing to take out: re(e) and im(e) stay (sympy's ignore=) */
        *re = raw1(SYM_FN_RE, e);
        *im = raw1(SYM_FN_IM, e);
        return;
    }
    Sym *imco = sym_zero;
    if (ncoeffi % 2)
        imco = sym_fn1(SYM_FN_IM, first_imag);
    else if (first_imag)
        sym_vec_push(&coeff, first_imag);
    Sym *reco = sym_mul_n(coeff.n, coeff.v);
    Sym *r = sym_mul(reco, sym_fn1(SYM_FN_RE, m)), *i = sym_mul(reco, sym_fn1(SYM_FN_IM, m));
    if (sym_is_one(addterms)) {
        if (sym_is_one(m)) {
            *re = sym_is_zero_num(imco) ? reco : sym_zero;
            *im = sym_is_zero_num(imco) ? sym_zero : sym_mul(reco, imco);
        } else if (sym_is_zero_num(imco)) {
            *re = r;
            *im = i;
        } else {
            *re = sym_mul(sym_neg(imco), i);
            *im = sym_mul(imco, r);
        }
        return;
    }
    Sym *ar, *ai;
    sym_as_real_imag(sym_expand_mul(addterms), &ar, &ai);
    if (!sym_is_zero_num(imco)) {
        Sym *r2 = sym_mul(sym_neg(imco), i);
        i = sym_mul(imco, r);
        r = r2;
    }
    *re = sym_sub(sym_mul(r, ar), sym_mul(i, ai));
    *im = sym_add(sym_mul(i, ar), sym_mul(r, ai));
}

void sym_as_real_imag(Sym *e, Sym **re, Sym **im)
{
    budget_tick();
    if (e->kind == SYM_POW && e->args[1]->kind == SYM_INTEGER && fmpz_bits(e->args[1]->v.z) <= 6) {
        pow_real_imag(e, re, im);
        return;
    }
    if (sym_is(e, SYM_F_EXTENDED_REAL)) {
        *re = e;
        *im = sym_zero;
        return;
    }
    if (e->kind == SYM_I) {
        *re = sym_zero;
        *im = sym_one;
        return;
    }
    if (e->kind == SYM_ADD) {
        SymVec r = {0}, i = {0};
        for (uint32_t k = 0; k < e->n; k++) {
            Sym *a, *b;
            sym_as_real_imag(e->args[k], &a, &b);
            sym_vec_push(&r, a);
            sym_vec_push(&i, b);
        }
        *re = sym_add_n(r.n, r.v);
        *im = sym_add_n(i.n, i.v);
        return;
    }
    if (e->kind == SYM_MUL) {
        mul_real_imag(e, re, im);
        return;
    }
    if (sym_is(e, SYM_F_IMAGINARY)) {
        *re = sym_zero;
        *im = sym_expand_mul(sym_mul(sym_neg(sym_i), e));
        return;
    }
    if ((sym_is_fn(e, SYM_FN_SIN) || sym_is_fn(e, SYM_FN_COS)) && e->n == 1) {
        /* sin(a + b*I) = sin(a)*cosh(b) + I*cos(a)*sinh(b), cos likewise with -sin(a)*sinh(b) */
        Sym *a, *b;
        sym_as_real_imag(e->args[0], &a, &b);
        if (!sym_has(a, sym_i) && !sym_has(b, sym_i) && !sym_is_zero_num(b)) {
            bool sin = e->op == SYM_FN_SIN;
            *re = sym_mul(sym_fn1(e->op, a), sym_fn1(SYM_FN_COSH, b));
            *im = sym_mul(sin ? sym_fn1(SYM_FN_COS, a) : sym_neg(sym_fn1(SYM_FN_SIN, a)), sym_fn1(SYM_FN_SINH, b));
            return;
        }
    }
    if (sym_is_fn(e, SYM_FN_EXP)) {   /* exp(a + b*I) = exp(a)*(cos(b) + I*sin(b)) */
        Sym *a, *b;
        sym_as_real_imag(e->args[0], &a, &b);
        if (!sym_has(a, sym_i) && !sym_has(b, sym_i) && !sym_is_zero_num(b)) {
            Sym *m = sym_fn1(SYM_FN_EXP, sym_expand(a));
            *re = sym_mul(m, sym_fn1(SYM_FN_COS, sym_expand(b)));
            *im = sym_mul(m, sym_fn1(SYM_FN_SIN, sym_expand(b)));
            return;
        }
    }
    if (e->kind == SYM_POW && sym_is_rational(e->args[0]) && sym_num_sign(e->args[0]) < 0 &&
        sym_is_rational(e->args[1])) {
        /* the principal root: |b|**x * (cos(pi*x) + I*sin(pi*x)) */
        Sym *r = sym_pow(sym_num_neg(e->args[0]), e->args[1]);
        Sym *theta = sym_mul(e->args[1], sym_pi);
        *re = sym_mul(r, sym_fn1(SYM_FN_COS, theta));
        *im = sym_mul(r, sym_fn1(SYM_FN_SIN, theta));
        return;
    }
    if (e->kind == SYM_POW && sym_is_rational(e->args[1]) && sym_is_number(e->args[0])) {
        /* a root of a number: sqrt of a negative one is I*sqrt(-b); otherwise the polar form
         * |b|**x * (cos(x*arg(b)) + I*sin(x*arg(b))), as sympy's Pow.as_real_imag */
        Sym *a, *b;
        sym_as_real_imag(e->args[0], &a, &b);
        if (sym_is_zero_num(b) && sym_eq(e->args[1], sym_half) && sym_is(a, SYM_F_EXTENDED_NONPOSITIVE)) {
            *re = sym_zero;
            *im = sym_sqrt(sym_neg(e->args[0]));
            return;
        }
        if (!sym_has(a, sym_i) && !sym_has(b, sym_i)) {
            Sym *r = sym_pow(sym_sqrt(sym_add(sym_pow(a, sym_two), sym_pow(b, sym_two))), e->args[1]);
            Sym *t = sym_mul(sym_fn(SYM_FN_ATAN2, 2, (Sym *[]){b, a}), e->args[1]);
            *re = sym_mul(r, sym_fn1(SYM_FN_COS, t));
            *im = sym_mul(r, sym_fn1(SYM_FN_SIN, t));
            return;
        }
    }
    *re = raw1(SYM_FN_RE, e);
    *im = raw1(SYM_FN_IM, e);
}

Sym *sym_expand_complex(Sym *e)
{
    Sym *a, *b;
    sym_as_real_imag(e, &a, &b);
    return sym_add(a, sym_mul(sym_i, b));
}

static Sym *re_im_eval(SymFn f, Sym *x)
{
    if (x->kind == SYM_NAN)
        return sym_nan;
    if (sym_is_fn(x, SYM_FN_RE) || sym_is_fn(x, SYM_FN_IM) || sym_is(x, SYM_F_EXTENDED_REAL))
        return f == SYM_FN_RE ? x : sym_zero;
    Sym *a, *b;
    sym_as_real_imag(x, &a, &b);
    Sym *r = f == SYM_FN_RE ? a : b;
    if (sym_is_fn(r, f) && sym_eq(r->args[0], x))
        return NULL;
    return r;
}

static Sym *conjugate_eval(Sym *x)
{
    if (sym_is(x, SYM_F_EXTENDED_REAL))
        return x;
    if (x->kind == SYM_I)
        return sym_neg(sym_i);
    if (sym_is(x, SYM_F_IMAGINARY))
        return sym_neg(x);
    if (x->kind == SYM_ADD || x->kind == SYM_MUL) {
        Sym **v = gc_alloc(x->n * sizeof(Sym *));
        for (uint32_t i = 0; i < x->n; i++)
            v[i] = sym_fn1(SYM_FN_CONJUGATE, x->args[i]);
        return x->kind == SYM_ADD ? sym_add_n(x->n, v) : sym_mul_n(x->n, v);
    }
    if (x->kind == SYM_POW && sym_is(x->args[1], SYM_F_INTEGER))
        return sym_pow(sym_fn1(SYM_FN_CONJUGATE, x->args[0]), x->args[1]);
    if (sym_is_fn(x, SYM_FN_CONJUGATE))
        return x->args[0];
    /* functions without branch cuts commute with conjugation */
    static const SymFn entire[] = {
        SYM_FN_EXP, SYM_FN_SIN, SYM_FN_COS, SYM_FN_TAN, SYM_FN_COT, SYM_FN_SEC, SYM_FN_CSC,
        SYM_FN_SINH, SYM_FN_COSH, SYM_FN_TANH, SYM_FN_COTH, SYM_FN_SIGN, SYM_FN_GAMMA,
    };
    for (size_t i = 0; x->kind == SYM_FN && i < sizeof entire / sizeof entire[0]; i++)
        if (x->op == entire[i])
            return sym_fn1(entire[i], sym_fn1(SYM_FN_CONJUGATE, x->args[0]));
    return NULL;
}

/* The conjugate(...) nodes of e that are not in old. */
static void new_conjugates(Sym *e, Sym *old, SymVec *out)
{
    if (sym_is_fn(e, SYM_FN_CONJUGATE) && !sym_has(old, e)) {
        sym_vec_push(out, e);
        return;
    }
    for (uint32_t i = 0; i < e->n; i++)
        new_conjugates(e->args[i], old, out);
}

/* Free symbols of e outside Abs(...) whose realness is unknown. */
static void unknown_real_symbols(Sym *e, SymVec *out)
{
    if (sym_is_fn(e, SYM_FN_ABS))
        return;
    if ((e->kind == SYM_SYMBOL || e->kind == SYM_DUMMY) && sym_ask(e, SYM_F_EXTENDED_REAL) == SYM_MAYBE)
        sym_vec_push(out, e);
    for (uint32_t i = 0; i < e->n; i++)
        unknown_real_symbols(e->args[i], out);
}

/* sympy's last resort for Abs: sqrt(x*conjugate(x)) when the conjugate evaluates to
 * something new (Abs(x + I*y) is sqrt(x**2 + y**2) for real x, y). */
static Sym *abs_by_conjugate(Sym *x)
{
    Sym *conj = sym_fn1(SYM_FN_CONJUGATE, x);
    SymVec fresh = {0};
    new_conjugates(conj, x, &fresh);
    bool wrappers = fresh.n > 0;
    for (size_t i = 0; i < fresh.n; i++)
        wrappers = wrappers && sym_has(x, fresh.v[i]->args[0]);
    if (wrappers || sym_eq(x, conj) || sym_eq(x, sym_neg(conj)))
        return NULL;
    SymVec unk = {0};
    unknown_real_symbols(x, &unk);
    bool all_conj = unk.n > 0;
    for (size_t i = 0; i < unk.n; i++)
        all_conj = all_conj && sym_has(conj, sym_fn1(SYM_FN_CONJUGATE, unk.v[i]));
    return all_conj ? NULL : sym_sqrt(sym_expand_mul(sym_mul(x, conj)));
}

static Sym *atan2_eval(Sym *y, Sym *x)
{
    if (x->kind == SYM_NAN || y->kind == SYM_NAN)
        return sym_nan;
    if (!sym_is(x, SYM_F_EXTENDED_REAL) || !sym_is(y, SYM_F_EXTENDED_REAL))
        return NULL;
    if (sym_is(x, SYM_F_POSITIVE))
        return sym_fn1(SYM_FN_ATAN, sym_div(y, x));
    if (sym_is(x, SYM_F_NEGATIVE)) {
        if (sym_is(y, SYM_F_NEGATIVE))
            return sym_sub(sym_fn1(SYM_FN_ATAN, sym_div(y, x)), sym_pi);
        if (sym_is(y, SYM_F_NONNEGATIVE))
            return sym_add(sym_fn1(SYM_FN_ATAN, sym_div(y, x)), sym_pi);
    }
    if (sym_is(x, SYM_F_ZERO)) {
        if (sym_is(y, SYM_F_POSITIVE))
            return sym_div(sym_pi, sym_two);
        if (sym_is(y, SYM_F_NEGATIVE))
            return sym_div(sym_neg(sym_pi), sym_two);
        if (sym_is(y, SYM_F_ZERO))
            return sym_nan;
    }
    return NULL;
}

static Sym *arg_eval(Sym *x)
{
    if (sym_is(x, SYM_F_POSITIVE))
        return sym_zero;
    if (sym_is(x, SYM_F_NEGATIVE))
        return sym_pi;
    if (!sym_is_number(x))
        return NULL;
    Sym *a, *b;
    sym_as_real_imag(x, &a, &b);
    Sym *r = atan2_eval(b, a);
    if (!r || sym_has(r, sym_fn_raw(SYM_FN_ATAN2, 2, (Sym *[]){b, a})))
        return NULL;
    return r;
}

/* ---- Abs and sign -------------------------------------------------------------------------- */

static Sym *abs_eval(Sym *x)
{
    if (sym_is_num(x)) {
        if (x->kind == SYM_NAN)
            return sym_nan;
        if (x->kind == SYM_INFINITY || x->kind == SYM_NEG_INFINITY)
            return sym_oo;
        int sign = sym_num_sign(x);
        return sign < 0 ? sym_num_neg(x) : sign == 0 ? sym_zero : x;   /* Abs(0.0) is the Integer 0 */
    }
    if (x->kind == SYM_COMPLEX_INFINITY)
        return sym_oo;
    if (x->kind == SYM_ADD && sym_could_extract_minus_sign(x))
        return sym_fn1(SYM_FN_ABS, sym_neg(x));
    if (x->kind == SYM_MUL) {
        /* signsimp: sums that can give up a minus sign do (the sign itself is irrelevant) */
        Sym **v = gc_alloc(x->n * sizeof(Sym *));
        bool changed = false;
        for (uint32_t i = 0; i < x->n; i++) {
            Sym *t = x->args[i], *b = t, *p = sym_one;
            if (t->kind == SYM_POW) {
                b = t->args[0];
                p = t->args[1];
            }
            v[i] = t;
            if (b->kind == SYM_ADD && sym_could_extract_minus_sign(b) && sym_is(p, SYM_F_INTEGER)) {
                v[i] = sym_pow(sym_neg(b), p);
                changed = true;
            }
        }
        if (changed)
            return sym_fn1(SYM_FN_ABS, sym_mul_n(x->n, v));
    }
    Sym *num, *den;
    sym_numer_denom(x, &num, &den);
    if (sym_has_symbols(den) && !sym_has_symbols(num))
        return sym_div(sym_fn1(SYM_FN_ABS, num), sym_fn1(SYM_FN_ABS, den));
    if (x->kind == SYM_MUL) {
        SymVec known = {0}, unk = {0};
        for (uint32_t i = 0; i < x->n; i++) {
            Sym *t = x->args[i];
            if (t->kind == SYM_POW && sym_is(t->args[1], SYM_F_INTEGER) &&
                sym_is(t->args[1], SYM_F_NEGATIVE)) {
                Sym *b = sym_fn1(SYM_FN_ABS, t->args[0]);
                if (sym_is_fn(b, SYM_FN_ABS))
                    sym_vec_push(&unk, t);
                else
                    sym_vec_push(&known, sym_pow(b, t->args[1]));
                continue;
            }
            Sym *a = sym_fn1(SYM_FN_ABS, t);
            if (sym_is_fn(a, SYM_FN_ABS))
                sym_vec_push(&unk, t);
            else
                sym_vec_push(&known, a);
        }
        Sym *k = sym_mul_n(known.n, known.v);
        Sym *u = unk.n ? raw1(SYM_FN_ABS, sym_mul_n(unk.n, unk.v)) : sym_one;
        return sym_mul(k, u);
    }
    if (sym_is(x, SYM_F_ZERO))
        return sym_zero;
    if (sym_is(x, SYM_F_EXTENDED_NONNEGATIVE))
        return x;
    if (sym_is(x, SYM_F_EXTENDED_NONPOSITIVE))
        return sym_neg(x);
    if (sym_is(x, SYM_F_IMAGINARY)) {
        Sym *y = sym_mul(sym_neg(sym_i), x);
        if (sym_is(y, SYM_F_EXTENDED_NONNEGATIVE))
            return y;
    }
    if (x->kind == SYM_POW) {
        Sym *b = x->args[0], *e = x->args[1];
        if (sym_is(b, SYM_F_EXTENDED_REAL) && sym_is(e, SYM_F_INTEGER)) {
            if (sym_is(e, SYM_F_EVEN))
                return x;
            if (sym_is_int_value(b, -1))
                return sym_one;
            return sym_pow(sym_fn1(SYM_FN_ABS, b), e);
        }
        if (sym_is(b, SYM_F_EXTENDED_NONNEGATIVE) && sym_is(e, SYM_F_EXTENDED_REAL))
            return x;
    }
    if (sym_is_fn(x, SYM_FN_EXP))
        return sym_fn1(SYM_FN_EXP, sym_fn1(SYM_FN_RE, x->args[0]));
    if (sym_is_number(x) && sym_has(x, sym_i)) {
        Sym *a, *b;
        sym_as_real_imag(x, &a, &b);
        if (!sym_has(a, sym_i) && !sym_has(b, sym_i))
            return sym_sqrt(sym_expand(sym_add(sym_mul(a, a), sym_mul(b, b))));
    }
    return abs_by_conjugate(x);
}

static Sym *sign_eval(Sym *x)
{
    if (x->kind == SYM_NAN)
        return sym_nan;
    if (x->kind == SYM_MUL) {
        Sym *c, *rest;
        sym_as_coeff_mul(x, false, &c, &rest);
        Sym *s = sym_fn1(SYM_FN_SIGN, c);
        Sym *const *f;
        size_t nf = sym_mul_args(&rest, &f);
        SymVec unk = {0};
        for (size_t i = 0; i < nf; i++) {
            if (sym_is(f[i], SYM_F_EXTENDED_NEGATIVE))
                s = sym_neg(s);
            else if (sym_is(f[i], SYM_F_EXTENDED_POSITIVE))
                ;
            else if (f[i]->kind == SYM_I)
                s = sym_mul(s, sym_i);
            else
                sym_vec_push(&unk, f[i]);
        }
        if (sym_is_one(c) && unk.n == nf)
            return NULL;
        return sym_mul(s, unk.n ? raw1(SYM_FN_SIGN, sym_mul_raw(unk.n, unk.v)) : sym_one);
    }
    if (sym_is(x, SYM_F_ZERO))
        return sym_zero;
    if (sym_is(x, SYM_F_EXTENDED_POSITIVE))
        return sym_one;
    if (sym_is(x, SYM_F_EXTENDED_NEGATIVE))
        return sym_neg_one;
    if (x->kind == SYM_I)
        return sym_i;
    if (sym_is(x, SYM_F_IMAGINARY)) {
        Sym *y = sym_mul(sym_neg(sym_i), x);
        if (sym_is(y, SYM_F_POSITIVE))
            return sym_i;
        if (sym_is(y, SYM_F_NEGATIVE))
            return sym_neg(sym_i);
    }
    return NULL;
}

/* ---- floor, ceiling, frac ------------------------------------------------------------------ */

/* floor (up = false) or ceiling of a real number expression decided numerically, or NULL. */
static Sym *numeric_round(Sym *x, bool up)
{
    acb_t v;
    acb_init(v);
    Sym *r = NULL;
    for (slong prec = 64; prec <= 4096 && !r; prec *= 4) {
        if (!sym_eval_acb(v, x, prec) || !arb_is_zero(acb_imagref(v)))
            break;
        arb_t t;
        arb_init(t);
        if (up)
            arb_ceil(t, acb_realref(v), prec);
        else
            arb_floor(t, acb_realref(v), prec);
        fmpz_t z;
        fmpz_init(z);
        if (arb_get_unique_fmpz(z, t))
            r = sym_int_fmpz(z);
        fmpz_clear(z);
        arb_clear(t);
    }
    acb_clear(v);
    return r;
}

static Sym *round_eval(SymFn f, Sym *x)
{
    bool up = f == SYM_FN_CEILING;
    if (sym_is_not(x, SYM_F_FINITE))
        return x;
    if (sym_is_num(x))   /* before: a zero Float is an integer, but its floor is the Integer 0 */
        return x->kind == SYM_NAN ? sym_nan : up ? sym_num_ceiling(x) : sym_num_floor(x);
    if (sym_is(x, SYM_F_INTEGER))
        return x;
    if (sym_is_fn(x, SYM_FN_FLOOR) || sym_is_fn(x, SYM_FN_CEILING))
        return x;
    SymVec ipart = {0}, npart = {0}, spart = {0};
    Sym *const *t;
    size_t n = sym_add_args(&x, &t);
    for (size_t i = 0; i < n; i++) {
        if (sym_is(t[i], SYM_F_INTEGER))
            sym_vec_push(&ipart, t[i]);
        else if (sym_has_symbols(t[i]))
            sym_vec_push(&spart, t[i]);
        else
            sym_vec_push(&npart, t[i]);
    }
    Sym *ip = sym_add_n(ipart.n, ipart.v);
    if (!npart.n && !spart.n)
        return ip;
    Sym *np = sym_add_n(npart.n, npart.v), *sp = sym_add_n(spart.n, spart.v);
    if (npart.n && (!spart.n || (sym_is(np, SYM_F_REAL) && sym_is(sp, SYM_F_REAL)))) {
        Sym *r = numeric_round(np, up);
        if (r && !spart.n) {
            ip = sym_add(ip, r);
            np = sym_zero;
        }
    }
    sp = sym_add(sp, np);
    if (sym_is_zero_num(sp))
        return ip;
    if (sym_is_fn(sp, SYM_FN_FLOOR) || sym_is_fn(sp, SYM_FN_CEILING))
        return sym_add(ip, sp);
    if (ipart.n == 0)
        return NULL;
    return sym_add(ip, raw1(f, sp));
}

static Sym *frac_eval(Sym *x)
{
    if (sym_is(x, SYM_F_INTEGER))
        return sym_zero;
    if (sym_is_number(x)) {
        Sym *fl = sym_fn1(SYM_FN_FLOOR, x);
        if (!sym_is_fn(fl, SYM_FN_FLOOR))
            return sym_sub(x, fl);
    }
    return NULL;
}

/* ---- factorial, binomial, gamma ------------------------------------------------------------ */

static void check_factorial(const fmpz_t n)
{
    if (fmpz_cmp_si(n, MAX_FACTORIAL) > 0)
        sym_raise(SYM_E_LIMIT, "factorial argument too large");
}

static Sym *factorial_eval(Sym *x)
{
    if (x->kind == SYM_INTEGER) {
        if (fmpz_sgn(x->v.z) < 0)
            return sym_zoo;
        check_factorial(x->v.z);
        fmpz_t r;
        fmpz_init(r);
        fmpz_fac_ui(r, fmpz_get_ui(x->v.z));
        return sym_int_move(r);
    }
    if (x->kind == SYM_INFINITY)
        return sym_oo;
    if (x->kind == SYM_NAN)
        return sym_nan;
    return NULL;
}

static Sym *binomial_eval(Sym *n, Sym *k)
{
    if (n->kind == SYM_INTEGER && k->kind == SYM_INTEGER) {
        if (fmpz_sgn(k->v.z) < 0)
            return sym_zero;
        check_factorial(k->v.z);
        fmpz_t nn;
        fmpz_init_set(nn, n->v.z);
        bool neg = fmpz_sgn(nn) < 0;
        if (neg) {   /* binomial(-m, k) = (-1)**k * binomial(k + m - 1, k) */
            fmpz_sub(nn, k->v.z, nn);
            fmpz_sub_ui(nn, nn, 1);
        }
        Sym *r = sym_zero;
        if (fmpz_cmp(k->v.z, nn) <= 0) {
            if (!fmpz_fits_si(nn)) {
                fmpz_clear(nn);
                sym_raise(SYM_E_LIMIT, "binomial argument too large");
            }
            fmpz_t res;
            fmpz_init(res);
            fmpz_bin_uiui(res, fmpz_get_ui(nn), fmpz_get_ui(k->v.z));
            if (neg && fmpz_is_odd(k->v.z))
                fmpz_neg(res, res);
            r = sym_int_move(res);
        }
        fmpz_clear(nn);
        return r;
    }
    if (sym_is_zero_num(k))
        return sym_one;
    if (sym_is_one(k))
        return n;
    Sym *d = sym_sub(n, k);
    if (sym_is_zero_num(d))
        return sym_one;
    if (sym_is_one(d))
        return n;
    if (sym_is(k, SYM_F_INTEGER) && d->kind == SYM_INTEGER && fmpz_sgn(d->v.z) < 0 &&
        sym_is(n, SYM_F_NONNEGATIVE))
        return sym_zero;
    if (k->kind == SYM_INTEGER && sym_is_num(n)) {
        if (fmpz_sgn(k->v.z) < 0)
            return sym_zero;
        /* sympy's product (n - k + 1)(n - k + 2)...n / k!, in that order (a Float rounds at each step) */
        check_factorial(k->v.z);
        Sym *t = sym_add(d, sym_one), *r = t;
        for (slong i = 2; i <= fmpz_get_si(k->v.z); i++) {
            budget_tick();
            t = sym_add(t, sym_one);
            r = sym_mul(r, t);
        }
        return sym_div(r, factorial_eval(k));
    }
    if (sym_is_num(n) && sym_is_num(k)) {
        if (n->kind == SYM_INTEGER && fmpz_sgn(n->v.z) < 0)
            return sym_zoo;
        return sym_div(sym_fn1(SYM_FN_GAMMA, sym_add(n, sym_one)),
                       sym_mul(sym_fn1(SYM_FN_GAMMA, sym_add(k, sym_one)), sym_fn1(SYM_FN_GAMMA, sym_add(d, sym_one))));
    }
    return NULL;
}

static Sym *gamma_eval(Sym *x)
{
    if (x->kind == SYM_INTEGER) {
        if (fmpz_sgn(x->v.z) <= 0)
            return sym_zoo;
        fmpz_t m;
        fmpz_init(m);
        fmpz_sub_ui(m, x->v.z, 1);
        Sym *r = factorial_eval(sym_int_move(m));
        fmpz_clear(m);
        return r;
    }
    if (x->kind == SYM_RATIONAL && fmpz_equal_si(fmpq_denref(x->v.q), 2)) {
        /* gamma(1/2 + n) = sqrt(pi) * (1/2)(3/2)...(n - 1/2); negative n divides instead */
        fmpz_t n;
        fmpz_init(n);
        fmpz_fdiv_q_2exp(n, fmpq_numref(x->v.q), 1);
        if (fmpz_bits(n) > 40 || fmpz_get_si(n) > MAX_FACTORIAL || fmpz_get_si(n) < -MAX_FACTORIAL) {
            fmpz_clear(n);
            return NULL;
        }
        long k = fmpz_get_si(n);
        fmpz_clear(n);
        Sym *c = sym_one;
        for (long i = 0; i < k; i++) {
            budget_tick();
            c = sym_mul(c, sym_rat(2 * i + 1, 2));
        }
        for (long i = 1; i <= -k; i++) {
            budget_tick();
            c = sym_div(c, sym_rat(1 - 2 * i, 2));
        }
        return sym_mul(c, sym_sqrt(sym_pi));
    }
    if (x->kind == SYM_INFINITY)
        return sym_oo;
    if (x->kind == SYM_NAN)
        return sym_nan;
    return NULL;
}

/* ---- Min, Max, Mod ------------------------------------------------------------------------- */

/* Is a >= b known (1), a <= b known (-1), or neither (0)? Numbers decide numerically. */
static int compare_known(Sym *a, Sym *b)
{
    if (sym_eq(a, b))
        return 1;
    Sym *d = sym_sub(a, b);
    if (sym_is(d, SYM_F_EXTENDED_NONNEGATIVE))
        return 1;
    if (sym_is(d, SYM_F_EXTENDED_NONPOSITIVE))
        return -1;
    /* then the difference with its common factors pulled out, as sympy's Min/Max try:
     * k**2 - k is k*(k - 1) >= 0 for a positive integer k (sympy's factor_terms leaves sums of
     * fractions as they are: 1 - 1/k stays undecided) */
    Sym *num, *den;
    sym_numer_denom(d, &num, &den);
    if (!sym_is_number(den))
        return 0;
    d = sym_factor_terms(d);
    if (sym_is(d, SYM_F_EXTENDED_NONNEGATIVE))
        return 1;
    if (sym_is(d, SYM_F_EXTENDED_NONPOSITIVE))
        return -1;
    return 0;
}

static Sym *minmax_eval(SymFn f, size_t n, Sym *const *args)
{
    bool is_max = f == SYM_FN_MAX;
    SymVec v = {0};
    for (size_t i = 0; i < n; i++) {
        Sym *a = args[i];
        /* containers (tuple, list, dict, matrix: the last kinds) are not comparable either */
        if (sym_is_not(a, SYM_F_EXTENDED_REAL) || a->kind == SYM_NAN || a->kind >= SYM_TUPLE)
            sym_raise(SYM_E_VALUE, "The argument '%s' is not comparable.", sym_str(a));
        if (sym_is_fn(a, f)) {
            for (uint32_t k = 0; k < a->n; k++)
                sym_vec_push(&v, a->args[k]);
        } else {
            sym_vec_push(&v, a);
        }
    }
    if (!v.n)
        sym_raise(SYM_E_VALUE, "The Max/Min functions must have arguments.");
    /* drop arguments dominated by another one */
    bool *gone = gc_alloc_atomic(v.n);
    for (size_t i = 0; i < v.n; i++) {
        budget_tick();
        if (gone[i])
            continue;
        for (size_t j = 0; j < v.n; j++) {
            if (i == j || gone[j])
                continue;
            int c = compare_known(v.v[i], v.v[j]);
            if (c != 0 && (c > 0) == is_max)
                gone[j] = true;
            else if (c != 0 && sym_eq(v.v[i], v.v[j]))
                gone[j] = true;
        }
    }
    SymVec keep = {0};
    for (size_t i = 0; i < v.n; i++)
        if (!gone[i])
            sym_vec_push(&keep, v.v[i]);
    if (keep.n == 1)
        return keep.v[0];
    sym_sort_default(keep.v, keep.n);
    return sym_fn_raw(f, keep.n, keep.v);
}

static Sym *mod_eval(Sym *p, Sym *q)
{
    if (sym_is_zero_num(q))
        sym_raise(SYM_E_ZERO_DIVISION, "Modulo by zero");
    if (p->kind == SYM_NAN || q->kind == SYM_NAN || sym_is_not(p, SYM_F_FINITE) ||
        sym_is_not(q, SYM_F_FINITE))
        return sym_nan;
    if (sym_is_num(q) && sym_is_num(p)) {
        if (sym_is_rational(p) && sym_is_rational(q))
            return rat_mod(p, q);
        long prec = sym_num_float_prec(p, q);
        mpfr_t x, y, r;
        mpfr_inits2(prec, x, y, r, (mpfr_ptr)0);
        sym_num_to_mpfr(x, p);
        sym_num_to_mpfr(y, q);
        mpfr_fmod(r, x, y, MPFR_RNDN);
        if (!mpfr_zero_p(r) && mpfr_sgn(r) != mpfr_sgn(y))
            mpfr_add(r, r, y, MPFR_RNDN);
        /* A zero remainder stays a Float unless the modulus is an Integer, as sympy's Float.__mod__. */
        Sym *res = mpfr_zero_p(r) && q->kind != SYM_INTEGER ? sym_float_mpfr(r, prec) : sym_num_float_result(r, prec);
        mpfr_clears(x, y, r, (mpfr_ptr)0);
        return res;
    }
    if (sym_is_zero_num(p) || sym_eq(p, q) || sym_eq(p, sym_neg(q)) ||
        (sym_is(p, SYM_F_INTEGER) && sym_is_one(q)))
        return sym_zero;
    if (sym_is_number(p) && sym_is_number(q) && sym_is(p, SYM_F_REAL) && sym_is(q, SYM_F_REAL)) {
        Sym *d = round_eval(SYM_FN_FLOOR, sym_div(p, q));   /* Mod(pi, 3) is pi - 3 */
        if (d->kind == SYM_INTEGER)
            return sym_sub(p, sym_mul(d, q));
    }
    if (sym_is_int_value(q, 2)) {
        if (sym_is(p, SYM_F_EVEN))
            return sym_zero;
        if (sym_is(p, SYM_F_ODD))
            return sym_one;
    }
    if (sym_is(sym_div(p, q), SYM_F_INTEGER))
        return sym_zero;
    if (p->kind == SYM_ADD) {
        /* as sympy, each term becomes its own residue unless that leaves a Mod in it:
         * Mod(14*x + 3*y + 9, 7) is Mod(3*y + 2, 7) for integer x */
        SymVec t = {0};
        bool changed = false;
        for (uint32_t i = 0; i < p->n; i++) {
            Sym *r = mod_eval(p->args[i], q);
            bool take = r && !sym_has_fn(r, SYM_FN_MOD) && !sym_eq(r, p->args[i]);
            sym_vec_push(&t, take ? r : p->args[i]);
            changed |= take;
        }
        if (changed)
            return sym_fn2(SYM_FN_MOD, sym_add_n(t.n, t.v), q);
    }
    return NULL;
}

/* ---- dispatch ------------------------------------------------------------------------------ */

static Sym *eval(SymFn f, size_t n, Sym *const *a)
{
    switch (f) {
    case SYM_FN_EXP: return exp_eval(a[0]);
    case SYM_FN_LOG: return n == 2 ? log2_eval(a[0], a[1]) : log_eval(a[0]);
    case SYM_FN_SIN: return sin_eval(a[0]);
    case SYM_FN_COS: return cos_eval(a[0]);
    case SYM_FN_TAN: return tan_eval(a[0]);
    case SYM_FN_COT: case SYM_FN_SEC: case SYM_FN_CSC: return recip_eval(f, a[0]);
    case SYM_FN_ASIN: case SYM_FN_ACOS: case SYM_FN_ATAN: case SYM_FN_ACOT:
        return inverse_trig_eval(f, a[0]);
    case SYM_FN_SINH: case SYM_FN_COSH: case SYM_FN_TANH: case SYM_FN_COTH:
    case SYM_FN_ASINH: case SYM_FN_ACOSH: case SYM_FN_ATANH:
        return hyperbolic_eval(f, a[0]);
    case SYM_FN_ATAN2: return atan2_eval(a[0], a[1]);
    case SYM_FN_ABS: return abs_eval(a[0]);
    case SYM_FN_SIGN: return sign_eval(a[0]);
    case SYM_FN_RE: case SYM_FN_IM: return re_im_eval(f, a[0]);
    case SYM_FN_CONJUGATE: return conjugate_eval(a[0]);
    case SYM_FN_ARG: return arg_eval(a[0]);
    case SYM_FN_FLOOR: case SYM_FN_CEILING: return round_eval(f, a[0]);
    case SYM_FN_FRAC: return frac_eval(a[0]);
    case SYM_FN_FACTORIAL: return factorial_eval(a[0]);
    case SYM_FN_BINOMIAL: return binomial_eval(a[0], a[1]);
    case SYM_FN_GAMMA: return gamma_eval(a[0]);
    case SYM_FN_MIN: case SYM_FN_MAX: return minmax_eval(f, n, a);
    case SYM_FN_MOD: return mod_eval(a[0], a[1]);
    case SYM_FN_PIECEWISE: return sym_piecewise_eval(n, a);
    case SYM_FN_DERIVATIVE: return sym_derivative_eval(n, a);
    case SYM_FN_INTEGRAL: return sym_integral_eval(n, a);
    default: {
        Sym *r = sym_comb_eval(f, n, a);
        return r ? r : sym_special_eval(f, n, a);
    }
    }
}

Sym *sym_fn(SymFn f, size_t n, Sym *const *args)
{
    int arity = sym_fn_arity(f);
    bool ok = arity < 0 ? n >= 1 : (size_t)arity == n || (f == SYM_FN_LOG && n == 2);
    if (!ok) {
        const char *name = sym_fn_name(&(Sym){.kind = SYM_FN, .op = (uint8_t)f});
        sym_raise(SYM_E_TYPE, "%s takes exactly %d argument%s (%zu given)", name, arity,
                  arity == 1 ? "" : "s", n);
    }
    for (size_t i = 0; i < n; i++)
        if (args[i]->kind == SYM_REL || args[i]->kind == SYM_TRUE || args[i]->kind == SYM_FALSE)
            sym_raise(SYM_E_TYPE, "bad argument to %s: a relation or truth value",
                      sym_fn_name(&(Sym){.kind = SYM_FN, .op = (uint8_t)f}));
    budget_tick();
    Sym *r = eval(f, n, args);
    if (r)
        return r;
    if (f == SYM_FN_LOG && n == 2)
        return sym_div(sym_fn1(SYM_FN_LOG, args[0]), sym_fn1(SYM_FN_LOG, args[1]));
    return maybe_evalf(sym_fn_raw(f, n, args));
}
