/* solvers/sym_trigsimp.c — trigsimp (see sym_trigsimp.h). The rewrites are named after Fu's
 * (TR1 ... TR22), whose behaviour sympy's fu module documents; each is applied from the leaves
 * up, like sympy's bottom_up. */
#include "solvers/sym_trigsimp.h"

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_simplify.h"

typedef Sym *(*Rule)(Sym *);

static bool is_trig(const Sym *e)
{
    return e->kind == SYM_FN && e->op >= SYM_FN_SIN && e->op <= SYM_FN_CSC;
}

/* sympy's L(): the number of trigonometric functions in e, counted with repetition. */
static long trig_count(Sym *e)
{
    long n = is_trig(e);
    for (uint32_t i = 0; i < e->n; i++)
        n += trig_count(e->args[i]);
    return n;
}

bool sym_has_trig(Sym *e) { return trig_count(e) > 0; }

static bool is_pow_of(const Sym *e, SymFn f)
{
    return e->kind == SYM_POW && sym_is_fn(e->args[0], f) && e->args[1]->kind == SYM_INTEGER;
}

/* The integer exponent of a power of f(a) as a C long; false when e is no such power. */
static bool pow_of(const Sym *e, SymFn f, long *k)
{
    if (!is_pow_of(e, f) || !fmpz_fits_si(e->args[1]->v.z))
        return false;
    *k = fmpz_get_si(e->args[1]->v.z);
    return true;
}

static Sym *bottom_up(Sym *e, Rule f)
{
    budget_tick();
    if (!e->n || !(e->kind <= SYM_FN))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    bool changed = false;
    for (uint32_t i = 0; i < e->n; i++) {
        v[i] = bottom_up(e->args[i], f);
        changed |= v[i] != e->args[i];
    }
    return f(changed ? sym_rebuild(e, v) : e);
}

/* The objective futrig minimises: trigonometric functions, operations, nodes, arguments,
 * then a sum after anything else. */
static int objective_cmp(Sym *a, Sym *b)
{
    long x[5] = {trig_count(a), sym_count_ops(a), (long)sym_node_count(a), a->n, a->kind == SYM_ADD};
    long y[5] = {trig_count(b), sym_count_ops(b), (long)sym_node_count(b), b->n, b->kind == SYM_ADD};
    for (int i = 0; i < 5; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

static Sym *better(Sym *a, Sym *b) { return objective_cmp(b, a) < 0 ? b : a; }

/* ---- the rewrites ------------------------------------------------------------------------- */

static Sym *tr1_node(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_SEC))
        return sym_div(sym_one, sym_fn1(SYM_FN_COS, e->args[0]));
    if (sym_is_fn(e, SYM_FN_CSC))
        return sym_div(sym_one, sym_fn1(SYM_FN_SIN, e->args[0]));
    return e;
}

static Sym *tr2_node(Sym *e)
{
    if (sym_is_fn(e, SYM_FN_TAN))
        return sym_div(sym_fn1(SYM_FN_SIN, e->args[0]), sym_fn1(SYM_FN_COS, e->args[0]));
    if (sym_is_fn(e, SYM_FN_COT))
        return sym_div(sym_fn1(SYM_FN_COS, e->args[0]), sym_fn1(SYM_FN_SIN, e->args[0]));
    return e;
}

/* TR1: sec, csc -> 1/cos, 1/sin. */
static Sym *tr1(Sym *e) { return bottom_up(e, tr1_node); }

/* TR2: tan, cot -> sin/cos, cos/sin. */
static Sym *tr2(Sym *e) { return bottom_up(e, tr2_node); }

typedef struct Power { Sym *base, *exp; } Power;

/* The factors of a product as bases with their summed exponents (as_powers_dict). */
static size_t powers(Sym *e, Power **out)
{
    Sym *const *f;
    size_t n = sym_mul_args((Sym *const *)&e, &f), k = 0;
    Power *p = gc_alloc((n ? n : 1) * sizeof(Power));
    for (size_t i = 0; i < n; i++) {
        Sym *b, *x;
        sym_as_base_exp(f[i], &b, &x);
        size_t j = 0;
        while (j < k && !sym_eq(p[j].base, b))
            j++;
        if (j == k)
            p[k++] = (Power){b, x};
        else
            p[j].exp = sym_add(p[j].exp, x);
    }
    *out = p;
    return k;
}

static Sym *product(const Power *p, size_t n)
{
    Sym **v = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        v[i] = p[i].exp ? sym_pow(p[i].base, p[i].exp) : sym_one;
    return sym_mul_n(n, v);
}

/* A factor TR2i may pair: sin or cos to a power it can split off safely. */
static bool ratio_ok(const Power *p)
{
    return (sym_is_fn(p->base, SYM_FN_SIN) || sym_is_fn(p->base, SYM_FN_COS)) &&
           (p->exp->kind == SYM_INTEGER || sym_is(p->base, SYM_F_POSITIVE));
}

static bool any_ok(const Power *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ratio_ok(&p[i]))
            return true;
    return false;
}

/* TR2i at one node: sin(a)**k/cos(a)**k -> tan(a)**k and cos(a)**k/sin(a)**k -> tan(a)**-k. */
static Sym *tr2i_node(Sym *e)
{
    if (e->kind != SYM_MUL)
        return e;
    Sym *n, *d;
    sym_numer_denom(e, &n, &d);
    if (!n->n || !d->n)
        return e;
    Power *np, *dp;
    size_t nn = powers(n, &np), nd = powers(d, &dp);
    if (!any_ok(np, nn) || !any_ok(dp, nd))
        return e;
    bool joined = false;
    for (size_t i = 0; i < nn; i++) {
        if (!np[i].exp || !ratio_ok(&np[i]))
            continue;
        bool s = sym_is_fn(np[i].base, SYM_FN_SIN);
        Sym *a = np[i].base->args[0];
        for (size_t j = 0; j < nd; j++) {
            if (!dp[j].exp || !ratio_ok(&dp[j]) || !sym_is_fn(dp[j].base, s ? SYM_FN_COS : SYM_FN_SIN) ||
                !sym_eq(dp[j].base->args[0], a) || !sym_eq(dp[j].exp, np[i].exp))
                continue;
            np[i] = (Power){sym_fn1(SYM_FN_TAN, a), s ? np[i].exp : sym_neg(np[i].exp)};
            dp[j].exp = NULL;
            joined = true;
            break;
        }
    }
    return joined ? sym_div(product(np, nn), product(dp, nd)) : e;
}

/* TR2i: ratios of sin and cos -> tan. */
static Sym *tr2i(Sym *e) { return bottom_up(e, tr2i_node); }

/* Fu's _TR56: f(a)**k for k = 2, 3, 4 rewritten through h(g(a)**2) = c0 + c1*g(a)**2. */
static Sym *tr56(Sym *e, SymFn f, SymFn g, long c0, long c1)
{
    long k;
    if (!pow_of(e, f, &k) || k < 2 || k > 4)
        return e;
    Sym *a = e->args[0]->args[0];
    Sym *h = sym_add(sym_int(c0), sym_mul(sym_int(c1), sym_pow_si(sym_fn1(g, a), 2)));
    if (k == 2)
        return h;
    if (k == 3)
        return sym_mul(sym_fn1(f, a), h);
    return sym_pow_si(h, 2);
}

static Sym *tr5_node(Sym *e) { return tr56(e, SYM_FN_SIN, SYM_FN_COS, 1, -1); }
static Sym *tr6_node(Sym *e) { return tr56(e, SYM_FN_COS, SYM_FN_SIN, 1, -1); }

/* TR5, TR6: sin**2 -> 1 - cos**2 and cos**2 -> 1 - sin**2 (powers 2 to 4). */
static Sym *tr5(Sym *e) { return bottom_up(e, tr5_node); }
static Sym *tr6(Sym *e) { return bottom_up(e, tr6_node); }

/* TR22: tan**2 -> sec**2 - 1, cot**2 -> csc**2 - 1. */
static Sym *tr22_node(Sym *e)
{
    e = tr56(e, SYM_FN_TAN, SYM_FN_SEC, -1, 1);
    return tr56(e, SYM_FN_COT, SYM_FN_CSC, -1, 1);
}

/* TR15 (f = sin, g = cot) and TR16 (cos, tan): f(a)**-k -> (1 + g(a)**2)**(k/2); sin to an odd
 * negative power keeps one 1/sin(a) aside, cos to an odd one stays. */
static Sym *tr1516(Sym *e, SymFn f, SymFn g)
{
    long k;
    if (!pow_of(e, f, &k) || k >= 0)
        return e;
    if (k % 2) {
        if (f == SYM_FN_COS || k == -1)
            return e;
        return sym_div(tr1516(sym_pow_si(e->args[0], k + 1), f, g), e->args[0]);
    }
    Sym *inv = sym_pow_si(e->args[0], -k);
    Sym *r = tr56(inv, f, g, 1, 1);
    return r == inv ? e : r;
}

static Sym *tr15_node(Sym *e) { return tr1516(e, SYM_FN_SIN, SYM_FN_COT); }
static Sym *tr16_node(Sym *e) { return tr1516(e, SYM_FN_COS, SYM_FN_TAN); }

/* TR111: negative powers of sin, cos, tan -> csc, sec, cot. */
static Sym *tr111_node(Sym *e)
{
    if (e->kind != SYM_POW || !sym_is_num(e->args[1]) || sym_num_sign(e->args[1]) >= 0)
        return e;
    Sym *b = e->args[0];
    if (!(e->args[1]->kind == SYM_INTEGER || sym_is(b, SYM_F_POSITIVE)))
        return e;
    SymFn to = sym_is_fn(b, SYM_FN_SIN) ? SYM_FN_CSC : sym_is_fn(b, SYM_FN_COS) ? SYM_FN_SEC
               : sym_is_fn(b, SYM_FN_TAN) ? SYM_FN_COT : SYM_FN_UNDEF;
    if (to == SYM_FN_UNDEF)
        return e;
    return sym_pow(sym_fn1(to, b->args[0]), sym_neg(e->args[1]));
}

static Sym *sin_of(Sym *a) { return sym_fn1(SYM_FN_SIN, a); }
static Sym *cos_of(Sym *a) { return sym_fn1(SYM_FN_COS, a); }

/* TR10 at one node: sin and cos of a sum expanded, the last term split off first. */
static Sym *tr10_node(Sym *e)
{
    if (!(sym_is_fn(e, SYM_FN_SIN) || sym_is_fn(e, SYM_FN_COS)) || e->args[0]->kind != SYM_ADD)
        return e;
    Sym *arg = e->args[0];
    Sym *a = arg->args[arg->n - 1], *b = sym_add_n(arg->n - 1, arg->args);
    Sym *sb = tr10_node(sin_of(b)), *cb = tr10_node(cos_of(b));
    if (sym_is_fn(e, SYM_FN_SIN))
        return sym_add(sym_mul(sin_of(a), cb), sym_mul(cos_of(a), sb));
    return sym_sub(sym_mul(cos_of(a), cb), sym_mul(sin_of(a), sb));
}

/* TR11 at one node: sin and cos of an angle with an even numerator reduced to the half angle. */
static Sym *tr11_node(Sym *e)
{
    if (!(sym_is_fn(e, SYM_FN_SIN) || sym_is_fn(e, SYM_FN_COS)))
        return e;
    Sym *c, *m;
    sym_as_coeff_mul(e->args[0], true, &c, &m);
    fmpz_t p;
    fmpz_init(p);
    if (c->kind == SYM_INTEGER)
        fmpz_set(p, c->v.z);
    else if (c->kind == SYM_RATIONAL)
        fmpz_set(p, fmpq_numref(c->v.q));
    else
        fmpz_one(p);
    bool even = fmpz_is_even(p) && !fmpz_is_zero(p);
    fmpz_clear(p);
    if (!even)
        return e;
    Sym *half = sym_mul(sym_div(c, sym_two), m);
    Sym *s = tr11_node(sin_of(half)), *co = tr11_node(cos_of(half));
    if (sym_is_fn(e, SYM_FN_SIN))
        return sym_mul(sym_mul(sym_two, s), co);
    return sym_sub(sym_pow_si(co, 2), sym_pow_si(s, 2));
}

/* True when a factor of p is sin or cos of a (or a power of one). */
static bool has_angle(const Power *p, size_t n, Sym *a)
{
    for (size_t i = 0; i < n; i++)
        if ((sym_is_fn(p[i].base, SYM_FN_SIN) || sym_is_fn(p[i].base, SYM_FN_COS)) && sym_eq(p[i].base->args[0], a))
            return true;
    return false;
}

/* sin(2*a) factors of p -> 2*sin(a)*cos(a) where the other side of the fraction has a function
 * of a; true when one changed. */
static bool halve_against(Power *p, size_t n, const Power *other, size_t no)
{
    bool changed = false;
    for (size_t i = 0; i < n; i++) {
        if (!sym_is_fn(p[i].base, SYM_FN_SIN) || p[i].exp->kind != SYM_INTEGER)
            continue;
        Sym *a = sym_div(p[i].base->args[0], sym_two);
        if (!has_angle(other, no, a))
            continue;
        p[i].base = sym_mul(sym_mul(sym_two, sin_of(a)), cos_of(a));
        changed = true;
    }
    return changed;
}

/* Fu's _TR11 at one node: in a fraction, sin of twice an angle that the other side has a
 * function of is written with the half angle, so that the two cancel. */
static Sym *tr11_pair_node(Sym *e)
{
    if (e->kind != SYM_MUL)
        return e;
    Sym *n, *d;
    sym_numer_denom(e, &n, &d);
    Power *np, *dp;
    size_t nn = powers(n, &np), nd = powers(d, &dp);
    bool a = halve_against(np, nn, dp, nd), b = halve_against(dp, nd, np, nn);
    return a || b ? sym_div(product(np, nn), product(dp, nd)) : e;
}

/* TR8 on a product or power of sin and cos (no fractions): products to sums, repeatedly. */
static Sym *tr8_inner(Sym *e);

static Sym *tr8_product(Sym *e)
{
    if (!(e->kind == SYM_MUL || (e->kind == SYM_POW && (sym_is_fn(e->args[0], SYM_FN_SIN) ||
                                                         sym_is_fn(e->args[0], SYM_FN_COS)))))
        return e;
    SymVec c = {0}, s = {0}, other = {0};
    Sym *const *f;
    size_t n = sym_mul_args((Sym *const *)&e, &f);
    for (size_t i = 0; i < n; i++) {
        Sym *t = f[i];
        long k = 1;
        if (t->kind == SYM_POW && (sym_is_fn(t->args[0], SYM_FN_SIN) || sym_is_fn(t->args[0], SYM_FN_COS)) &&
            t->args[1]->kind == SYM_INTEGER && fmpz_sgn(t->args[1]->v.z) > 0 && fmpz_cmp_si(t->args[1]->v.z, 64) <= 0) {
            k = fmpz_get_si(t->args[1]->v.z);
            t = t->args[0];
        }
        if (sym_is_fn(t, SYM_FN_SIN) || sym_is_fn(t, SYM_FN_COS)) {
            for (long j = 0; j < k; j++)
                sym_vec_push(sym_is_fn(t, SYM_FN_SIN) ? &s : &c, t->args[0]);
        } else {
            sym_vec_push(&other, f[i]);
        }
    }
    if (!((c.n && s.n) || c.n > 1 || s.n > 1))
        return e;
    size_t m = c.n < s.n ? c.n : s.n;
    for (size_t i = 0; i < m; i++) {
        Sym *a1 = s.v[--s.n], *a2 = c.v[--c.n];
        sym_vec_push(&other, sym_div(sym_add(sin_of(sym_add(a1, a2)), sin_of(sym_sub(a1, a2))), sym_two));
    }
    while (c.n > 1) {
        Sym *a1 = c.v[--c.n], *a2 = c.v[--c.n];
        sym_vec_push(&other, sym_div(sym_add(cos_of(sym_add(a1, a2)), cos_of(sym_sub(a1, a2))), sym_two));
    }
    if (c.n)
        sym_vec_push(&other, cos_of(c.v[--c.n]));
    while (s.n > 1) {
        Sym *a1 = s.v[--s.n], *a2 = s.v[--s.n];
        sym_vec_push(&other, sym_div(sym_sub(cos_of(sym_sub(a1, a2)), cos_of(sym_add(a1, a2))), sym_two));
    }
    if (s.n)
        sym_vec_push(&other, sin_of(s.v[--s.n]));
    return tr8_inner(sym_expand_mul(sym_mul_n(other.n, other.v)));
}

static Sym *tr8_inner(Sym *e) { return bottom_up(e, tr8_product); }

/* A rational times a two-term sum distributed, as Mul(*e.as_coeff_Mul()) does. */
static Sym *distribute(Sym *e)
{
    if (e->kind == SYM_MUL && e->n == 2 && sym_is_rational(e->args[0]) && e->args[1]->kind == SYM_ADD)
        return sym_mul(e->args[0], e->args[1]);
    return e;
}

static Sym *tr8_node(Sym *e)
{
    if (!(e->kind == SYM_MUL || (e->kind == SYM_POW && (sym_is_fn(e->args[0], SYM_FN_SIN) ||
                                                         sym_is_fn(e->args[0], SYM_FN_COS)) &&
                                 e->args[1]->kind == SYM_INTEGER)))
        return e;
    Sym *n, *d;
    sym_numer_denom(e, &n, &d);
    n = sym_expand_mul(n);
    d = sym_expand_mul(d);
    Sym *nn = tr8_inner(n), *nd = tr8_inner(d);
    if (sym_eq(nn, n) && sym_eq(nd, d))
        return e;
    return distribute(sym_factor_terms(sym_div(nn, nd)));
}

/* TR8: products and powers of sin and cos -> sums of sin and cos of sums and multiples. */
static Sym *tr8(Sym *e) { return bottom_up(e, tr8_node); }

/* ---- TR14: (1 - cos(a))*(1 + cos(a)) -> sin(a)**2 ---------------------------------------- */

/* A factor c*(1 + s*f(a))**k with c a rational, s = +-1, f sin or cos, k an integer. */
typedef struct Half { Sym *c, *f; int s; long k; } Half;

static bool one_pm_trig(Sym *factor, Half *h)
{
    Sym *b, *x;
    sym_as_base_exp(factor, &b, &x);
    if (b->kind != SYM_ADD || b->n != 2 || x->kind != SYM_INTEGER || !fmpz_fits_si(x->v.z) ||
        !sym_is_rational(b->args[0]))
        return false;
    Sym *tc, *tf;
    sym_as_coeff_mul(b->args[1], true, &tc, &tf);
    if (!(sym_is_fn(tf, SYM_FN_SIN) || sym_is_fn(tf, SYM_FN_COS)))
        return false;
    bool plus = sym_eq(tc, b->args[0]);
    if (!plus && !sym_eq(tc, sym_neg(b->args[0])))
        return false;
    *h = (Half){b->args[0], tf, plus ? 1 : -1, fmpz_get_si(x->v.z)};
    return true;
}

static Sym *half_pow(const Half *h, long k)
{
    Sym *b = sym_mul(h->c, sym_add(sym_one, h->s > 0 ? h->f : sym_neg(h->f)));
    return sym_pow_si(b, k);
}

static Sym *tr14_node(Sym *e)
{
    if (e->kind != SYM_MUL)
        return e;
    Half *h = gc_alloc(e->n * sizeof(Half));
    bool *is = gc_alloc_atomic(e->n);
    for (uint32_t i = 0; i < e->n; i++)
        is[i] = one_pm_trig(e->args[i], &h[i]);
    SymVec out = {0};
    bool changed = false;
    for (uint32_t i = 0; i < e->n; i++) {
        if (!is[i]) {
            sym_vec_push(&out, e->args[i]);
            continue;
        }
        for (uint32_t j = i + 1; j < e->n && h[i].k; j++) {
            if (!is[j] || h[j].s == h[i].s || !sym_eq(h[j].f, h[i].f) || (h[i].k > 0) != (h[j].k > 0))
                continue;
            long m = labs(h[i].k) < labs(h[j].k) ? h[i].k : h[j].k;
            SymFn g = sym_is_fn(h[i].f, SYM_FN_SIN) ? SYM_FN_COS : SYM_FN_SIN;
            sym_vec_push(&out, sym_pow_si(sym_mul(sym_mul(h[i].c, h[j].c), sym_pow_si(sym_fn1(g, h[i].f->args[0]), 2)), m));
            h[i].k -= m;
            h[j].k -= m;
            changed = true;
        }
        if (h[i].k)
            sym_vec_push(&out, half_pow(&h[i], h[i].k));
    }
    return changed ? sym_mul_n(out.n, out.v) : e;
}

/* ---- TR10i: sums of products -> sin and cos of sums ---------------------------------------- */

/* A term split as number * rest * (one or two sin/cos factors with exponent 1). */
typedef struct Split { Sym *num, *rest; Sym *t[2]; int nt; } Split;

static bool split_term(Sym *term, Split *sp)
{
    Sym *const *f;
    size_t n = sym_mul_args((Sym *const *)&term, &f);
    SymVec num = {0}, rest = {0};
    sp->nt = 0;
    for (size_t i = 0; i < n; i++) {
        if (sym_is_fn(f[i], SYM_FN_SIN) || sym_is_fn(f[i], SYM_FN_COS)) {
            if (sp->nt == 2)
                return false;
            sp->t[sp->nt++] = f[i];
        } else if (sym_is_number(f[i]) && !sym_has_trig(f[i])) {
            sym_vec_push(&num, f[i]);
        } else {
            sym_vec_push(&rest, f[i]);
        }
    }
    sp->num = sym_mul_n(num.n, num.v);
    sp->rest = sym_mul_n(rest.n, rest.v);
    return sp->nt > 0;
}

/* The angle whose tangent is r among pi/4, pi/6, pi/3; NULL otherwise. */
static Sym *special_angle(Sym *r)
{
    Sym *s3 = sym_sqrt(sym_int(3));
    if (sym_is_one(r))
        return sym_div(sym_pi, sym_int(4));
    if (sym_eq(r, sym_div(s3, sym_int(3))))
        return sym_div(sym_pi, sym_int(6));
    if (sym_eq(r, s3))
        return sym_div(sym_pi, sym_int(3));
    return NULL;
}

/* n1*cos(a) + n2*sin(a) as k*sin(a + y) (same signs: n2 = k*cos(y), n1 = k*sin(y)) or
 * k*cos(a + y) (opposite signs: n1 = k*cos(y), n2 = -k*sin(y)), y a special angle; NULL when
 * the ratio of the numbers is not special. */
static Sym *combine_one(Sym *ncos, Sym *nsin, Sym *a)
{
    bool same = !sym_could_extract_minus_sign(sym_div(ncos, nsin));
    Sym *y = special_angle(same ? sym_div(ncos, nsin) : sym_div(sym_neg(nsin), ncos));
    if (!y)
        return NULL;
    if (same)
        return sym_mul(sym_div(nsin, cos_of(y)), sin_of(sym_add(a, y)));
    return sym_mul(sym_div(ncos, cos_of(y)), cos_of(sym_add(a, y)));
}

/* Two split terms combined into one, or NULL. */
static Sym *combine_pair(const Split *p, const Split *q)
{
    if (p->nt != q->nt || !sym_eq(p->rest, q->rest))
        return NULL;
    if (p->nt == 1) {
        if (!sym_eq(p->t[0]->args[0], q->t[0]->args[0]) || p->t[0]->op == q->t[0]->op)
            return NULL;
        const Split *c = sym_is_fn(p->t[0], SYM_FN_COS) ? p : q, *s = c == p ? q : p;
        Sym *r = combine_one(c->num, s->num, p->t[0]->args[0]);
        return r ? sym_mul(r, p->rest) : NULL;
    }
    bool minus = sym_eq(q->num, sym_neg(p->num));
    if (!minus && !sym_eq(q->num, p->num))
        return NULL;
    /* p: f(a)*g(b); q must hold the two other functions of the same angles */
    SymFn pf0 = p->t[0]->op, pf1 = p->t[1]->op;
    Sym *a = p->t[0]->args[0], *b = p->t[1]->args[0];
    Sym *qa = NULL, *qb = NULL;
    for (int i = 0; i < 2; i++) {
        if (sym_eq(q->t[i]->args[0], a) && !qa)
            qa = q->t[i];
        else if (sym_eq(q->t[i]->args[0], b))
            qb = q->t[i];
    }
    if (!qa || !qb || sym_eq(a, b))
        return NULL;
    Sym *res;
    if (pf0 == SYM_FN_COS && pf1 == SYM_FN_COS && qa->op == SYM_FN_SIN && qb->op == SYM_FN_SIN)
        res = cos_of(minus ? sym_add(a, b) : sym_sub(a, b));
    else if (pf0 == SYM_FN_SIN && pf1 == SYM_FN_SIN && qa->op == SYM_FN_COS && qb->op == SYM_FN_COS)
        res = minus ? NULL : cos_of(sym_sub(a, b));
    else if (pf0 != pf1 && qa->op == pf1 && qb->op == pf0) {
        /* sin(s)cos(c) +- cos(s)sin(c) = sin(s +- c) with s the angle of p's sine */
        Sym *s = pf0 == SYM_FN_SIN ? a : b, *c = s == a ? b : a;
        res = sin_of(minus ? sym_sub(s, c) : sym_add(s, c));
    } else
        res = NULL;
    return res ? sym_mul(sym_mul(p->num, p->rest), res) : NULL;
}

static Sym *tr10i_node(Sym *e)
{
    if (e->kind != SYM_ADD)
        return e;
    for (uint32_t i = 0; i < e->n; i++) {
        Split p;
        if (!split_term(e->args[i], &p))
            continue;
        for (uint32_t j = i + 1; j < e->n; j++) {
            Split q;
            if (!split_term(e->args[j], &q))
                continue;
            Sym *r = combine_pair(&p, &q);
            if (!r)
                continue;
            Sym **v = gc_alloc(e->n * sizeof(Sym *));
            size_t k = 0;
            for (uint32_t m = 0; m < e->n; m++)
                if (m != i && m != j)
                    v[k++] = e->args[m];
            v[k++] = r;
            return tr10i_node(sym_add_n(k, v));
        }
    }
    return e;
}

/* ---- the chain ---------------------------------------------------------------------------- */

static Sym *tr10(Sym *e) { return bottom_up(e, tr10_node); }
static Sym *tr11(Sym *e) { return bottom_up(e, tr11_node); }
static Sym *tr10i(Sym *e) { return bottom_up(e, tr10i_node); }
static Sym *tr111(Sym *e) { return bottom_up(e, tr111_node); }
static Sym *tr14(Sym *e) { return bottom_up(e, tr14_node); }
static Sym *factor_normal(Sym *e) { return sym_factor(sym_together(e)); }

static Sym *expand_mul_of(Sym *e, Rule r) { return sym_expand_mul(bottom_up(e, r)); }

/* The sequence of futrig's tree; where it offers a choice the better by the objective wins. */
static Sym *chain(Sym *e)
{
    e = tr1(e);
    e = sym_factor(e);
    e = tr2(e);
    e = better(e, sym_expand(e));
    e = tr2i(e);
    e = factor_normal(e);
    e = tr14(e);
    e = tr5(e);
    e = tr10(e);
    e = tr11(e);
    e = bottom_up(e, tr11_pair_node);
    e = tr6(e);
    e = sym_factor(e);
    e = tr14(e);
    e = better(e, sym_expand(e));
    e = tr10i(e);
    e = better(e, tr8(e));
    e = better(e, tr2i(tr2(e)));
    e = better(expand_mul_of(e, tr5_node), expand_mul_of(e, tr15_node));
    e = better(expand_mul_of(e, tr6_node), expand_mul_of(e, tr16_node));
    e = tr111(e);
    e = better(e, tr2i(e));
    e = better(e, expand_mul_of(e, tr22_node));
    e = tr2i(tr2(tr1(e)));
    return e;
}

/* futrig's rule at one node: the chain, when it improves, on the trigonometric factors. */
static Sym *futrig_node(Sym *e)
{
    if (!sym_has_trig(e))
        return e;
    Sym *coeff = NULL;
    if (e->kind == SYM_MUL) {
        SymVec in = {0}, out = {0};
        for (uint32_t i = 0; i < e->n; i++)
            sym_vec_push(sym_has_trig(e->args[i]) ? &in : &out, e->args[i]);
        coeff = sym_mul_n(out.n, out.v);
        e = sym_mul_n(in.n, in.v);
    }
    e = better(e, chain(e));
    return coeff ? sym_mul(coeff, e) : e;
}

Sym *sym_trigsimp(Sym *e)
{
    if (!e->n)
        return e;
    Sym *r = bottom_up(e, futrig_node);
    if (!sym_eq(r, e))
        r = distribute(r);
    return r;
}
