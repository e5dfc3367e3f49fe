/* runtime/modules/sympy_methods.c — methods of Basic, Expr and Relational (see sympy_methods.h). */
#include "runtime/modules/sympy_methods.h"

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
#include "runtime/modules/collections.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_matrix.h"
#include "runtime/modules/sympy_series.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_trigexpand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_limit.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_logsimp.h"
#include "solvers/sym_powsimp.h"
#include "solvers/sym_radsimp.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_gammasimp.h"
#include "solvers/sym_sum.h"
#include "solvers/sym_trigsimp.h"

static Sym *E(Obj *o) { return sympy_node(o); }

typedef Sym *(*SymOp)(Sym *);

/* Applies f to an expression, to both sides of a relation (simplify treats relations as a whole,
 * as sympy's Relational.simplify does), or to each item of a container. */
static Sym *map_op(Sym *e, SymOp f)
{
    if (e->kind == SYM_REL && f != sym_simplify)
        return sym_rel((SymRel)e->op, map_op(e->args[0], f), map_op(e->args[1], f));
    if (e->kind == SYM_LIST || e->kind == SYM_TUPLE || e->kind == SYM_DICT) {
        Sym **v = gc_alloc((e->n ? e->n : 1) * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = e->kind == SYM_DICT && i % 2 == 0 ? e->args[i] : map_op(e->args[i], f);
        return sym_build((SymKind)e->kind, e->op, e->n, v);
    }
    return f(e);
}

static Obj *apply(Obj *self, SymOp f) { return sympy_wrap(map_op(E(self), f)); }

/* ---- substitution and evaluation ----------------------------------------------------------- */

_Noreturn static void bad_subs_arguments(void)
{
    exc_raisef(&type_ValueError, "\nWhen a single argument is passed to subs it should be a dictionary of\n"
                                 "old: new pairs or an iterable of (old, new) tuples.");
}

/* Reads subs' arguments: (old, new), a dict, or an iterable of pairs. Dict pairs are put in
 * sympy's order; *n is set to their count. */
static void subs_pairs(Obj **args, int nargs, Sym ***olds, Sym ***news, size_t *n)
{
    Obj *pairs;
    bool sorted = false;
    if (nargs == 2 && args[1] == None) {
        bad_subs_arguments();
    } else if (nargs == 2) {
        pairs = tuple_pack(1, tuple_pack(2, args[0], args[1]));
    } else if (nargs == 1 && dict_check(args[0])) {
        Obj *d = args[0];
        pairs = tuple_new(dict_len(d));
        size_t pos = 0, i = 0;
        Obj *k, *v;
        while (dict_next(d, &pos, &k, &v))
            tuple_items(pairs)[i++] = tuple_pack(2, k, v);
        sorted = true;
    } else if (nargs == 1 && (list_check(args[0]) || tuple_check(args[0]) || set_check(args[0]))) {
        pairs = tuple_from_iterable(args[0]);
    } else if (nargs == 1) {
        bad_subs_arguments();
    } else {
        exc_raisef(&type_ValueError, "subs accepts either 1 or 2 arguments");
    }
    size_t m = tuple_len(pairs);
    *olds = gc_alloc((m ? m : 1) * sizeof(Sym *));
    *news = gc_alloc((m ? m : 1) * sizeof(Sym *));
    for (size_t i = 0; i < m; i++) {
        Obj *p = tuple_from_iterable(tuple_get(pairs, i));
        if (tuple_len(p) != 2)
            exc_raisef(&type_ValueError, "too many values to unpack (expected 2)");
        (*olds)[i] = sympy_sympify(tuple_get(p, 0));
        (*news)[i] = sympy_sympify(tuple_get(p, 1));
    }
    if (sorted)
        sym_subs_order(m, *olds, *news);
    *n = m;
}

static Sym *subs_node(Sym *e, Obj **args, int nargs, Obj *kwnames)
{
    Sym **olds, **news;
    size_t n;
    subs_pairs(args, nargs, &olds, &news, &n);
    Obj *sim = sympy_kwarg(args, nargs, kwnames, "simultaneous");
    return sym_subs_many(e, n, olds, news, sim && obj_truth(sim));
}

static Obj *m_subs(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return sympy_wrap(subs_node(E(self), args, nargs, kwnames));
}

static Obj *m_xreplace(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("xreplace", kwnames);
    args_count("xreplace", nargs, 1, 1);
    Sym **olds, **news;
    size_t n;
    subs_pairs(args, nargs, &olds, &news, &n);
    return sympy_wrap(sym_xreplace(E(self), n, olds, news));
}

static Sym *evalf_one_digit(Sym *e);

Sym *sympy_evalf(Sym *e, Obj *dps, Obj *subs)
{
    long n = dps && dps != None ? (long)obj_index_i64(dps) : 15;
    if (subs && subs != None) {
        Sym **olds, **news;
        size_t k;
        subs_pairs(&subs, 1, &olds, &news, &k);
        e = sym_subs_many(e, k, olds, news, true);
    }
    if (n == 1 && (sym_is_rational(e) || e->kind == SYM_FLOAT))
        return evalf_one_digit(e);
    /* a definite Integral goes to quadrature as in sympy, without integrating first */
    Sym *v = sym_evalf(sym_has_fn(e, SYM_FN_INTEGRAL) ? e : sym_doit(e), n);
    /* a zero value is sympy's exact 0, whatever the precision */
    return v->kind == SYM_FLOAT && mpfr_zero_p(v->v.f) ? sym_zero : v;
}

static Obj *m_evalf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"n", "subs", "maxn", "chop", "strict", "quad", "verbose", NULL};
    Obj *a[7];
    args_parse("evalf", args, nargs, kwnames, names, 0, a);
    return sympy_wrap(sympy_evalf(E(self), a[0], a[1]));
}

/* ---- structure ------------------------------------------------------------------------------ */

static Obj *m_has(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("has", kwnames);
    for (int i = 0; i < nargs; i++)
        if (sym_has(E(self), sympy_sympify(args[i])))
            return True;
    return False;
}

static void collect_atoms(Sym *e, Obj **types, int ntypes, Obj *out)
{
    bool atom = e->n == 0 || e->kind == SYM_RATIONAL;
    if (e->kind == SYM_TUPLE || e->kind == SYM_LIST || e->kind == SYM_DICT)
        atom = false;
    if (ntypes == 0 ? atom : true) {
        Obj *o = sympy_wrap(e);
        bool take = ntypes == 0;
        for (int i = 0; i < ntypes && !take; i++)
            take = obj_is(o, (Type *)types[i]);
        if (take)
            set_add(out, o);
    }
    if (e->kind == SYM_RATIONAL || e->kind == SYM_INTEGER || e->kind == SYM_FLOAT)
        return;
    for (uint32_t i = 0; i < e->n; i++)
        collect_atoms(e->args[i], types, ntypes, out);
}

static Obj *m_atoms(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("atoms", kwnames);
    Obj **types = gc_alloc((nargs ? (size_t)nargs : 1) * sizeof(Obj *));
    for (int i = 0; i < nargs; i++)
        types[i] = TYPE(args[i])->flags & TF_TYPE ? args[i] : (Obj *)TYPE(args[i]);
    Obj *s = set_new();
    collect_atoms(E(self), types, nargs, s);
    return s;
}

static Obj *m_self(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return self;
}

static Obj *m_doit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return sympy_wrap(sym_doit(E(self)));
}

static Obj *m_count_ops(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return sympy_wrap(sym_int(sym_count_ops(E(self))));
}

static Obj *m_equals(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("equals", kwnames);
    args_count("equals", nargs, 1, 2);
    Sym *d = sym_simplify(sym_expand(sym_sub(E(self), sympy_sympify(args[0]))));
    if (sym_is_zero_num(d))
        return True;
    if (sym_is_number(d)) {
        int s = sym_eval_sign(d);
        if (s == 1 || s == -1)
            return False;
        double re, im;
        if (sym_eval_complex(d, &re, &im) && (re != 0 || im != 0))
            return False;
    }
    return None;
}

/* ---- algebra -------------------------------------------------------------------------------- */

static Sym *conjugate(Sym *e) { return sym_fn1(SYM_FN_CONJUGATE, e); }

/* Methods that apply one operation to the expression (keyword hints are accepted and ignored). */
#define APPLY_METHOD(name, op)                                          \
    static Obj *m_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                   \
        (void)args;                                                     \
        (void)nargs;                                                    \
        (void)kwnames;                                                  \
        return apply(self, op);                                         \
    }
APPLY_METHOD(simplify, sym_simplify)
APPLY_METHOD(trigsimp, sym_trigsimp)
APPLY_METHOD(gammasimp, sym_gammasimp)
APPLY_METHOD(combsimp, sym_combsimp)

/* expand(trig=True): trigonometric functions of sums and multiples expanded too (sympy's trig
 * hint), which gives what expanding the expand_trig of e gives. */
static Sym *expand_with_trig(Sym *e) { return sym_expand(sym_expand_trig(e)); }

static Obj *m_expand(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    Obj *trig = sympy_kwarg(args, nargs, kwnames, "trig");
    return apply(self, trig && obj_truth(trig) ? expand_with_trig : sym_expand);
}
APPLY_METHOD(factor, sym_factor)
APPLY_METHOD(together, sym_together)
APPLY_METHOD(cancel, sym_cancel)
APPLY_METHOD(expand_mul, sym_expand_mul)
APPLY_METHOD(signsimp, sym_signsimp)
APPLY_METHOD(expand_complex, sym_expand_complex)

/* expand_log(deep=True, force=False, factor=False) */
static Obj *m_expand_log(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    Obj *force = sympy_kwarg(args, nargs, kwnames, "force");
    return apply(self, force && obj_truth(force) ? sym_expand_log_force : sym_expand_log);
}

static Sym *logcombine(Sym *e) { return sym_logcombine(e, false); }
static Sym *logcombine_force(Sym *e) { return sym_logcombine(e, true); }

/* logcombine(force=False) */
static Obj *m_logcombine(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"force", NULL};
    Obj *a[1];
    args_parse("logcombine", args, nargs, kwnames, names, 0, a);
    return apply(self, a[0] && obj_truth(a[0]) ? logcombine_force : logcombine);
}

/* radsimp(symbolic=True, max_terms=4) */
static Obj *m_radsimp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"symbolic", "max_terms", NULL};
    Obj *a[2];
    args_parse("radsimp", args, nargs, kwnames, names, 0, a);
    int64_t max_terms = 4;
    if (a[1] && !int_get_i64(a[1], &max_terms))
        exc_raisef(&type_TypeError, "max_terms must be an integer");
    Sym *e = E(self);
    return sympy_wrap(sym_radsimp(e, !a[0] || obj_truth(a[0]), max_terms > 4 ? 4 : (int)max_terms));
}

/* powsimp(deep=False, combine='all', force=False) */
static Obj *m_powsimp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"deep", "combine", "force", "measure", NULL};
    Obj *a[4];
    args_parse("powsimp", args, nargs, kwnames, names, 0, a);
    SymPowsimpCombine how = SYM_POWSIMP_ALL;
    if (a[1]) {
        const char *c = str_check(a[1]) ? str_cstr(a[1]) : "";
        if (strcmp(c, "exp") == 0)
            how = SYM_POWSIMP_EXP;
        else if (strcmp(c, "base") == 0)
            how = SYM_POWSIMP_BASE;
        else if (strcmp(c, "all") != 0 && E(self)->n)
            exc_raisef(&type_ValueError, "combine must be one of ('all', 'exp', 'base').");
    }
    Sym *e = E(self);
    return sympy_wrap(sym_powsimp(e, a[0] && obj_truth(a[0]), how, a[2] && obj_truth(a[2])));
}
APPLY_METHOD(conjugate, conjugate)

/* The variable of differentiation when none is given: the only free symbol. */
static Sym *only_symbol(Sym *e)
{
    SymVec v = sym_free_symbols(e);
    if (v.n == 1)
        return v.v[0];
    if (v.n == 0)
        return NULL;
    exc_raisef(&type_ValueError,
               "\nSince there are more than one variable in the\nexpression, the variable(s) of differentiation\n"
               "must be supplied to differentiate %s",
               sym_str(e));
}

static Sym *diff_node(Sym *e, Obj **args, int nargs)
{
    if (nargs == 0) {
        Sym *x = only_symbol(e);
        return x ? sym_diff(e, x) : sym_zero;
    }
    for (int i = 0; i < nargs; i++) {
        Sym *x = sympy_sympify(args[i]);
        long times = 1;
        if (i + 1 < nargs && (is_small(args[i + 1]) || sympy_check(args[i + 1]))) {
            Sym *k = sympy_sympify(args[i + 1]);
            if (k->kind == SYM_INTEGER) {
                times = fmpz_get_si(k->v.z);
                i++;
            }
        }
        if (x->kind == SYM_INTEGER) {
            Sym *only = only_symbol(e);
            times = fmpz_get_si(x->v.z);
            x = only;
            if (!x)
                return sym_zero;
        }
        if (!sym_is_symbol(x) && x->kind != SYM_FN)
            exc_raisef(&type_ValueError, "\nCan't calculate derivative wrt %s.", sym_str(x));
        for (long t = 0; t < times; t++)
            e = sym_diff(e, x);
    }
    return e;
}

static Obj *m_diff(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return sympy_wrap(diff_node(E(self), args, nargs));
}

/* The text of integrate's limit specifications for its error message: a tuple of them. */
static const char *limits_text(Obj **args, int nargs)
{
    Buf b;
    buf_init(&b);
    buf_putc(&b, '(');
    for (int i = 0; i < nargs; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", sym_str(sympy_sympify(args[i])));
    buf_puts(&b, nargs == 1 ? ",)" : ")");
    return buf_cstr(&b);
}

/* integrate(f, *limits): each limit a symbol, (x,), (x, b) or (x, a, b), applied in order. */
static Sym *integrate_node(Sym *f, Obj **args, int nargs)
{
    if (nargs == 0) {
        SymVec v = sym_free_symbols(f);
        if (v.n != 1)
            exc_raisef(&type_ValueError, "specify dummy variables for %s", sym_str(f));
        return sym_integrate(f, v.v[0]);
    }
    for (int i = 0; i < nargs; i++) {
        Sym *spec = sympy_sympify(args[i]);
        Sym *x = spec->kind == SYM_TUPLE || spec->kind == SYM_LIST ? (spec->n ? spec->args[0] : NULL) : spec;
        size_t n = spec->kind == SYM_TUPLE || spec->kind == SYM_LIST ? spec->n : 1;
        if (!x || !sym_is_symbol(x) || n > 3)
            exc_raisef(&type_ValueError, "Invalid limits given: %s", limits_text(args, nargs));
    }
    for (int i = 0; i < nargs; i++)
        f = sym_integrate_limit(f, sympy_sympify(args[i]));
    return f;
}

static Obj *m_integrate(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return sympy_wrap(integrate_node(E(self), args, nargs));
}

static Obj *m_limit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"x", "xlim", "dir", NULL};
    Obj *a[3];
    args_parse("limit", args, nargs, kwnames, names, 2, a);
    int dir = 1;
    if (a[2]) {
        const char *d = str_check(a[2]) ? str_cstr(a[2]) : "";
        if (strcmp(d, "+") != 0 && strcmp(d, "-") != 0 && strcmp(d, "+-") != 0)
            exc_raisef(&type_ValueError, "direction must be one of '+', '-' or '+-', not %s", str_cstr(obj_repr(a[2])));
        dir = strcmp(d, "+") == 0 ? 1 : strcmp(d, "-") == 0 ? -1 : 0;
    }
    return sympy_wrap(sym_limit(E(self), sympy_sympify(a[0]), sympy_sympify(a[1]), dir));
}

static Obj *m_coeff(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"x", "n", "right", "_first", NULL};
    Obj *a[4];
    args_parse("coeff", args, nargs, kwnames, names, 1, a);
    Sym *x = sympy_sympify(a[0]), *n = a[1] ? sympy_sympify(a[1]) : sym_one;
    if (x->kind == SYM_POW && x->args[1]->kind == SYM_INTEGER && !a[1]) {
        n = x->args[1];
        x = x->args[0];
    }
    return sympy_wrap(sym_coeff(E(self), x, n));
}

static void coeff_mul(Sym *e, Sym **c, Sym **r) { sym_as_coeff_mul(e, false, c, r); }

/* Methods answering a pair (numerator and denominator, coefficient and rest ...). */
#define PAIR_METHOD(name, split)                                        \
    static Obj *m_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                   \
        (void)args;                                                     \
        (void)nargs;                                                    \
        (void)kwnames;                                                  \
        Sym *a, *b;                                                     \
        split(E(self), &a, &b);                                         \
        return tuple_pack(2, sympy_wrap(a), sympy_wrap(b));             \
    }
PAIR_METHOD(as_numer_denom, sym_numer_denom)
PAIR_METHOD(as_coeff_mul, coeff_mul)
PAIR_METHOD(as_coeff_add, sym_as_coeff_add)
PAIR_METHOD(as_real_imag, sym_as_real_imag)
PAIR_METHOD(primitive, sym_primitive)

/* The terms of e with their coefficients, as sympy's as_coefficients_dict: a defaultdict(int)
 * from each term without its numeric coefficient to that coefficient. */
static Obj *m_as_coefficients_dict(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    Sym *const *terms;
    Sym *e = E(self);
    size_t n = sym_add_args(&e, &terms);
    Obj *d = obj_call1((Obj *)&collections_defaultdict_type, (Obj *)&type_int);
    for (size_t i = 0; i < n; i++) {
        Sym *c, *r;
        sym_as_coeff_mul(terms[i], true, &c, &r);
        if (sym_is_num(terms[i])) {
            c = terms[i];
            r = sym_one;
        }
        Obj *key = sympy_wrap(r), *old = dict_get(d, key);
        dict_set(d, key, sympy_wrap(old ? sym_add(sympy_node(old), c) : c));
    }
    return d;
}

static Obj *ordered(Sym **v, size_t n)
{
    Obj *l = list_new(n);
    for (size_t i = 0; i < n; i++)
        list_append(l, sympy_wrap(v[i]));
    return l;
}

static Obj *m_as_ordered_terms(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    Sym *e = E(self);
    if (e->kind != SYM_ADD)
        return list_from_array(&self, 1);
    size_t n;
    Sym **v = sym_ordered_terms(e, &n);
    return ordered(v, n);
}

static Obj *m_as_ordered_factors(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    Sym *e = E(self);
    if (e->kind != SYM_MUL)
        return list_from_array(&self, 1);
    size_t n;
    Sym **v = sym_ordered_factors(e, &n);
    return ordered(v, n);
}

/* The power of the collection variable x (or of x**n) in a factor, as a key for collect():
 * f itself when f is x**k (k a multiple of n), else NULL. */
static bool is_power_of(Sym *f, Sym *x)
{
    Sym *fb, *fe, *xb, *xe;
    sym_as_base_exp(f, &fb, &fe);
    sym_as_base_exp(x, &xb, &xe);
    if (!sym_eq(fb, xb))
        return false;
    Sym *q = sym_div(fe, xe);
    return q->kind == SYM_INTEGER && fmpz_sgn(q->v.z) > 0;
}

/* collect(e, xs): each term of e keyed by its power of the first of the ns symbols xs it holds,
 * its other factors summed under that key; the terms holding none go to rest. */
static void collect_groups(Sym *e, size_t ns, Sym *const *xs, SymMap *groups, SymVec *rest)
{
    Sym *const *terms;
    size_t n = sym_add_args(&e, &terms);
    for (size_t i = 0; i < n; i++) {
        Sym *term = terms[i];
        Sym *const *f;
        size_t nf = sym_mul_args(&term, &f);
        Sym *key = NULL;
        SymVec coeff = {0, 0, NULL};
        for (size_t k = 0; k < ns && !key; k++) {
            coeff.n = 0;
            for (size_t j = 0; j < nf; j++) {
                if (!key && is_power_of(f[j], xs[k]))
                    key = f[j];
                else
                    sym_vec_push(&coeff, f[j]);
            }
        }
        if (!key) {
            sym_vec_push(rest, term);
            continue;
        }
        bool fresh;
        Sym **slot = sym_map_slot(groups, key, &fresh);
        Sym *c = sym_mul_n(coeff.n, coeff.v);
        *slot = fresh ? c : sym_add(*slot, c);
    }
}

static Obj *m_collect(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    if (nargs < 1)
        exc_raisef(&type_TypeError, "collect() missing 1 required positional argument: 'syms'");
    SymVec syms = {0, 0, NULL};
    Obj *s = args[0];
    Obj *items = list_check(s) || tuple_check(s) ? tuple_from_iterable(s) : tuple_pack(1, s);
    for (size_t i = 0; i < tuple_len(items); i++)
        sym_vec_push(&syms, sympy_sympify(tuple_get(items, i)));
    Sym *e = E(self);
    Obj *ev = sympy_kwarg(args, nargs, kwnames, "evaluate");
    SymMap groups = {0, 0, 0, NULL, NULL, NULL};
    SymVec rest = {0, 0, NULL};
    collect_groups(e, syms.n, syms.v, &groups, &rest);
    if (ev && !obj_truth(ev)) {
        Obj *d = dict_new();
        for (size_t i = 0; i < groups.n; i++)
            dict_set(d, sympy_wrap(groups.keys[i]), sympy_wrap(groups.vals[i]));
        if (rest.n)
            dict_set(d, sympy_wrap(sym_one), sympy_wrap(sym_add_n(rest.n, rest.v)));
        return d;
    }
    for (size_t i = 0; i < groups.n; i++)
        sym_vec_push(&rest, sym_mul(groups.keys[i], groups.vals[i]));
    return sympy_wrap(sym_add_n(rest.n, rest.v));
}

static Obj *m_is_polynomial(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("is_polynomial", kwnames);
    Sym *e = E(self);
    SymVec syms = {0, 0, NULL};
    if (nargs == 0)
        syms = sym_free_symbols(e);
    for (int i = 0; i < nargs; i++)
        sym_vec_push(&syms, sympy_sympify(args[i]));
    for (size_t i = 0; i < syms.n; i++) {
        SymVec c = {0, 0, NULL};
        if (!sym_poly_coeffs(e, syms.v[i], &c))
            return False;
    }
    return True;
}

static Obj *m_is_constant(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    Sym *e = E(self);
    if (!sym_has_symbols(e))
        return True;
    return bool_from(!sym_has_symbols(sym_simplify(e)));
}

static Obj *m_round(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"n", NULL};
    Obj *a[1];
    args_parse("round", args, nargs, kwnames, names, 0, a);
    return sympy_wrap(sympy_round(E(self), a[0] && a[0] != None ? obj_index(a[0]) : NULL));
}

/* ---- round ---------------------------------------------------------------------------------- */

static long max_float_prec(Sym *e)
{
    long p = e->kind == SYM_FLOAT ? (long)mpfr_get_prec(e->v.f) : 0;
    if (e->kind != SYM_INTEGER && e->kind != SYM_RATIONAL && e->kind != SYM_FLOAT)
        for (uint32_t i = 0; i < e->n; i++) {
            long q = max_float_prec(e->args[i]);
            if (q > p)
                p = q;
        }
    return p;
}

/* Python's round(i, nd) for an integer and nd <= 0: to a multiple of 10**-nd, ties to even. */
static void round_int(fmpz_t out, const fmpz_t i, long nd)
{
    if (nd >= 0) {
        fmpz_set(out, i);
        return;
    }
    fmpz_t p, q, r, twice;
    fmpz_init(p);
    fmpz_init(q);
    fmpz_init(r);
    fmpz_init(twice);
    fmpz_ui_pow_ui(p, 10, (ulong)-nd);
    fmpz_fdiv_qr(q, r, i, p);
    fmpz_mul_ui(twice, r, 2);
    int c = fmpz_cmp(twice, p);
    if (c > 0 || (c == 0 && fmpz_is_odd(q)))
        fmpz_add_ui(q, q, 1);
    fmpz_mul(out, q, p);
    fmpz_clear(p);
    fmpz_clear(q);
    fmpz_clear(r);
    fmpz_clear(twice);
}

/* A Float of dps digits holding the rational r. */
static Sym *float_of(Sym *r, long dps) { return sym_num_to_float(r, sym_dps_to_prec(dps > 0 ? dps : 1)); }

/* sympy's _mag(x): the m with 0.1 <= |x|/10**m < 1, for a nonzero finite real number x. */
static long decimal_magnitude(Sym *x)
{
    mpfr_t v, l;
    mpfr_init2(v, 64);
    mpfr_init2(l, 64);
    sym_num_to_mpfr(v, sym_is_num(x) ? x : sym_evalf(x, 15));
    mpfr_abs(v, v, MPFR_RNDN);
    mpfr_log10(l, v, MPFR_RNDN);
    mpfr_floor(l, l);
    long mag = mpfr_get_si(l, MPFR_RNDN) + 1;
    mpfr_clear(v);
    mpfr_clear(l);
    return mag;
}

/* The real number x (not zero, finite) rounded at p decimal places, following sympy's
 * Expr.round: the value is taken to dps significant digits plus one, rounded there by the last
 * digit, then rounded at the requested place with Python's integer rounding. */
static Sym *round_real(Sym *x, Obj *ndigits)
{
    long p = ndigits ? (long)obj_index_i64(ndigits) : 0;
    if (x->kind == SYM_INTEGER) {
        fmpz_t r;
        fmpz_init(r);
        round_int(r, x->v.z, p);
        Sym *res = sym_int_move(r);
        fmpz_clear(r);
        return res;
    }
    long mag = decimal_magnitude(x);
    long allow = mag + p, fprec = max_float_prec(x), dps;
    if (fprec) {
        dps = sym_prec_to_dps(fprec);
        if (allow > dps)
            allow = dps;
    } else {
        dps = allow > 15 ? allow : 15;
    }
    long shift = dps - mag;
    long wprec = sym_dps_to_prec(dps + 1);
    mpfr_t xf, frac;
    mpfr_init2(xf, wprec);
    mpfr_init2(frac, wprec);
    Sym *xv = sym_evalf(x, dps + 1);
    sym_num_to_mpfr(xf, xv);
    fmpz_t t;
    fmpz_init(t);
    mpz_t z;
    mpz_init(z);
    fmpz_ui_pow_ui(t, 10, (ulong)(shift >= 0 ? shift : -shift));
    fmpz_get_mpz(z, t);
    if (shift >= 0) {
        mpfr_mul_z(xf, xf, z, MPFR_RNDN);
    } else {   /* sympy multiplies by 10**shift rounded to the working precision */
        mpfr_set_ui(frac, 1, MPFR_RNDN);
        mpfr_div_z(frac, frac, z, MPFR_RNDN);
        mpfr_mul(xf, xf, frac, MPFR_RNDN);
    }
    int sign = mpfr_sgn(xf) > 0 ? 1 : -1;
    mpfr_get_z(z, xf, MPFR_RNDZ);
    mpfr_sub_z(frac, xf, z, MPFR_RNDN);
    mpfr_abs(frac, frac, MPFR_RNDN);
    /* the rest at one digit, by evalf's own rule for n = 1; sympy's tie test (== .5) compares
     * Floats of different precisions, which are never equal, so only a rest above 1/2 moves xi */
    Sym *rest = evalf_one_digit(sym_float_mpfr(frac, wprec));
    fmpz_t xi;
    fmpz_init(xi);
    fmpz_set_mpz(xi, z);
    if (sym_num_cmp(rest, sym_half) > 0)
        sign > 0 ? fmpz_add_ui(xi, xi, 1) : fmpz_sub_ui(xi, xi, 1);
    round_int(xi, xi, p - shift);
    Sym *rv = shift >= 0 ? sym_div(sym_int_fmpz(xi), sym_int_fmpz(t)) : sym_mul(sym_int_fmpz(xi), sym_int_fmpz(t));
    mpz_clear(z);
    fmpz_clear(t);
    fmpz_clear(xi);
    mpfr_clear(xf);
    mpfr_clear(frac);
    if (rv->kind == SYM_INTEGER)
        return ndigits ? float_of(rv, dps) : rv;
    if (allow <= 0 && sym_num_cmp(rv, sym_evalf(x, 15)) > 0)
        allow++;
    return float_of(rv, allow);
}

/* evalf(number, 1) as sympy special-cases it: the value at 2 digits rounded (Expr.round) to one
 * significant digit. */
static Sym *evalf_one_digit(Sym *e)
{
    Sym *v = sym_evalf(e, 2);
    if (v->kind != SYM_FLOAT || !mpfr_number_p(v->v.f))
        return v;
    if (mpfr_zero_p(v->v.f))
        return sym_zero;
    return round_real(v, int_from_i64(1 - decimal_magnitude(v)));
}

Sym *sympy_round(Sym *x, Obj *ndigits)
{
    if (!sym_is_number(x))
        exc_raisef(&type_TypeError, "Cannot round symbolic expression");
    if (x->kind == SYM_NAN || x->kind == SYM_INFINITY || x->kind == SYM_NEG_INFINITY ||
        x->kind == SYM_COMPLEX_INFINITY)
        return x;
    if (sym_ask(x, SYM_F_EXTENDED_REAL) != SYM_YES) {
        Sym *re, *im;
        sym_as_real_imag(x, &re, &im);
        if (!sym_is_zero_num(sym_simplify(im)))
            return sym_add(sympy_round(re, ndigits), sym_mul(sym_i, sympy_round(im, ndigits)));
        x = re;
    }
    if (sym_is_zero_num(x) || (sym_is_num(x) && sym_num_sign(x) == 0))
        return ndigits ? x : sym_zero;
    return round_real(x, ndigits);
}

/* ---- relations ------------------------------------------------------------------------------ */

Obj *sympy_rel_reversed(Obj *self)
{
    static const SymRel rev[] = {SYM_EQ, SYM_NE, SYM_GT, SYM_GE, SYM_LT, SYM_LE};
    Sym *e = E(self);
    return sympy_wrap(sym_rel_raw(rev[e->op], e->args[1], e->args[0]));
}

/* ---- tables ------------------------------------------------------------------------------- */

const MethodDef sympy_basic_methods[] = {
    {"subs", m_subs, 0},
    {"xreplace", m_xreplace, 0},
    {"evalf", m_evalf, 0},
    {"n", m_evalf, 0},
    {"has", m_has, 0},
    {"atoms", m_atoms, 0},
    {"doit", m_doit, 0},
    {"copy", m_self, 0},
    {"simplify", m_simplify, 0},
    {"count_ops", m_count_ops, 0},
    {"expand", m_expand, 0},
    {"factor", m_factor, 0},
    {NULL, NULL, 0},
};

const MethodDef sympy_expr_methods[] = {
    {"together", m_together, 0},
    {"cancel", m_cancel, 0},
    {"diff", m_diff, 0},
    {"integrate", m_integrate, 0},
    {"limit", m_limit, 0},
    {"coeff", m_coeff, 0},
    {"as_numer_denom", m_as_numer_denom, 0},
    {"as_coeff_Mul", m_as_coeff_mul, 0},
    {"as_coeff_Add", m_as_coeff_add, 0},
    {"as_real_imag", m_as_real_imag, 0},
    {"as_coefficients_dict", m_as_coefficients_dict, 0},
    {"as_ordered_terms", m_as_ordered_terms, 0},
    {"as_ordered_factors", m_as_ordered_factors, 0},
    {"as_expr", m_self, 0},
    {"removeO", m_self, 0},
    {"primitive", m_primitive, 0},
    {"is_polynomial", m_is_polynomial, 0},
    {"collect", m_collect, 0},
    {"is_constant", m_is_constant, 0},
    {"equals", m_equals, 0},
    {"round", m_round, 0},
    {"conjugate", m_conjugate, 0},
    {"trigsimp", m_trigsimp, 0},
    {"gammasimp", m_gammasimp, 0},
    {"combsimp", m_combsimp, 0},
    {"powsimp", m_powsimp, 0},
    {"radsimp", m_radsimp, 0},
    {"series", sympy_series_method, 0},
    {NULL, NULL, 0},
};

/* ---- module-level forms --------------------------------------------------------------------- */

/* f(expr, *args): sympify expr, then call its method. self is the method as a native function. */
static Obj *as_function(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NativeFuncObj *m = (NativeFuncObj *)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "%s() missing 1 required positional argument", m->name);
    if (!sympy_convert(args[0])) {
        /* a set, a Poly ...: its own method of that name */
        Obj *own = obj_lookup_attr(args[0], str_intern_cstr(m->name));
        if (own && !str_check(args[0]) && !list_check(args[0]) && !tuple_check(args[0]) && !dict_check(args[0]))
            return obj_call(own, args + 1, nargs - 1, kwnames);
    }
    Obj *x = sympy_wrap(sympy_sympify(args[0]));
    if (sympy_check(x))
        return m->fn(x, args + 1, nargs - 1, kwnames);
    if (!sympy_matrix_check(x))   /* sympy's simplify() looks for the method replace() first */
        exc_raisef(&type_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(x),
                   strcmp(m->name, "simplify") == 0 ? "replace" : m->name);
    /* x is a fresh matrix: a method that works in place (simplify) leaves the result in it */
    Obj *r = obj_call(obj_getattr_cstr(x, m->name), args + 1, nargs - 1, kwnames);
    return r == None ? x : r;
}

static Obj *f_n(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"x", "n", "subs", "maxn", "chop", "strict", "quad", "verbose", NULL};
    Obj *a[8];
    args_parse("N", args, nargs, kwnames, names, 1, a);
    return sympy_wrap(sympy_evalf(sympy_sympify(a[0]), a[1], a[2]));
}

void sympy_methods_init(Obj *module)
{
    static const struct { const char *name; NativeFn fn; } fns[] = {
        {"simplify", m_simplify}, {"expand", m_expand}, {"factor", m_factor}, {"together", m_together},
        {"cancel", m_cancel}, {"diff", m_diff}, {"integrate", m_integrate}, {"limit", m_limit},
        {"expand_log", m_expand_log}, {"expand_mul", m_expand_mul}, {"count_ops", m_count_ops},
        {"trigsimp", m_trigsimp}, {"gammasimp", m_gammasimp}, {"combsimp", m_combsimp},
        {"collect", m_collect}, {"primitive", m_primitive},
        {"series", sympy_series_method}, {"signsimp", m_signsimp},
        {"powsimp", m_powsimp}, {"logcombine", m_logcombine},
        {"radsimp", m_radsimp}, {"expand_complex", m_expand_complex},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        module_add(module, fns[i].name, native_new(fns[i].name, as_function, native_new(fns[i].name, fns[i].fn, NULL)));
    module_add_function(module, "N", f_n);
}
