/* runtime/modules/sympy_series.c — Taylor series of expressions (see sympy_series.h). */
#include "runtime/modules/sympy_series.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/str.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_limit.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"

/* A truncated series: the terms below the order, and O((x - x0)**n). */
typedef struct SeriesObj {
    Obj base;
    Sym *terms;
    Sym *x, *x0;
    long n;
} SeriesObj;

static SeriesObj *S_(Obj *o) { return (SeriesObj *)o; }

/* With an O() term, sympy's str() orders the other terms the opposite way of a plain sum's. */
static Obj *series_repr(Obj *self)
{
    SeriesObj *s = S_(self);
    size_t n = 0;
    Sym **t = NULL, *one = s->terms;
    if (s->terms->kind == SYM_ADD)
        t = sym_ordered_terms(s->terms, &n);
    else if (!sym_is_zero_num(s->terms)) {
        t = &one;
        n = 1;
    }
    /* a number and a negative term come out of sym_ordered_terms already swapped */
    bool swap = !(n == 2 && sym_is_num(t[0]));
    Buf b;
    buf_init(&b);
    for (size_t k = 0; k < n; k++) {
        size_t i = swap ? n - 1 - k : k;
        const char *ts = sym_str(t[i]);
        if (k == 0)
            buf_puts(&b, ts);
        else if (ts[0] == '-')
            buf_printf(&b, " - %s", ts + 1);
        else
            buf_printf(&b, " + %s", ts);
    }
    Sym *order = sym_pow_si(sym_sub(s->x, s->x0), s->n);
    if (sym_is_zero_num(s->x0))
        buf_printf(&b, "%sO(%s)", n ? " + " : "", sym_str(order));
    else
        buf_printf(&b, "%sO(%s, (%s, %s))", n ? " + " : "", sym_str(order), sym_str(s->x), sym_str(s->x0));
    return str_from_cstr(buf_cstr(&b));
}

static Obj *m_remove_o(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return sympy_wrap(S_(self)->terms);
}

static Obj *series_binop(Obj *a, Obj *b, int op)
{
    (void)a, (void)b, (void)op;
    exc_raisef(&type_NotImplementedError, "tirbox: arithmetic on a series with an O() term is not supported");
}

static const MethodDef series_methods[] = {
    {"removeO", m_remove_o, 0},
    {NULL, NULL, 0},
};

static Type type_series = {
    .base = {&type_type},
    .name = "Add",
    .module = "sympy.core.add",
    .basicsize = sizeof(SeriesObj),
    .repr = series_repr,
    .binop = series_binop,
    .methods = series_methods,
};

static bool undefined(const Sym *e)
{
    if (e->kind == SYM_NAN || e->kind == SYM_COMPLEX_INFINITY || e->kind == SYM_INFINITY ||
        e->kind == SYM_NEG_INFINITY)
        return true;
    for (uint32_t i = 0; i < e->n; i++)
        if (undefined(e->args[i]))
            return true;
    return false;
}

/* The value of d at x0: substituted, or its limit there. */
static Sym *value_at(Sym *d, Sym *x, Sym *x0)
{
    Sym *v = sym_subs(d, x, x0);
    if (!undefined(v))
        return v;
    v = sym_limit(d, x, x0, 1);
    if (undefined(v))
        exc_raisef(&type_NotImplementedError, "tirbox: series() of an expression with a pole (a Laurent series) is not supported");
    return v;
}

Obj *sympy_series_method(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"x", "x0", "n", "dir", "logx", "cdir", NULL};
    Obj *a[6];
    args_parse("series", args, nargs, kwnames, names, 0, a);
    Sym *f = sympy_node(self), *x;
    if (a[0] && a[0] != None) {
        x = sympy_sympify(a[0]);
    } else {
        SymVec fs = sym_free_symbols(f);
        if (fs.n != 1)
            return self;
        x = fs.v[0];
    }
    Sym *x0 = a[1] ? sympy_sympify(a[1]) : sym_zero;
    if (a[2] == None)
        exc_raisef(&type_NotImplementedError, "tirbox: series(n=None) is not supported");
    long n = a[2] ? (long)obj_index_i64(a[2]) : 6;
    if (n < 0)
        exc_raisef(&type_ValueError, "Number of terms should be nonnegative");
    if (a[3] && (!str_check(a[3]) || strcmp(str_cstr(a[3]), "+") != 0))
        exc_raisef(&type_NotImplementedError, "tirbox: series() from below is not supported");
    if (!sym_is_number(x0) || undefined(x0))
        exc_raisef(&type_NotImplementedError, "tirbox: series() about %s is not supported", sym_str(x0));
    if (!sym_has(f, x))
        return self;
    SymVec c = {0};
    if (sym_is_zero_num(x0) && sym_poly_coeffs(f, x, &c) && (long)c.n <= n)
        return self;
    SymVec terms = {0};
    Sym *d = f, *fact = sym_one;
    for (long k = 0; k < n; k++) {
        if (k) {
            d = sym_diff(d, x);
            fact = sym_mul(fact, sym_int(k));
        }
        Sym *v = value_at(d, x, x0);
        if (!sym_is_zero_num(v))
            sym_vec_push(&terms, sym_mul(sym_div(v, fact), sym_pow_si(sym_sub(x, x0), k)));
    }
    SeriesObj *s = gc_alloc(sizeof *s);
    s->base.type = &type_series;
    s->terms = sym_add_n(terms.n, terms.v);
    s->x = x;
    s->x0 = x0;
    s->n = n;
    return (Obj *)s;
}

void sympy_series_init(void) { type_ready(&type_series); }
