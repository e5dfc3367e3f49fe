/* solvers/sym_simplify.c — simplify(), count_ops, rationalising denominators and Floats. */
#include "solvers/sym_simplify.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_gammasimp.h"
#include "solvers/sym_logsimp.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_powsimp.h"
#include "solvers/sym_radsimp.h"
#include "solvers/sym_print.h"
#include "solvers/sym_relsimp.h"
#include "solvers/sym_trigsimp.h"

/* ---- count_ops ----------------------------------------------------------------------------- */

static bool coeff_isneg(Sym *a)
{
    if (a->kind == SYM_MUL)
        a = a->args[0];
    return sym_is_num(a) && a->kind != SYM_NAN && sym_num_sign(a) < 0;
}

/* sympy's fraction(): the factors with negative exponents form the denominator; an exponent
 * of unknown sign counts when it is a product giving up a minus sign (-2*x), not a sum. */
static void fraction(Sym *e, Sym **num, Sym **den)
{
    Sym *const *f;
    size_t n = sym_mul_args(&e, &f);
    SymVec nu = {0}, de = {0};
    for (size_t i = 0; i < n; i++) {
        Sym *b, *x;
        sym_as_base_exp(f[i], &b, &x);
        if (f[i]->kind == SYM_RATIONAL) {
            sym_vec_push(&nu, sym_int_fmpz(fmpq_numref(f[i]->v.q)));
            sym_vec_push(&de, sym_int_fmpz(fmpq_denref(f[i]->v.q)));
        } else if ((f[i]->kind == SYM_POW || sym_is_fn(f[i], SYM_FN_EXP)) &&
                   (sym_is(x, SYM_F_NEGATIVE) ||
                    (x->kind == SYM_MUL && !sym_is(x, SYM_F_POSITIVE) && sym_could_extract_minus_sign(x)))) {
            sym_vec_push(&de, sym_is_int_value(x, -1) ? b : sym_pow(b, sym_neg(x)));
        } else {
            sym_vec_push(&nu, f[i]);
        }
    }
    *num = sym_mul_n(nu.n, nu.v);
    *den = sym_mul_n(de.n, de.v);
}

long sym_count_ops(Sym *e)
{
    if (!(e->kind <= SYM_FN))
        return 0;
    long ops = 0;
    SymVec stack = {0};
    sym_vec_push(&stack, e);
    while (stack.n) {
        budget_tick();
        Sym *a = stack.v[--stack.n];
        if (sym_is_rational(a)) {
            if (!sym_is_one(a)) {
                fmpq_t q;
                fmpq_init(q);
                sym_get_fmpq(q, a);
                ops += fmpz_sgn(fmpq_numref(q)) < 0;
                ops += !fmpz_is_one(fmpq_denref(q));
                fmpq_clear(q);
            }
            continue;
        }
        if (a->kind == SYM_MUL) {
            if (coeff_isneg(a)) {
                ops++;
                a = sym_is_int_value(a->args[0], -1) ? sym_mul_raw(a->n - 1, a->args + 1) : sym_neg(a);
            }
            Sym *n, *d;
            fraction(a, &n, &d);
            if (n->kind == SYM_INTEGER) {
                ops++;
                if (fmpz_sgn(n->v.z) < 0)
                    ops++;
                sym_vec_push(&stack, d);
                continue;
            }
            if (!sym_is_one(d)) {
                if (d->kind != SYM_INTEGER)
                    sym_vec_push(&stack, d);
                ops++;
                sym_vec_push(&stack, n);
                continue;
            }
        } else if (a->kind == SYM_ADD) {
            long negs = 0;
            for (uint32_t i = 0; i < a->n; i++) {
                Sym *ai = a->args[i];
                bool neg = coeff_isneg(ai);
                negs += neg;
                sym_vec_push(&stack, neg ? sym_neg(ai) : ai);
                if (i > 0)
                    ops++;
            }
            if (negs == (long)a->n)
                ops++;
            continue;
        }
        if (a->kind == SYM_POW && sym_is_int_value(a->args[1], -1)) {
            ops++;
            sym_vec_push(&stack, a->args[0]);
            continue;
        }
        if (a->kind == SYM_E) {
            ops++;
            continue;
        }
        if (sym_is_fn(a, SYM_FN_EXP)) {
            ops++;
            sym_vec_push(&stack, a->args[0]);
            continue;
        }
        if (a->kind == SYM_MUL)
            ops += a->n - 1;
        else if (a->n && (a->kind == SYM_POW || a->kind == SYM_FN))
            ops++;
        if (!sym_is_symbol(a))
            for (uint32_t i = 0; i < a->n; i++)
                sym_vec_push(&stack, a->args[i]);
    }
    return ops;
}

/* ---- Floats -------------------------------------------------------------------------------- */

bool sym_has_float(Sym *e)
{
    if (e->kind == SYM_FLOAT)
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (sym_has_float(e->args[i]))
            return true;
    return false;
}

/* The simple fraction p/q (|p|, q <= 1000) a Float stands for, when it is one within a thousand
 * units in its last place, or NULL: sympy's nsimplify finds such fractions first (by an integer
 * relation between the value and 1), so that 2/3 computed in floating point becomes 2/3 again. */
static Sym *small_fraction(Sym *f)
{
    if (!mpfr_number_p(f->v.f) || mpfr_zero_p(f->v.f))
        return NULL;
    long prec = (long)mpfr_get_prec(f->v.f);
    mpz_t m;
    mpz_init(m);
    mpfr_exp_t e = mpfr_get_z_2exp(m, f->v.f);
    fmpq_t x, r, d;
    fmpq_init(x);
    fmpq_init(r);
    fmpq_init(d);
    fmpz_set_mpz(fmpq_numref(x), m);
    mpz_clear(m);
    if (e >= 0)
        fmpz_mul_2exp(fmpq_numref(x), fmpq_numref(x), (ulong)e);
    else
        fmpz_mul_2exp(fmpq_denref(x), fmpq_denref(x), (ulong)-e);
    fmpq_canonicalise(x);
    /* convergents p/q of the continued fraction of x, checked while |p| and q stay small */
    fmpz_t a, p, q, pp, qp, t;
    fmpz_init(a);
    fmpz_init(p);
    fmpz_init_set_ui(q, 1);
    fmpz_init_set_ui(pp, 1);
    fmpz_init(qp);
    fmpz_init(t);
    fmpq_set(r, x);
    fmpz_fdiv_q(p, fmpq_numref(r), fmpq_denref(r));
    Sym *found = NULL;
    for (int step = 0; step < 40; step++) {
        fmpz_abs(t, p);
        if (fmpz_cmp_ui(t, 1000) > 0 || fmpz_cmp_ui(q, 1000) > 0)
            break;
        fmpq_set_fmpz_frac(d, p, q);
        fmpq_sub(d, d, x);
        fmpq_div(d, d, x);
        /* |p/q - x| <= |x| * 2**(10 - prec) */
        if (fmpq_is_zero(d) ||
            fmpz_bits(fmpq_denref(d)) >= fmpz_bits(fmpq_numref(d)) + (flint_bitcnt_t)(prec > 10 ? prec - 10 : 1)) {
            found = sym_rat_fmpz(p, q);
            break;
        }
        fmpz_fdiv_q(a, fmpq_numref(r), fmpq_denref(r));
        fmpq_sub_fmpz(r, r, a);
        if (fmpq_is_zero(r))
            break;
        fmpq_inv(r, r);
        fmpz_fdiv_q(a, fmpq_numref(r), fmpq_denref(r));
        /* (p, pp) <- (a*p + pp, p), likewise q */
        fmpz_set(t, p);
        fmpz_addmul(pp, a, p);
        fmpz_swap(p, pp);
        fmpz_swap(pp, t);
        fmpz_set(t, q);
        fmpz_addmul(qp, a, q);
        fmpz_swap(q, qp);
        fmpz_swap(qp, t);
    }
    fmpz_clear(a);
    fmpz_clear(p);
    fmpz_clear(q);
    fmpz_clear(pp);
    fmpz_clear(qp);
    fmpz_clear(t);
    fmpq_clear(x);
    fmpq_clear(r);
    fmpq_clear(d);
    return found;
}

Sym *sym_float_decimal(Sym *f)
{
    long prec = (long)mpfr_get_prec(f->v.f);
    const char *s = sym_float_text(f->v.f, sym_prec_to_dps(prec), false);
    /* the decimal text m.ddd[e±k] read exactly */
    fmpz_t num, den;
    fmpz_init(num);
    fmpz_init_set_ui(den, 1);
    bool neg = *s == '-';
    if (neg)
        s++;
    long exp10 = 0;
    bool frac = false;
    for (; *s && *s != 'e'; s++) {
        if (*s == '.') {
            frac = true;
            continue;
        }
        fmpz_mul_ui(num, num, 10);
        fmpz_add_ui(num, num, (ulong)(*s - '0'));
        if (frac)
            exp10--;
    }
    if (*s == 'e')
        exp10 += strtol(s + 1, NULL, 10);
    fmpz_t p;
    fmpz_init(p);
    fmpz_set_ui(p, 10);
    fmpz_pow_ui(p, p, (ulong)(exp10 < 0 ? -exp10 : exp10));
    if (exp10 < 0)
        fmpz_mul(den, den, p);
    else
        fmpz_mul(num, num, p);
    if (neg)
        fmpz_neg(num, num);
    Sym *r = sym_rat_fmpz(num, den);
    fmpz_clear(num);
    fmpz_clear(den);
    fmpz_clear(p);
    return r;
}

static Sym *float_to_rational(Sym *f)
{
    Sym *simple = small_fraction(f);
    return simple ? simple : sym_float_decimal(f);
}

Sym *sym_rationalize_floats(Sym *e)
{
    budget_tick();
    if (e->kind == SYM_FLOAT)
        return float_to_rational(e);
    if (!e->n || !sym_has_float(e))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = sym_rationalize_floats(e->args[i]);
    return sym_rebuild(e, v);
}

/* ---- content and factor_terms ------------------------------------------------------------ */

/* sympy's as_content_primitive(): a positive rational content and the primitive rest. */
static void content_primitive(Sym *e, Sym **con, Sym **prim)
{
    budget_tick();
    if (sym_is_rational(e)) {
        if (sym_is_zero_num(e)) {
            *con = sym_one;
            *prim = e;
        } else {
            *con = sym_num_sign(e) > 0 ? e : sym_num_neg(e);
            *prim = sym_num_sign(e) > 0 ? sym_one : sym_neg_one;
        }
        return;
    }
    if (e->kind == SYM_ADD) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *c, *p;
            content_primitive(e->args[i], &c, &p);
            v[i] = sym_keep_coeff(c, p);
        }
        sym_primitive(sym_add_n(e->n, v), con, prim);
        return;
    }
    if (e->kind == SYM_MUL) {
        Sym *coef = sym_one;
        SymVec args = {0};
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *c, *p;
            content_primitive(e->args[i], &c, &p);
            coef = sym_mul(coef, c);
            if (!sym_is_one(p))
                sym_vec_push(&args, p);
        }
        *con = coef;
        *prim = sym_mul_n(args.n, args.v);
        return;
    }
    if (e->kind == SYM_POW) {
        Sym *b = e->args[0], *x = e->args[1], *ce, *pe;
        content_primitive(x, &ce, &pe);
        if (sym_is_rational(b) && !sym_is_zero_num(b)) {
            Sym *h, *t;
            sym_as_coeff_add(pe, &h, &t);
            if (sym_is_rational(h)) {
                Sym *ceh = sym_mul(ce, h), *c = sym_pow(b, ceh), *r = sym_zero;
                if (!sym_is_rational(c)) {
                    fmpq_t q;
                    fmpq_init(q);
                    sym_get_fmpq(q, ceh);
                    fmpz_t i, m;
                    fmpz_init(i);
                    fmpz_init(m);
                    fmpz_fdiv_qr(i, m, fmpq_numref(q), fmpq_denref(q));
                    r = sym_int_fmpz(m);
                    c = sym_pow(b, sym_int_fmpz(i));
                    Sym *den = sym_int_fmpz(fmpq_denref(q));
                    fmpz_clear(i);
                    fmpz_clear(m);
                    fmpq_clear(q);
                    *con = c;
                    *prim = sym_pow(b, sym_keep_coeff(ce, sym_add(t, sym_div(sym_div(r, ce), den))));
                    return;
                }
                *con = c;
                *prim = sym_pow(b, sym_keep_coeff(ce, t));
                return;
            }
        }
        Sym *ex = sym_keep_coeff(ce, pe);
        if (sym_is_rational(ex) && b->kind == SYM_MUL) {
            Sym *h, *t, *c, *m;
            content_primitive(b, &h, &t);
            sym_as_coeff_mul(sym_pow(h, ex), false, &c, &m);
            Sym *mb, *me;
            sym_as_base_exp(m, &mb, &me);
            if (sym_is_one(mb) || sym_eq(me, ex)) {
                *con = c;
                *prim = sym_pow_raw(sym_keep_coeff(mb, t), ex);
                return;
            }
        }
        *con = sym_one;
        *prim = e;
        return;
    }
    *con = sym_one;
    *prim = e;
}

static bool coeff_has_minus(Sym *a)
{
    Sym *c, *r;
    sym_as_coeff_mul(a, false, &c, &r);
    return sym_is_num(c) && c->kind != SYM_NAN && sym_num_sign(c) < 0;
}

/* sympy's factor_terms(e, sign): common factors and rational content pulled out of sums. */
static Sym *factor_terms(Sym *e, bool sign)
{
    budget_tick();
    if (!e->n)
        return e;
    if (e->kind == SYM_POW || e->kind == SYM_FN || !(e->kind <= SYM_FN)) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        bool changed = false;
        for (uint32_t i = 0; i < e->n; i++) {
            v[i] = factor_terms(e->args[i], sign);
            changed |= v[i] != e->args[i];
        }
        return changed ? sym_rebuild(e, v) : e;
    }
    Sym *cont, *p;
    content_primitive(e, &cont, &p);
    if (p->kind == SYM_ADD) {
        Sym **v = gc_alloc(p->n * sizeof(Sym *));
        bool all_neg = true;
        for (uint32_t i = 0; i < p->n; i++) {
            v[i] = factor_terms(p->args[i], sign);
            all_neg &= coeff_has_minus(v[i]);
        }
        if (all_neg) {
            cont = sym_neg(cont);
            for (uint32_t i = 0; i < p->n; i++)
                v[i] = sym_neg(v[i]);
        }
        p = sym_gcd_terms(p->n, v);
    } else if (p->n) {
        Sym **v = gc_alloc(p->n * sizeof(Sym *));
        for (uint32_t i = 0; i < p->n; i++)
            v[i] = factor_terms(p->args[i], sign);
        p = sym_rebuild(p, v);
    }
    /* _keep_coeff(cont, p, sign): with sign, a -1 stays outside a sum */
    if (sign && sym_is_int_value(cont, -1) && p->kind == SYM_ADD)
        return sym_mul_raw(2, (Sym *[]){cont, p});
    /* clear=False: a fractional content goes back into the terms when one of them then has an
     * integer coefficient ((6 - y)/2 -> 3 - y/2) */
    if (cont->kind == SYM_RATIONAL && p->kind == SYM_ADD) {
        Sym **v = gc_alloc(p->n * sizeof(Sym *));
        bool some_int = false;
        for (uint32_t i = 0; i < p->n; i++) {
            Sym *c, *m;
            sym_as_coeff_mul(p->args[i], true, &c, &m);
            c = sym_mul(c, cont);
            some_int |= c->kind == SYM_INTEGER;
            v[i] = sym_keep_coeff(c, m);
        }
        if (some_int)
            return sym_add_n(p->n, v);
    }
    return sym_keep_coeff(cont, p);
}

Sym *sym_factor_terms(Sym *e) { return factor_terms(e, true); }

/* sympy's Expr.normal(): a sum over a common denominator. */
static Sym *normal(Sym *e)
{
    Sym *n, *d;
    sym_numer_denom(e, &n, &d);
    if (sym_is_one(d))
        return n;
    return sym_div(n, d);
}

/* ---- simplify ------------------------------------------------------------------------------ */

/* sympy's collect_abs, applied to every product: its Abs factors gathered under one Abs, so
 * that Abs(x)*Abs(y) is Abs(x*y) and 2/Abs(x) is 2*Abs(1/x). */
static Sym *collect_abs_mul(Sym *e)
{
    if (e->kind != SYM_MUL)
        return e;
    SymVec in = {0}, out = {0};
    bool negative = false;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *t = e->args[i];
        if (sym_is_fn(t, SYM_FN_ABS))
            sym_vec_push(&in, t->args[0]);
        else if (t->kind == SYM_POW && sym_is_fn(t->args[0], SYM_FN_ABS) && sym_is(t->args[1], SYM_F_REAL))
            sym_vec_push(&in, sym_pow(t->args[0]->args[0], t->args[1]));
        else
            sym_vec_push(&out, t);
    }
    for (size_t i = 0; i < in.n; i++)
        negative |= in.v[i]->kind == SYM_POW && sym_is(in.v[i]->args[1], SYM_F_NEGATIVE);
    if (in.n < 2 && !negative)
        return e;
    Sym *arg = sym_mul_n(in.n, in.v), *a = sym_fn1(SYM_FN_ABS, arg);
    if (sym_has_fn(a, SYM_FN_ABS) && !sym_is_fn(a, SYM_FN_ABS))
        a = sym_fn_raw(SYM_FN_ABS, 1, &arg);
    sym_vec_push(&out, a);
    return sym_mul_n(out.n, out.v);
}

/* sympy's signsimp: every sum that can give up a minus sign does so wherever the sign can leave
 * it, i.e. as a factor of a product or the base of an integer power, so that -(b - a)*c and
 * -(x - 1)**5 are preferred to (a - b)*c and (1 - x)**5; elsewhere (a term of a sum, a function
 * argument, a non-integer power) the sum stays as it is. */
Sym *sym_signsimp(Sym *e)
{
    budget_tick();
    if (!e->n || !(e->kind <= SYM_FN))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = sym_signsimp(e->args[i]);
    if (e->kind == SYM_POW) {
        if (v[0]->kind == SYM_ADD && v[1]->kind == SYM_INTEGER && sym_could_extract_minus_sign(v[0]))
            return sym_mul(sym_pow(sym_neg_one, v[1]), sym_pow(sym_neg(v[0]), v[1]));
        return sym_rebuild(e, v);
    }
    if (e->kind != SYM_MUL)
        return sym_rebuild(e, v);
    bool flip = false;
    for (uint32_t i = 0; i < e->n; i++)
        if (v[i]->kind == SYM_ADD && sym_could_extract_minus_sign(v[i])) {
            v[i] = sym_neg(v[i]);
            flip = !flip;
        }
    Sym *m = sym_mul_n(e->n, v);
    return flip ? sym_neg(m) : m;
}

/* The first of the candidates with the fewest operations (sympy's shorter()). */
static Sym *shorter(size_t n, Sym *const *c)
{
    Sym *best = c[0];
    long bo = sym_count_ops(best);
    for (size_t i = 1; i < n; i++) {
        long o = sym_count_ops(c[i]);
        if (o < bo) {
            best = c[i];
            bo = o;
        }
    }
    return best;
}

static Sym *shorter2(Sym *a, Sym *b) { return shorter(2, (Sym *[]){a, b}); }

static bool has_log(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_LOG))
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (has_log(e->args[i]))
            return true;
    return false;
}

static bool handled(Sym *e)
{
    return e->kind == SYM_ADD || e->kind == SYM_MUL || e->kind == SYM_POW || sym_is_fn(e, SYM_FN_EXP);
}

/* Simplifies the arguments of every node that simplify does not treat itself (functions). */
static Sym *simplify_inner(Sym *e)
{
    if (!e->n)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = handled(e) ? simplify_inner(e->args[i]) : sym_simplify(e->args[i]);
    return sym_rebuild(e, v);
}

/* Every number of a float-valued result as a Float, the way sympy's real-coefficient
 * polynomials give their terms back (1.0*x + 1.0). */
static Sym *floatify(Sym *e)
{
    if (sym_is_rational(e))
        return sym_evalf(e, 15);
    if (e->kind == SYM_ADD) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *c, *r;
            sym_as_coeff_mul(e->args[i], true, &c, &r);
            v[i] = sym_mul_raw(2, (Sym *[]){sym_evalf(c, 15), r});
            if (sym_is_one(r))
                v[i] = sym_evalf(c, 15);
        }
        return sym_add_n(e->n, v);
    }
    if (e->kind == SYM_MUL) {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = e->args[i]->kind == SYM_ADD ? floatify(e->args[i])
                   : sym_is_rational(e->args[i]) ? sym_evalf(e->args[i], 15) : e->args[i];
        return sym_mul_n(e->n, v);
    }
    return e;
}

/* q*sqrt(n) or q*I*sqrt(n), q rational. */
static bool surd_term(const Sym *t)
{
    Sym *const *f;
    size_t nf = sym_mul_args((Sym *const *)&t, &f), k = 0;
    if (k < nf && sym_is_rational(f[k]))
        k++;
    if (k < nf && f[k]->kind == SYM_I)
        k++;
    return k + 1 == nf && f[k]->kind == SYM_POW && f[k]->args[0]->kind == SYM_INTEGER &&
           sym_eq(f[k]->args[1], sym_half);
}

/* p + q*sqrt(n) (times I) with p, q rational, the shape of a quadratic's roots, which solve()
 * simplifies one by one: every step of simplify leaves it as it is (checked against sympy on
 * thousands of random p, q, n). */
static bool quadratic_surd(const Sym *e)
{
    if (e->kind == SYM_ADD)
        return e->n == 2 && sym_is_rational(e->args[0]) && surd_term(e->args[1]);
    return surd_term(e);
}

Sym *sym_simplify(Sym *e)
{
    budget_tick();
    if (e->kind == SYM_REL)
        return sym_simplify_rel(e);
    if (!e->n || !(e->kind <= SYM_FN) || quadratic_surd(e))
        return e;
    if (sym_is(e, SYM_F_ZERO))
        return sym_zero;
    if (sym_is_fn(e, SYM_FN_LOG) && e->n == 1) {
        /* log._eval_simplify: the expanded logarithm of the simplified argument, unless the
         * input is shorter */
        Sym *x = sym_expand_log(sym_fn1(SYM_FN_LOG, sym_simplify(e->args[0])));
        return sym_count_ops(x) <= sym_count_ops(e) ? x : e;
    }
    e = sym_bottom_up(sym_signsimp(e), collect_abs_mul);
    Sym *original = e;
    e = simplify_inner(e);
    if (!handled(e))
        return e;
    bool floats = sym_has_float(e);
    if (floats) {
        /* sympy works over the reals here; exact arithmetic then Floats gives the same answers
         * when something cancels; when nothing does, the sums are put over common denominators
         * as sympy's first step does, unless that grows too much */
        Sym *r = sym_simplify(sym_rationalize_floats(e));
        if (sym_count_ops(r) < sym_count_ops(sym_rationalize_floats(e)))
            return floatify(r);
        r = sym_bottom_up(e, normal);
        return (double)sym_count_ops(r) > 1.7 * (double)sym_count_ops(original) ? original : r;
    }
    e = sym_bottom_up(e, normal);
    Sym *con, *prim;
    content_primitive(sym_powsimp(e, false, SYM_POWSIMP_ALL, false), &con, &prim);
    e = sym_mul(con, prim);
    Sym *c = sym_cancel(e);
    Sym *expr1 = shorter2(c, sym_cancel(sym_expand(c)));
    Sym *expr2 = shorter2(sym_together(e), sym_together(expr1));
    e = shorter(3, (Sym *[]){expr2, expr1, e});
    e = factor_terms(e, false);
    if (sym_has_trig(e))
        e = sym_trigsimp(e);
    if (has_log(e))
        e = shorter2(sym_expand_log(e), sym_logcombine(e, false));
    if (sym_has_gamma_like(e))
        e = sym_combsimp(e);
    Sym *s = shorter(3, (Sym *[]){sym_powsimp(e, true, SYM_POWSIMP_EXP, false),
                                  sym_powsimp(e, false, SYM_POWSIMP_ALL, false), e});
    s = shorter2(s, sym_cancel(s));
    s = shorter(3, (Sym *[]){s, factor_terms(s, true), sym_expand_power_exp(sym_expand_mul(s))});
    /* a number times a sum stays distributed, as Mul would have it */
    if (s->kind == SYM_MUL && s->n == 2 && sym_is_num(s->args[0]) && s->args[1]->kind == SYM_ADD)
        s = sym_mul(s->args[0], s->args[1]);
    Sym *n, *d;
    sym_numer_denom(s, &n, &d);
    if (d->kind == SYM_ADD) {
        /* a numeric denominator with one radical rationalised */
        Sym *rn, *rd;
        sym_numer_denom(sym_radsimp(sym_div(sym_one, d), false, 1), &rn, &rd);
        if (!sym_is_one(rn))
            s = sym_div(sym_expand(sym_mul(n, rn)), rd);
    }
    if (sym_could_extract_minus_sign(s)) {
        fraction(s, &n, &d);
        if (!sym_is_zero_num(d))
            s = sym_signsimp(sym_div(sym_neg(n), sym_neg(d)));
    }
    if ((double)sym_count_ops(s) > 1.7 * (double)sym_count_ops(original))
        s = original;
    return s;
}
