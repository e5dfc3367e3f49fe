/* runtime/modules/sympy_utils.c — Lambda, prod, ordered and other small names (see sympy_utils.h). */
#include "runtime/modules/sympy_utils.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_deriv.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_latex.h"
#include "solvers/sym_limit.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_powsimp.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_relsimp.h"
#include "solvers/sym_rootof.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_trigexpand.h"

/* ---- Lambda ----------------------------------------------------------------------------------- */

typedef struct LambdaObj {
    Obj base;
    size_t n;
    Sym **vars;
    bool tuple_sig;          /* the signature was given as a tuple: printed as one */
    Sym *expr;
} LambdaObj;

static Type type_lambda;

static LambdaObj *L(Obj *o) { return (LambdaObj *)o; }

static Obj *lambda_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("Lambda", kwnames);
    args_count("Lambda", nargs, 2, 2);
    LambdaObj *l = gc_alloc(type->basicsize);
    l->base.type = type;
    SymVec v = {0};
    l->tuple_sig = tuple_check(args[0]) || list_check(args[0]);
    if (l->tuple_sig) {
        Obj *t = tuple_from_iterable(args[0]);
        for (size_t i = 0; i < tuple_len(t); i++)
            sym_vec_push(&v, sympy_sympify(tuple_get(t, i)));
    } else {
        sym_vec_push(&v, sympy_sympify(args[0]));
    }
    for (size_t i = 0; i < v.n; i++)
        if (!sym_is_symbol(v.v[i]))
            exc_raisef(&type_TypeError, "variable is not a symbol: %s", sym_str(v.v[i]));
    l->n = v.n;
    l->vars = v.v;
    l->expr = sympy_sympify(args[1]);
    return (Obj *)l;
}

static const char *signature_text(LambdaObj *l)
{
    if (!l->tuple_sig)
        return sym_str(l->vars[0]);
    Buf b;
    buf_init(&b);
    buf_putc(&b, '(');
    for (size_t i = 0; i < l->n; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", sym_str(l->vars[i]));
    buf_puts(&b, l->n == 1 ? ",)" : ")");
    return buf_cstr(&b);
}

static Obj *lambda_repr(Obj *self)
{
    return str_printf("Lambda(%s, %s)", signature_text(L(self)), sym_str(L(self)->expr));
}

static Obj *lambda_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("Lambda", kwnames);
    LambdaObj *l = L(self);
    if ((size_t)nargs != l->n)
        exc_raisef(&type_TypeError, "%s takes exactly %zu argument%s (%d given)", str_cstr(lambda_repr(self)), l->n,
                   l->n == 1 ? "" : "s", nargs);
    Sym **vals = gc_alloc((l->n ? l->n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < l->n; i++)
        vals[i] = sympy_sympify(args[i]);
    return sympy_wrap(sym_subs_many(l->expr, l->n, l->vars, vals, true));
}

bool sympy_lambda_parts(Obj *o, Sym **var, Sym **expr)
{
    if (is_small(o) || TYPE(o) != &type_lambda || L(o)->n != 1)
        return false;
    *var = L(o)->vars[0];
    *expr = L(o)->expr;
    return true;
}

static Obj *lambda_vars(LambdaObj *l)
{
    Obj *t = tuple_new(l->n);
    for (size_t i = 0; i < l->n; i++)
        tuple_items(t)[i] = sympy_wrap(l->vars[i]);
    return t;
}

static Obj *get_expr(Obj *self) { return sympy_wrap(L(self)->expr); }
static Obj *get_variables(Obj *self) { return lambda_vars(L(self)); }
static Obj *get_args(Obj *self) { return tuple_pack(2, lambda_vars(L(self)), get_expr(self)); }

static Obj *lambda_compare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || is_small(b) || TYPE(b) != &type_lambda)
        return NotImplemented;
    LambdaObj *x = L(a), *y = L(b);
    bool eq = x->n == y->n && sym_eq(sym_subs_many(x->expr, x->n, x->vars, y->vars, true), y->expr);
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t lambda_hash(Obj *self) { return (int64_t)(sym_hash(L(self)->expr) >> 2); }

static const GetSetDef lambda_getsets[] = {
    {"expr", get_expr, NULL},
    {"variables", get_variables, NULL},
    {"signature", get_variables, NULL},
    {"args", get_args, NULL},
    {NULL, NULL, NULL},
};

static Type type_lambda = {
    .base = {&type_type},
    .name = "Lambda",
    .module = "sympy.core.function",
    .basicsize = sizeof(LambdaObj),
    .new = lambda_new,
    .repr = lambda_repr,
    .call = lambda_call,
    .compare = lambda_compare,
    .hash = lambda_hash,
    .getsets = lambda_getsets,
};

/* ---- Derivative and Limit ---------------------------------------------------------------------- */

/* Derivative(expr, x, (y, 2), z, 3 ...): variables with counts, as sympy reads them. */
static Obj *derivative_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "Derivative() missing 1 required positional argument: 'expr'");
    Sym *expr = sympy_sympify(args[0]);
    SymVec vars = {0};
    long *counts = gc_alloc_atomic((size_t)(nargs + 1) * sizeof(long));
    if (nargs == 1) {
        SymVec fs = sym_free_symbols(expr);
        if (fs.n != 1)
            exc_raisef(&type_ValueError, "Since there are no variables in the expression %s, it cannot be differentiated.",
                       sym_str(expr));
        sym_vec_push(&vars, fs.v[0]);
        counts[0] = 1;
    }
    for (int i = 1; i < nargs; i++) {
        Sym *a = sympy_sympify(args[i]);
        if (a->kind == SYM_TUPLE && a->n == 2 && a->args[1]->kind == SYM_INTEGER) {
            counts[vars.n] = fmpz_get_si(a->args[1]->v.z);
            sym_vec_push(&vars, a->args[0]);
        } else if (a->kind == SYM_INTEGER && vars.n) {
            counts[vars.n - 1] += fmpz_get_si(a->v.z) - 1;
        } else {
            counts[vars.n] = 1;
            sym_vec_push(&vars, a);
        }
    }
    Sym *d = sym_derivative(expr, vars.n, vars.v, counts);
    Obj *ev = sympy_kwarg(args, nargs, kwnames, "evaluate");
    return sympy_wrap(ev && obj_truth(ev) ? sym_derivative_doit(d) : d);
}

typedef struct LimitObj {
    Obj base;
    Sym *expr, *x, *a;
    const char *dir;
} LimitObj;

static Obj *limit_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"e", "z", "z0", "dir", NULL};
    Obj *a[4];
    args_parse("Limit", args, nargs, kwnames, names, 3, a);
    LimitObj *l = gc_alloc(type->basicsize);
    l->base.type = type;
    l->expr = sympy_sympify(a[0]);
    l->x = sympy_sympify(a[1]);
    l->a = sympy_sympify(a[2]);
    l->dir = l->a->kind == SYM_INFINITY ? "-" : "+";
    if (l->a->kind == SYM_INFINITY || l->a->kind == SYM_NEG_INFINITY)
        return (Obj *)l;
    if (a[3]) {
        const char *d = str_check(a[3]) ? str_cstr(a[3]) : "";
        if (strcmp(d, "+") != 0 && strcmp(d, "-") != 0 && strcmp(d, "+-") != 0)
            exc_raisef(&type_ValueError, "direction must be one of '+', '-' or '+-', not %s", str_cstr(obj_str(a[3])));
        l->dir = d;
    }
    return (Obj *)l;
}

static Obj *limit_repr(Obj *self)
{
    LimitObj *l = (LimitObj *)self;
    return str_printf("Limit(%s, %s, %s, dir='%s')", sym_str(l->expr), sym_str(l->x), sym_str(l->a), l->dir);
}

static Obj *m_limit_doit(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    LimitObj *l = (LimitObj *)self;
    int dir = strcmp(l->dir, "+-") == 0 ? 0 : l->dir[0] == '+' ? 1 : -1;
    if (l->a->kind == SYM_INFINITY || l->a->kind == SYM_NEG_INFINITY)
        dir = 1;
    return sympy_wrap(sym_limit(l->expr, l->x, l->a, dir));
}

static Obj *get_limit_args(Obj *self)
{
    LimitObj *l = (LimitObj *)self;
    return tuple_pack(4, sympy_wrap(l->expr), sympy_wrap(l->x), sympy_wrap(l->a), str_from_cstr(l->dir));
}

static const MethodDef limit_methods[] = {
    {"doit", m_limit_doit, 0},
    {NULL, NULL, 0},
};

static const GetSetDef limit_getsets[] = {
    {"args", get_limit_args, NULL},
    {NULL, NULL, NULL},
};

static Type type_limit = {
    .base = {&type_type},
    .name = "Limit",
    .module = "sympy.series.limits",
    .basicsize = sizeof(LimitObj),
    .new = limit_new,
    .repr = limit_repr,
    .methods = limit_methods,
    .getsets = limit_getsets,
};

const char *sympy_limit_latex(Obj *o)
{
    if (is_small(o) || !obj_is(o, &type_limit))
        return NULL;
    LimitObj *l = (LimitObj *)o;
    bool sided = strcmp(l->dir, "+-") != 0 && l->a->kind != SYM_INFINITY && l->a->kind != SYM_NEG_INFINITY;
    const char *e = sym_latex(l->expr);
    bool assoc = l->expr->kind == SYM_ADD || l->expr->kind == SYM_MUL;
    return sym_sprintf("\\lim_{%s \\to %s%s%s}%s", sym_latex(l->x), sym_latex(l->a), sided ? "^" : "",
                       sided ? l->dir : "", assoc ? sym_sprintf("\\left(%s\\right)", e) : sym_sprintf(" %s", e));
}

/* ---- numeric forms ------------------------------------------------------------------------------ */

static Obj *f_nfloat(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"expr", "n", "exponent", "dkeys", NULL};
    Obj *a[4];
    args_parse("nfloat", args, nargs, kwnames, names, 1, a);
    long n = a[1] ? (long)obj_index_i64(a[1]) : 15;
    if (a[2] && obj_truth(a[2]))
        exc_raisef(&type_NotImplementedError, "tirbox: nfloat(exponent=True) is not supported");
    if (list_check(a[0]) || tuple_check(a[0])) {
        Obj *items = tuple_from_iterable(a[0]);
        Obj *l = list_new(tuple_len(items));
        for (size_t i = 0; i < tuple_len(items); i++)
            list_append(l, sympy_wrap(sym_nfloat(sympy_sympify(tuple_get(items, i)), n)));
        return tuple_check(a[0]) ? tuple_from_iterable(l) : l;
    }
    return sympy_wrap(sym_nfloat(sympy_sympify(a[0]), n));
}

/* sqrt(a + b*sqrt(c)) with rational a, b: sqrt((a + d)/2) + sign(b)*sqrt((a - d)/2) when
 * d = sqrt(a**2 - b**2*c) is rational; NULL when it does not denest. */
static Sym *denest(Sym *radicand)
{
    if (radicand->kind != SYM_ADD || radicand->n != 2 || !sym_is_rational(radicand->args[0]))
        return NULL;
    Sym *a = radicand->args[0], *b, *s;
    sym_as_coeff_mul(radicand->args[1], true, &b, &s);
    if (s->kind != SYM_POW || !sym_is_rational(s->args[0]) || !sym_eq(s->args[1], sym_half))
        return NULL;
    Sym *d = sym_sqrt(sym_sub(sym_mul(a, a), sym_mul(sym_mul(b, b), s->args[0])));
    if (!sym_is_rational(d) || !sym_is(a, SYM_F_POSITIVE))
        return NULL;
    Sym *hi = sym_sqrt(sym_div(sym_add(a, d), sym_two)), *lo = sym_sqrt(sym_div(sym_sub(a, d), sym_two));
    return sym_is(b, SYM_F_NEGATIVE) ? sym_sub(hi, lo) : sym_add(hi, lo);
}

static bool has_radical(const Sym *e)
{
    if (e->kind == SYM_POW && sym_is_rational(e->args[1]) && e->args[1]->kind != SYM_INTEGER)
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (has_radical(e->args[i]))
            return true;
    return false;
}

static Sym *sqrtdenest(Sym *e)
{
    if (!e->n || e->kind > SYM_FN)
        return e;
    Sym **a = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        a[i] = sqrtdenest(e->args[i]);
    e = sym_rebuild(e, a);
    if (e->kind != SYM_POW || !sym_eq(e->args[1], sym_half) || !has_radical(e->args[0]) || sym_has_symbols(e))
        return e;
    Sym *r = denest(e->args[0]);
    if (r)
        return r;
    if (e->args[0]->kind == SYM_ADD && e->args[0]->n == 2)
        return e;        /* a + b*sqrt(c) that does not denest */
    exc_raisef(&type_NotImplementedError, "tirbox: sqrtdenest of %s is not supported", sym_str(e));
}

static Obj *f_sqrtdenest(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("sqrtdenest", nargs, 1, 2);
    return sympy_wrap(sqrtdenest(sympy_sympify(args[0])));
}

static Obj *f_expand_trig(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("expand_trig", nargs, 1, 2);
    return sympy_wrap(sym_expand_trig(sympy_sympify(args[0])));
}

/* linear_eq_to_matrix(equations, *symbols): A and b of A*x = b. */
static Obj *f_linear_eq_to_matrix(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs < 2)
        exc_raisef(&type_ValueError, "linear_eq_to_matrix() requires symbols");
    Obj *eqs = list_check(args[0]) || tuple_check(args[0]) ? tuple_from_iterable(args[0]) : tuple_pack(1, args[0]);
    Obj *syms = nargs == 2 && (list_check(args[1]) || tuple_check(args[1])) ? tuple_from_iterable(args[1])
                                                                         : tuple_from_array(args + 1, (size_t)nargs - 1);
    size_t m = tuple_len(eqs), n = tuple_len(syms);
    Sym **xs = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t j = 0; j < n; j++)
        xs[j] = sympy_sympify(tuple_get(syms, j));
    Sym **a = gc_alloc((m * n > 0 ? m * n : 1) * sizeof(Sym *)), **b = gc_alloc((m ? m : 1) * sizeof(Sym *));
    for (size_t i = 0; i < m; i++) {
        Sym *e = sympy_sympify(tuple_get(eqs, i)), *c;
        if (e->kind == SYM_REL && e->op == SYM_EQ)
            e = sym_sub(e->args[0], e->args[1]);
        if (!sym_linear_coeffs(sym_expand(e), n, xs, a + i * n, &c))
            exc_raisef(&type_ValueError, "tirbox: linear_eq_to_matrix: %s is not linear in the symbols", sym_str(e));
        b[i] = sym_neg(c);
    }
    return tuple_pack(2, sympy_wrap(sym_matrix(m, n, a)), sympy_wrap(sym_matrix(m, 1, b)));
}

/* ---- Q and ask ------------------------------------------------------------------------------- */

/* Q.<fact> is a predicate; applied to an expression, ask() reads the engine's assumptions. */
typedef struct PredicateObj {
    Obj base;
    int fact;                /* a SymFact */
    Sym *arg;                /* NULL until applied */
} PredicateObj;

static Type type_predicate, type_applied_predicate;

static Obj *predicate_repr(Obj *self)
{
    PredicateObj *p = (PredicateObj *)self;
    const char *name = sym_fact_name((SymFact)p->fact);
    return p->arg ? str_printf("Q.%s(%s)", name, sym_str(p->arg)) : str_printf("Q.%s", name);
}

static Obj *predicate_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("Predicate", kwnames);
    args_count("Predicate", nargs, 1, 1);
    PredicateObj *p = gc_alloc(sizeof *p);
    p->base.type = &type_applied_predicate;
    p->fact = ((PredicateObj *)self)->fact;
    p->arg = sympy_sympify(args[0]);
    return (Obj *)p;
}

static Type type_predicate = {
    .base = {&type_type},
    .name = "Predicate",
    .module = "sympy.assumptions.assume",
    .basicsize = sizeof(PredicateObj),
    .repr = predicate_repr,
    .call = predicate_call,
};

static Type type_applied_predicate = {
    .base = {&type_type},
    .name = "AppliedPredicate",
    .module = "sympy.assumptions.assume",
    .basicsize = sizeof(PredicateObj),
    .repr = predicate_repr,
};

typedef struct AssumptionKeysObj {
    Obj base;
} AssumptionKeysObj;

static Obj *q_getattr(Obj *self, Obj *name)
{
    (void)self;
    for (int f = 0; f < SYM_F_COUNT; f++)
        if (strcmp(sym_fact_name((SymFact)f), str_cstr(name)) == 0) {
            PredicateObj *p = gc_alloc(sizeof *p);
            p->base.type = &type_predicate;
            p->fact = f;
            return (Obj *)p;
        }
    return NULL;
}

static Obj *q_repr(Obj *self)
{
    (void)self;
    return str_from_cstr("Q");
}

static Type type_assumption_keys = {
    .base = {&type_type},
    .name = "AssumptionKeys",
    .module = "sympy.assumptions.ask",
    .basicsize = sizeof(AssumptionKeysObj),
    .repr = q_repr,
    .getattr = q_getattr,
};

static Obj *f_ask(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"proposition", "assumptions", "context", NULL};
    Obj *a[3];
    args_parse("ask", args, nargs, kwnames, names, 1, a);
    if ((a[1] && a[1] != True) || (a[2] && a[2] != None))
        exc_raisef(&type_NotImplementedError, "tirbox: ask() with assumptions is not supported");
    if (is_small(a[0]) || TYPE(a[0]) != &type_applied_predicate)
        exc_raisef(&type_NotImplementedError, "tirbox: ask() of %s is not supported", str_cstr(obj_repr(a[0])));
    PredicateObj *p = (PredicateObj *)a[0];
    return sympy_tri(sym_ask(p->arg, (SymFact)p->fact));
}

/* ratsimp: the quotient of cancel(e)'s numerator by its denominator, plus the rest cancelled. */
static Obj *f_ratsimp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("ratsimp", nargs, 1, 1);
    Sym *e = sympy_sympify(args[0]), *f, *g, *q, *r;
    if (!sym_has_symbols(e))
        return sympy_wrap(e);
    sym_numer_denom(sym_cancel(e), &f, &g);
    if (!sym_has_symbols(f) && !sym_has_symbols(g))
        return sympy_wrap(sym_div(f, g));
    sym_poly_divide(f, g, &q, &r);
    return sympy_wrap(sym_add(q, sym_cancel(sym_div(r, g))));
}

/* ---- functions ------------------------------------------------------------------------------ */

/* prod(a, start=1): the product of the items with Python's operators (ints stay ints). */
static Obj *f_prod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "start", NULL};
    Obj *a[2];
    args_parse("prod", args, nargs, kwnames, names, 1, a);
    Obj *items = tuple_from_iterable(a[0]), *acc = a[1] ? a[1] : small_new(1);
    for (size_t i = 0; i < tuple_len(items); i++)
        acc = obj_binop(acc, tuple_get(items, i), OP_MUL);
    return acc;
}

static Obj *f_num_digits(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"n", "base", NULL};
    Obj *a[2];
    args_parse("num_digits", args, nargs, kwnames, names, 1, a);
    Sym *n = sympy_sympify(a[0]);
    long base = a[1] ? (long)obj_index_i64(a[1]) : 10;
    if (n->kind != SYM_INTEGER)
        exc_raisef(&type_ValueError, "%s is not an integer", sym_str(n));
    if (base < 2)
        exc_raisef(&type_ValueError, "base must be int greater than 1");
    fmpz_t m;
    fmpz_init(m);
    fmpz_abs(m, n->v.z);
    long digits = 1;
    while (fmpz_cmp_si(m, base) >= 0) {
        fmpz_tdiv_q_si(m, m, base);
        digits++;
    }
    fmpz_clear(m);
    return int_from_i64(digits);
}

/* ordered(seq): the items sorted by node count, then by default_sort_key. */
static Obj *f_ordered(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("ordered", nargs, 1, 4);
    Obj *items = tuple_from_iterable(args[0]);
    size_t n = tuple_len(items);
    Obj **o = gc_alloc((n ? n : 1) * sizeof(Obj *));
    Sym **k = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        o[i] = tuple_get(items, i);
        k[i] = sympy_sympify(o[i]);
    }
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0; j--) {
            size_t a = sym_node_count(k[j - 1]), b = sym_node_count(k[j]);
            if (a < b || (a == b && sym_sort_cmp(k[j - 1], k[j]) <= 0))
                break;
            Sym *ts = k[j];
            k[j] = k[j - 1], k[j - 1] = ts;
            Obj *to = o[j];
            o[j] = o[j - 1], o[j - 1] = to;
        }
    return obj_iter(list_from_array(o, n));
}

static Obj *f_gcd_terms(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("gcd_terms", nargs, 1, 4);
    return sympy_wrap(sym_together(sympy_sympify(args[0])));
}

/* A sum with a term over a symbolic denominator somewhere in e. */
static bool sum_of_fractions(Sym *e)
{
    if (e->kind > SYM_FN)
        return false;
    for (uint32_t i = 0; i < e->n; i++) {
        if (e->kind == SYM_ADD) {
            Sym *num, *den;
            sym_numer_denom(e->args[i], &num, &den);
            if (sym_has_symbols(den))
                return true;
        }
        if (sum_of_fractions(e->args[i]))
            return true;
    }
    return false;
}

static Obj *f_factor_terms(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("factor_terms", nargs, 1, 5);
    Sym *e = sympy_sympify(args[0]);
    /* sympy's factor_terms leaves such sums uncombined (fraction=False); the engine's combines */
    if (sum_of_fractions(e))
        exc_raisef(&type_NotImplementedError, "tirbox: factor_terms() of sums of fractions is not supported");
    return sympy_wrap(sym_factor_terms(e));
}

/* Applies f to every node of e, arguments first. */
static Sym *map_nodes(Sym *e, Sym *(*f)(Sym *))
{
    if (!e->n || e->kind > SYM_FN)
        return f(e);
    Sym **a = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        a[i] = map_nodes(e->args[i], f);
    return f(sym_rebuild(e, a));
}

/* (a + b + ...)**n for a positive integer n, multiplied out; the terms' own factors are not. */
static Sym *multinomial(Sym *e)
{
    if (e->kind != SYM_POW || e->args[0]->kind != SYM_ADD || e->args[1]->kind != SYM_INTEGER ||
        fmpz_sgn(e->args[1]->v.z) <= 0)
        return e;
    Sym *base = e->args[0];
    for (uint32_t i = 0; i < base->n; i++)
        if (!sym_eq(sym_expand(base->args[i]), base->args[i]))
            exc_raisef(&type_NotImplementedError, "tirbox: expand_multinomial() of powers of sums of products of sums is not supported");
    return sym_expand(e);
}

static Obj *f_expand_multinomial(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("expand_multinomial", nargs, 1, 2);
    return sympy_wrap(map_nodes(sympy_sympify(args[0]), multinomial));
}

static Obj *f_expand_power_exp(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    (void)kwnames;
    args_count("expand_power_exp", nargs, 1, 2);
    return sympy_wrap(sym_expand_power_exp(sympy_sympify(args[0])));
}

/* CRootOf(f, index) or CRootOf(f, x, index), also named rootof, RootOf and ComplexRootOf. */
static Obj *f_crootof(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"f", "x", "index", "radicals", "expand", NULL};
    Obj *a[5];
    args_parse("CRootOf", args, nargs, kwnames, names, 2, a);
    Sym *f = sympy_sympify(a[0]), *x = NULL;
    Obj *index = a[1];
    if (a[2]) {
        x = sympy_sympify(a[1]);
        index = a[2];
    } else {
        SymVec fs = sym_free_symbols(f);
        if (fs.n > 1)
            sym_raise(SYM_E_POLYNOMIAL, "only univariate polynomials are allowed");
        x = fs.n ? fs.v[0] : NULL;
    }
    if (!x || (x->kind != SYM_SYMBOL && x->kind != SYM_DUMMY))
        sym_raise(SYM_E_POLYNOMIAL, "generator must be a Symbol");
    Sym *k = sympy_sympify(index);
    if (k->kind != SYM_INTEGER || !fmpz_fits_si(k->v.z))
        exc_raisef(&type_TypeError, "expected an integer root index, got %s", sym_str(k));
    long deg, ki = fmpz_get_si(k->v.z);
    Sym *r = sym_crootof(f, x, ki, &deg);
    if (!r)
        exc_raisef(&type_IndexError, "root index out of [%ld, %ld] range, got %ld", -deg, deg - 1, ki);
    return sympy_wrap(r);
}

static const struct {
    const char *name;
    NativeFn fn;
} funcs[] = {
    {"prod", f_prod}, {"num_digits", f_num_digits}, {"ordered", f_ordered}, {"gcd_terms", f_gcd_terms},
    {"factor_terms", f_factor_terms}, {"expand_multinomial", f_expand_multinomial},
    {"expand_power_exp", f_expand_power_exp}, {"nfloat", f_nfloat}, {"sqrtdenest", f_sqrtdenest},
    {"expand_trig", f_expand_trig}, {"linear_eq_to_matrix", f_linear_eq_to_matrix},
    {"CRootOf", f_crootof}, {"rootof", f_crootof}, {"RootOf", f_crootof}, {"ComplexRootOf", f_crootof},
    {"ask", f_ask}, {"ratsimp", f_ratsimp},
};

void sympy_utils_init(Obj *module)
{
    type_ready(&type_lambda);
    module_add(module, "Lambda", (Obj *)&type_lambda);
    type_ready(&type_predicate);
    type_ready(&type_applied_predicate);
    type_ready(&type_assumption_keys);
    AssumptionKeysObj *q = gc_alloc(sizeof *q);
    q->base.type = &type_assumption_keys;
    module_add(module, "Q", (Obj *)q);
    type_ready(&type_limit);
    module_add(module, "Limit", (Obj *)&type_limit);
    Type *derivative = sympy_class("Derivative");
    derivative->new = derivative_new;
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        module_add_function(module, funcs[i].name, funcs[i].fn);
}

/* ---- placeholders --------------------------------------------------------------------------- */

typedef struct PlaceholderObj {
    Obj base;
    const char *name;
} PlaceholderObj;

_Noreturn static void unsupported(Obj *self)
{
    exc_raisef(&type_NotImplementedError, "tirbox does not support sympy.%s", ((PlaceholderObj *)self)->name);
}

static Obj *placeholder_call(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    unsupported(self);
}

static Obj *placeholder_getattr(Obj *self, Obj *name)
{
    (void)name;
    unsupported(self);
}

static Obj *placeholder_repr(Obj *self) { return str_printf("<unsupported sympy.%s>", ((PlaceholderObj *)self)->name); }

static Type type_placeholder = {
    .base = {&type_type},
    .name = "UnsupportedName",
    .module = "sympy",
    .basicsize = sizeof(PlaceholderObj),
    .repr = placeholder_repr,
    .call = placeholder_call,
    .getattr = placeholder_getattr,
};

/* sympy 1.14's __all__ without its submodules */
static const char all_names[] =
    "sympify SympifyError cacheit Basic Atom preorder_traversal S Expr AtomicExpr UnevaluatedExpr "
    "Symbol Wild Dummy symbols var Number Float Rational Integer NumberSymbol RealNumber igcd "
    "ilcm seterr E I nan oo pi zoo AlgebraicNumber comp mod_inverse Pow integer_nthroot "
    "integer_log trailing Mul prod Add Mod Rel Eq Ne Lt Le Gt Ge Equality GreaterThan LessThan "
    "Unequality StrictGreaterThan StrictLessThan vectorize Lambda WildFunction Derivative diff "
    "FunctionClass Function Subs expand PoleError count_ops expand_mul expand_log expand_func "
    "expand_trig expand_complex expand_multinomial nfloat expand_power_base expand_power_exp "
    "arity PrecisionExhausted N Tuple Dict gcd_terms factor_terms factor_nc evaluate Catalan "
    "EulerGamma GoldenRatio TribonacciConstant bottom_up use postorder_traversal default_sort_key "
    "ordered num_digits to_cnf to_dnf to_nnf And Or Not Xor Nand Nor Implies Equivalent ITE "
    "POSform SOPform simplify_logic bool_map true false satisfiable AppliedPredicate Predicate "
    "AssumptionsContext assuming Q ask register_handler remove_handler refine Poly PurePoly "
    "poly_from_expr parallel_poly_from_expr degree total_degree degree_list LC LM LT pdiv prem "
    "pquo pexquo div rem quo exquo half_gcdex gcdex invert subresultants resultant discriminant "
    "cofactors gcd_list gcd lcm_list lcm terms_gcd trunc monic content primitive compose "
    "decompose sturm gff_list gff sqf_norm sqf_part sqf_list sqf factor_list factor intervals "
    "refine_root count_roots all_roots real_roots nroots ground_roots nth_power_roots_poly cancel "
    "reduced groebner is_zero_dimensional GroebnerBasis poly symmetrize horner interpolate "
    "rational_interpolate viete together BasePolynomialError ExactQuotientFailed "
    "PolynomialDivisionFailed OperationNotSupported HeuristicGCDFailed HomomorphismFailed "
    "IsomorphismFailed ExtraneousFactors EvaluationFailed RefinementFailed CoercionFailed "
    "NotInvertible NotReversible NotAlgebraic DomainError PolynomialError UnificationFailed "
    "GeneratorsError GeneratorsNeeded ComputationFailed UnivariatePolynomialError "
    "MultivariatePolynomialError PolificationFailed OptionError FlagError minpoly "
    "minimal_polynomial primitive_element field_isomorphism to_number_field isolate round_two "
    "prime_decomp prime_valuation galois_group itermonomials Monomial lex grlex grevlex ilex "
    "igrlex igrevlex CRootOf rootof RootOf ComplexRootOf RootSum roots Domain FiniteField "
    "IntegerRing RationalField RealField ComplexField PythonFiniteField GMPYFiniteField "
    "PythonIntegerRing GMPYIntegerRing PythonRational GMPYRationalField AlgebraicField "
    "PolynomialRing FractionField ExpressionDomain FF_python FF_gmpy ZZ_python ZZ_gmpy QQ_python "
    "QQ_gmpy GF FF ZZ QQ ZZ_I QQ_I RR CC EX EXRAW construct_domain swinnerton_dyer_poly "
    "cyclotomic_poly symmetric_poly random_poly interpolating_poly jacobi_poly chebyshevt_poly "
    "chebyshevu_poly hermite_poly hermite_prob_poly legendre_poly laguerre_poly apart apart_list "
    "assemble_partfrac_list Options ring xring vring sring field xfield vfield sfield Order O "
    "limit Limit gruntz series approximants residue EmptySequence SeqPer SeqFormula sequence "
    "SeqAdd SeqMul fourier_series fps difference_delta limit_seq factorial factorial2 rf ff "
    "binomial RisingFactorial FallingFactorial subfactorial carmichael fibonacci lucas motzkin "
    "tribonacci harmonic bernoulli bell euler catalan genocchi andre partition divisor_sigma "
    "legendre_symbol jacobi_symbol kronecker_symbol mobius primenu primeomega totient primepi "
    "reduced_totient sqrt root Min Max Id real_root Rem cbrt re im sign Abs conjugate arg "
    "polar_lift periodic_argument unbranched_argument principal_branch transpose adjoint polarify "
    "unpolarify sin cos tan sec csc cot sinc asin acos atan asec acsc acot atan2 exp_polar exp ln "
    "log LambertW sinh cosh tanh coth sech csch asinh acosh atanh acoth asech acsch floor ceiling "
    "frac Piecewise piecewise_fold piecewise_exclusive erf erfc erfi erf2 erfinv erfcinv erf2inv "
    "Ei expint E1 li Li Si Ci Shi Chi fresnels fresnelc gamma lowergamma uppergamma polygamma "
    "loggamma digamma trigamma multigamma dirichlet_eta zeta lerchphi polylog stieltjes Eijk "
    "LeviCivita KroneckerDelta SingularityFunction DiracDelta Heaviside bspline_basis "
    "bspline_basis_set interpolating_spline besselj bessely besseli besselk hankel1 hankel2 jn yn "
    "jn_zeros hn1 hn2 airyai airybi airyaiprime airybiprime marcumq hyper meijerg appellf1 "
    "legendre assoc_legendre hermite hermite_prob chebyshevt chebyshevu chebyshevu_root "
    "chebyshevt_root laguerre assoc_laguerre gegenbauer jacobi jacobi_normalized Ynm Ynm_c Znm "
    "elliptic_k elliptic_f elliptic_e elliptic_pi beta mathieus mathieuc mathieusprime "
    "mathieucprime riemann_xi betainc betainc_regularized nextprime prevprime prime primerange "
    "randprime Sieve sieve primorial cycle_length composite compositepi isprime divisors "
    "proper_divisors factorint multiplicity perfect_power pollard_pm1 factor_cache pollard_rho "
    "primefactors divisor_count proper_divisor_count factorrat mersenne_prime_exponent is_perfect "
    "is_mersenne_prime is_abundant is_deficient is_amicable is_carmichael abundance npartitions "
    "is_primitive_root is_quad_residue n_order sqrt_mod quadratic_residues primitive_root "
    "nthroot_mod is_nthpow_residue sqrt_mod_iter discrete_log quadratic_congruence "
    "binomial_coefficients binomial_coefficients_list multinomial_coefficients "
    "continued_fraction_periodic continued_fraction_iterator continued_fraction_reduce "
    "continued_fraction_convergents continued_fraction egyptian_fraction product Product "
    "summation Sum fft ifft ntt intt fwht ifwht mobius_transform inverse_mobius_transform "
    "convolution covering_product intersecting_product simplify hypersimp hypersimilar logcombine "
    "separatevars posify besselsimp kroneckersimp signsimp nsimplify FU fu sqrtdenest cse epath "
    "EPath hyperexpand collect rcollect radsimp collect_const fraction numer denom trigsimp "
    "exptrigsimp powsimp powdenest combsimp gammasimp ratsimp ratsimpmodprime Set Interval Union "
    "EmptySet FiniteSet ProductSet Intersection imageset DisjointUnion Complement "
    "SymmetricDifference ImageSet Range ComplexRegion Reals Contains ConditionSet Ordinal "
    "OmegaPower ord0 PowerSet Naturals Naturals0 UniversalSet Integers Rationals Complexes solve "
    "solve_linear_system solve_linear_system_LU solve_undetermined_coeffs nsolve solve_linear "
    "checksol det_quick inv_quick check_assumptions failing_assumptions diophantine rsolve "
    "rsolve_poly rsolve_ratio rsolve_hyper checkodesol classify_ode dsolve homogeneous_order "
    "solve_poly_system factor_system solve_triangulated pde_separate pde_separate_add "
    "pde_separate_mul pdsolve classify_pde checkpdesol ode_order reduce_inequalities "
    "reduce_abs_inequality reduce_abs_inequalities solve_poly_inequality "
    "solve_rational_inequalities solve_univariate_inequality decompogen solveset linsolve "
    "linear_eq_to_matrix nonlinsolve substitution ShapeError NonSquareMatrixError GramSchmidt "
    "casoratian diag eye hessian jordan_cell list2numpy matrix2numpy matrix_multiply_elementwise "
    "ones randMatrix rot_axis1 rot_axis2 rot_axis3 symarray wronskian zeros MutableDenseMatrix "
    "DeferredVector MatrixBase Matrix MutableMatrix MutableSparseMatrix banded "
    "ImmutableDenseMatrix ImmutableSparseMatrix ImmutableMatrix SparseMatrix MatrixSlice "
    "BlockDiagMatrix BlockMatrix FunctionMatrix Identity Inverse MatAdd MatMul MatPow MatrixExpr "
    "MatrixSymbol Trace Transpose ZeroMatrix OneMatrix blockcut block_collapse matrix_symbols "
    "Adjoint hadamard_product HadamardProduct HadamardPower Determinant det diagonalize_vector "
    "DiagMatrix DiagonalMatrix DiagonalOf trace DotProduct kronecker_product KroneckerProduct "
    "PermutationMatrix MatrixPermute Permanent per rot_ccw_axis1 rot_ccw_axis2 rot_ccw_axis3 "
    "rot_givens Point Point2D Point3D Line Ray Segment Line2D Segment2D Ray2D Line3D Segment3D "
    "Ray3D Plane Ellipse Circle Polygon RegularPolygon Triangle rad deg are_similar centroid "
    "convex_hull idiff intersection closest_points farthest_points GeometryError Curve Parabola "
    "flatten group take subsets variations numbered_symbols cartes capture dict_merge prefixes "
    "postfixes sift topological_sort unflatten has_dups has_variety reshape rotations filldedent "
    "lambdify threaded xthreaded public memoize_property timed integrate Integral line_integrate "
    "mellin_transform inverse_mellin_transform MellinTransform InverseMellinTransform "
    "laplace_transform inverse_laplace_transform LaplaceTransform laplace_correspondence "
    "laplace_initial_conds InverseLaplaceTransform fourier_transform inverse_fourier_transform "
    "FourierTransform InverseFourierTransform sine_transform inverse_sine_transform SineTransform "
    "InverseSineTransform cosine_transform inverse_cosine_transform CosineTransform "
    "InverseCosineTransform hankel_transform inverse_hankel_transform HankelTransform "
    "InverseHankelTransform singularityintegrate IndexedBase Idx Indexed "
    "get_contraction_structure get_indices shape MutableDenseNDimArray ImmutableDenseNDimArray "
    "MutableSparseNDimArray ImmutableSparseNDimArray NDimArray tensorproduct tensorcontraction "
    "tensordiagonal derive_by_array permutedims Array DenseNDimArray SparseNDimArray parse_expr "
    "euler_equations singularities is_increasing is_strictly_increasing is_decreasing "
    "is_strictly_decreasing is_monotonic finite_diff_weights apply_finite_diff "
    "differentiate_finite periodicity not_empty_in AccumBounds is_convex stationary_points "
    "minimum maximum Quaternion pager_print pretty pretty_print pprint pprint_use_unicode "
    "pprint_try_use_unicode latex print_latex multiline_latex mathml print_mathml python "
    "print_python pycode ccode print_ccode smtlib_code glsl_code print_glsl cxxcode fcode "
    "print_fcode rcode print_rcode jscode print_jscode julia_code mathematica_code octave_code "
    "rust_code print_gtk preview srepr print_tree StrPrinter sstr sstrrepr TableForm dotprint "
    "maple_code print_maple_code plot textplot plot_backends plot_implicit plot_parametric "
    "init_session init_printing interactive_traversal test doctest";

void sympy_utils_placeholders(Obj *module)
{
    type_ready(&type_placeholder);
    Obj *d = module_dict(module);
    for (const char *p = all_names; *p;) {
        size_t len = strcspn(p, " ");
        char *name = sym_sprintf("%.*s", (int)len, p);
        if (!dict_get_cstr(d, name)) {
            PlaceholderObj *o = gc_alloc(sizeof *o);
            o->base.type = &type_placeholder;
            o->name = name;
            module_add(module, name, (Obj *)o);
        }
        p += len + (p[len] == ' ');
    }
}
