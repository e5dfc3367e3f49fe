/* runtime/modules/sympy_poly.c — sympy's Poly (see sympy_poly.h). */
#include "runtime/modules/sympy_poly.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rootof.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"

/* One term: the exponents of the generators and the coefficient (free of them). */
typedef struct Term {
    long *exps;
    Sym *coeff;
} Term;

typedef struct PolyObj {
    Obj base;
    Sym *expr;               /* the polynomial as an expression (as_expr) */
    size_t ngens;
    Sym **gens;
    size_t nterms;
    Term *terms;             /* nonzero terms, monomials in decreasing lex order */
    const char *domain;
} PolyObj;

static Type type_poly, type_domain;

/* A coefficient domain (ZZ, QQ, QQ[y] ...): prints as its name. */
typedef struct DomainObj {
    Obj base;
    const char *name;
} DomainObj;

static PolyObj *P(Obj *o) { return (PolyObj *)o; }

static bool poly_check(const Obj *o) { return !is_small(o) && TYPE(o) == &type_poly; }

bool sympy_poly_parts(Obj *o, Sym **expr, Sym **gen)
{
    if (!poly_check(o))
        return false;
    *expr = P(o)->expr;
    *gen = P(o)->ngens ? P(o)->gens[0] : NULL;
    return true;
}

/* ---- reading an expression as a polynomial -------------------------------------------------- */

typedef struct TermVec {
    size_t n, cap;
    Term *v;
} TermVec;

static void push_term(TermVec *t, const long *exps, size_t ngens, Sym *coeff)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 8;
        t->v = gc_realloc(t->v, t->cap * sizeof(Term));
    }
    long *e = gc_alloc_atomic((ngens ? ngens : 1) * sizeof(long));
    memcpy(e, exps, ngens * sizeof(long));
    t->v[t->n].exps = e;
    t->v[t->n++].coeff = coeff;
}

/* The first term of e that is not a polynomial in the generators (for the error message). */
static Sym *offending_term(Sym *e, Sym **gens, size_t ngens)
{
    Sym *ex = sym_expand(e);
    Sym *const *t;
    size_t n = sym_add_args(&ex, &t);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < ngens; k++) {
            SymVec c = {0, 0, NULL};
            if (!sym_poly_coeffs(t[i], gens[k], &c))
                return t[i];
        }
    return e;
}

static void collect_terms(Sym *e, Sym **gens, size_t ngens, size_t k, long *exps, TermVec *out, Sym *whole)
{
    if (k == ngens) {
        if (!sym_is_zero_num(e))
            push_term(out, exps, ngens, e);
        return;
    }
    SymVec c = {0, 0, NULL};
    if (!sym_poly_coeffs(e, gens[k], &c))
        sym_raise(SYM_E_POLYNOMIAL, "%s contains an element of the set of generators.",
                  sym_str(offending_term(whole, gens, ngens)));
    for (size_t i = 0; i < c.n; i++) {
        exps[k] = (long)(c.n - 1 - i);
        collect_terms(c.v[i], gens, ngens, k + 1, exps, out, whole);
    }
}

static Sym *monomial(Sym **gens, size_t ngens, const long *exps)
{
    Sym *m = sym_one;
    for (size_t k = 0; k < ngens; k++)
        if (exps[k])
            m = sym_mul(m, sym_pow_si(gens[k], exps[k]));
    return m;
}

/* ---- the coefficient domain ------------------------------------------------------------------ */

/* Adds the generators of a coefficient part (symbols, pi, sin(y) ...) to g; false when it
 * holds an algebraic number such as sqrt(2) (the domain is then EX). I counts apart, as the
 * Gaussian domains ZZ_I and QQ_I. */
static bool coefficient_gens(Sym *c, SymVec *g, bool *gaussian)
{
    SymVec v = sym_poly_gens(sym_rationalize_floats(c));
    for (size_t i = 0; i < v.n; i++) {
        if (v.v[i]->kind == SYM_I) {
            *gaussian = true;
            continue;
        }
        if (sym_is_number(v.v[i]) && sym_is(v.v[i], SYM_F_ALGEBRAIC))
            return false;
        bool seen = false;
        for (size_t j = 0; j < g->n; j++)
            seen |= sym_eq(g->v[j], v.v[i]);
        if (!seen)
            sym_vec_push(g, v.v[i]);
    }
    return true;
}

static bool has_float(Sym *e)
{
    if (e->kind == SYM_FLOAT)
        return true;
    if (e->kind == SYM_INTEGER || e->kind == SYM_RATIONAL)
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (has_float(e->args[i]))
            return true;
    return false;
}

/* A rational number among the coefficients of e (exponents do not count). */
static bool has_rational(Sym *e)
{
    if (e->kind == SYM_RATIONAL)
        return true;
    if (e->kind == SYM_INTEGER || e->kind == SYM_FLOAT)
        return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!(e->kind == SYM_POW && i == 1) && has_rational(e->args[i]))
            return true;
    return false;
}

/* sympy's construct_domain for the coefficients: ZZ, QQ, RR, ZZ_I, QQ_I, a polynomial ring over
 * one of them (ZZ[y]), a fraction field (ZZ(y)) when a generator divides, or EX. */
static const char *domain_of(const Term *t, size_t n)
{
    bool flt = false, rat = false, frac = false, gaussian = false;
    SymVec g = {0, 0, NULL};
    for (size_t i = 0; i < n; i++) {
        Sym *c = t[i].coeff, *num, *den;
        flt |= has_float(c);
        rat |= has_rational(c);
        if (sym_is_num(c))
            continue;
        sym_numer_denom(sym_rationalize_floats(c), &num, &den);
        if (!sym_is_rational(den)) {
            frac = true;
            if (!coefficient_gens(den, &g, &gaussian))
                return "EX";
        }
        if (!coefficient_gens(num, &g, &gaussian))
            return "EX";
    }
    if (gaussian && flt)
        return "EX";
    const char *ground = flt ? "RR" : gaussian ? (rat ? "QQ_I" : "ZZ_I") : rat && !frac ? "QQ" : "ZZ";
    if (!g.n)
        return ground;
    sym_sort_gens(&g);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s%c", ground, frac ? '(' : '[');
    for (size_t i = 0; i < g.n; i++)
        buf_printf(&b, "%s%s", i ? "," : "", sym_str(g.v[i]));
    buf_putc(&b, frac ? ')' : ']');
    return sym_strdup(buf_cstr(&b));
}

/* ---- construction ------------------------------------------------------------------------------ */

static Obj *poly_make(Sym *e, Sym **gens, size_t ngens, const char *domain)
{
    if (ngens == 0) {
        SymVec v = sym_poly_gens(sym_expand(e));   /* sympy expands: (x - 1)*(x + 2) has gens (x,) */
        gens = v.v;
        ngens = v.n;
        if (ngens == 0)
            sym_raise(SYM_E_GENERATORS, "Cannot initialize from 'dict' without generators");
    }
    TermVec tv = {0, 0, NULL};
    long *exps = gc_alloc_atomic(ngens * sizeof(long));
    collect_terms(e, gens, ngens, 0, exps, &tv, e);
    PolyObj *p = gc_alloc(sizeof *p);
    p->base.type = &type_poly;
    p->gens = gens;
    p->ngens = ngens;
    p->terms = tv.v;
    p->nterms = tv.n;
    SymVec parts = {0, 0, NULL};
    for (size_t i = 0; i < tv.n; i++)
        sym_vec_push(&parts, sym_mul(tv.v[i].coeff, monomial(gens, ngens, tv.v[i].exps)));
    p->expr = sym_add_n(parts.n, parts.v);
    p->domain = domain ? domain : domain_of(tv.v, tv.n);
    if (strcmp(p->domain, "RR") == 0)     /* the coefficients are elements of RR: Floats */
        for (size_t i = 0; i < tv.n; i++)
            if (sym_is_rational(tv.v[i].coeff))
                tv.v[i].coeff = sym_num_to_float(tv.v[i].coeff, 53);
    return (Obj *)p;
}

/* A Poly in the same generators as p (and its domain when keep_domain). */
static Obj *poly_like(Obj *p, Sym *e, bool keep_domain)
{
    return poly_make(e, P(p)->gens, P(p)->ngens, keep_domain ? P(p)->domain : NULL);
}

static Obj *poly_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "Poly() missing 1 required positional argument: 'rep'");
    Sym *e = poly_check(args[0]) ? P(args[0])->expr : sympy_sympify(args[0]);
    SymVec gens = {0, 0, NULL};
    for (int i = 1; i < nargs; i++) {
        Obj *items = list_check(args[i]) || tuple_check(args[i]) ? args[i] : tuple_pack(1, args[i]);
        Obj *t = tuple_from_iterable(items);
        for (size_t j = 0; j < tuple_len(t); j++)
            sym_vec_push(&gens, sympy_sympify(tuple_get(t, j)));
    }
    Obj *d = sympy_kwarg(args, nargs, kwnames, "domain");
    const char *domain = d && str_check(d) ? sym_strdup(str_cstr(d)) : NULL;
    if (d && !is_small(d) && TYPE(d) == &type_domain)
        domain = ((DomainObj *)d)->name;
    if (poly_check(args[0]) && !gens.n)
        return poly_make(e, P(args[0])->gens, P(args[0])->ngens, domain);
    return poly_make(e, gens.v, gens.n, domain);
}

static Obj *f_poly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return poly_new(&type_poly, args, nargs, kwnames);
}

/* ---- printing ------------------------------------------------------------------------------- */

/* A coefficient as sympy prints it inside a Poly: Floats without trailing zeros, and in RR[...]
 * a monomial with its implicit numeric coefficient written as a Float (1.0*y). */
static const char *coeff_text(Sym *c, bool real_ring)
{
    if (c->kind == SYM_FLOAT)
        return sym_float_text(c->v.f, sym_prec_to_dps((long)mpfr_get_prec(c->v.f)), true);
    if (real_ring && c->kind == SYM_ADD) {
        size_t n;
        Sym **terms = sym_ordered_terms(c, &n);
        Buf b;
        buf_init(&b);
        for (size_t i = 0; i < n; i++) {
            const char *t = coeff_text(terms[i], true);
            if (i == 0)
                buf_puts(&b, t);
            else if (t[0] == '-')
                buf_printf(&b, " - %s", t + 1);
            else
                buf_printf(&b, " + %s", t);
        }
        return sym_strdup(buf_cstr(&b));
    }
    if (real_ring) {
        Sym *k, *rest;
        sym_as_coeff_mul(c, false, &k, &rest);
        if (sym_is_rational(k)) {
            Sym *f = sym_num_to_float(k, 53);
            return sym_is_one(rest) ? coeff_text(f, false) : sym_sprintf("%s*%s", coeff_text(f, false), sym_str(rest));
        }
    }
    return sym_str(c);
}

static Obj *poly_repr(Obj *self)
{
    PolyObj *p = P(self);
    char **gen = gc_alloc(p->ngens * sizeof(char *));
    for (size_t k = 0; k < p->ngens; k++) {
        char *s = sym_str(p->gens[k]);
        gen[k] = sym_precedence(p->gens[k]) < 1000 ? sym_sprintf("(%s)", s) : s;
    }
    Buf b;
    buf_init(&b);
    buf_puts(&b, "Poly(");
    for (size_t i = 0; i < p->nterms; i++) {
        Sym *c = p->terms[i].coeff;
        Buf m;
        buf_init(&m);
        for (size_t k = 0; k < p->ngens; k++) {
            long e = p->terms[i].exps[k];
            if (e)
                buf_printf(&m, "%s%s", m.len ? "*" : "", gen[k]);
            if (e > 1)
                buf_printf(&m, "**%ld", e);
        }
        const char *term;
        if (m.len && sym_is_one(c))
            term = buf_cstr(&m);
        else if (m.len && sym_is_int_value(c, -1))
            term = sym_sprintf("-%s", buf_cstr(&m));
        else {
            const char *cs = coeff_text(c, strncmp(p->domain, "RR[", 3) == 0);
            if (c->kind == SYM_ADD && m.len)
                cs = sym_sprintf("(%s)", cs);
            term = m.len ? sym_sprintf("%s*%s", cs, buf_cstr(&m)) : cs;
        }
        if (i == 0)
            buf_puts(&b, term);
        else if (term[0] == '-')
            buf_printf(&b, " - %s", term + 1);
        else
            buf_printf(&b, " + %s", term);
    }
    if (!p->nterms)
        buf_puts(&b, "0");
    for (size_t k = 0; k < p->ngens; k++)
        buf_printf(&b, ", %s", sym_str(p->gens[k]));
    buf_printf(&b, ", domain='%s')", p->domain);
    return str_from_cstr(buf_cstr(&b));
}

/* ---- methods ---------------------------------------------------------------------------------- */

#define NOARGS (void)args; (void)nargs; (void)kwnames

static Obj *m_as_expr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    return sympy_wrap(P(self)->expr);
}

static Obj *m_coeffs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    Obj *l = list_new(p->nterms);
    for (size_t i = 0; i < p->nterms; i++)
        list_append(l, sympy_wrap(p->terms[i].coeff));
    if (!p->nterms)
        list_append(l, sympy_wrap(sym_zero));
    return l;
}

static void univariate(PolyObj *p)
{
    if (p->ngens != 1)
        sym_raise(SYM_E_POLYNOMIAL, "multivariate polynomials not supported");
}

static Obj *m_all_coeffs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    univariate(p);
    if (!p->nterms)
        return list_from_array((Obj *[]){sympy_wrap(sym_zero)}, 1);
    long deg = p->terms[0].exps[0];
    Obj *l = list_new((size_t)deg + 1);
    size_t j = 0;
    for (long d = deg; d >= 0; d--) {
        bool here = j < p->nterms && p->terms[j].exps[0] == d;
        list_append(l, sympy_wrap(here ? p->terms[j++].coeff : sym_zero));
    }
    return l;
}

/* The index of generator g (an int index or the generator itself). */
static size_t gen_index(PolyObj *p, Obj *g)
{
    if (!g)
        return 0;
    if (is_small(g))
        return (size_t)small_value(g);
    Sym *s = sympy_sympify(g);
    for (size_t k = 0; k < p->ngens; k++)
        if (sym_eq(p->gens[k], s))
            return k;
    sym_raise(SYM_E_POLYNOMIAL, "a valid generator expected, got %s", sym_str(s));
}

static long degree_in(PolyObj *p, size_t k)
{
    long d = p->nterms ? 0 : -1;
    for (size_t i = 0; i < p->nterms; i++)
        if (p->terms[i].exps[k] > d)
            d = p->terms[i].exps[k];
    return d;
}

static Obj *m_degree(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    PolyObj *p = P(self);
    if (!p->nterms)
        return sympy_wrap(sym_neg_oo);
    return int_from_i64(degree_in(p, gen_index(p, nargs ? args[0] : NULL)));
}

static Obj *m_total_degree(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    long best = 0;
    for (size_t i = 0; i < p->nterms; i++) {
        long s = 0;
        for (size_t k = 0; k < p->ngens; k++)
            s += p->terms[i].exps[k];
        if (s > best)
            best = s;
    }
    return int_from_i64(best);
}

static Obj *m_lc(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    return sympy_wrap(P(self)->nterms ? P(self)->terms[0].coeff : sym_zero);
}

static Obj *m_tc(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    if (!p->nterms)
        return sympy_wrap(sym_zero);
    Term *t = &p->terms[p->nterms - 1];
    for (size_t k = 0; k < p->ngens; k++)
        if (t->exps[k])
            return sympy_wrap(sym_zero);
    return sympy_wrap(t->coeff);
}

static Obj *exps_tuple(const long *exps, size_t n)
{
    Obj *t = tuple_new(n);
    for (size_t k = 0; k < n; k++)
        tuple_items(t)[k] = int_from_i64(exps[k]);
    return t;
}

static Obj *m_terms(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    Obj *l = list_new(p->nterms);
    for (size_t i = 0; i < p->nterms; i++)
        list_append(l, tuple_pack(2, exps_tuple(p->terms[i].exps, p->ngens), sympy_wrap(p->terms[i].coeff)));
    return l;
}

static Obj *m_monoms(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    Obj *l = list_new(p->nterms);
    for (size_t i = 0; i < p->nterms; i++)
        list_append(l, exps_tuple(p->terms[i].exps, p->ngens));
    return l;
}

static Obj *m_as_dict(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    Obj *d = dict_new();
    for (size_t i = p->nterms; i-- > 0;)
        dict_set(d, exps_tuple(p->terms[i].exps, p->ngens), sympy_wrap(p->terms[i].coeff));
    return d;
}

/* Poly has no coeff: sympy points to its two replacements. */
static Obj *m_coeff(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    exc_raisef(&type_NotImplementedError, "Either convert to Expr with `as_expr` method to use Expr's coeff method "
               "or else use the `coeff_monomial` method of Polys.");
}

static Obj *m_coeff_monomial(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("coeff_monomial", kwnames);
    args_count("coeff_monomial", nargs, 1, 1);
    PolyObj *p = P(self);
    Obj *m = poly_make(sympy_sympify(args[0]), p->gens, p->ngens, NULL);
    if (P(m)->nterms != 1)
        exc_raisef(&type_ValueError, "monomial expected, got %s", str_cstr(obj_str(args[0])));
    for (size_t i = 0; i < p->nterms; i++)
        if (memcmp(p->terms[i].exps, P(m)->terms[0].exps, p->ngens * sizeof(long)) == 0)
            return sympy_wrap(p->terms[i].coeff);
    return sympy_wrap(sym_zero);
}

/* p(x0, x1 ...): the value at the given points of the first generators. */
static Sym *evaluate(PolyObj *p, Obj **args, int nargs)
{
    Sym *e = p->expr;
    for (int i = 0; i < nargs && (size_t)i < p->ngens; i++)
        e = sym_subs(e, p->gens[i], sympy_sympify(args[i]));
    return e;
}

static Obj *m_eval(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    PolyObj *p = P(self);
    Sym *e = evaluate(p, args, nargs);
    if ((size_t)nargs < p->ngens)
        return poly_make(e, p->gens + nargs, p->ngens - (size_t)nargs, NULL);
    return sympy_wrap(e);
}

static Obj *poly_call(Obj *self, Obj **args, int nargs, Obj *kwnames) { return m_eval(self, args, nargs, kwnames); }

static Obj *m_subs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return obj_call(obj_getattr_cstr(sympy_wrap(P(self)->expr), "subs"), args, nargs, kwnames);
}

static Obj *m_diff(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    PolyObj *p = P(self);
    Sym *x = nargs ? sympy_sympify(args[0]) : p->gens[0];
    return poly_like(self, sym_diff(p->expr, x), false);
}

/* The roots of a univariate polynomial with multiplicity in sympy's all_roots order. */
static SymVec sorted_roots(PolyObj *p, bool real_only)
{
    univariate(p);
    return sym_rootof_all_roots(p->expr, p->gens[0], real_only);
}

/* The roots as a list, evaluated to dps digits when dps > 0. */
static Obj *vec_list(SymVec v, long dps)
{
    Obj *l = list_new(v.n);
    for (size_t i = 0; i < v.n; i++)
        list_append(l, sympy_wrap(dps > 0 ? sym_evalf(v.v[i], dps) : v.v[i]));
    return l;
}

static Obj *m_real_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    return vec_list(sorted_roots(P(self), true), 0);
}

static Obj *m_all_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    return vec_list(sorted_roots(P(self), false), 0);
}

static Obj *m_nroots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"n", "maxsteps", "cleanup", NULL};
    Obj *a[3];
    args_parse("nroots", args, nargs, kwnames, names, 0, a);
    int64_t n = 15;
    if (a[0] && (!int_get_i64(a[0], &n) || n < 1 || n > 100000))
        exc_raisef(&type_ValueError, "nroots: n must be a positive int");
    SymVec v = sorted_roots(P(self), false);
    for (size_t i = 0; i < v.n; i++)
        v.v[i] = sym_evalf(v.v[i], (long)n);
    /* nroots orders its values numerically: real ones, then the others by real, imaginary part */
    for (size_t i = 1; i < v.n; i++)
        for (size_t j = i; j > 0; j--) {
            double ar, ai, br, bi;
            sym_eval_complex(v.v[j - 1], &ar, &ai);
            sym_eval_complex(v.v[j], &br, &bi);
            if ((ai != 0) < (bi != 0) || ((ai != 0) == (bi != 0) && (ar < br || (ar == br && ai <= bi))))
                break;
            Sym *t = v.v[j];
            v.v[j] = v.v[j - 1];
            v.v[j - 1] = t;
        }
    return vec_list(v, 0);
}

static Obj *m_count_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    SymVec v = sorted_roots(P(self), true);
    long distinct = 0;
    for (size_t i = 0; i < v.n; i++)
        distinct += i == 0 || !sym_eq(v.v[i], v.v[i - 1]);
    return int_from_i64(distinct);
}

/* The coefficient of x**d in a univariate Poly. */
static Sym *coeff_at(PolyObj *p, long d)
{
    for (size_t i = 0; i < p->nterms; i++)
        if (p->terms[i].exps[0] == d)
            return p->terms[i].coeff;
    return sym_zero;
}

/* sympy's order of factors: fewer coefficients first, then lower multiplicity, then the dense
 * coefficient lists compared item by item. */
static int factor_cmp(Obj *a, long ma, Obj *b, long mb)
{
    long da = degree_in(P(a), 0), db = degree_in(P(b), 0);
    if (da != db)
        return da < db ? -1 : 1;
    if (ma != mb)
        return ma < mb ? -1 : 1;
    for (long d = da; d >= 0; d--) {
        Sym *x = coeff_at(P(a), d), *y = coeff_at(P(b), d);
        if (sym_is_num(x) && sym_is_num(y) && !sym_eq(x, y))
            return sym_num_cmp(x, y);
    }
    return 0;
}

/* (constant, [(factor, multiplicity), ...]) with the factors as Polys (as_poly) or expressions. */
static Obj *factor_list_of(Sym *e, Sym **gens, size_t ngens, bool as_poly)
{
    SymVec f = {0, 0, NULL}, m = {0, 0, NULL};
    Sym *c = sym_factor_list(e, &f, &m);
    Obj **fp = gc_alloc((f.n ? f.n : 1) * sizeof(Obj *));
    for (size_t i = 0; i < f.n; i++)
        fp[i] = poly_make(f.v[i], gens, ngens, NULL);
    for (size_t i = 1; i < f.n; i++)
        for (size_t j = i; j > 0 && factor_cmp(fp[j - 1], fmpz_get_si(m.v[j - 1]->v.z), fp[j],
                                               fmpz_get_si(m.v[j]->v.z)) > 0; j--) {
            Obj *t = fp[j];
            fp[j] = fp[j - 1];
            fp[j - 1] = t;
            Sym *s = m.v[j];
            m.v[j] = m.v[j - 1];
            m.v[j - 1] = s;
        }
    Obj *l = list_new(f.n);
    for (size_t i = 0; i < f.n; i++)
        list_append(l, tuple_pack(2, as_poly ? fp[i] : sympy_wrap(P(fp[i])->expr), sympy_int_obj(m.v[i])));
    return tuple_pack(2, sympy_wrap(c), l);
}

static Obj *m_factor_list(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    return factor_list_of(P(self)->expr, P(self)->gens, P(self)->ngens, true);
}

static Sym *other_expr(Obj *o) { return poly_check(o) ? P(o)->expr : sympy_sympify(o); }

static Obj *division(Obj *self, Obj **args, int nargs, int which)
{
    if (nargs != 1)
        exc_raisef(&type_TypeError, "expected one argument");
    Sym *q, *r;
    sym_poly_divide(P(self)->expr, other_expr(args[0]), &q, &r);
    if (which == 0)
        return poly_like(self, q, false);
    if (which == 1)
        return poly_like(self, r, false);
    return tuple_pack(2, poly_like(self, q, false), poly_like(self, r, false));
}

static Obj *m_quo(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return division(self, args, nargs, 0);
}

static Obj *m_rem(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return division(self, args, nargs, 1);
}

static Obj *m_div(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return division(self, args, nargs, 2);
}

static Obj *m_monic(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS;
    PolyObj *p = P(self);
    if (!p->nterms)
        return self;
    Sym *lc = p->terms[0].coeff;
    Obj *r = poly_like(self, sym_expand(sym_div(p->expr, lc)), false);
    if (strcmp(P(r)->domain, "ZZ") == 0)
        P(r)->domain = "QQ";
    return r;
}

static Obj *get_gens(Obj *self)
{
    PolyObj *p = P(self);
    Obj *t = tuple_new(p->ngens);
    for (size_t k = 0; k < p->ngens; k++)
        tuple_items(t)[k] = sympy_wrap(p->gens[k]);
    return t;
}

static Obj *get_expr(Obj *self) { return sympy_wrap(P(self)->expr); }

static Obj *get_args(Obj *self) { return tuple_pack(2, get_expr(self), tuple_get(get_gens(self), 0)); }

static Obj *get_free_symbols(Obj *self) { return obj_getattr_cstr(get_expr(self), "free_symbols"); }

static Obj *get_is_monic(Obj *self)
{
    PolyObj *p = P(self);
    return bool_from(p->nterms && sym_is_one(p->terms[0].coeff));
}

static Obj *get_is_irreducible(Obj *self)
{
    SymVec f = {0, 0, NULL}, m = {0, 0, NULL};
    sym_factor_list(P(self)->expr, &f, &m);
    return bool_from(f.n <= 1 && (!m.n || sym_is_one(m.v[0])));
}


static Obj *domain_repr(Obj *self) { return str_from_cstr(((DomainObj *)self)->name); }

static Type type_domain = {
    .base = {&type_type},
    .name = "Domain",
    .module = "sympy.polys.domains.domain",
    .basicsize = sizeof(DomainObj),
    .repr = domain_repr,
};

static Obj *domain_new(const char *name)
{
    DomainObj *d = gc_alloc(sizeof *d);
    d->base.type = &type_domain;
    d->name = name;
    return (Obj *)d;
}

static Obj *get_domain(Obj *self) { return domain_new(P(self)->domain); }

/* ---- arithmetic ---------------------------------------------------------------------------- */

static Obj *poly_binop(Obj *a, Obj *b, int op)
{
    Obj *p = poly_check(a) ? a : b;
    Sym *x = poly_check(a) ? P(a)->expr : sympy_convert(a);
    Sym *y = poly_check(b) ? P(b)->expr : sympy_convert(b);
    if (!x || !y)
        return NotImplemented;
    switch (OP_BASE(op)) {
    case OP_ADD: return poly_like(p, sym_add(x, y), false);
    case OP_SUB: return poly_like(p, sym_sub(x, y), false);
    case OP_MUL: return poly_like(p, sym_expand(sym_mul(x, y)), false);
    case OP_TRUEDIV: return sympy_wrap(sym_div(x, y));
    case OP_POW:
        if (p == a && y->kind == SYM_INTEGER && fmpz_sgn(y->v.z) >= 0)
            return poly_like(p, sym_expand(sym_pow(x, y)), false);
        return NotImplemented;
    default: return NotImplemented;
    }
}

static Obj *poly_unop(Obj *a, int op)
{
    if (op == UNARY_NEG)
        return poly_like(a, sym_neg(P(a)->expr), true);
    if (op == UNARY_POS)
        return a;
    return NotImplemented;
}

static Obj *poly_compare(Obj *a, Obj *b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return NotImplemented;
    Sym *y = poly_check(b) ? P(b)->expr : sympy_convert(b);
    bool eq = y && sym_eq(sym_expand(sym_sub(P(a)->expr, y)), sym_zero);
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t poly_hash(Obj *self) { return (int64_t)(sym_hash(P(self)->expr) >> 2); }

static const MethodDef poly_methods[] = {
    {"as_expr", m_as_expr, 0},
    {"coeffs", m_coeffs, 0},
    {"all_coeffs", m_all_coeffs, 0},
    {"degree", m_degree, 0},
    {"total_degree", m_total_degree, 0},
    {"LC", m_lc, 0},
    {"TC", m_tc, 0},
    {"terms", m_terms, 0},
    {"monoms", m_monoms, 0},
    {"as_dict", m_as_dict, 0},
    {"coeff", m_coeff, 0},
    {"coeff_monomial", m_coeff_monomial, 0},
    {"eval", m_eval, 0},
    {"subs", m_subs, 0},
    {"diff", m_diff, 0},
    {"real_roots", m_real_roots, 0},
    {"all_roots", m_all_roots, 0},
    {"nroots", m_nroots, 0},
    {"count_roots", m_count_roots, 0},
    {"factor_list", m_factor_list, 0},
    {"quo", m_quo, 0},
    {"rem", m_rem, 0},
    {"div", m_div, 0},
    {"monic", m_monic, 0},
    {NULL, NULL, 0},
};

static const GetSetDef poly_getsets[] = {
    {"gens", get_gens, NULL},
    {"expr", get_expr, NULL},
    {"args", get_args, NULL},
    {"free_symbols", get_free_symbols, NULL},
    {"domain", get_domain, NULL},
    {"is_monic", get_is_monic, NULL},
    {"is_irreducible", get_is_irreducible, NULL},
    {NULL, NULL, NULL},
};

static Type type_poly = {
    .base = {&type_type},
    .name = "Poly",
    .module = "sympy.polys.polytools",
    .basicsize = sizeof(PolyObj),
    .new = poly_new,
    .repr = poly_repr,
    .hash = poly_hash,
    .compare = poly_compare,
    .binop = poly_binop,
    .unop = poly_unop,
    .call = poly_call,
    .methods = poly_methods,
    .getsets = poly_getsets,
};

/* ---- functions over Polys -------------------------------------------------------------------- */

/* The Poly for f(expr, *gens) function calls: f's first argument with the remaining ones as
 * generators. */
static Obj *poly_of_args(Obj **args, int nargs)
{
    if (nargs < 1)
        exc_raisef(&type_TypeError, "missing 1 required positional argument: 'f'");
    return poly_check(args[0]) ? args[0] : poly_new(&type_poly, args, nargs, NULL);
}

static Obj *f_degree(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Obj *p = poly_of_args(args, nargs > 1 ? 2 : nargs);
    if (!P(p)->nterms)
        return sympy_wrap(sym_neg_oo);
    return sympy_wrap(sym_int(degree_in(P(p), 0)));
}

static Obj *f_lc(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return m_lc(poly_of_args(args, nargs), NULL, 0, kwnames);
}

static Obj *f_real_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return m_real_roots(poly_of_args(args, nargs), NULL, 0, kwnames);
}

static Obj *f_nroots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "missing 1 required positional argument: 'f'");
    return m_nroots(poly_of_args(args, 1), args + 1, nargs - 1, kwnames);
}

static Obj *f_factor_list(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    Obj *p = poly_of_args(args, nargs);
    return factor_list_of(P(p)->expr, P(p)->gens, P(p)->ngens, false);
}

static Obj *f_lt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    PolyObj *p = P(poly_of_args(args, nargs));
    return sympy_wrap(p->nterms ? sym_mul(p->terms[0].coeff, monomial(p->gens, p->ngens, p->terms[0].exps)) : sym_zero);
}

static Obj *f_lm(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    PolyObj *p = P(poly_of_args(args, nargs));
    return sympy_wrap(p->nterms ? monomial(p->gens, p->ngens, p->terms[0].exps) : sym_zero);
}

static Obj *f_degree_list(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    PolyObj *p = P(poly_of_args(args, nargs));
    Obj *t = tuple_new(p->ngens);
    for (size_t k = 0; k < p->ngens; k++)
        tuple_items(t)[k] = sympy_wrap(p->nterms ? sym_int(degree_in(p, k)) : sym_neg_oo);
    return t;
}

static Obj *f_total_degree(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    Obj *p = poly_of_args(args, nargs);
    return sympy_wrap(sympy_sympify(m_total_degree(p, NULL, 0, kwnames)));
}

static Obj *f_monic(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return sympy_wrap(P(m_monic(poly_of_args(args, nargs), NULL, 0, kwnames))->expr);
}

static Obj *f_content(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    PolyObj *p = P(poly_of_args(args, nargs));
    Sym *g = sym_zero;
    for (size_t i = 0; i < p->nterms; i++)
        g = sym_gcd(g, p->terms[i].coeff);
    return sympy_wrap(g);
}

static Obj *f_all_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return m_all_roots(poly_of_args(args, nargs), NULL, 0, kwnames);
}

void sympy_poly_init(Obj *module)
{
    type_ready(&type_poly);
    type_ready(&type_domain);
    module_add(module, "Poly", (Obj *)&type_poly);
    module_add_function(module, "poly", f_poly);
    module_add_function(module, "degree", f_degree);
    module_add_function(module, "LC", f_lc);
    module_add_function(module, "real_roots", f_real_roots);
    module_add_function(module, "nroots", f_nroots);
    module_add_function(module, "factor_list", f_factor_list);
    module_add_function(module, "LT", f_lt);
    module_add_function(module, "LM", f_lm);
    module_add_function(module, "degree_list", f_degree_list);
    module_add_function(module, "total_degree", f_total_degree);
    module_add_function(module, "monic", f_monic);
    module_add_function(module, "content", f_content);
    module_add_function(module, "all_roots", f_all_roots);
    static const char *const domains[] = {"ZZ", "QQ", "RR", "CC", "EX", "ZZ_I", "QQ_I"};
    for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++)
        module_add(module, domains[i], domain_new(domains[i]));
}
