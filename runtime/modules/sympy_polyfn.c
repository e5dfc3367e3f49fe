/* runtime/modules/sympy_polyfn.c — polynomial functions on expressions (see sympy_polyfn.h). */
#include "runtime/modules/sympy_polyfn.h"

#include <flint/fmpz_poly.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_apart.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_trigexpand.h"

static Type type_exact_quotient_failed = {.base = {&type_type}, .name = "ExactQuotientFailed",
                                          .module = "sympy.polys.polyerrors", .flags = TF_BASETYPE};
static Type type_not_invertible = {.base = {&type_type}, .name = "NotInvertible",
                                   .module = "sympy.polys.polyerrors", .flags = TF_BASETYPE};

/* ---- arguments: expressions and generators --------------------------------------------------- */

/* The generators of a call f(e1, ..., en, *gens): the given ones, else those of the expressions
 * in sympy's order. */
static SymVec gens_of(size_t ne, Sym *const *es, Obj **rest, int nrest)
{
    SymVec g = {0};
    for (int i = 0; i < nrest; i++)
        sym_vec_push(&g, sympy_sympify(rest[i]));
    if (g.n)
        return g;
    for (size_t i = 0; i < ne; i++) {
        SymVec v = sym_poly_gens(sym_expand(es[i]));
        for (size_t j = 0; j < v.n; j++) {
            bool seen = false;
            for (size_t k = 0; k < g.n; k++)
                seen |= sym_eq(g.v[k], v.v[j]);
            if (!seen)
                sym_vec_push(&g, v.v[j]);
        }
    }
    sym_sort_gens(&g);
    return g;
}

/* The expressions a polytools function takes first (nexprs of them), the rest as generators;
 * ComputationFailed as sympy raises it when there are no generators at all. */
static SymVec call_gens(const char *fname, Obj **args, int nargs, int nexprs, Sym **es)
{
    if (nargs < nexprs)
        exc_raisef(&type_TypeError, "%s() missing required positional arguments", fname);
    for (int i = 0; i < nexprs; i++)
        es[i] = sympy_sympify(args[i]);
    SymVec g = gens_of((size_t)nexprs, es, args + nexprs, nargs - nexprs);
    if (!g.n) {
        const char *s = sym_str(es[0]);
        for (int i = 1; i < nexprs; i++)
            s = sym_sprintf("%s, %s", s, sym_str(es[i]));
        sym_raise(SYM_E_COMPUTATION, "%s(%s) failed without generators", fname, s);
    }
    return g;
}

/* The one generator of a univariate function. */
static Sym *univariate_gen(const char *fname, SymVec g)
{
    if (g.n != 1)
        exc_raisef(&type_NotImplementedError, "tirbox: %s() of multivariate polynomials is not supported", fname);
    return g.v[0];
}

/* ---- dense univariate polynomials over the rationals ---------------------------------------- */

/* c[i] is the coefficient of x**i; c[n - 1] is nonzero, n == 0 for the zero polynomial. */
typedef struct UP {
    size_t n;
    Sym **c;
} UP;

static UP up_new(size_t n)
{
    UP p = {n, gc_alloc((n ? n : 1) * sizeof(Sym *))};
    for (size_t i = 0; i < n; i++)
        p.c[i] = sym_zero;
    return p;
}

static UP up_trim(UP p)
{
    while (p.n && sym_is_zero_num(p.c[p.n - 1]))
        p.n--;
    return p;
}

static long up_deg(UP p) { return (long)p.n - 1; }

static Sym *up_lc(UP p) { return p.n ? p.c[p.n - 1] : sym_zero; }

/* e as a polynomial in x with rational coefficients; false when it is not one. */
static bool up_read(Sym *e, Sym *x, UP *out)
{
    SymVec c = {0};
    if (!sym_poly_coeffs(e, x, &c))
        return false;
    UP p = up_new(c.n);
    for (size_t i = 0; i < c.n; i++) {
        if (!sym_is_rational(c.v[i]))
            return false;
        p.c[c.n - 1 - i] = c.v[i];
    }
    *out = up_trim(p);
    return true;
}

static UP up_require(const char *fname, Sym *e, Sym *x)
{
    UP p;
    if (!up_read(e, x, &p))
        exc_raisef(&type_NotImplementedError, "tirbox: %s() supports polynomials with rational coefficients only", fname);
    return p;
}

static Sym *up_expr(UP p, Sym *x)
{
    Sym **t = gc_alloc((p.n ? p.n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < p.n; i++)
        t[i] = sym_mul(p.c[i], sym_pow_si(x, (long)i));
    return sym_add_n(p.n, t);
}

static UP up_scale(UP a, Sym *k)
{
    UP r = up_new(a.n);
    for (size_t i = 0; i < a.n; i++)
        r.c[i] = sym_num_mul(a.c[i], k);
    return up_trim(r);
}

static UP up_sub(UP a, UP b)
{
    UP r = up_new(a.n > b.n ? a.n : b.n);
    for (size_t i = 0; i < r.n; i++)
        r.c[i] = sym_num_sub(i < a.n ? a.c[i] : sym_zero, i < b.n ? b.c[i] : sym_zero);
    return up_trim(r);
}

static UP up_mul(UP a, UP b)
{
    if (!a.n || !b.n)
        return up_new(0);
    UP r = up_new(a.n + b.n - 1);
    for (size_t i = 0; i < a.n; i++)
        for (size_t j = 0; j < b.n; j++)
            r.c[i + j] = sym_num_add(r.c[i + j], sym_num_mul(a.c[i], b.c[j]));
    return up_trim(r);
}

/* Division over the field of rationals: a = q*b + r, deg r < deg b. */
static void up_divmod(UP a, UP b, UP *q, UP *r)
{
    if (!b.n)
        sym_raise(SYM_E_ZERO_DIVISION, "polynomial division by zero");
    UP rem = up_scale(a, sym_one);
    *q = up_new(a.n >= b.n ? a.n - b.n + 1 : 0);
    while (rem.n >= b.n) {
        size_t shift = rem.n - b.n;
        Sym *k = sym_num_div(up_lc(rem), up_lc(b));
        q->c[shift] = k;
        for (size_t i = 0; i < b.n; i++)
            rem.c[i + shift] = sym_num_sub(rem.c[i + shift], sym_num_mul(k, b.c[i]));
        rem.c[rem.n - 1] = sym_zero;
        rem = up_trim(rem);
    }
    *q = up_trim(*q);
    *r = rem;
}

static UP up_rem(UP a, UP b)
{
    UP q, r;
    up_divmod(a, b, &q, &r);
    return r;
}

static UP up_quo(UP a, UP b)
{
    UP q, r;
    up_divmod(a, b, &q, &r);
    return q;
}

static UP up_monic(UP a) { return a.n ? up_scale(a, sym_num_inv(up_lc(a))) : a; }

static UP up_deriv(UP a)
{
    UP r = up_new(a.n ? a.n - 1 : 0);
    for (size_t i = 1; i < a.n; i++)
        r.c[i - 1] = sym_num_mul(a.c[i], sym_int((long)i));
    return up_trim(r);
}

/* The monic gcd. */
static UP up_gcd(UP a, UP b)
{
    while (b.n) {
        UP r = up_rem(a, b);
        a = b;
        b = r;
    }
    return up_monic(a);
}

static bool up_is_one(UP a) { return a.n == 1 && sym_is_one(a.c[0]); }

/* a = content * p with p of integer coefficients, coprime, with a positive leading one. */
static UP up_primitive(UP a, Sym **content)
{
    if (!a.n) {
        *content = sym_zero;
        return a;
    }
    Sym *den = sym_one, *num = sym_zero;
    for (size_t i = 0; i < a.n; i++) {
        Sym *n, *d;
        sym_numer_denom(a.c[i], &n, &d);
        den = sym_lcm(den, d);
        num = sym_gcd(num, n);
    }
    Sym *c = sym_num_div(num, den);
    if (sym_num_sign(up_lc(a)) < 0)
        c = sym_num_neg(c);
    *content = c;
    return up_scale(a, sym_num_inv(c));
}

static int up_sign_at(UP p, Sym *v)
{
    Sym *s = sym_zero;
    for (size_t i = p.n; i-- > 0;)
        s = sym_num_add(sym_num_mul(s, v), p.c[i]);
    return sym_num_sign(s);
}

/* ---- the division family -------------------------------------------------------------------- */

static Obj *division(const char *fname, Obj **args, int nargs, int which)
{
    Sym *fg[2];
    call_gens(fname, args, nargs, 2, fg);
    Sym *q, *r;
    if (nargs == 2)
        sym_poly_div(fg[0], fg[1], &q, &r);
    else
        sym_poly_divide(fg[0], fg[1], &q, &r);
    if (which == 2 && !sym_is_zero_num(r))
        exc_raisef(&type_exact_quotient_failed, "%s does not divide %s", sym_str(fg[1]), sym_str(fg[0]));
    return sympy_wrap(which == 1 ? r : q);
}

#define DIVISION(name, which)                                              \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                      \
        (void)self;                                                        \
        (void)kwnames;                                                     \
        return division(#name, args, nargs, which);                        \
    }
DIVISION(quo, 0)
DIVISION(rem, 1)
DIVISION(exquo, 2)

/* Pseudo-division: lc(g)**(deg f - deg g + 1) * f = q*g + r. */
static Obj *pseudo_division(const char *fname, Obj **args, int nargs, int which)
{
    Sym *fg[2];
    Sym *x = univariate_gen(fname, call_gens(fname, args, nargs, 2, fg));
    UP f = up_require(fname, fg[0], x), g = up_require(fname, fg[1], x), q, r;
    if (!g.n)
        sym_raise(SYM_E_ZERO_DIVISION, "polynomial division by zero");
    if (f.n < g.n) {
        q = up_new(0);
        r = f;
    } else {
        up_divmod(up_scale(f, sym_pow_si(up_lc(g), up_deg(f) - up_deg(g) + 1)), g, &q, &r);
    }
    switch (which) {
    case 0: return tuple_pack(2, sympy_wrap(up_expr(q, x)), sympy_wrap(up_expr(r, x)));
    case 1: return sympy_wrap(up_expr(r, x));
    case 2: return sympy_wrap(up_expr(q, x));
    default:
        if (r.n)
            exc_raisef(&type_exact_quotient_failed, "%s does not divide %s", sym_str(fg[1]), sym_str(fg[0]));
        return sympy_wrap(up_expr(q, x));
    }
}

#define PSEUDO(name, which)                                                \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                      \
        (void)self;                                                        \
        (void)kwnames;                                                     \
        return pseudo_division(#name, args, nargs, which);                 \
    }
PSEUDO(pdiv, 0)
PSEUDO(prem, 1)
PSEUDO(pquo, 2)
PSEUDO(pexquo, 3)

/* ---- extended gcd --------------------------------------------------------------------------- */

void sympy_gcdext(Sym *a, Sym *b, Sym **g, Sym **s, Sym **t)
{
    fmpz_t x, y, r, u, q, c, aa, bb, tmp;
    fmpz_init(x), fmpz_init(y), fmpz_init(r), fmpz_init(u), fmpz_init(q), fmpz_init(c);
    fmpz_init(aa), fmpz_init(bb), fmpz_init(tmp);
    int xs = fmpz_sgn(a->v.z) < 0 ? -1 : 1, ys = fmpz_sgn(b->v.z) < 0 ? -1 : 1;
    fmpz_abs(aa, a->v.z);
    fmpz_abs(bb, b->v.z);
    if (fmpz_is_zero(aa) || fmpz_is_zero(bb)) {
        fmpz_add(c, aa, bb);
        *g = sym_int_fmpz(c);
        if (fmpz_is_zero(c)) {
            *s = *t = sym_zero;
        } else {
            fmpz_fdiv_q(q, a->v.z, c);
            *s = sym_int_fmpz(q);
            fmpz_fdiv_q(q, b->v.z, c);
            *t = sym_int_fmpz(q);
        }
        return;
    }
    fmpz_one(x), fmpz_zero(r), fmpz_zero(y), fmpz_one(u);
    while (!fmpz_is_zero(bb)) {
        fmpz_fdiv_qr(q, c, aa, bb);
        fmpz_swap(aa, bb);
        fmpz_swap(bb, c);
        fmpz_submul(x, q, r);        /* x, r = r, x - q*r */
        fmpz_swap(x, r);
        fmpz_submul(y, q, u);
        fmpz_swap(y, u);
    }
    *g = sym_int_fmpz(aa);
    fmpz_mul_si(tmp, x, xs);
    *s = sym_int_fmpz(tmp);
    fmpz_mul_si(tmp, y, ys);
    *t = sym_int_fmpz(tmp);
    fmpz_clear(x), fmpz_clear(y), fmpz_clear(r), fmpz_clear(u), fmpz_clear(q), fmpz_clear(c);
    fmpz_clear(aa), fmpz_clear(bb), fmpz_clear(tmp);
}

/* s and monic h with s*f = h (mod g). */
static UP up_half_gcdex(UP f, UP g, UP *h)
{
    UP a = up_new(1), b = up_new(0);
    a.c[0] = sym_one;
    while (g.n) {
        UP q, r;
        up_divmod(f, g, &q, &r);
        f = g;
        g = r;
        UP nb = up_sub(a, up_mul(q, b));
        a = b;
        b = nb;
    }
    if (!f.n) {
        *h = f;
        return a;
    }
    *h = up_monic(f);
    return up_scale(a, sym_num_inv(up_lc(f)));
}

/* which: 0 gcdex, 1 half_gcdex, 2 invert. */
static Obj *extended_gcd(const char *fname, Obj **args, int nargs, int which)
{
    if (nargs == 2) {
        Sym *a = sympy_sympify(args[0]), *b = sympy_sympify(args[1]);
        if (a->kind == SYM_INTEGER && b->kind == SYM_INTEGER) {
            Sym *g, *s, *t;
            sympy_gcdext(a, b, &g, &s, &t);
            if (which == 0)
                return tuple_pack(3, sympy_wrap(s), sympy_wrap(t), sympy_wrap(g));
            if (which == 1)
                return tuple_pack(2, sympy_wrap(s), sympy_wrap(g));
            if (!sym_is_one(g))
                exc_raisef(&type_not_invertible, "zero divisor");
            return sympy_wrap(sym_num_sub(s, sym_num_mul(b, sym_num_floor(sym_num_div(s, b)))));
        }
    }
    Sym *fg[2];
    SymVec gens = call_gens(fname, args, nargs, 2, fg);
    if (gens.n != 1)
        exc_raisef(&type_ValueError, "univariate polynomial expected");
    Sym *x = gens.v[0];
    UP f = up_require(fname, fg[0], x), g = up_require(fname, fg[1], x), h;
    UP s = up_half_gcdex(f, g, &h);
    if (which == 1)
        return tuple_pack(2, sympy_wrap(up_expr(s, x)), sympy_wrap(up_expr(h, x)));
    if (which == 2) {
        if (!up_is_one(h))
            exc_raisef(&type_not_invertible, "zero divisor");
        return sympy_wrap(up_expr(up_rem(s, g), x));
    }
    UP t = up_quo(up_sub(h, up_mul(s, f)), g);
    return tuple_pack(3, sympy_wrap(up_expr(s, x)), sympy_wrap(up_expr(t, x)), sympy_wrap(up_expr(h, x)));
}

#define EXTENDED(name, which)                                              \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                      \
        (void)self;                                                        \
        (void)kwnames;                                                     \
        return extended_gcd(#name, args, nargs, which);                    \
    }
EXTENDED(gcdex, 0)
EXTENDED(half_gcdex, 1)
EXTENDED(invert, 2)

static Obj *f_cofactors(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("cofactors", nargs, 2, 2);
    Sym *f = sympy_sympify(args[0]), *g = sympy_sympify(args[1]), *h = sym_gcd(f, g), *cf, *cg, *r;
    if (sym_is_zero_num(h))
        return tuple_pack(3, sympy_wrap(h), sympy_wrap(f), sympy_wrap(g));
    if (sym_is_num(f) && sym_is_num(g)) {
        cf = sym_div(f, h);
        cg = sym_div(g, h);
    } else {
        sym_poly_divide(f, h, &cf, &r);
        sym_poly_divide(g, h, &cg, &r);
    }
    return tuple_pack(3, sympy_wrap(h), sympy_wrap(cf), sympy_wrap(cg));
}

static Obj *fold_list(const char *fname, Obj **args, int nargs, Sym *(*op)(Sym *, Sym *), Sym *unit)
{
    if (nargs < 1)
        exc_raisef(&type_TypeError, "%s() missing 1 required positional argument: 'seq'", fname);
    Obj *items = tuple_from_iterable(args[0]);
    Sym *acc = unit;
    for (size_t i = 0; i < tuple_len(items); i++)
        acc = op(acc, sympy_sympify(tuple_get(items, i)));
    return sympy_wrap(acc);
}

static Obj *f_gcd_list(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    return fold_list("gcd_list", args, nargs, sym_gcd, sym_zero);
}

static Obj *f_lcm_list(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    return fold_list("lcm_list", args, nargs, sym_lcm, sym_one);
}

/* ---- resultant and discriminant -------------------------------------------------------------- */

/* The coefficients of e in x, highest first (any coefficients free of x). */
static SymVec coeffs_in(const char *fname, Sym *e, Sym *x)
{
    SymVec c = {0};
    if (!sym_poly_coeffs(e, x, &c))
        sym_raise(SYM_E_POLYNOMIAL, "%s: %s is not a polynomial in %s", fname, sym_str(e), sym_str(x));
    while (c.n > 1 && sym_is_zero_num(c.v[0])) {
        c.v++;
        c.n--;
    }
    return c;
}

/* The determinant of the Sylvester matrix of f and g (coefficients highest first), expanded. */
static Sym *sylvester(SymVec f, SymVec g)
{
    size_t m = f.n - 1, n = g.n - 1, d = m + n;
    if (d == 0)
        return sym_one;
    Sym **a = gc_alloc(d * d * sizeof(Sym *));
    for (size_t i = 0; i < d * d; i++)
        a[i] = sym_zero;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j <= m; j++)
            a[i * d + i + j] = f.v[j];
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j <= n; j++)
            a[(n + i) * d + i + j] = g.v[j];
    return sym_expand(sym_matrix_det(sym_matrix(d, d, a)));
}

static Obj *f_resultant(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Sym *fg[2];
    Sym *x = call_gens("resultant", args, nargs, 2, fg).v[0];
    return sympy_wrap(sylvester(coeffs_in("resultant", fg[0], x), coeffs_in("resultant", fg[1], x)));
}

static Obj *f_discriminant(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Sym *f;
    Sym *x = call_gens("discriminant", args, nargs, 1, &f).v[0];
    SymVec c = coeffs_in("discriminant", f, x);
    size_t n = c.n - 1;
    if (n == 0)
        return sympy_wrap(sym_zero);
    SymVec d = {0};
    for (size_t i = 0; i < n; i++)
        sym_vec_push(&d, sym_mul(c.v[i], sym_int((long)(n - i))));
    Sym *r = sym_div(sylvester(c, d), c.v[0]);
    if (n * (n - 1) / 2 % 2)
        r = sym_neg(r);
    return sympy_wrap(sym_is_num(c.v[0]) ? sym_expand(r) : sym_expand(sym_cancel(r)));
}

/* ---- square-free decomposition -------------------------------------------------------------- */

/* Yun's algorithm on the primitive part of f: content (with the sign of f's leading
 * coefficient) and the square-free factors, primitive, by increasing multiplicity. */
static Sym *up_sqf_list(UP f, UP **factors, long **mults, size_t *n)
{
    Sym *content;
    f = up_primitive(f, &content);
    *n = 0;
    *factors = gc_alloc((f.n ? f.n : 1) * sizeof(UP));
    *mults = gc_alloc_atomic((f.n ? f.n : 1) * sizeof(long));
    if (f.n <= 1)
        return f.n ? sym_num_mul(content, f.c[0]) : content;
    UP df = up_deriv(f), b = up_gcd(f, df), c = up_quo(f, b), d = up_sub(up_quo(df, b), up_deriv(c));
    for (long i = 1; !(c.n == 1); i++) {
        UP a = up_gcd(c, d);
        c = up_quo(c, a);
        d = up_sub(up_quo(d, a), up_deriv(c));
        if (!up_is_one(a)) {
            Sym *k;
            (*factors)[*n] = up_primitive(a, &k);
            (*mults)[(*n)++] = i;
        }
    }
    return content;
}

static Obj *f_sqf_list(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Sym *f = nargs ? sympy_sympify(args[0]) : NULL;
    if (f && sym_is_rational(f) && nargs == 1)
        return tuple_pack(2, sympy_wrap(f), list_new(0));
    Sym *x = univariate_gen("sqf_list", call_gens("sqf_list", args, nargs, 1, &f));
    UP *fs;
    long *ms;
    size_t n;
    Sym *c = up_sqf_list(up_require("sqf_list", f, x), &fs, &ms, &n);
    Obj *l = list_new(n);
    for (size_t i = 0; i < n; i++)
        list_append(l, tuple_pack(2, sympy_wrap(up_expr(fs[i], x)), sympy_wrap(sym_int(ms[i]))));
    return tuple_pack(2, sympy_wrap(c), l);
}

static Obj *f_sqf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Sym *f = nargs ? sympy_sympify(args[0]) : NULL;
    if (f && sym_is_rational(f) && nargs == 1)
        return sympy_wrap(f);
    Sym *x = univariate_gen("sqf", call_gens("sqf", args, nargs, 1, &f));
    UP *fs;
    long *ms;
    size_t n;
    Sym *c = up_sqf_list(up_require("sqf", f, x), &fs, &ms, &n);
    Sym **parts = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        parts[i] = sym_pow_si(up_expr(fs[i], x), ms[i]);
    return sympy_wrap(sym_keep_coeff(c, sym_mul_n(n, parts)));
}

static Obj *f_sqf_part(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Sym *f;
    Sym *x = univariate_gen("sqf_part", call_gens("sqf_part", args, nargs, 1, &f));
    UP p = up_require("sqf_part", f, x);
    bool integral = true;
    for (size_t i = 0; i < p.n; i++)
        integral &= p.c[i]->kind == SYM_INTEGER;
    if (!p.n)
        return sympy_wrap(sym_zero);
    UP s = up_quo(p, up_gcd(p, up_deriv(p)));
    Sym *k;
    /* over ZZ the primitive part, over QQ the monic one */
    return sympy_wrap(up_expr(integral ? up_primitive(s, &k) : up_monic(s), x));
}

/* ---- real roots ------------------------------------------------------------------------------- */

/* Sign changes of the Sturm sequence at v (NULL: -oo when neg, +oo otherwise), zeros skipped. */
static long sturm_changes(const UP *seq, size_t n, Sym *v, bool neg)
{
    long changes = 0;
    int last = 0;
    for (size_t i = 0; i < n; i++) {
        int s = v ? up_sign_at(seq[i], v) : sym_num_sign(up_lc(seq[i])) * (neg && up_deg(seq[i]) % 2 ? -1 : 1);
        if (s && last && s != last)
            changes++;
        if (s)
            last = s;
    }
    return changes;
}

/* A bound of count_roots: NULL for an infinity (neg tells which), else a rational. */
static Sym *root_bound(Obj *o, bool *neg, bool lower)
{
    *neg = lower;
    if (!o || o == None)
        return NULL;
    Sym *v = sympy_sympify(o);
    if (v->kind == SYM_INFINITY || v->kind == SYM_NEG_INFINITY) {
        *neg = v->kind == SYM_NEG_INFINITY;
        return NULL;
    }
    if (!sym_is_rational(v))
        exc_raisef(&type_NotImplementedError, "tirbox: count_roots() supports rational bounds only");
    return v;
}

static Obj *f_count_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"f", "inf", "sup", NULL};
    Obj *a[3];
    args_parse("count_roots", args, nargs, kwnames, names, 1, a);
    Sym *f;
    Sym *x = univariate_gen("count_roots", call_gens("count_roots", a, 1, 1, &f));
    UP p = up_require("count_roots", f, x);
    if (!p.n)
        sym_raise(SYM_E_POLYNOMIAL, "zero polynomial has infinitely many roots");
    p = up_quo(p, up_gcd(p, up_deriv(p)));
    UP *seq = gc_alloc((p.n + 1) * sizeof(UP));
    size_t n = 0;
    seq[n++] = p;
    if (p.n > 1)
        seq[n++] = up_deriv(p);
    while (n >= 2 && seq[n - 1].n > 1) {
        UP r = up_rem(seq[n - 2], seq[n - 1]);
        if (!r.n)
            break;
        seq[n++] = up_scale(r, sym_neg_one);
    }
    bool lo_neg, hi_neg;
    Sym *lo = root_bound(a[1], &lo_neg, true), *hi = root_bound(a[2], &hi_neg, false);
    long count = sturm_changes(seq, n, lo, lo_neg) - sturm_changes(seq, n, hi, hi_neg);
    if (lo && up_sign_at(p, lo) == 0)
        count++;
    return sympy_wrap(sym_int(count));
}

/* ---- forms and formulas ------------------------------------------------------------------- */

static Obj *f_compose(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Sym *fg[2];
    Sym *x = call_gens("compose", args, nargs, 2, fg).v[0];
    return sympy_wrap(sym_expand(sym_subs(fg[0], x, fg[1])));
}

/* sympy's horner: form = form*gen + coeff over the coefficients in the first generator, each
 * coefficient itself in Horner form in the others. */
static Sym *horner_form(Sym *f, SymVec gens, Sym *wrt)
{
    SymVec g = gens.n ? gens : sym_poly_gens(f);
    if (!g.n)
        return f;
    if (wrt)
        for (size_t i = 1; i < g.n; i++)
            if (sym_eq(g.v[i], wrt)) {
                Sym *t = g.v[i];
                for (size_t j = i; j > 0; j--)
                    g.v[j] = g.v[j - 1];
                g.v[0] = t;
            }
    SymVec c = {0};
    if (!sym_poly_coeffs(f, g.v[0], &c))
        return f;
    SymVec rest = {0};
    for (size_t i = 1; i < gens.n; i++)
        sym_vec_push(&rest, gens.v[i]);
    Sym *form = sym_zero;
    for (size_t i = 0; i < c.n; i++)
        form = sym_add(sym_mul(form, g.v[0]), g.n > 1 ? horner_form(c.v[i], rest, wrt) : c.v[i]);
    return form;
}

static Obj *f_horner(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "horner() missing 1 required positional argument: 'f'");
    SymVec gens = {0};
    for (int i = 1; i < nargs; i++)
        sym_vec_push(&gens, sympy_sympify(args[i]));
    Obj *wrt = sympy_kwarg(args, nargs, kwnames, "wrt");
    return sympy_wrap(horner_form(sympy_sympify(args[0]), gens, wrt && wrt != None ? sympy_sympify(wrt) : NULL));
}

/* The Lagrange form of the polynomial through (xs[i], ys[i]), not expanded. */
static Sym *lagrange(size_t n, Sym *const *xs, Sym *const *ys, Sym *x)
{
    Sym **terms = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        Sym *t = ys[i];
        for (size_t j = 0; j < n; j++)
            if (j != i)
                t = sym_mul(t, sym_div(sym_sub(x, xs[j]), sym_sub(xs[i], xs[j])));
        terms[i] = t;
    }
    return sym_add_n(n, terms);
}

static Obj *f_interpolate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("interpolate", nargs, 2, 2);
    Obj *data = args[0];
    Obj *items = tuple_from_iterable(dict_check(data) ? obj_call_method(data, "items", NULL, 0) : data);
    size_t n = tuple_len(items);
    Sym **xs = gc_alloc((n ? n : 1) * sizeof(Sym *)), **ys = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        Obj *it = tuple_get(items, i);
        if (tuple_check(it) || list_check(it)) {
            Obj *pair = tuple_from_iterable(it);
            if (tuple_len(pair) != 2)
                exc_raisef(&type_ValueError, "interpolate: expected (x, y) pairs");
            xs[i] = sympy_sympify(tuple_get(pair, 0));
            ys[i] = sympy_sympify(tuple_get(pair, 1));
        } else {
            xs[i] = sym_int((long)i + 1);
            ys[i] = sympy_sympify(it);
        }
    }
    return sympy_wrap(sym_expand(lagrange(n, xs, ys, sympy_sympify(args[1]))));
}

static Obj *f_viete(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "viete() missing 1 required positional argument: 'f'");
    Sym *f = sympy_sympify(args[0]);
    SymVec g = gens_of(1, &f, args + (nargs > 1 ? 2 : 1), nargs > 1 ? nargs - 2 : 0);
    if (!g.n)
        sym_raise(SYM_E_COMPUTATION, "viete(%s) failed without generators", sym_str(f));
    Sym *x = univariate_gen("viete", g);
    SymVec c = coeffs_in("viete", f, x);
    size_t n = c.n - 1;
    if (n < 1)
        exc_raisef(&type_ValueError, "Cannot derive Viete's formulas for a constant polynomial");
    SymVec roots = {0};
    if (nargs > 1 && args[1] != None) {
        Obj *t = tuple_from_iterable(args[1]);
        for (size_t i = 0; i < tuple_len(t); i++)
            sym_vec_push(&roots, sympy_sympify(tuple_get(t, i)));
    } else {
        for (size_t i = 1; i <= n; i++)
            sym_vec_push(&roots, sym_symbol(sym_sprintf("r%zu", i), (SymFacts){0, 0}));
    }
    if (roots.n != n)
        exc_raisef(&type_ValueError, "required %zu roots, got %zu", n, roots.n);
    Obj *l = list_new(n);
    for (size_t k = 1; k <= n; k++) {
        Sym *v = sym_div(c.v[k], c.v[0]);
        list_append(l, tuple_pack(2, sympy_wrap(sym_expand(sym_elementary_symmetric(roots.v, n, k))), sympy_wrap(k % 2 ? sym_neg(v) : v)));
    }
    return l;
}

/* sympy's terms_gcd: the common monomial and the rational content pulled out of a polynomial. */
static Obj *f_terms_gcd(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "terms_gcd() missing 1 required positional argument: 'f'");
    Sym *orig = sympy_sympify(args[0]);
    if (!orig->n || orig->kind > SYM_FN)
        return sympy_wrap(orig);
    Sym *f = sym_expand(orig);
    SymVec g = gens_of(1, &f, args + 1, nargs - 1);
    Sym *const *t;
    size_t nt = sym_add_args(&f, &t);
    long *low = gc_alloc_atomic((g.n ? g.n : 1) * sizeof(long));
    Sym *num = sym_zero, *den = sym_one, **k = gc_alloc((nt ? nt : 1) * sizeof(Sym *));
    for (size_t i = 0; i < nt; i++) {
        Sym *rest;
        sym_as_coeff_mul(t[i], true, &k[i], &rest);
        if (!sym_is_rational(k[i]))
            return sympy_wrap(orig);
        for (size_t j = 0; j < g.n; j++) {
            SymVec c = {0};
            if (!sym_poly_coeffs(t[i], g.v[j], &c))
                return sympy_wrap(orig);
            long d = (long)c.n - 1;
            low[j] = i == 0 || d < low[j] ? d : low[j];
        }
        Sym *n, *d;
        sym_numer_denom(k[i], &n, &d);
        num = sym_gcd(num, n);
        den = sym_lcm(den, d);
    }
    Sym *coeff = sym_num_div(num, den), *term = sym_one;
    for (size_t j = 0; j < g.n; j++)
        term = sym_mul(term, sym_pow_si(g.v[j], low[j]));
    if (sym_is_one(coeff) && sym_is_one(term))
        return sympy_wrap(orig);
    Sym **q = gc_alloc((nt ? nt : 1) * sizeof(Sym *));
    for (size_t i = 0; i < nt; i++)
        q[i] = sym_div(sym_div(t[i], coeff), term);
    return sympy_wrap(sym_keep_coeff(coeff, sym_mul(term, sym_add_n(nt, q))));
}

/* ---- minimal polynomials ------------------------------------------------------------------------ */

/* An algebraic number with its radicals replaced by variables: rels[i] is the relation of
 * vars[i] (y**q - base, base in the earlier variables). */
typedef struct Radicals {
    SymVec vars, rels, atoms;
} Radicals;

static Sym *algebraic_form(Sym *e, Radicals *r);

/* The variable standing for base**(1/q), made once per (base, q). */
static Sym *radical_var(Sym *base, long q, Radicals *r)
{
    Sym *atom = sym_pow(base, sym_rat(1, q));
    for (size_t i = 0; i < r->atoms.n; i++)
        if (sym_eq(r->atoms.v[i], atom))
            return r->vars.v[i];
    Sym *b = algebraic_form(base, r);
    Sym *y = sym_dummy("y", (SymFacts){0, 0});
    sym_vec_push(&r->atoms, atom);
    sym_vec_push(&r->vars, y);
    sym_vec_push(&r->rels, sym_sub(sym_pow_si(y, q), b));
    return y;
}

static Sym *algebraic_form(Sym *e, Radicals *r)
{
    if (sym_is_rational(e))
        return e;
    if (e->kind == SYM_I)
        return radical_var(sym_neg_one, 2, r);
    if (e->kind == SYM_POW && e->args[1]->kind == SYM_RATIONAL) {
        long p = fmpz_get_si(fmpq_numref(e->args[1]->v.q)), q = fmpz_get_si(fmpq_denref(e->args[1]->v.q));
        return sym_pow_si(radical_var(e->args[0], q, r), p);
    }
    if (e->kind == SYM_POW && e->args[1]->kind == SYM_INTEGER)
        return sym_pow(algebraic_form(e->args[0], r), e->args[1]);
    if (e->kind == SYM_ADD || e->kind == SYM_MUL) {
        Sym **a = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            a[i] = algebraic_form(e->args[i], r);
        return e->kind == SYM_ADD ? sym_add_n(e->n, a) : sym_mul_n(e->n, a);
    }
    exc_raisef(&type_NotImplementedError, "tirbox: minimal_polynomial of %s is not supported", sym_str(e));
}

static Sym *minpoly_of(Sym *e, Sym *x);

/* sympy's minimal_polynomial(e, x): eliminates the radicals by resultants, then keeps the
 * irreducible factor that vanishes at e, primitive with a positive leading coefficient. */
static Obj *f_minimal_polynomial(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"ex", "x", "compose", "polys", "domain", NULL};
    Obj *a[5];
    args_parse("minimal_polynomial", args, nargs, kwnames, names, 1, a);
    if ((a[3] && obj_truth(a[3])) || (a[4] && a[4] != None))
        exc_raisef(&type_NotImplementedError, "tirbox: minimal_polynomial(polys=, domain=) is not supported");
    Sym *e = sympy_sympify(a[0]);
    return sympy_wrap(minpoly_of(e, a[1] && a[1] != None ? sympy_sympify(a[1]) : sym_dummy("x", (SymFacts){0, 0})));
}

static Sym *minpoly_of(Sym *e, Sym *x)
{
    if (!sym_is_number(e))
        exc_raisef(&type_NotImplementedError, "tirbox: minimal_polynomial of %s is not supported", sym_str(e));
    Radicals r = {{0}, {0}, {0}};
    Sym *num, *den;
    sym_numer_denom(sym_together(algebraic_form(e, &r)), &num, &den);
    Sym *f = sym_expand(sym_sub(sym_mul(x, den), num));
    for (size_t i = r.vars.n; i-- > 0;) {
        Sym *y = r.vars.v[i];
        if (sym_has(f, y))
            f = sylvester(coeffs_in("minimal_polynomial", f, y), coeffs_in("minimal_polynomial", r.rels.v[i], y));
    }
    SymVec fs = {0}, ms = {0};
    sym_factor_list(f, &fs, &ms);
    Sym *best = NULL;
    double best_err = 0;
    for (size_t i = 0; i < fs.n; i++) {
        if (!sym_has(fs.v[i], x))
            continue;
        double re, im;
        if (!sym_eval_complex(sym_subs(fs.v[i], x, e), &re, &im))
            continue;
        double err = re * re + im * im;
        if (!best || err < best_err) {
            best = fs.v[i];
            best_err = err;
        }
    }
    if (!best)
        exc_raisef(&type_NotImplementedError, "tirbox: minimal_polynomial of %s is not supported", sym_str(e));
    Sym *content, *prim;
    sym_primitive(sym_expand(best), &content, &prim);
    SymVec c = {0};
    if (sym_poly_coeffs(prim, x, &c) && c.n && sym_is_num(c.v[0]) && sym_num_sign(c.v[0]) < 0)
        prim = sym_neg(prim);
    return sym_expand(prim);
}

/* ---- partial fractions ------------------------------------------------------------------------ */

/* apart(f, x) in the generator of f (sym_apart). */
static Obj *f_apart(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"f", "x", "full", NULL};
    Obj *a[3];
    args_parse("apart", args, nargs, kwnames, names, 1, a);
    if (a[2] && obj_truth(a[2]))
        exc_raisef(&type_NotImplementedError, "tirbox: apart(full=True) is not supported");
    Sym *f = sympy_sympify(a[0]), *num, *den;
    sym_numer_denom(f, &num, &den);
    Sym *nd[2] = {num, den};
    SymVec g = gens_of(2, nd, a + 1, a[1] && a[1] != None ? 1 : 0);
    if (!g.n)
        return sympy_wrap(f);
    if (g.n != 1)
        exc_raisef(&type_NotImplementedError, "multivariate partial fraction decomposition");
    Sym *r = sym_apart(f, g.v[0]);
    if (!r)
        exc_raisef(&type_NotImplementedError, "tirbox: apart() supports polynomials with rational coefficients only");
    return sympy_wrap(r);
}

/* ---- named polynomials ------------------------------------------------------------------------ */

/* The variable of a named polynomial: the given one, or a Dummy printed as _x. */
static Sym *poly_var(Obj *x) { return x && x != None ? sympy_sympify(x) : sym_dummy("x", (SymFacts){0, 0}); }

static Obj *poly_class;        /* sympy.Poly, for polys=True */

static Obj *named_result(Sym *e, Sym *x, Obj *polys)
{
    if (polys && obj_truth(polys))
        return obj_call(poly_class, (Obj *[]){sympy_wrap(e), sympy_wrap(x)}, 2, NULL);
    return sympy_wrap(e);
}

static long degree_arg(const char *fname, Obj *n)
{
    long d = (long)obj_index_i64(n);
    if (d < 0)
        exc_raisef(&type_ValueError, "Cannot generate %s of degree %ld", fname, d);
    return d;
}

static Obj *f_cyclotomic_poly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "x", "polys", NULL};
    Obj *a[3];
    args_parse("cyclotomic_poly", args, nargs, kwnames, names, 1, a);
    long n = (long)obj_index_i64(a[0]);
    if (n <= 0)
        exc_raisef(&type_ValueError, "Cannot generate cyclotomic polynomial of order %ld", n);
    Sym *x = poly_var(a[1]);
    fmpz_poly_t p;
    fmpz_poly_init(p);
    fmpz_poly_cyclotomic(p, (ulong)n);
    UP u = up_new((size_t)fmpz_poly_length(p));
    fmpz_t c;
    fmpz_init(c);
    for (size_t i = 0; i < u.n; i++) {
        fmpz_poly_get_coeff_fmpz(c, p, (slong)i);
        u.c[i] = sym_int_fmpz(c);
    }
    fmpz_clear(c);
    fmpz_poly_clear(p);
    return named_result(up_expr(u, x), x, a[2]);
}

/* Orthogonal polynomials by their three-term recurrences p[k+1] = (a*x + b)*p[k] - c*p[k-1],
 * the coefficients (a, b, c) rational functions of k. */
typedef void (*Recurrence)(long k, Sym **a, Sym **b, Sym **c);

static void rec_chebyshev(long k, Sym **a, Sym **b, Sym **c) { (void)k, *a = sym_two, *b = sym_zero, *c = sym_one; }

static void rec_legendre(long k, Sym **a, Sym **b, Sym **c)
{
    *a = sym_rat(2 * k + 1, k + 1);
    *b = sym_zero;
    *c = sym_rat(k, k + 1);
}

static void rec_hermite(long k, Sym **a, Sym **b, Sym **c)
{
    *a = sym_two;
    *b = sym_zero;
    *c = sym_int(2 * k);
}

static void rec_hermite_prob(long k, Sym **a, Sym **b, Sym **c)
{
    *a = sym_one;
    *b = sym_zero;
    *c = sym_int(k);
}

static void rec_laguerre(long k, Sym **a, Sym **b, Sym **c)
{
    *a = sym_rat(-1, k + 1);
    *b = sym_rat(2 * k + 1, k + 1);
    *c = sym_rat(k, k + 1);
}

/* p0 = 1, p1 = first; then the recurrence. */
static UP orthogonal(long n, UP first, Recurrence rec)
{
    UP prev = up_new(1), cur = first;
    prev.c[0] = sym_one;
    if (n == 0)
        return prev;
    for (long k = 1; k < n; k++) {
        Sym *a, *b, *c;
        rec(k, &a, &b, &c);
        UP ax = up_new(cur.n + 1);
        for (size_t i = 0; i < cur.n; i++) {
            ax.c[i + 1] = sym_num_mul(a, cur.c[i]);
            ax.c[i] = sym_num_add(ax.c[i], sym_num_mul(b, cur.c[i]));
        }
        UP next = up_sub(up_trim(ax), up_scale(prev, c));
        prev = cur;
        cur = next;
    }
    return cur;
}

static UP linear(long c0, long c1)
{
    UP p = up_new(2);
    p.c[0] = sym_int(c0);
    p.c[1] = sym_int(c1);
    return up_trim(p);
}

static Obj *named_orthogonal(const char *fname, Obj **args, int nargs, Obj *kwnames, UP first, Recurrence rec)
{
    static const char *const names[] = {"n", "x", "polys", NULL};
    Obj *a[3];
    args_parse(fname, args, nargs, kwnames, names, 1, a);
    long n = degree_arg(fname, a[0]);
    Sym *x = poly_var(a[1]);
    return named_result(up_expr(orthogonal(n, first, rec), x), x, a[2]);
}

#define ORTHOGONAL(name, c0, c1, rec)                                                    \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames)               \
    {                                                                                    \
        (void)self;                                                                      \
        return named_orthogonal(#name, args, nargs, kwnames, linear(c0, c1), rec);       \
    }
ORTHOGONAL(chebyshevt_poly, 0, 1, rec_chebyshev)
ORTHOGONAL(chebyshevu_poly, 0, 2, rec_chebyshev)
ORTHOGONAL(legendre_poly, 0, 1, rec_legendre)
ORTHOGONAL(hermite_poly, 0, 2, rec_hermite)
ORTHOGONAL(hermite_prob_poly, 0, 1, rec_hermite_prob)

static Obj *f_laguerre_poly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (sympy_kwarg(args, nargs, kwnames, "alpha"))
        exc_raisef(&type_NotImplementedError, "tirbox: laguerre_poly(alpha=) is not supported");
    return named_orthogonal("laguerre_poly", args, nargs, kwnames, linear(1, -1), rec_laguerre);
}

static Obj *f_symmetric_poly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "symmetric_poly() missing 1 required positional argument: 'n'");
    Obj *gens = nargs == 2 && (list_check(args[1]) || tuple_check(args[1])) ? tuple_from_iterable(args[1])
                                                                        : tuple_from_array(args + 1, (size_t)nargs - 1);
    size_t m = tuple_len(gens);
    long n = (long)obj_index_i64(args[0]);
    if (n < 0 || (size_t)n > m)
        exc_raisef(&type_ValueError, "Cannot generate symmetric polynomial of order %ld for %s", n,
                   str_cstr(obj_repr(gens)));
    Sym **g = gc_alloc((m ? m : 1) * sizeof(Sym *));
    for (size_t i = 0; i < m; i++)
        g[i] = sympy_sympify(tuple_get(gens, i));
    return sympy_wrap(sym_expand(sym_elementary_symmetric(g, m, (size_t)n)));
}

static Obj *f_swinnerton_dyer_poly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "x", "polys", NULL};
    Obj *a[3];
    args_parse("swinnerton_dyer_poly", args, nargs, kwnames, names, 1, a);
    long n = (long)obj_index_i64(a[0]);
    if (n <= 0)
        exc_raisef(&type_ValueError, "Cannot generate Swinnerton-Dyer polynomial of order %ld", n);
    if (n > 3)
        exc_raisef(&type_NotImplementedError, "tirbox: swinnerton_dyer_poly of order above 3 is not supported");
    Sym *x = poly_var(a[1]), *sum = sym_zero;
    static const long primes[] = {2, 3, 5};
    for (long i = 0; i < n; i++)
        sum = sym_add(sum, sym_sqrt(sym_int(primes[i])));
    return named_result(minpoly_of(sum, x), x, a[2]);
}

static Obj *f_interpolating_poly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "x", "X", "Y", NULL};
    Obj *a[4];
    args_parse("interpolating_poly", args, nargs, kwnames, names, 2, a);
    long n = (long)obj_index_i64(a[0]);
    Sym *x = sympy_sympify(a[1]);
    Sym **xs = gc_alloc((size_t)(n > 0 ? n : 1) * sizeof(Sym *)), **ys = gc_alloc((size_t)(n > 0 ? n : 1) * sizeof(Sym *));
    for (int k = 0; k < 2; k++) {
        Obj *src = a[2 + k];
        Sym **dst = k ? ys : xs;
        if (!src || str_check(src)) {
            const char *stem = src ? str_cstr(src) : k ? "y" : "x";
            for (long i = 0; i < n; i++)
                dst[i] = sym_symbol(sym_sprintf("%s%ld", stem, i), (SymFacts){0, 0});
        } else {
            Obj *t = tuple_from_iterable(src);
            if ((long)tuple_len(t) != n)
                exc_raisef(&type_ValueError, "interpolating_poly: %ld points expected", n);
            for (long i = 0; i < n; i++)
                dst[i] = sympy_sympify(tuple_get(t, (size_t)i));
        }
    }
    return sympy_wrap(lagrange((size_t)n, xs, ys, x));
}

static const struct {
    const char *name;
    NativeFn fn;
} funcs[] = {
    {"apart", f_apart}, {"cyclotomic_poly", f_cyclotomic_poly}, {"chebyshevt_poly", f_chebyshevt_poly},
    {"chebyshevu_poly", f_chebyshevu_poly}, {"legendre_poly", f_legendre_poly}, {"hermite_poly", f_hermite_poly},
    {"hermite_prob_poly", f_hermite_prob_poly}, {"laguerre_poly", f_laguerre_poly},
    {"symmetric_poly", f_symmetric_poly}, {"swinnerton_dyer_poly", f_swinnerton_dyer_poly},
    {"interpolating_poly", f_interpolating_poly}, {"minimal_polynomial", f_minimal_polynomial}, {"minpoly", f_minimal_polynomial},
    {"quo", f_quo}, {"rem", f_rem}, {"exquo", f_exquo}, {"pdiv", f_pdiv}, {"prem", f_prem}, {"pquo", f_pquo},
    {"pexquo", f_pexquo}, {"gcdex", f_gcdex}, {"half_gcdex", f_half_gcdex}, {"invert", f_invert},
    {"cofactors", f_cofactors}, {"gcd_list", f_gcd_list}, {"lcm_list", f_lcm_list},
    {"resultant", f_resultant}, {"discriminant", f_discriminant}, {"sqf_list", f_sqf_list}, {"sqf", f_sqf},
    {"sqf_part", f_sqf_part}, {"count_roots", f_count_roots}, {"compose", f_compose}, {"horner", f_horner},
    {"interpolate", f_interpolate}, {"viete", f_viete}, {"terms_gcd", f_terms_gcd},
};

void sympy_polyfn_init(Obj *module)
{
    Type *base = (Type *)dict_get_cstr(module_dict(module), "BasePolynomialError");
    type_exact_quotient_failed.base_type = base;
    type_not_invertible.base_type = base;
    type_ready(&type_exact_quotient_failed);
    type_ready(&type_not_invertible);
    module_add(module, "ExactQuotientFailed", (Obj *)&type_exact_quotient_failed);
    module_add(module, "NotInvertible", (Obj *)&type_not_invertible);
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        module_add_function(module, funcs[i].name, funcs[i].fn);
    poly_class = dict_get_cstr(module_dict(module), "Poly");
}
