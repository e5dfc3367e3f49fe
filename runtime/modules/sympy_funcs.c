/* runtime/modules/sympy_funcs.c — functions of the sympy namespace (see sympy_funcs.h). */
#include "runtime/modules/sympy_funcs.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/float.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/out.h"
#include "runtime/lang/set.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/lang/vm.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_matrix.h"
#include "runtime/modules/sympy_poly.h"
#include "runtime/modules/sympy_sets.h"
#include "runtime/modules/sympy_utils.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_latex.h"
#include "solvers/sym_nsimplify.h"
#include "solvers/sym_nsolve.h"
#include "solvers/sym_ntheory.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"
#include "solvers/sym_srepr.h"
#include "solvers/sym_sum.h"

/* ---- symbols ---------------------------------------------------------------------------- */

static Obj *symbols_of(Obj *names, SymFacts facts)
{
    if (str_check(names)) {
        SymVec v = {0, 0, NULL};
        bool seq;
        sym_symbols(str_cstr(names), facts, &v, &seq);
        if (!seq && v.n == 1)
            return sympy_wrap(v.v[0]);
        Obj *t = tuple_new(v.n);
        for (size_t i = 0; i < v.n; i++)
            tuple_items(t)[i] = sympy_wrap(v.v[i]);
        return t;
    }
    Obj *items = tuple_from_iterable(names);
    size_t n = tuple_len(items);
    Obj *out = tuple_new(n);
    for (size_t i = 0; i < n; i++)
        tuple_items(out)[i] = symbols_of(tuple_get(items, i), facts);
    return list_check(names) ? list_from_array(tuple_items(out), n) : out;
}

static Obj *f_symbols(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs != 1)
        exc_raisef(&type_TypeError, "symbols() takes 1 positional argument but %d were given", nargs);
    return symbols_of(args[0], sympy_assumptions(args, nargs, kwnames, "cls seq"));
}

/* var('x y'): symbols() that are also bound in the caller's globals. */
static Obj *f_var(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    Obj *r = f_symbols(self, args, nargs, kwnames);
    Obj *g = vm.frame->globals;
    Obj *items = sympy_check(r) ? tuple_pack(1, r) : tuple_from_iterable(r);
    for (size_t i = 0; i < tuple_len(items); i++) {
        Obj *s = tuple_get(items, i);
        if (sympy_check(s))
            dict_set(g, str_intern_cstr(sympy_node(s)->v.s.name), s);
    }
    return r;
}

static Obj *f_sympify(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "locals", "convert_xor", "strict", "rational", "evaluate", NULL};
    Obj *a[6];
    args_parse("sympify", args, nargs, kwnames, names, 1, a);
    if (a[0] == None)
        return None;
    Sym *e = sympy_sympify(a[0]);
    if (a[4] && obj_truth(a[4]))
        e = sym_rationalize_floats(e);
    return sympy_wrap(e);
}

/* ---- roots and powers ----------------------------------------------------------------------- */

static Obj *f_sqrt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"arg", "evaluate", NULL};
    Obj *a[2];
    args_parse("sqrt", args, nargs, kwnames, names, 1, a);
    Sym *x = sympy_arg(a[0]);
    return sympy_wrap(a[1] && !obj_truth(a[1]) ? sym_pow_raw(x, sym_half) : sym_sqrt(x));
}

static Obj *f_root(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"arg", "n", "k", "evaluate", NULL};
    Obj *a[4];
    args_parse("root", args, nargs, kwnames, names, 2, a);
    Sym *x = sympy_arg(a[0]), *n = sympy_arg(a[1]);
    Sym *r = sym_pow(x, sym_pow_si(n, -1));
    if (a[2] && a[2] != None) {
        Sym *k = sympy_arg(a[2]);
        r = sym_mul(r, sym_pow(sym_neg_one, sym_div(sym_mul(sym_two, k), n)));
    }
    return sympy_wrap(r);
}

static Obj *f_cbrt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("cbrt", kwnames);
    args_count("cbrt", nargs, 1, 1);
    return sympy_wrap(sym_pow(sympy_arg(args[0]), sym_rat(1, 3)));
}

/* rad(x) and deg(x) are sympy.geometry's one-liners x*pi/180 and 180*x/pi, evaluated with Python's
 * operators so that floats, ints and sympy objects combine exactly as there. */
static Obj *f_rad(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("rad", kwnames);
    args_count("rad", nargs, 1, 1);
    return obj_binop(obj_binop(args[0], sympy_wrap(sym_pi), OP_MUL), int_from_i64(180), OP_TRUEDIV);
}

static Obj *f_deg(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("deg", kwnames);
    args_count("deg", nargs, 1, 1);
    return obj_binop(obj_binop(int_from_i64(180), args[0], OP_MUL), sympy_wrap(sym_pi), OP_TRUEDIV);
}

/* ---- solve ---------------------------------------------------------------------------------- */

/* Appends the unknowns given as arguments: symbols, or lists/tuples/sets of them. */
static void push_symbols(SymVec *v, Obj *o)
{
    if (list_check(o) || tuple_check(o) || set_check(o)) {
        Obj *items = tuple_from_iterable(o);
        for (size_t i = 0; i < tuple_len(items); i++)
            push_symbols(v, tuple_get(items, i));
        return;
    }
    sym_vec_push(v, sympy_sympify(o));
}

static void push_equations(SymVec *v, Sym *e)
{
    if (e->kind == SYM_MATRIX) {
        for (uint32_t i = 0; i < e->n; i++)
            sym_vec_push(v, e->args[i]);
    } else if (e->kind == SYM_REL && e->op == SYM_EQ && e->args[0]->kind == SYM_MATRIX &&
               e->args[1]->kind == SYM_MATRIX && e->args[0]->n == e->args[1]->n) {
        for (uint32_t i = 0; i < e->args[0]->n; i++)
            sym_vec_push(v, sym_sub(e->args[0]->args[i], e->args[1]->args[i]));
    } else {
        sym_vec_push(v, e);
    }
}

/* Matrices among the equations, and equations between matrices, stand for their entries (the
 * equations are then a system, as in sympy). */
static Sym *unpack_matrices(Sym *f)
{
    bool list = f->kind == SYM_LIST || f->kind == SYM_TUPLE;
    Sym *const *items = list ? f->args : &f;
    size_t n = list ? f->n : 1;
    bool any = false;
    for (size_t i = 0; i < n; i++)
        any |= items[i]->kind == SYM_MATRIX || (items[i]->kind == SYM_REL && items[i]->args[0]->kind == SYM_MATRIX);
    if (!any)
        return f;
    SymVec v = {0};
    for (size_t i = 0; i < n; i++)
        push_equations(&v, items[i]);
    return sym_build(SYM_LIST, 0, v.n, v.v);
}

/* Puts the unknowns back for their dummies in solve's answer: in the keys of dicts, and by
 * substitution in the values. */
static Sym *restore_unknowns(Sym *r, size_t n, Sym *const *dummies, Sym *const *unknowns)
{
    if (r->kind != SYM_LIST && r->kind != SYM_TUPLE && r->kind != SYM_DICT)
        return sym_subs_many(r, n, dummies, unknowns, false);
    Sym **v = gc_alloc((r->n ? r->n : 1) * sizeof(Sym *));
    for (uint32_t i = 0; i < r->n; i++)
        v[i] = r->kind == SYM_DICT && i % 2 == 0 ? sym_xreplace(r->args[i], n, dummies, unknowns)
                                                  : restore_unknowns(r->args[i], n, dummies, unknowns);
    if (r->kind == SYM_DICT) {
        /* keys in default_sort_key order, as sympy's answer has them */
        for (uint32_t i = 2; i < r->n; i += 2)
            for (uint32_t j = i; j >= 2 && sym_sort_cmp(v[j - 2], v[j]) > 0; j -= 2) {
                Sym *k = v[j], *x = v[j + 1];
                v[j] = v[j - 2], v[j + 1] = v[j - 1];
                v[j - 2] = k, v[j - 1] = x;
            }
    }
    return sym_build((SymKind)r->kind, r->op, r->n, v);
}

/* As sympy's solve, leaves out the equations of a system that have none of the unknowns as
 * given but symbols (they cannot change the answer; Eq(3*i + 4*m, 4*m) stays, a condition on
 * i); NULL when one is a nonzero number (no solution). */
static Sym *drop_unrelated(Sym *eqs, SymVec syms)
{
    SymVec keep = {0};
    for (uint32_t i = 0; i < eqs->n; i++) {
        Sym *e = eqs->args[i];
        SymVec fs = sym_free_symbols(e);
        if (e->kind == SYM_REL && e->op == SYM_EQ)
            e = sym_sub(e->args[0], e->args[1]);
        bool related = false;
        for (size_t j = 0; j < fs.n && !related; j++)
            for (size_t k = 0; k < syms.n && !related; k++)
                related = sym_eq(fs.v[j], syms.v[k]);
        if (!related && fs.n)
            continue;
        if (!related && sym_is_num(e)) {
            if (sym_ask(e, SYM_F_ZERO) == SYM_YES)
                continue;
            return NULL;
        }
        sym_vec_push(&keep, eqs->args[i]);
    }
    if (!keep.n)
        return NULL;
    return sym_build((SymKind)eqs->kind, eqs->op, keep.n, keep.v);
}

static Obj *f_solve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "solve() missing 1 required positional argument: 'f'");
    Obj *f = args[0];
    Sym *eqs = unpack_matrices(sympy_sympify(set_check(f) ? list_from_iterable(f) : f));
    SymVec syms = {0, 0, NULL};
    for (int i = 1; i < nargs; i++)
        push_symbols(&syms, args[i]);
    if (eqs->kind == SYM_REL && eqs->op != SYM_EQ && eqs->op != SYM_NE) {
        /* an inequality in one symbol is solved for it, whatever unknowns are named */
        SymVec fs = sym_free_symbols(eqs);
        if (fs.n == 1)
            syms = fs;
    }
    /* sympy's recast_to_symbols: unknowns that are not symbols (x - y, f(x), sin(x)) are solved
     * for as dummies put in their place, and put back in the answers */
    Sym **olds = gc_alloc((syms.n + 1) * sizeof(Sym *)), **news = gc_alloc((syms.n + 1) * sizeof(Sym *));
    size_t nswap = 0;
    for (size_t i = 0; i < syms.n; i++) {
        Sym *s = syms.v[i];
        if (s->kind == SYM_SYMBOL || s->kind == SYM_DUMMY)
            continue;
        size_t k = 0;
        while (k < nswap && !sym_eq(olds[k], s))
            k++;
        if (k == nswap) {
            olds[nswap] = s;
            news[nswap++] = sym_dummy(sym_sprintf("X%zu", k), (SymFacts){0, 0});
        }
        syms.v[i] = news[k];
    }
    if (nswap) {
        Sym **o = gc_alloc(nswap * sizeof(Sym *)), **n = gc_alloc(nswap * sizeof(Sym *));
        memcpy(o, olds, nswap * sizeof(Sym *));
        memcpy(n, news, nswap * sizeof(Sym *));
        sym_subs_order(nswap, o, n);
        eqs = sym_subs_many(eqs, nswap, o, n, false);
    }
    if (syms.n && (eqs->kind == SYM_LIST || eqs->kind == SYM_TUPLE)) {
        eqs = drop_unrelated(eqs, syms);
        if (!eqs)
            return list_new(0);
    }
    Obj *d = sympy_kwarg(args, nargs, kwnames, "dict");
    Sym *r = sym_solve(eqs, syms.n, syms.v, d && obj_truth(d));
    return sympy_result(nswap ? restore_unknowns(r, nswap, news, olds) : r);
}

static Obj *f_roots(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "roots() missing 1 required positional argument: 'f'");
    Sym *p, *x = NULL;
    if (!sympy_poly_parts(args[0], &p, &x))
        p = sympy_sympify(args[0]);
    if (nargs > 1)
        x = sympy_sympify(args[1]);
    if (!x) {
        SymVec v = sym_free_symbols(p);
        if (v.n != 1)
            sym_raise(SYM_E_POLYNOMIAL, "multivariate polynomials are not supported");
        x = v.v[0];
    }
    Sym *r = sym_roots(p, x);
    Obj *multiple = sympy_kwarg(args, nargs, kwnames, "multiple");
    if (multiple && obj_truth(multiple)) {
        /* each root as often as it counts, in sympy's ordered() order */
        Sym **keys = gc_alloc((r->n / 2 + 1) * sizeof(Sym *));
        for (uint32_t i = 0; i + 1 < r->n; i += 2)
            keys[i / 2] = r->args[i];
        sym_sort_ordered(keys, r->n / 2);
        Obj *l = list_new(r->n / 2);
        for (uint32_t i = 0; i < r->n / 2; i++)
            for (uint32_t j = 0; j + 1 < r->n; j += 2)
                for (long k = 0; r->args[j] == keys[i] && k < fmpz_get_si(r->args[j + 1]->v.z); k++)
                    list_append(l, sympy_wrap(keys[i]));
        return l;
    }
    return sympy_result(r);
}

/* ---- sums and products -------------------------------------------------------------------- */

/* summation(f, *limits) and product(f, *limits): each limit (k, a, b), the first innermost. */
static Obj *over_limits(const char *name, Obj **args, int nargs, Sym *(*op)(Sym *, Sym *, Sym *, Sym *))
{
    if (nargs < 2)
        exc_raisef(&type_ValueError, "%s() requires the expression and limits (k, a, b)", name);
    Sym *f = sympy_sympify(args[0]);
    for (int i = 1; i < nargs; i++) {
        Sym *lim = sympy_sympify(args[i]);
        if (lim->kind != SYM_TUPLE || lim->n != 3)
            exc_raisef(&type_ValueError, "Invalid limits given: %s", sym_str(lim));
        f = op(f, lim->args[0], lim->args[1], lim->args[2]);
    }
    return sympy_wrap(f);
}

static Obj *f_summation(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    return over_limits("summation", args, nargs, sym_summation);
}

static Obj *f_product(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    return over_limits("product", args, nargs, sym_product);
}

/* ---- nsolve ------------------------------------------------------------------------------ */

/* The items of a list, tuple or Matrix argument, or the argument alone. */
static Obj *items_of(Obj *o)
{
    if (list_check(o) || tuple_check(o) || sympy_matrix_check(o))
        return tuple_from_iterable(o);
    return tuple_pack(1, o);
}

/* An equation as an expression equal to zero. */
static Sym *as_zero(Sym *e) { return e->kind == SYM_REL ? sym_sub(e->args[0], e->args[1]) : e; }

/* The solver= of nsolve: mpmath's names, the first three implemented. */
static SymNsolveSolver nsolve_solver(Obj *o)
{
    static const char *const names[] = {"secant", "newton", "bisect", "mnewton", "halley", "muller", "illinois",
                                        "pegasus", "anderson", "ridder", "anewton", "mdnewton"};
    const char *s = str_check(o) ? str_cstr(o) : "";
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++) {
        if (strcmp(s, names[i]) != 0)
            continue;
        if (i > SYM_NSOLVE_BISECT)
            exc_raisef(&type_NotImplementedError, "tirbox: nsolve(solver='%s') is not supported", s);
        return (SymNsolveSolver)i;
    }
    exc_raisef(&type_ValueError, "could not recognize solver");
}

/* nsolve(f, [args,] x0, prec=, solver=, tol=, maxsteps=, verify=, dict=) as sympy's. */
static Obj *f_nsolve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (sympy_kwarg(args, nargs, kwnames, "method"))
        exc_raisef(&type_ValueError, "\nKeyword \"method\" should not be used in this context.  When using some\n"
                                     "mpmath solvers directly, the keyword \"method\" is used, but when using\n"
                                     "nsolve (and findroot) the keyword to use is \"solver\".");
    if (nargs < 2)
        exc_raisef(&type_TypeError, "nsolve expected at least 2 arguments, got %d", nargs);
    if (nargs > 3)
        exc_raisef(&type_TypeError, "nsolve expected at most 3 arguments, got %d", nargs);
    bool system = list_check(args[0]) || tuple_check(args[0]) || sympy_matrix_check(args[0]);
    if (system && nargs == 2)
        exc_raisef(&type_TypeError, "nsolve expected 3 arguments, got 2");
    Obj *fl = items_of(args[0]), *startl = items_of(args[nargs - 1]);
    size_t n = tuple_len(fl), nstart = tuple_len(startl);
    Sym **fs = gc_alloc(n * sizeof(Sym *)), **x0 = gc_alloc((nstart ? nstart : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        Sym *e = sympy_sympify(tuple_get(fl, i));
        if (e->kind == SYM_REL && e->op != SYM_EQ && !system)
            exc_raisef(&type_TypeError, "nsolve cannot accept inequalities");
        fs[i] = as_zero(e);
    }
    for (size_t i = 0; i < nstart; i++)
        x0[i] = sympy_sympify(tuple_get(startl, i));
    Obj *xl;
    if (nargs == 3) {
        xl = items_of(args[1]);
    } else {
        SymVec v = sym_free_symbols(fs[0]);
        xl = tuple_pack(1, v.n ? sympy_wrap(v.v[0]) : None);
    }
    size_t nx = tuple_len(xl);
    Sym **xs = gc_alloc(nx * sizeof(Sym *));
    for (size_t i = 0; i < nx; i++)
        xs[i] = sympy_sympify(tuple_get(xl, i));
    if (nargs == 3 && (list_check(args[1]) || tuple_check(args[1])) &&
        (list_check(args[2]) || tuple_check(args[2])) && nx != nstart)
        exc_raisef(&type_TypeError, "nsolve expected exactly %zu guess vectors, got %zu", nx, nstart);
    if (!system) {
        SymVec v = sym_free_symbols(fs[0]);
        if (v.n != 1 || nx != 1 || !sym_eq(v.v[0], xs[0]))
            exc_raisef(&type_ValueError, "\nexpected a one-dimensional and numerical function");
        if (nstart > 2)
            exc_raisef(&type_ValueError, "expected 1 or 2 starting points, got %zu", nstart);
    } else if (nx > n) {
        exc_raisef(&type_NotImplementedError, "\nneed at least as many equations as variables");
    } else if (nx != n) {
        exc_raisef(&type_NotImplementedError, "tirbox: nsolve() of more equations than unknowns");
    }
    Obj *prec = sympy_kwarg(args, nargs, kwnames, "prec"), *tol = sympy_kwarg(args, nargs, kwnames, "tol");
    Obj *steps = sympy_kwarg(args, nargs, kwnames, "maxsteps"), *verify = sympy_kwarg(args, nargs, kwnames, "verify");
    Obj *as_dict = sympy_kwarg(args, nargs, kwnames, "dict");
    SymNsolve q = {
        .n = n, .fs = fs, .xs = xs, .nstart = nstart, .x0 = x0,
        .dps = prec ? (long)obj_index_i64(prec) : 15,
        .multidimensional = system,
        .solver = nsolve_solver(sympy_kwarg(args, nargs, kwnames, "solver") ?: str_from_cstr("secant")),
        .tol = tol ? obj_to_double(tol) : 0,
        .maxsteps = steps ? (int)obj_index_i64(steps) : 0,
        .verify = !verify || obj_truth(verify),
    };
    Sym **out = gc_alloc(n * sizeof(Sym *));
    sym_nsolve(&q, out);
    if (as_dict && obj_truth(as_dict)) {
        Obj *d = dict_new();
        for (size_t i = 0; i < n; i++)
            dict_set(d, sympy_wrap(xs[i]), sympy_wrap(out[i]));
        Obj *l = list_new(1);
        list_append(l, d);
        return l;
    }
    if (!system)
        return sympy_wrap(out[0]);
    return sympy_matrix_from_node(sym_matrix(n, 1, out));
}

/* ---- polynomials ---------------------------------------------------------------------------- */

static Obj *f_div(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs < 2)
        exc_raisef(&type_TypeError, "div() missing required arguments");
    Sym *f = sympy_sympify(args[0]), *g = sympy_sympify(args[1]);
    if (nargs == 2 && !sym_has_symbols(f) && !sym_has_symbols(g))
        sym_raise(SYM_E_COMPUTATION, "div(%s, %s) failed without generators", sym_str(f), sym_str(g));
    Sym *q, *r;
    if (nargs == 2)
        sym_poly_div(f, g, &q, &r);
    else
        sym_poly_divide(f, g, &q, &r);
    return tuple_pack(2, sympy_wrap(q), sympy_wrap(r));
}

/* gcd/lcm of two arguments or of a list. */
static Obj *fold2(const char *name, Obj **args, int nargs, Sym *(*op)(Sym *, Sym *), Sym *unit)
{
    Obj *items;
    if (nargs == 1 && (list_check(args[0]) || tuple_check(args[0]) || set_check(args[0])))
        items = tuple_from_iterable(args[0]);
    else if (nargs >= 2)
        items = tuple_from_array(args, (size_t)nargs);
    else
        exc_raisef(&type_TypeError, "%s() takes 2 arguments or a sequence of arguments", name);
    Sym *acc = unit;
    for (size_t i = 0; i < tuple_len(items); i++) {
        Sym *x = sympy_sympify(tuple_get(items, i));
        acc = i == 0 ? x : op(acc, x);
    }
    if (tuple_len(items) == 1)
        acc = op(acc, acc);
    return sympy_wrap(acc);
}

static Obj *f_gcd(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    return fold2("gcd", args, nargs, sym_gcd, sym_zero);
}

static Obj *f_lcm(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    return fold2("lcm", args, nargs, sym_lcm, sym_one);
}

/* igcd/ilcm: Python ints in, a Python int out. */
static Obj *int_fold(const char *name, Obj **args, int nargs, Obj *kwnames, Sym *(*op)(Sym *, Sym *))
{
    args_no_kw(name, kwnames);
    if (nargs < 1)
        exc_raisef(&type_TypeError, "%s() takes at least 1 argument (0 given)", name);
    Sym *acc = NULL;
    for (int i = 0; i < nargs; i++) {
        Sym *x = sympy_sympify(obj_index(args[i]));
        acc = acc ? op(acc, x) : x;
    }
    if (nargs == 1)
        acc = op(acc, acc);
    return sympy_int_obj(acc);
}

static Obj *f_igcd(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return int_fold("igcd", args, nargs, kwnames, sym_gcd);
}

static Obj *f_ilcm(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return int_fold("ilcm", args, nargs, kwnames, sym_lcm);
}

static Obj *f_fraction(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("fraction", kwnames);
    args_count("fraction", nargs, 1, 2);
    Sym *n, *d;
    sym_numer_denom(sympy_sympify(args[0]), &n, &d);
    return tuple_pack(2, sympy_wrap(n), sympy_wrap(d));
}

static Obj *f_numer(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return tuple_get(f_fraction(self, args, nargs, kwnames), 0);
}

static Obj *f_denom(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return tuple_get(f_fraction(self, args, nargs, kwnames), 1);
}

static Obj *f_nsimplify(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"expr", "constants", "tolerance", "full", "rational", "rational_conversion", NULL};
    Obj *a[6];
    args_parse("nsimplify", args, nargs, kwnames, names, 1, a);
    size_t n = 0;
    Sym **consts = NULL;
    if (a[1] && a[1] != None) {
        Obj *l = list_from_iterable(a[1]);
        n = list_len(l);
        consts = gc_alloc((n ? n : 1) * sizeof(Sym *));
        for (size_t i = 0; i < n; i++)
            consts[i] = sympy_sympify(list_get(l, i));
    }
    double tol = a[2] && a[2] != None ? float_as_double(a[2]) : 0;
    SymRationalArg rational = !a[4] || a[4] == None ? SYM_RATIONAL_NONE
                              : obj_truth(a[4])     ? SYM_RATIONAL_TRUE
                                                    : SYM_RATIONAL_FALSE;
    bool exact = a[5] && str_check(a[5]) && strcmp(str_cstr(a[5]), "exact") == 0;
    return sympy_wrap(sym_nsimplify(sympy_sympify(a[0]), n, consts, tol, rational, exact));
}

/* ---- number theory -------------------------------------------------------------------------- */

/* An integer argument of a number-theory function (ints, Integers; floats with integral
 * values as sympy's as_int accepts them). */
/* sympy's as_int names a Python float as Python prints it: isprime(7.0) says "7.0 is not an integer" */
static Sym *int_arg(Obj *o)
{
    if (float_check(o))
        exc_raisef(&type_ValueError, "%s is not an integer", str_cstr(obj_repr(o)));
    return sympy_sympify(o);
}

Obj *sympy_int_result(Sym *e)
{
    if (e->kind == SYM_INTEGER)
        return sympy_int_obj(e);
    if (e->kind == SYM_TRUE || e->kind == SYM_FALSE)
        return bool_from(e->kind == SYM_TRUE);
    if (e->kind == SYM_DICT) {
        Obj *d = dict_new();
        for (uint32_t i = 0; i + 1 < e->n; i += 2)
            dict_set(d, sympy_int_result(e->args[i]), sympy_int_result(e->args[i + 1]));
        return d;
    }
    if (e->kind == SYM_LIST || e->kind == SYM_TUPLE) {
        Obj *t = tuple_new(e->n);
        for (uint32_t i = 0; i < e->n; i++)
            tuple_items(t)[i] = sympy_int_result(e->args[i]);
        return e->kind == SYM_LIST ? list_from_array(tuple_items(t), e->n) : t;
    }
    return sympy_wrap(e);
}

/* Number-theory functions of one or two integer arguments: f_NAME checks the argument count,
 * converts the arguments, calls the engine's sym_NAME and converts the result with CONV
 * (sympy_int_result where sympy answers Python ints, sympy_wrap where it answers Integers). */
#define NT1(name, conv)                                                   \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                     \
        (void)self;                                                       \
        args_no_kw(#name, kwnames);                                       \
        args_count(#name, nargs, 1, 1);                                   \
        return conv(sym_##name(int_arg(args[0])));                        \
    }
#define NT2(name, conv)                                                   \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                     \
        (void)self;                                                       \
        args_no_kw(#name, kwnames);                                       \
        args_count(#name, nargs, 2, 2);                                   \
        return conv(sym_##name(int_arg(args[0]), int_arg(args[1])));      \
    }
/* isprime: a small int (the common loop over a range) is tested first, without an Integer node */
static Obj *f_isprime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs == 1 && !kwnames && is_small(args[0]))
        return bool_from(sym_isprime_si((long)small_value(args[0])));
    args_no_kw("isprime", kwnames);
    args_count("isprime", nargs, 1, 1);
    return bool_from(sym_isprime(int_arg(args[0])));
}
NT1(prevprime, sympy_int_result)
NT1(prime, sympy_int_result)
NT1(primepi, sympy_wrap)
NT1(primefactors, sympy_int_result)
NT1(divisor_count, sympy_wrap)
NT1(totient, sympy_wrap)
NT2(mod_inverse, sympy_int_result)
NT2(integer_nthroot, sympy_int_result)
NT2(n_order, sympy_int_result)
NT2(legendre_symbol, sympy_wrap)
NT2(jacobi_symbol, sympy_wrap)

static Obj *f_nextprime(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("nextprime", kwnames);
    args_count("nextprime", nargs, 1, 2);
    return sympy_int_result(sym_nextprime(int_arg(args[0]), nargs > 1 ? (long)obj_index_i64(args[1]) : 1));
}

static Obj *f_primerange(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("primerange", kwnames);
    args_count("primerange", nargs, 1, 2);
    Sym *a = nargs > 1 ? int_arg(args[0]) : sym_two, *b = int_arg(args[nargs > 1 ? 1 : 0]);
    return obj_iter(sympy_int_result(sym_primerange(a, b)));
}

/* divisors and perfect_power take options (generator ...) after n. */
#define NT_OPTS(name)                                                     \
    static Obj *f_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                     \
        (void)self;                                                       \
        (void)kwnames;                                                    \
        args_count(#name, nargs, 1, 2);                                   \
        return sympy_int_result(sym_##name(int_arg(args[0])));                  \
    }
NT_OPTS(divisors)
NT_OPTS(perfect_power)

/* factorint: a small int above 1 (the common loop over a range) is factored as a word, without
 * Integer nodes. Its options after n (limit ...) are ignored, as NT_OPTS does. */
static Obj *f_factorint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("factorint", nargs, 1, 2);
    if (!is_small(args[0]) || small_value(args[0]) < 2)
        return sympy_int_result(sym_factorint(int_arg(args[0])));
    ulong p[64], e[64];
    int np = sym_factor_word((ulong)small_value(args[0]), p, e);
    Obj *d = dict_new();
    for (int i = 0; i < np; i++)
        dict_set(d, small_new((intptr_t)p[i]), small_new((intptr_t)e[i]));
    return d;
}

static Obj *f_divisor_sigma(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("divisor_sigma", kwnames);
    args_count("divisor_sigma", nargs, 1, 2);
    return sympy_wrap(sym_divisor_sigma(int_arg(args[0]), nargs > 1 ? (long)obj_index_i64(args[1]) : 1));
}

static Obj *f_primitive_root(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("primitive_root", kwnames);
    args_count("primitive_root", nargs, 1, 1);
    Sym *r = sym_primitive_root(int_arg(args[0]));
    return r ? sympy_int_result(r) : None;
}

static Obj *f_crt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_count("crt", nargs, 2, 3);
    (void)kwnames;
    Obj *m = tuple_from_iterable(args[0]), *v = tuple_from_iterable(args[1]);
    size_t n = tuple_len(m);
    if (tuple_len(v) != n)
        exc_raisef(&type_ValueError, "crt: moduli and residues differ in length");
    Sym **ms = gc_alloc((n ? n : 1) * sizeof(Sym *)), **vs = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        ms[i] = int_arg(tuple_get(m, i));
        vs[i] = int_arg(tuple_get(v, i));
    }
    Sym *r = sym_crt(n, ms, vs);
    return r ? sympy_int_result(r) : None;
}

/* ---- printing --------------------------------------------------------------------------- */

static Obj *f_pprint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("pprint", nargs, 1, 1);
    Obj *s = obj_str(args[0]);
    out_write(str_cstr(s), str_bytes(s));
    out_write("\n", 1);
    return None;
}

/* srepr of a sympy expression, or of a list, tuple or dict of them; other Python values by repr. */
static void srepr_into(Buf *b, Obj *o)
{
    if (sympy_check(o)) {
        const char *t = sym_srepr(sympy_node(o));
        if (!t)
            exc_raisef(&type_NotImplementedError, "tirbox: srepr(%s) is not supported", str_cstr(obj_str(o)));
        buf_puts(b, t);
    } else if (list_check(o) || tuple_check(o)) {
        Obj *t = tuple_from_iterable(o);
        buf_putc(b, list_check(o) ? '[' : '(');
        for (size_t i = 0; i < tuple_len(t); i++) {
            if (i)
                buf_puts(b, ", ");
            srepr_into(b, tuple_get(t, i));
        }
        buf_puts(b, list_check(o) ? "]" : tuple_len(t) == 1 ? ",)" : ")");
    } else if (dict_check(o)) {
        size_t pos = 0;
        Obj *k, *v;
        buf_putc(b, '{');
        for (bool first = true; dict_next(o, &pos, &k, &v); first = false) {
            buf_puts(b, first ? "" : ", ");
            srepr_into(b, k);
            buf_puts(b, ": ");
            srepr_into(b, v);
        }
        buf_putc(b, '}');
    } else if (TYPE(o)->module && strncmp(TYPE(o)->module, "sympy", 5) == 0) {
        exc_raisef(&type_NotImplementedError, "tirbox: srepr of a %s is not supported", obj_type_name(o));
    } else {
        buf_puts(b, str_cstr(obj_repr(o)));
    }
}

static Obj *f_srepr(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("srepr", kwnames);
    args_count("srepr", nargs, 1, 1);
    Buf b;
    buf_init(&b);
    srepr_into(&b, args[0]);
    return str_from_cstr(buf_cstr(&b));
}

static Obj *f_latex(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("latex", nargs, 1, 1);
    Obj *o = args[0];
    if (str_check(o))
        return str_printf("\\mathtt{\\text{%s}}", str_cstr(o));
    if (o == None)
        return str_from_cstr("\\text{None}");
    const char *t = sympy_set_latex(o);
    if (!t)
        t = sympy_limit_latex(o);
    return str_from_cstr(t ? t : sym_latex(sympy_sympify(o)));
}

static Obj *f_pretty(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("pretty", nargs, 1, 1);
    return obj_str(args[0]);
}

static const struct { const char *name; NativeFn fn; } funcs[] = {
    {"symbols", f_symbols},
    {"var", f_var},
    {"sympify", f_sympify},
    {"sqrt", f_sqrt},
    {"root", f_root},
    {"cbrt", f_cbrt},
    {"rad", f_rad},
    {"deg", f_deg},
    {"solve", f_solve},
    {"roots", f_roots},
    {"div", f_div},
    {"nsolve", f_nsolve},
    {"summation", f_summation},
    {"product", f_product},
    {"gcd", f_gcd},
    {"lcm", f_lcm},
    {"igcd", f_igcd},
    {"ilcm", f_ilcm},
    {"fraction", f_fraction},
    {"numer", f_numer},
    {"denom", f_denom},
    {"nsimplify", f_nsimplify},
    {"isprime", f_isprime},
    {"nextprime", f_nextprime},
    {"prevprime", f_prevprime},
    {"prime", f_prime},
    {"primepi", f_primepi},
    {"primerange", f_primerange},
    {"factorint", f_factorint},
    {"primefactors", f_primefactors},
    {"divisors", f_divisors},
    {"divisor_count", f_divisor_count},
    {"divisor_sigma", f_divisor_sigma},
    {"totient", f_totient},
    {"mod_inverse", f_mod_inverse},
    {"integer_nthroot", f_integer_nthroot},
    {"perfect_power", f_perfect_power},
    {"n_order", f_n_order},
    {"primitive_root", f_primitive_root},
    {"legendre_symbol", f_legendre_symbol},
    {"jacobi_symbol", f_jacobi_symbol},
    {"pprint", f_pprint},
    {"pretty", f_pretty},
    {"latex", f_latex},
    {"srepr", f_srepr},
};

void sympy_funcs_init(Obj *module, Obj *hidden)
{
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        module_add_function(module, funcs[i].name, funcs[i].fn);
    dict_set_cstr(hidden, "crt", native_new("crt", f_crt, NULL));
}
