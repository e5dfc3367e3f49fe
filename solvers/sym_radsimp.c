/* solvers/sym_radsimp.c — radsimp(): denominators freed of square roots. */
#include "solvers/sym_radsimp.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_powsimp.h"
#include "solvers/sym_simplify.h"

typedef struct {
    bool symbolic;
    int max_terms;
} Opts;

/* A square root: an exponent with denominator 2 (symbolic: any exponent whose denominator is 2). */
static bool is_sqrt(const Sym *f, Opts o)
{
    if (f->kind != SYM_POW)
        return false;
    Sym *x = f->args[1];
    if (x->kind == SYM_RATIONAL)
        return fmpz_cmp_ui(fmpq_denref(x->v.q), 2) == 0;
    if (!o.symbolic)
        return false;
    Sym *n, *d;
    sym_numer_denom(x, &n, &d);
    return sym_is_int_value(d, 2);
}

/* The denominator's terms grouped by the product of their radicands (I counting as sqrt(-1)):
 * radicands in rad[], coefficients in co[], the group without radicals first. */
static size_t collect(Sym *d, Opts o, Sym ***rad, Sym ***co)
{
    Sym *const *t;
    size_t nt = sym_add_args(&d, &t);
    SymVec keys = {0}, sums = {0};
    for (size_t i = 0; i < nt; i++) {
        Sym *const *f;
        size_t nf = sym_mul_args(&t[i], &f);
        SymVec p2 = {0}, other = {0};
        for (size_t k = 0; k < nf; k++) {
            if (is_sqrt(f[k], o))
                sym_vec_push(&p2, sym_eq(f[k]->args[1], sym_half) ? f[k]->args[0]
                                                                  : sym_pow(f[k]->args[0], sym_mul(sym_two, f[k]->args[1])));
            else if (f[k]->kind == SYM_I)
                sym_vec_push(&p2, sym_neg_one);
            else
                sym_vec_push(&other, f[k]);
        }
        Sym *key = sym_mul_n(p2.n, p2.v), *c = sym_mul_n(other.n, other.v);
        size_t j;
        for (j = 0; j < keys.n && !sym_eq(keys.v[j], key); j++)
            ;
        if (j == keys.n) {
            sym_vec_push(&keys, key);
            sym_vec_push(&sums, c);
        } else {
            sums.v[j] = sym_add(sums.v[j], c);
        }
    }
    /* sympy's ordered(): the rational group first, then by the radicands' canonical order */
    for (size_t i = 1; i < keys.n; i++)
        for (size_t j = i; j > 0; j--) {
            Sym *a = keys.v[j - 1], *b = keys.v[j];
            bool swap = !sym_is_one(a) && (sym_is_one(b) || sym_cmp(a, b) > 0);
            if (!swap)
                break;
            keys.v[j - 1] = b;
            keys.v[j] = a;
            Sym *s = sums.v[j - 1];
            sums.v[j - 1] = sums.v[j];
            sums.v[j] = s;
        }
    *rad = keys.v;
    *co = sums.v;
    return keys.n;
}

/* The multiplier that clears one to three radical groups (sympy's _num). */
static Sym *conjugate(size_t n, Sym *const *rad, Sym *const *co)
{
    if (n == 1)
        return sym_sqrt(rad[0]);
    Sym *ra = sym_mul(sym_sqrt(rad[0]), co[0]), *rb = sym_mul(sym_sqrt(rad[1]), co[1]);
    if (n == 2)
        return sym_sub(ra, rb);
    Sym *rc = sym_mul(sym_sqrt(rad[2]), co[2]);
    Sym *sq[3] = {sym_mul(rad[0], sym_pow_si(co[0], 2)), sym_mul(rad[1], sym_pow_si(co[1], 2)),
                  sym_mul(rad[2], sym_pow_si(co[2], 2))};
    Sym *second = sym_add_n(4, (Sym *[]){sym_mul(sym_two, sym_mul(ra, rb)), sym_neg(sq[0]), sym_neg(sq[1]), sq[2]});
    return sym_mul(sym_sub(sym_add(ra, rb), rc), second);
}

/* 1/f as *num / *den with the radicals of f cleared; false when f is left as it is. */
static bool invert(Sym *f, Opts o, Sym **num, Sym **den)
{
    budget_tick();
    if (!f->n || (!o.symbolic && sym_has_symbols(f)))
        return false;
    if (f->kind == SYM_POW && !is_sqrt(f, o) &&
        (f->args[1]->kind == SYM_INTEGER || sym_is(f->args[0], SYM_F_POSITIVE))) {
        Sym *n, *d;
        if (!invert(f->args[0], o, &n, &d))
            return false;
        *num = sym_pow(n, f->args[1]);
        *den = sym_pow(d, f->args[1]);
        return true;
    }
    if (f->kind != SYM_ADD && !is_sqrt(f, o))
        return false;
    Sym *n = sym_one, *d = sym_expand(f);
    if (sym_eq(d, f) && f->kind == SYM_ADD) {
        /* no radical to clear leaves the fraction as it was (sympy compares it with the old) */
        Sym **rad, **co;
        size_t nr = collect(d, o, &rad, &co);
        if (nr - (sym_is_one(rad[0]) ? 1 : 0) < 1)
            return false;
    }
    for (int round = 0; round < 8 && d->n; round++) {
        Sym **rad, **co;
        size_t nr = collect(d, o, &rad, &co);
        size_t nrad = nr - (sym_is_one(rad[0]) ? 1 : 0);
        if (nrad < 1)
            break;
        if (nrad > (size_t)o.max_terms || nr > 3)
            return false;
        Sym *m = sym_powsimp(conjugate(nr, rad, co), false, SYM_POWSIMP_ALL, false);
        n = sym_mul(n, m);
        d = sym_expand(sym_mul(d, m));
        if (sym_is_zero_num(d) || d->kind == SYM_NAN || d->kind == SYM_COMPLEX_INFINITY)
            return false;
    }
    *num = n;
    *den = d;
    return true;
}

/* A sum that gives up its minus sign, or a product with a negative coefficient once its sums
 * have given up theirs (signsimp). */
static bool negated(Sym *e)
{
    if (e->kind == SYM_ADD)
        return sym_could_extract_minus_sign(e);
    Sym *c, *r;
    sym_as_coeff_mul(sym_signsimp(e), false, &c, &r);
    return sym_is_num(c) && c->kind != SYM_NAN && sym_num_sign(c) < 0;
}

/* coeff + n/d, a sum over a rational denominator kept whole as sympy prints it ((x + y)/2). */
static Sym *join(Sym *coeff, Sym *n, Sym *d)
{
    if (sym_is_one(d))
        return sym_add(coeff, n);
    if (sym_is_rational(d) && n->kind == SYM_ADD)
        return sym_add(coeff, sym_mul_raw(2, (Sym *[]){sym_div(sym_one, d), n}));
    Sym *q = sym_div(n, d);
    if (!sym_is_num(d) && sym_has(n, d)) {
        /* sqrt(x)/x stays as written rather than becoming 1/sqrt(x) */
        Sym *const *f;
        size_t nf = sym_mul_args(&n, &f);
        Sym **v = gc_alloc((nf + 1) * sizeof(Sym *));
        for (size_t i = 0; i < nf; i++)
            v[i] = f[i];
        v[nf] = sym_pow(d, sym_neg_one);
        q = sym_mul_raw(nf + 1, v);
    }
    return sym_add(coeff, q);
}

Sym *sym_radsimp(Sym *e, bool symbolic, int max_terms)
{
    Opts o = {symbolic, max_terms};
    if (!(e->kind <= SYM_FN))
        return e;
    Sym *coeff, *rest, *n0, *d0;
    sym_as_coeff_add(e, &coeff, &rest);
    sym_numer_denom(rest, &n0, &d0);
    Sym *const *f;
    size_t nf = sym_mul_args(&d0, &f);
    Sym *n = n0, *d = sym_one;
    bool changed = false;
    for (size_t i = 0; i < nf; i++) {
        Sym *fn, *fd;
        if (invert(f[i], o, &fn, &fd)) {
            n = sym_mul(n, fn);
            d = sym_mul(d, fd);
            changed = true;
        } else {
            d = sym_mul(d, f[i]);
        }
    }
    if (!changed)
        return join(coeff, n0, d0);
    if (d->n && negated(d)) {
        /* the denominator's sign goes to the numerator (two signs cancel) */
        n = negated(n) ? sym_neg(sym_signsimp(n)) : sym_neg(n);
        d = sym_neg(d);
    }
    n = sym_expand_mul(n);
    if (sym_is_num(d) || d->kind == SYM_ADD) {
        /* gcd_terms: common factors of the numerator's terms pulled out (and the minus sign
         * of what remains), the numeric content reduced against the denominator's */
        Sym *const *t;
        size_t nt = sym_add_args(&n, &t);
        Sym *c, *r, *c2;
        sym_as_coeff_mul(sym_gcd_terms(nt, t), true, &c, &r);
        sym_as_coeff_mul(sym_signsimp(r), true, &c2, &r);
        c = sym_mul(c, c2);
        if (sym_is_rational(d)) {
            Sym *qn, *qd;
            sym_numer_denom(sym_div(c, d), &qn, &qd);
            n = sym_mul(qn, r);
            d = qd;
        } else {
            Sym *cd, *pd;
            sym_primitive(d, &cd, &pd);
            if (sym_is_rational(c) && cd->kind == SYM_INTEGER && c->kind == SYM_INTEGER) {
                fmpz_t k;
                fmpz_init(k);
                fmpz_gcd(k, c->v.z, cd->v.z);
                Sym *ks = sym_int_fmpz(k);
                fmpz_clear(k);
                c = sym_div(c, ks);
                d = sym_expand(sym_div(d, ks));
            }
            n = sym_mul(c, r);
        }
    }
    return join(coeff, n, d);
}
