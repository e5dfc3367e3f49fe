/* solvers/sym_solveexp.c — exponential equations in one unknown (powers of one numeric base). */
#include "solvers/sym_solveexp.h"

#include <math.h>

#include <acb.h>

#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"

/* One term of the equation: coeff * prod(a_i**(c_i*x + d_i)), also written coeff * q**(m*x + s)
 * in the common base q. */
typedef struct {
    Sym *coeff;
    size_t npow;
    Sym *base, *c, *d;   /* the power when there is one */
    Sym *q, *m, *s;
} Term;

/* g = c*x + d with c a nonzero rational and d rational. */
static bool linear_exponent(Sym *g, Sym *x, Sym **c, Sym **d)
{
    *c = sym_diff(g, x);
    if (!sym_is_rational(*c) || sym_is_zero_num(*c))
        return false;
    *d = sym_expand(sym_sub(g, sym_mul(*c, x)));
    return sym_is_rational(*d);
}

/* n = r**k with k as large as possible (n >= 2). */
static long integer_root(const fmpz_t n, fmpz_t r)
{
    long k = 1;
    fmpz_set(r, n);
    fmpz_t t;
    fmpz_init(t);
    int e;
    while ((e = fmpz_is_perfect_power(t, r)) > 1) {
        k *= e;
        fmpz_set(r, t);
    }
    fmpz_clear(t);
    return k;
}

/* The positive rational a (not 1) as q**k with q not a perfect power, as powdenest writes
 * 4**x = 2**(2*x) and (1/8)**x = 2**(-3*x). */
static void rational_root(Sym *a, Sym **q, long *k)
{
    fmpq_t v;
    fmpq_init(v);
    sym_get_fmpq(v, a);
    fmpz_t ru, rv;
    fmpz_init(ru);
    fmpz_init(rv);
    if (fmpz_is_one(fmpq_numref(v)) || fmpz_is_one(fmpq_denref(v))) {
        bool inv = fmpz_is_one(fmpq_numref(v));
        *k = integer_root(inv ? fmpq_denref(v) : fmpq_numref(v), ru);
        if (inv)
            *k = -*k;
        *q = sym_int_fmpz(ru);
    } else {
        long ku = integer_root(fmpq_numref(v), ru), kv = integer_root(fmpq_denref(v), rv);
        long g = n_gcd((ulong)ku, (ulong)kv);
        fmpz_root(ru, fmpq_numref(v), g);
        fmpz_root(rv, fmpq_denref(v), g);
        *q = sym_rat_fmpz(ru, rv);
        *k = g;
    }
    fmpz_clear(ru);
    fmpz_clear(rv);
    fmpq_clear(v);
}

static bool positive_rational(Sym *a)
{
    return sym_is_rational(a) && sym_num_sign(a) > 0 && !sym_is_one(a);
}

/* Splits a term into its x-free coefficient and powers of rational bases with exponents
 * linear in x; false when x appears otherwise. */
static bool parse_term(Sym *term, Sym *x, Term *t)
{
    Sym *const *f;
    size_t nf = sym_mul_args(&term, &f);
    SymVec rest = {0};
    *t = (Term){.npow = 0, .m = sym_zero, .s = sym_zero};
    for (size_t i = 0; i < nf; i++) {
        if (!sym_has(f[i], x)) {
            sym_vec_push(&rest, f[i]);
            continue;
        }
        Sym *c, *d;
        if (f[i]->kind != SYM_POW || !positive_rational(f[i]->args[0]) ||
            !linear_exponent(f[i]->args[1], x, &c, &d))
            return false;
        Sym *q;
        long k;
        rational_root(f[i]->args[0], &q, &k);
        if (t->q && !sym_eq(q, t->q))
            return false;
        t->q = q;
        t->npow++;
        t->base = f[i]->args[0];
        t->c = c;
        t->d = d;
        t->m = sym_add(t->m, sym_mul(sym_int(k), c));
        t->s = sym_add(t->s, sym_mul(sym_int(k), d));
    }
    t->coeff = sym_mul_n(rest.n, rest.v);
    return true;
}

/* Is the number v zero? */
static bool numeric_zero(Sym *v)
{
    Sym *e = sym_evalf(v, 30);
    return sym_is_num(e) ? sym_is_zero_num(e) : sym_is_zero_num(sym_expand(v));
}

/* sympy's guess of a rational exponent r with a**r = |b| (a**n == b**d for r = n/d, b with its
 * sign). NULL when there is none. */
static Sym *rational_exponent(Sym *a, Sym *b)
{
    if (!sym_is_rational(b))
        return NULL;
    Sym *ab = sym_num_sign(b) < 0 ? sym_num_neg(b) : b;
    Sym *r;
    if (sym_is_one(ab)) {
        r = sym_zero;
    } else {
        Sym *qa, *qb;
        long ka, kb;
        rational_root(a, &qa, &ka);
        rational_root(ab, &qb, &kb);
        if (!sym_eq(qa, qb))
            return NULL;
        r = sym_rat(kb, ka);
    }
    Sym *n, *d;
    sym_numer_denom(r, &n, &d);
    if (!sym_is_zero_num(sym_expand(sym_sub(sym_pow(a, n), sym_pow(b, d)))))
        return NULL;
    return r;
}

static Sym *log_of(Sym *v) { return sym_fn1(SYM_FN_LOG, v); }

/* The denominators of the angles (multiples of pi) at which sympy's log of a complex number
 * evaluates to log(modulus) + I*angle. */
static const long angle_dens[] = {1, 2, 3, 4, 5, 6, 8, 10, 12};

/* log(G) for a root G of G**n = B: log(|B|**(1/n)) + I*theta when G is not real and its argument
 * theta is such a multiple of pi, as sympy evaluates it; log(G) otherwise. */
static Sym *log_root(Sym *G, Sym *B, long n)
{
    Sym *plain = log_of(G);
    acb_t v;
    acb_init(v);
    Sym *out = plain;
    if (sym_eval_acb(v, G, 256) && !arb_contains_zero(acb_imagref(v))) {
        arb_t th, pi;
        arb_init(th);
        arb_init(pi);
        acb_arg(th, v, 256);
        arb_const_pi(pi, 256);
        arb_div(th, th, pi, 256);
        for (size_t i = 0; i < sizeof angle_dens / sizeof angle_dens[0]; i++) {
            arb_t t;
            arb_init(t);
            arb_mul_si(t, th, angle_dens[i], 256);
            double d = arf_get_d(arb_midref(t), ARF_RND_NEAR);
            long p = lround(d);
            arb_sub_si(t, t, p, 256);
            mag_t m;
            mag_init(m);
            arb_get_mag(m, t);
            bool hit = mag_cmp_2exp_si(m, -150) < 0;
            mag_clear(m);
            arb_clear(t);
            if (hit) {
                Sym *mod = sym_pow(sym_fn1(SYM_FN_ABS, B), sym_rat(1, n));
                out = sym_add(log_of(mod), sym_mul(sym_rat(p, angle_dens[i]), sym_mul(sym_i, sym_pi)));
                break;
            }
        }
        arb_clear(th);
        arb_clear(pi);
    }
    acb_clear(v);
    return out;
}

/* a**(c*x + d) = b as sympy's _tsolve solves it: equal bases compare exponents; otherwise
 * exp(g*log(a)) = b is a polynomial in exp(x*log(q)/den) (all complex branches), and a
 * rational exponent a**r = b found by guessing replaces the branch it duplicates. */
static bool one_power(Sym *a, Sym *c, Sym *d, Sym *b, SymVec *out)
{
    if (sym_is_zero_num(b))
        return true;
    Sym *bb, *be;
    sym_as_base_exp(b, &bb, &be);
    if (sym_eq(bb, a)) {
        sym_vec_push(out, sym_simplify(sym_div(sym_sub(be, d), c)));
        return true;
    }
    Sym *q;
    long k;
    rational_root(a, &q, &k);
    if (!sym_is_int(q)) {
        /* sympy keeps log(u/v) whole: one branch */
        q = a;
        k = 1;
    }
    /* exp(k*(c*x + d)*log(q)) = b: G**n = b*q**(-k*d) with G = exp(sign*x*log(q)/den) */
    Sym *N = sym_mul(sym_int(k), c), *num, *den;
    sym_numer_denom(N, &num, &den);
    int sign = sym_num_sign(num);
    if (sign < 0)
        num = sym_num_neg(num);
    if (!sym_is_int(num) || fmpz_cmp_si(num->v.z, 64) > 0)
        return false;
    long n = fmpz_get_si(num->v.z);
    Sym *B = sym_mul(b, sym_pow(q, sym_neg(sym_mul(sym_int(k), d))));
    Sym *G = sym_dummy("G", (SymFacts){0, 0});
    Sym *roots = sym_roots(sym_sub(sym_pow_si(G, n), B), G);
    Sym *r = rational_exponent(a, b);
    Sym *scale = sym_div(sym_mul(sym_int(sign), den), log_of(q));
    SymVec sols = {0};
    for (size_t i = 0; i < roots->n; i += 2) {
        Sym *s = sym_mul(scale, log_root(roots->args[i], B, n));
        if (r && numeric_zero(sym_sub(sym_add(sym_mul(c, s), d), r)))
            continue;
        sym_vec_push(&sols, s);
    }
    if (r)
        sym_vec_push(&sols, sym_div(sym_sub(r, d), c));
    for (size_t i = 0; i < sols.n; i++)
        sym_vec_push(out, sym_simplify(sols.v[i]));
    return true;
}

/* Several powers of the base q: a polynomial in T = q**(x/L), factored; each factor with T
 * solved as one power of q (binomials) or through its roots. */
static bool factored(const Term *t, size_t nt, Sym *rest, Sym *q, SymVec *out)
{
    fmpz_t L;
    fmpz_init_set_ui(L, 1);
    for (size_t i = 0; i < nt; i++)
        if (t[i].m->kind == SYM_RATIONAL)
            fmpz_lcm(L, L, fmpq_denref(t[i].m->v.q));
    Sym *Ls = sym_int_fmpz(L);
    fmpz_clear(L);
    Sym *T = sym_dummy("T", (SymFacts){0, 0});
    Sym *low = NULL;
    for (size_t i = 0; i < nt; i++) {
        Sym *e = sym_mul(t[i].m, Ls);
        if (!low || sym_num_cmp(e, low) < 0)
            low = e;
    }
    if (sym_num_sign(low) > 0)
        low = sym_zero;
    SymVec terms = {0};
    sym_vec_push(&terms, sym_mul(rest, sym_pow(T, sym_neg(low))));
    for (size_t i = 0; i < nt; i++) {
        Sym *cf = sym_mul(t[i].coeff, sym_pow(q, t[i].s));
        sym_vec_push(&terms, sym_mul(cf, sym_pow(T, sym_sub(sym_mul(t[i].m, Ls), low))));
    }
    Sym *p = sym_expand(sym_add_n(terms.n, terms.v));
    SymVec fs = {0}, ms = {0}, c = {0};
    sym_factor_list(p, &fs, &ms);
    for (size_t i = 0; i < fs.n; i++) {
        if (!sym_has(fs.v[i], T))
            continue;
        if (!sym_poly_coeffs(fs.v[i], T, &c))
            return false;
        /* (highest degree first) */
        size_t deg = c.n - 1, nz = 0;
        for (size_t k = 1; k < deg; k++)
            nz += !sym_is_zero_num(c.v[k]);
        if (sym_is_zero_num(c.v[deg]))
            continue;   /* T itself: q**x is never 0 */
        if (nz == 0) {
            if (!one_power(q, sym_div(sym_int((long)deg), Ls), sym_zero,
                           sym_neg(sym_div(c.v[deg], c.v[0])), out))
                return false;
            continue;
        }
        Sym *roots = sym_roots(fs.v[i], T);
        for (size_t k = 0; k < roots->n; k += 2)
            sym_vec_push(out, sym_simplify(sym_div(sym_mul(Ls, log_of(roots->args[k])), sym_fn1(SYM_FN_LOG, q))));
    }
    return true;
}

/* sym_solveexp into out, which may be left partly filled when it fails. */
static bool solve_powers(Sym *ex, Sym *x, SymVec *out)
{
    Sym *const *args;
    size_t na = sym_add_args(&ex, &args);
    Term *t = gc_alloc((na ? na : 1) * sizeof(Term));
    size_t nt = 0;
    SymVec rest = {0};
    bool one_base = true;
    for (size_t i = 0; i < na; i++) {
        if (!sym_has(args[i], x)) {
            sym_vec_push(&rest, args[i]);
            continue;
        }
        if (!parse_term(args[i], x, &t[nt]))
            return false;
        one_base = one_base && sym_eq(t[nt].q, t[0].q);
        nt++;
    }
    if (!nt)
        return false;
    Sym *r = sym_add_n(rest.n, rest.v);
    if (nt == 1) {
        /* c*a**g = -rest, or a product of powers combined in the common base */
        Sym *b = sym_div(sym_neg(r), t[0].coeff);
        if (t[0].npow == 1)
            return one_power(t[0].base, t[0].c, t[0].d, b, out);
        return one_power(t[0].q, t[0].m, t[0].s, b, out);
    }
    if (nt == 2 && sym_is_zero_num(r)) {
        /* two powers equal up to a constant: their ratio is one power, in one base when the
         * exponents are the same (2**x/3**x = (2/3)**x) */
        Sym *b = sym_neg(sym_div(t[1].coeff, t[0].coeff));
        if (t[0].npow == 1 && t[1].npow == 1 && sym_eq(t[0].c, t[1].c) && sym_eq(t[0].d, t[1].d))
            return one_power(sym_div(t[0].base, t[1].base), t[0].c, t[0].d, b, out);
        if (one_base)
            return one_power(t[0].q, sym_sub(t[0].m, t[1].m), sym_sub(t[0].s, t[1].s), b, out);
    }
    return one_base && factored(t, nt, r, t[0].q, out);
}

bool sym_solveexp(Sym *ex, Sym *x, SymVec *out)
{
    SymVec got = {0};
    if (!solve_powers(ex, x, &got))
        return false;
    for (size_t i = 0; i < got.n; i++)
        sym_vec_push(out, got.v[i]);
    return true;
}

Sym *sym_solveexp_logs(Sym *ex, Sym *x)
{
    Sym *const *args;
    size_t na = sym_add_args(&ex, &args), nlog = 0;
    SymVec rest = {0}, parts = {0};
    Sym *k = NULL;
    for (size_t i = 0; i < na; i++) {
        if (!sym_has(args[i], x)) {
            sym_vec_push(&rest, args[i]);
            continue;
        }
        Sym *term = args[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        Sym *g = NULL;
        SymVec cf = {0};
        for (size_t m = 0; m < nf; m++) {
            if (!sym_has(f[m], x))
                sym_vec_push(&cf, f[m]);
            else if (!g && sym_is_fn(f[m], SYM_FN_LOG) && f[m]->n == 1)
                g = f[m]->args[0];
            else
                return NULL;
        }
        if (!g)
            return NULL;
        Sym *c = sym_mul_n(cf.n, cf.v);
        if (!k)
            k = c;
        Sym *ratio = sym_div(c, k);
        if (!sym_is_rational(ratio))
            return NULL;
        sym_vec_push(&parts, sym_pow(g, ratio));
        nlog++;
    }
    /* (with nothing on the other side sympy combines only two logs) */
    if (nlog < 2 || (nlog > 2 && !rest.n))
        return NULL;
    Sym *r = sym_div(sym_neg(sym_add_n(rest.n, rest.v)), k);
    return sym_sub(sym_mul_n(parts.n, parts.v), sym_fn1(SYM_FN_EXP, r));
}
