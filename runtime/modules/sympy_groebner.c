/* runtime/modules/sympy_groebner.c — groebner(F, *gens, order=...) and GroebnerBasis objects. */
#include "runtime/modules/sympy_groebner.h"

#include <string.h>

#include "base/buf.h"
#include "base/gc.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_groebner.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"

/* A basis: its elements (tuples of terms, largest first), generators, domain and order names. */
typedef struct GroebnerObj {
    Obj base;
    SymVec polys, gens;
    const char *domain, *order;
} GroebnerObj;

static GroebnerObj *G_(Obj *o) { return (GroebnerObj *)o; }

static Sym *element(GroebnerObj *g, size_t i)
{
    Sym *t = g->polys.v[i];
    return sym_add_n(t->n, t->args);
}

/* sympy prints each element with its terms in the basis's monomial order. */
static Obj *groebner_repr(Obj *self)
{
    GroebnerObj *g = G_(self);
    Buf b;
    buf_init(&b);
    buf_puts(&b, "GroebnerBasis([");
    for (size_t i = 0; i < g->polys.n; i++) {
        Sym *t = g->polys.v[i];
        if (i)
            buf_puts(&b, ", ");
        for (size_t k = 0; k < t->n; k++) {
            const char *s = sym_str(t->args[k]);
            if (k == 0)
                buf_puts(&b, s);
            else if (s[0] == '-')
                buf_printf(&b, " - %s", s + 1);
            else
                buf_printf(&b, " + %s", s);
        }
    }
    buf_puts(&b, "]");
    for (size_t i = 0; i < g->gens.n; i++)
        buf_printf(&b, ", %s", sym_str(g->gens.v[i]));
    buf_printf(&b, ", domain='%s', order='%s')", g->domain, g->order);
    return str_from_cstr(buf_cstr(&b));
}

static Obj *get_exprs(Obj *self)
{
    GroebnerObj *g = G_(self);
    Obj *l = list_new(g->polys.n);
    for (size_t i = 0; i < g->polys.n; i++)
        list_append(l, sympy_wrap(element(g, i)));
    return l;
}

static Obj *get_gens(Obj *self)
{
    GroebnerObj *g = G_(self);
    Obj *t = tuple_new(g->gens.n);
    for (size_t i = 0; i < g->gens.n; i++)
        tuple_items(t)[i] = sympy_wrap(g->gens.v[i]);
    return t;
}

/* Zero-dimensional: every generator has a pure power among the leading monomials. */
static Obj *get_is_zero_dimensional(Obj *self)
{
    GroebnerObj *g = G_(self);
    for (size_t k = 0; k < g->gens.n; k++) {
        bool found = false;
        for (size_t i = 0; i < g->polys.n && !found; i++) {
            Sym *lead = g->polys.v[i]->args[0];
            SymVec fv = sym_free_symbols(lead);
            found = fv.n == 1 && sym_eq(fv.v[0], g->gens.v[k]);
        }
        if (!found)
            return bool_from(false);
    }
    return bool_from(true);
}

static Obj *groebner_iter(Obj *self) { return obj_iter(get_exprs(self)); }

static int64_t groebner_len(Obj *self) { return (int64_t)G_(self)->polys.n; }

static Obj *groebner_getitem(Obj *self, Obj *key) { return obj_getitem(get_exprs(self), key); }

static const GetSetDef groebner_getsets[] = {
    {"exprs", get_exprs, NULL},
    {"args", get_exprs, NULL},
    {"gens", get_gens, NULL},
    {"is_zero_dimensional", get_is_zero_dimensional, NULL},
    {NULL, NULL, NULL},
};

static Type type_groebner = {
    .base = {&type_type},
    .name = "GroebnerBasis",
    .module = "sympy.polys.polytools",
    .basicsize = sizeof(GroebnerObj),
    .repr = groebner_repr,
    .iter = groebner_iter,
    .len = groebner_len,
    .getitem = groebner_getitem,
    .getsets = groebner_getsets,
};

static Obj *f_groebner(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    if (nargs < 1)
        exc_raisef(&type_TypeError, "groebner() missing 1 required positional argument: 'F'");
    Obj *items = tuple_from_iterable(args[0]);
    SymVec fs = {0}, gens = {0};
    for (size_t i = 0; i < tuple_len(items); i++)
        sym_vec_push(&fs, sympy_sympify(tuple_get(items, i)));
    for (int i = 1; i < nargs; i++) {
        Obj *a = args[i];
        if (tuple_check(a) || list_check(a)) {
            Obj *t = tuple_from_iterable(a);
            for (size_t k = 0; k < tuple_len(t); k++)
                sym_vec_push(&gens, sympy_sympify(tuple_get(t, k)));
        } else {
            sym_vec_push(&gens, sympy_sympify(a));
        }
    }
    if (!gens.n) {
        for (size_t i = 0; i < fs.n; i++) {
            SymVec v = sym_poly_gens(sym_expand(fs.v[i]));
            for (size_t j = 0; j < v.n; j++) {
                bool seen = false;
                for (size_t k = 0; k < gens.n; k++)
                    seen |= sym_eq(gens.v[k], v.v[j]);
                if (!seen)
                    sym_vec_push(&gens, v.v[j]);
            }
        }
        sym_sort_gens(&gens);
    }
    if (!gens.n)
        exc_raisef(&type_NotImplementedError, "tirbox: groebner() without generators is not supported");
    const char *order = "lex";
    Obj *o = sympy_kwarg(args, nargs, kwnames, "order");
    if (o)
        order = str_cstr(obj_str(o));
    SymMonoOrder mo;
    if (strcmp(order, "lex") == 0)
        mo = SYM_ORDER_LEX;
    else if (strcmp(order, "grlex") == 0)
        mo = SYM_ORDER_GRLEX;
    else if (strcmp(order, "grevlex") == 0)
        mo = SYM_ORDER_GREVLEX;
    else
        exc_raisef(&type_ValueError, "tirbox: groebner() order %s is not supported", order);
    GroebnerObj *g = gc_alloc(sizeof *g);
    g->base.type = &type_groebner;
    bool integral;
    g->polys = sym_groebner(&fs, &gens, mo, &integral);
    g->gens = gens;
    g->domain = integral ? "ZZ" : "QQ";
    g->order = order;
    return (Obj *)g;
}

void sympy_groebner_init(Obj *module)
{
    type_ready(&type_groebner);
    module_add(module, "GroebnerBasis", (Obj *)&type_groebner);
    module_add_function(module, "groebner", f_groebner);
}
