/* solvers/sym_evalf.c — numeric evaluation with Arb. */
#include "solvers/sym_evalf.h"

#include <arb.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_comb.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_rootof.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_quad.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_special.h"

#define MAX_EXTRA_PREC 4000

/* The values of the variables of the definite integrals being evaluated, innermost first. */
typedef struct Binding {
    Sym *var;
    const acb_struct *val;
    const struct Binding *next;
} Binding;

static bool eval_rec(acb_t out, Sym *e, slong prec, const Binding *b);

static void arb_from_num(arb_t out, const Sym *e, slong prec)
{
    if (e->kind == SYM_INTEGER) {
        arb_set_round_fmpz(out, e->v.z, prec);
    } else if (e->kind == SYM_RATIONAL) {
        arb_fmpz_div_fmpz(out, fmpq_numref(e->v.q), fmpq_denref(e->v.q), prec);
    } else {
        arf_t f;
        arf_init(f);
        arf_set_mpfr(f, e->v.f);
        arb_set_arf(out, f);
        arf_clear(f);
    }
}

/* The integrand of a definite integral at one point of its variable. */
typedef struct Integrand {
    Sym *f, *var;
    const Binding *outer;
} Integrand;

static bool integrand_at(acb_t out, const arb_t x, void *ctx, slong prec)
{
    const Integrand *in = ctx;
    acb_t v;
    acb_init(v);
    acb_set_arb(v, x);
    Binding b = {in->var, v, in->outer};
    bool ok = eval_rec(out, in->f, prec, &b);
    acb_clear(v);
    return ok;
}

/* A real bound of an integral: its ball, or *inf set for oo (sign +1) and -oo (-1). */
static bool eval_bound(arb_t out, int *inf, Sym *e, slong prec, const Binding *b)
{
    *inf = e->kind == SYM_INFINITY ? 1 : e->kind == SYM_NEG_INFINITY ? -1 : 0;
    if (*inf)
        return true;
    acb_t v;
    acb_init(v);
    bool ok = eval_rec(v, e, prec, b) && arb_is_zero(acb_imagref(v));
    arb_set(out, acb_realref(v));
    acb_clear(v);
    return ok;
}

/* A definite Integral of one limit by quadrature (sympy leaves several limits alone). */
static bool eval_integral(acb_t out, Sym *e, slong prec, const Binding *b)
{
    Sym *l = e->args[1];
    if (e->n != 2 || l->kind != SYM_TUPLE || l->n != 3)
        return false;
    Integrand in = {e->args[0], l->args[0], b};
    arb_t lo, hi;
    arb_init(lo);
    arb_init(hi);
    int ilo, ihi;
    bool ok = eval_bound(lo, &ilo, l->args[1], prec, b) && eval_bound(hi, &ihi, l->args[2], prec, b);
    if (ok && (ilo > 0 || ihi < 0)) {
        /* from oo down, or up to -oo: the integral the other way round, negated */
        ok = ilo != ihi && sym_quad(out, integrand_at, &in, hi, ihi != 0, lo, ilo != 0, prec);
        acb_neg(out, out);
    } else if (ok) {
        ok = sym_quad(out, integrand_at, &in, lo, ilo != 0, hi, ihi != 0, prec);
    }
    arb_clear(lo);
    arb_clear(hi);
    return ok;
}

static bool eval_fn(acb_t out, Sym *e, slong prec, const Binding *b)
{
    if (e->op == SYM_FN_UNDEF)
        return false;
    if (e->op == SYM_FN_CROOTOF)
        return sym_crootof_acb(out, e, prec);
    if (e->op == SYM_FN_INTEGRAL)
        return eval_integral(out, e, prec, b);
    acb_t x, y;
    acb_init(x);
    acb_init(y);
    bool ok = eval_rec(x, e->args[0], prec, b);
    if (ok && e->n > 1)
        ok = eval_rec(y, e->args[1], prec, b);
    if (ok) {
        switch ((SymFn)e->op) {
        case SYM_FN_EXP: acb_exp(out, x, prec); break;
        case SYM_FN_LOG: acb_log(out, x, prec); break;
        case SYM_FN_SIN: acb_sin(out, x, prec); break;
        case SYM_FN_COS: acb_cos(out, x, prec); break;
        case SYM_FN_TAN: acb_tan(out, x, prec); break;
        case SYM_FN_COT: acb_cot(out, x, prec); break;
        case SYM_FN_SEC: acb_sec(out, x, prec); break;
        case SYM_FN_CSC: acb_csc(out, x, prec); break;
        case SYM_FN_ASIN: acb_asin(out, x, prec); break;
        case SYM_FN_ACOS: acb_acos(out, x, prec); break;
        case SYM_FN_ATAN: acb_atan(out, x, prec); break;
        case SYM_FN_ACOT: acb_inv(x, x, prec); acb_atan(out, x, prec); break;
        case SYM_FN_ASEC: acb_inv(x, x, prec); acb_acos(out, x, prec); break;
        case SYM_FN_ACSC: acb_inv(x, x, prec); acb_asin(out, x, prec); break;
        case SYM_FN_SINH: acb_sinh(out, x, prec); break;
        case SYM_FN_COSH: acb_cosh(out, x, prec); break;
        case SYM_FN_TANH: acb_tanh(out, x, prec); break;
        case SYM_FN_COTH: acb_coth(out, x, prec); break;
        case SYM_FN_ASINH: acb_asinh(out, x, prec); break;
        case SYM_FN_ACOSH: acb_acosh(out, x, prec); break;
        case SYM_FN_ATANH: acb_atanh(out, x, prec); break;
        case SYM_FN_GAMMA: acb_gamma(out, x, prec); break;
        case SYM_FN_FACTORIAL:
            acb_add_ui(x, x, 1, prec);
            acb_gamma(out, x, prec);
            break;
        case SYM_FN_ABS: acb_abs(acb_realref(out), x, prec); arb_zero(acb_imagref(out)); break;
        case SYM_FN_RE: acb_set_arb(out, acb_realref(x)); break;
        case SYM_FN_IM: acb_set_arb(out, acb_imagref(x)); break;
        case SYM_FN_CONJUGATE: acb_conj(out, x); break;
        case SYM_FN_ARG: acb_arg(acb_realref(out), x, prec); arb_zero(acb_imagref(out)); break;
        case SYM_FN_ATAN2:
            ok = acb_is_real(x) && acb_is_real(y);
            if (ok) {
                arb_atan2(acb_realref(out), acb_realref(x), acb_realref(y), prec);
                arb_zero(acb_imagref(out));
            }
            break;
        default:
            ok = sym_comb_acb(out, (SymFn)e->op, e->n, x, y, prec) ||
                 sym_special_acb(out, (SymFn)e->op, e->n, x, y, prec);
            break;
        }
    }
    acb_clear(x);
    acb_clear(y);
    return ok && acb_is_finite(out);
}

bool sym_eval_acb(acb_t out, Sym *e, slong prec) { return eval_rec(out, e, prec, NULL); }

static bool eval_rec(acb_t out, Sym *e, slong prec, const Binding *b)
{
    budget_tick();
    switch ((SymKind)e->kind) {
    case SYM_SYMBOL: case SYM_DUMMY:
        for (; b; b = b->next)
            if (b->var == e || sym_eq(b->var, e)) {
                acb_set(out, b->val);
                return true;
            }
        return false;
    case SYM_INTEGER: case SYM_RATIONAL: case SYM_FLOAT:
        arb_from_num(acb_realref(out), e, prec);
        arb_zero(acb_imagref(out));
        return true;
    case SYM_PI:
        acb_const_pi(out, prec);
        return true;
    case SYM_E:
        arb_const_e(acb_realref(out), prec);
        arb_zero(acb_imagref(out));
        return true;
    case SYM_GOLDEN_RATIO:
        arb_sqrt_ui(acb_realref(out), 5, prec);
        arb_add_ui(acb_realref(out), acb_realref(out), 1, prec);
        arb_mul_2exp_si(acb_realref(out), acb_realref(out), -1);
        arb_zero(acb_imagref(out));
        return true;
    case SYM_EULER_GAMMA:
        arb_const_euler(acb_realref(out), prec);
        arb_zero(acb_imagref(out));
        return true;
    case SYM_CATALAN:
        arb_const_catalan(acb_realref(out), prec);
        arb_zero(acb_imagref(out));
        return true;
    case SYM_I:
        acb_onei(out);
        return true;
    case SYM_ADD:
    case SYM_MUL: {
        acb_t t;
        acb_init(t);
        bool ok = true;
        if (e->kind == SYM_ADD)
            acb_zero(out);
        else
            acb_one(out);
        for (uint32_t i = 0; i < e->n && ok; i++) {
            ok = eval_rec(t, e->args[i], prec, b);
            if (e->kind == SYM_ADD)
                acb_add(out, out, t, prec);
            else
                acb_mul(out, out, t, prec);
        }
        acb_clear(t);
        return ok;
    }
    case SYM_POW: {
        acb_t base, x;
        acb_init(base);
        acb_init(x);
        bool ok = eval_rec(base, e->args[0], prec, b);
        if (ok && e->args[1]->kind == SYM_INTEGER && acb_is_real(base)) {
            /* a real base: half the multiplications of the complex powering */
            arb_pow_fmpz(acb_realref(out), acb_realref(base), e->args[1]->v.z, prec);
            arb_zero(acb_imagref(out));
        } else if (ok && e->args[1]->kind == SYM_INTEGER) {
            acb_pow_fmpz(out, base, e->args[1]->v.z, prec);
        } else if (ok && (ok = eval_rec(x, e->args[1], prec, b))) {
            /* a negative base whose imaginary part cancels to nothing is on the branch cut, as
             * for sympy's evalf, not straddling it (sqrt(-22 + 0*I) is 4.69*I) */
            if (!arb_is_exact(acb_imagref(base)) && arb_contains_zero(acb_imagref(base)) &&
                arb_is_negative(acb_realref(base)))
                arb_zero(acb_imagref(base));
            if (e->args[1]->kind == SYM_RATIONAL && acb_is_real(base) &&
                arb_is_nonnegative(acb_realref(base))) {
                arb_pow(acb_realref(out), acb_realref(base), acb_realref(x), prec);
                arb_zero(acb_imagref(out));
            } else {
                acb_pow(out, base, x, prec);
            }
        }
        acb_clear(base);
        acb_clear(x);
        return ok && acb_is_finite(out);
    }
    case SYM_FN:
        return eval_fn(out, e, prec, b);
    default:
        return false;
    }
}

bool sym_eval_complex(Sym *e, double *re, double *im)
{
    acb_t v;
    acb_init(v);
    bool ok = sym_eval_acb(v, e, 80);
    if (ok) {
        *re = arf_get_d(arb_midref(acb_realref(v)), ARF_RND_NEAR);
        *im = arf_get_d(arb_midref(acb_imagref(v)), ARF_RND_NEAR);
    }
    acb_clear(v);
    return ok;
}

static bool part_ok(const arb_t x, slong prec)
{
    return arb_is_exact(x) || arb_rel_accuracy_bits(x) >= prec + 3;
}

/* Evaluates to prec correct bits in each part, raising the working precision as needed.
 * Returns false when e cannot be evaluated. Parts still containing 0 at the highest
 * precision are set to exactly 0. */
static bool eval_accurate(acb_t out, Sym *e, slong prec)
{
    for (slong w = prec + 30;; w = 2 * w) {
        if (!sym_eval_acb(out, e, w))
            return false;
        if (part_ok(acb_realref(out), prec) && part_ok(acb_imagref(out), prec))
            return true;
        if (w > prec + MAX_EXTRA_PREC) {
            if (arb_contains_zero(acb_realref(out)) && !part_ok(acb_realref(out), prec))
                arb_zero(acb_realref(out));
            if (arb_contains_zero(acb_imagref(out)) && !part_ok(acb_imagref(out), prec))
                arb_zero(acb_imagref(out));
            return true;
        }
    }
}

int sym_eval_sign(Sym *e)
{
    acb_t v;
    acb_init(v);
    int s = 2;
    if (eval_accurate(v, e, 64) && arb_is_zero(acb_imagref(v))) {
        const arb_struct *r = acb_realref(v);
        s = arb_is_zero(r) ? 0 : arb_is_positive(r) ? 1 : arb_is_negative(r) ? -1 : 2;
    }
    acb_clear(v);
    return s;
}

static Sym *float_of(const arb_t x, slong prec)
{
    mpfr_t m;
    mpfr_init2(m, prec);
    arf_get_mpfr(m, arb_midref(x), MPFR_RNDN);
    Sym *r = sym_float_mpfr(m, prec);
    mpfr_clear(m);
    return r;
}

static Sym *evalf_number(Sym *e, slong prec)
{
    if (sym_is_zero_num(e))
        return e;
    if (e->kind == SYM_FLOAT || e->kind == SYM_INTEGER || e->kind == SYM_RATIONAL)
        return sym_num_to_float(e, prec);
    acb_t v;
    acb_init(v);
    Sym *r = NULL;
    if (eval_accurate(v, e, prec)) {
        bool re0 = arb_is_zero(acb_realref(v)), im0 = arb_is_zero(acb_imagref(v));
        if (re0 && im0) {
            acb_clear(v);
            return sym_zero;
        }
        Sym *re = float_of(acb_realref(v), prec), *im = float_of(acb_imagref(v), prec);
        if (im0)
            r = re;
        else if (re0)
            r = sym_mul(im, sym_i);
        else
            r = sym_add(re, sym_mul(im, sym_i));
    }
    acb_clear(v);
    return r;
}

static Sym *eval_struct(Sym *e, slong prec);

/* sympy's AssocOp._eval_evalf: the number part of a sum or product evaluated as one, the other
 * arguments each on their own. */
static Sym *eval_assoc(Sym *e, slong prec)
{
    SymVec nums = {0}, rest = {0};
    for (uint32_t i = 0; i < e->n; i++)
        sym_vec_push(sym_has_symbols(e->args[i]) ? &rest : &nums, e->args[i]);
    SymVec out = {0};
    if (!rest.n) {
        /* all numbers: each argument on its own */
        for (size_t i = 0; i < nums.n; i++)
            sym_vec_push(&out, eval_struct(nums.v[i], prec));
    } else if (nums.n) {
        Sym *x = e->kind == SYM_ADD ? sym_add_n(nums.n, nums.v) : sym_mul_n(nums.n, nums.v);
        sym_vec_push(&out, eval_struct(x, prec));
    }
    for (size_t i = 0; i < rest.n; i++)
        sym_vec_push(&out, eval_struct(rest.v[i], prec));
    return e->kind == SYM_ADD ? sym_add_n(out.n, out.v) : sym_mul_n(out.n, out.v);
}

/* sympy's _eval_evalf: numbers become Floats, I stays I, integer exponents stay, functions of
 * symbols are left alone. */
static Sym *eval_struct(Sym *e, slong prec)
{
    budget_tick();
    switch ((SymKind)e->kind) {
    case SYM_INTEGER: case SYM_RATIONAL: case SYM_FLOAT:
    case SYM_PI: case SYM_E: case SYM_GOLDEN_RATIO: case SYM_EULER_GAMMA: case SYM_CATALAN: {
        Sym *r = evalf_number(e, prec);
        return r ? r : e;
    }
    case SYM_MUL: {
        Sym *c, *m;
        sym_as_coeff_mul(e, false, &c, &m);
        Sym *r = sym_is_int_value(c, -1) ? sym_neg(eval_struct(m, prec)) : eval_assoc(e, prec);
        return sym_is_number(r) ? sym_expand(r) : r;
    }
    case SYM_ADD: {
        Sym *r = eval_assoc(e, prec);
        return sym_is_number(r) ? sym_expand(r) : r;
    }
    case SYM_POW: {
        Sym *x = e->args[1], *b = eval_struct(e->args[0], prec);
        x = x->kind == SYM_INTEGER ? x : eval_struct(x, prec);
        if (sym_is(x, SYM_F_NEGATIVE) && sym_is_number(b) && sym_is_not(b, SYM_F_EXTENDED_REAL)) {
            /* 1/z as conj(z)/|z|**2, multiplied out */
            Sym *c = sym_fn1(SYM_FN_CONJUGATE, b);
            b = sym_div(c, eval_struct(sym_expand(sym_mul(b, c)), prec));
            return sym_expand(sym_pow(b, sym_neg(x)));
        }
        return sym_pow(b, x);
    }
    case SYM_FN:
        if (sym_is_number(e)) {
            Sym *r = evalf_number(e, prec);
            return r ? r : e;
        }
        return e;
    default:
        if (!e->n)
            return e;
        break;
    }
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = eval_struct(e->args[i], prec);
    return sym_rebuild(e, v);
}

static Sym *evalf_rec(Sym *e, slong prec)
{
    if (sym_is_number(e)) {
        Sym *r = evalf_number(e, prec);
        if (r)
            return r;
    }
    return eval_struct(e, prec);
}

Sym *sym_evalf(Sym *e, long dps)
{
    if (dps <= 0)
        dps = 15;
    return evalf_rec(e, sym_dps_to_prec(dps));
}

Sym *sym_nfloat(Sym *e, long dps)
{
    if (e->kind == SYM_REL)
        return sym_rel_raw((SymRel)e->op, sym_nfloat(e->args[0], dps), sym_nfloat(e->args[1], dps));
    if (sym_is_num(e) && e->kind <= SYM_FLOAT)   /* Float(number, dps): 0 becomes 0.0 */
        return sym_num_to_float(e, sym_dps_to_prec(dps));
    if (sym_is_number(e))
        return sym_evalf(e, dps);
    if (!e->n || e->kind > SYM_FN)
        return e;
    if (e->kind == SYM_MUL && sym_is_int_value(e->args[0], -1))   /* evalf keeps a -1 */
        return sym_neg(sym_nfloat(sym_mul_raw(e->n - 1, e->args + 1), dps));
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    /* evalf leaves a factor I of a product as it is (I*x, not 1.0*I*x) */
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = (e->kind == SYM_POW && i == 1) || (e->kind == SYM_MUL && e->args[i] == sym_i)
                   ? e->args[i]
                   : sym_nfloat(e->args[i], dps);
    return sym_rebuild(e, v);
}
