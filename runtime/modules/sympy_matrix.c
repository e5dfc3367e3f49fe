/* runtime/modules/sympy_matrix.c — sympy's Matrix as an object of the language (see sympy_matrix.h). */
#include "runtime/modules/sympy_matrix.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/set.h"
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_methods.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_matdec.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"

typedef struct MatrixObj {
    Obj base;
    size_t rows, cols;
    Sym **v;                 /* rows * cols entries, row-major */
} MatrixObj;

static Type type_matrix;

static MatrixObj *M(Obj *o) { return (MatrixObj *)o; }

bool sympy_matrix_check(const Obj *o) { return !is_small(o) && obj_is(o, &type_matrix); }

static Obj *matrix_new_empty(size_t rows, size_t cols)
{
    MatrixObj *m = gc_alloc(sizeof *m);
    m->base.type = &type_matrix;
    m->rows = rows;
    m->cols = cols;
    m->v = gc_alloc((rows && cols ? rows * cols : 1) * sizeof(Sym *));
    return (Obj *)m;
}

Sym *sympy_matrix_node(Obj *o) { return sym_matrix(M(o)->rows, M(o)->cols, M(o)->v); }

Obj *sympy_matrix_from_node(Sym *e)
{
    Obj *m = matrix_new_empty(e->v.m.rows, e->v.m.cols);
    if (e->n)
        memcpy(M(m)->v, e->args, e->n * sizeof(Sym *));
    return m;
}

static Obj *wrap_node(Sym *e) { return sympy_matrix_from_node(e); }

/* ---- construction ----------------------------------------------------------------------- */

/* The rows of a nested sequence: a list of lists (rows), a list of scalars (a column), a list of
 * matrices (stacked). */
static Obj *from_rows(Obj *data)
{
    Obj *items = tuple_from_iterable(data);
    size_t n = tuple_len(items);
    if (n == 0)
        return matrix_new_empty(0, 0);
    bool nested = false;
    for (size_t i = 0; i < n; i++) {
        Obj *r = tuple_get(items, i);
        if (list_check(r) || tuple_check(r) || sympy_matrix_check(r))
            nested = true;
    }
    if (!nested) {
        Obj *m = matrix_new_empty(n, 1);
        for (size_t i = 0; i < n; i++)
            M(m)->v[i] = sympy_sympify(tuple_get(items, i));
        return m;
    }
    size_t cols = 0, rows = 0;
    Obj *rowlist = list_new(n);
    for (size_t i = 0; i < n; i++) {
        Obj *r = tuple_get(items, i);
        if (sympy_matrix_check(r)) {
            for (size_t k = 0; k < M(r)->rows; k++) {
                Obj *row = tuple_new(M(r)->cols);
                for (size_t j = 0; j < M(r)->cols; j++)
                    tuple_items(row)[j] = sympy_wrap(M(r)->v[k * M(r)->cols + j]);
                list_append(rowlist, row);
            }
            continue;
        }
        list_append(rowlist, tuple_from_iterable(r));
    }
    rows = list_len(rowlist);
    for (size_t i = 0; i < rows; i++) {
        size_t c = tuple_len(list_get(rowlist, i));
        if (i == 0)
            cols = c;
        else if (c != cols)
            exc_raisef(&type_ValueError, "mismatched dimensions");
    }
    Obj *m = matrix_new_empty(rows, cols);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            M(m)->v[i * cols + j] = sympy_sympify(tuple_get(list_get(rowlist, i), j));
    return m;
}

static Obj *matrix_new(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    args_no_kw("Matrix", kwnames);
    if (nargs == 0)
        return matrix_new_empty(0, 0);
    if (nargs == 1) {
        if (sympy_matrix_check(args[0]))
            return sympy_matrix_from_node(sympy_matrix_node(args[0]));
        return from_rows(args[0]);
    }
    if (nargs == 3) {
        size_t rows = (size_t)obj_index_i64(args[0]), cols = (size_t)obj_index_i64(args[1]);
        Obj *m = matrix_new_empty(rows, cols);
        Obj *f = args[2];
        if (TYPE(f)->call && !list_check(f) && !tuple_check(f)) {
            for (size_t i = 0; i < rows; i++)
                for (size_t j = 0; j < cols; j++)
                    M(m)->v[i * cols + j] = sympy_sympify(obj_call2(f, int_from_i64((int64_t)i), int_from_i64((int64_t)j)));
            return m;
        }
        Obj *flat = tuple_from_iterable(f);
        if (tuple_len(flat) != rows * cols)
            exc_raisef(&type_ValueError, "List length should be equal to rows*columns");
        for (size_t i = 0; i < rows * cols; i++)
            M(m)->v[i] = sympy_sympify(tuple_get(flat, i));
        return m;
    }
    exc_raisef(&type_TypeError, "Data type not understood");
}

static Obj *f_eye(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("eye", kwnames);
    args_count("eye", nargs, 1, 2);
    size_t r = (size_t)obj_index_i64(args[0]), c = nargs > 1 ? (size_t)obj_index_i64(args[1]) : r;
    Obj *m = matrix_new_empty(r, c);
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++)
            M(m)->v[i * c + j] = i == j ? sym_one : sym_zero;
    return m;
}

static Obj *fill(const char *name, Obj **args, int nargs, Obj *kwnames, Sym *value)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 2);
    size_t r = (size_t)obj_index_i64(args[0]), c = nargs > 1 ? (size_t)obj_index_i64(args[1]) : r;
    return wrap_node(sym_matrix_fill(r, c, value));
}

static Obj *f_zeros(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return fill("zeros", args, nargs, kwnames, sym_zero);
}

static Obj *f_ones(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    return fill("ones", args, nargs, kwnames, sym_one);
}

static Obj *f_diag(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("diag", kwnames);
    /* scalars and matrices (blocks) along the diagonal */
    size_t rows = 0, cols = 0;
    for (int k = 0; k < nargs; k++) {
        bool block = sympy_matrix_check(args[k]);
        rows += block ? M(args[k])->rows : 1;
        cols += block ? M(args[k])->cols : 1;
    }
    Obj *m = matrix_new_empty(rows, cols);
    for (size_t i = 0; i < rows * cols; i++)
        M(m)->v[i] = sym_zero;
    size_t r0 = 0, c0 = 0;
    for (int k = 0; k < nargs; k++) {
        if (!sympy_matrix_check(args[k])) {
            M(m)->v[r0 * cols + c0] = sympy_sympify(args[k]);
            r0++, c0++;
            continue;
        }
        MatrixObj *b = M(args[k]);
        for (size_t i = 0; i < b->rows; i++)
            for (size_t j = 0; j < b->cols; j++)
                M(m)->v[(r0 + i) * cols + c0 + j] = b->v[i * b->cols + j];
        r0 += b->rows, c0 += b->cols;
    }
    return m;
}

/* ---- printing, comparison, sequence protocol ---------------------------------------------- */

static Obj *matrix_str(Obj *self) { return str_from_cstr(sym_str(sympy_matrix_node(self))); }
static Obj *matrix_repr(Obj *self) { return str_from_cstr(sym_repr(sympy_matrix_node(self))); }

static Obj *matrix_compare(Obj *a, Obj *b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return NotImplemented;
    bool eq = sympy_matrix_check(b) && sym_eq(sympy_matrix_node(a), sympy_matrix_node(b));
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t matrix_len(Obj *self) { return (int64_t)(M(self)->rows * M(self)->cols); }

static Obj *matrix_iter(Obj *self)
{
    Obj *l = list_new(M(self)->rows * M(self)->cols);
    for (size_t i = 0; i < M(self)->rows * M(self)->cols; i++)
        list_append(l, sympy_wrap(M(self)->v[i]));
    return obj_iter(l);
}

/* The positions an index selects along an axis of length n: one (an int) or a slice's. */
static size_t axis(Obj *key, size_t n, size_t *out, bool *is_slice, const char *what)
{
    if (obj_is(key, &type_slice)) {
        *is_slice = true;
        int64_t start, stop, step;
        int64_t len = slice_indices(key, (int64_t)n, &start, &stop, &step);
        for (int64_t k = 0; k < len; k++)
            out[k] = (size_t)(start + k * step);
        return (size_t)len;
    }
    *is_slice = false;
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        exc_raisef(&type_IndexError, "Index out of range: a[%s]", str_cstr(obj_repr(key)));
    (void)what;
    out[0] = (size_t)i;
    return 1;
}

static Obj *matrix_getitem(Obj *self, Obj *key)
{
    MatrixObj *m = M(self);
    if (tuple_check(key) && tuple_len(key) == 2) {
        size_t *ri = gc_alloc_atomic((m->rows + 1) * sizeof(size_t)), *ci = gc_alloc_atomic((m->cols + 1) * sizeof(size_t));
        bool rs, cs;
        size_t nr = axis(tuple_get(key, 0), m->rows, ri, &rs, "row");
        size_t nc = axis(tuple_get(key, 1), m->cols, ci, &cs, "column");
        if (!rs && !cs)
            return sympy_wrap(m->v[ri[0] * m->cols + ci[0]]);
        Obj *r = matrix_new_empty(nr, nc);
        for (size_t i = 0; i < nr; i++)
            for (size_t j = 0; j < nc; j++)
                M(r)->v[i * nc + j] = m->v[ri[i] * m->cols + ci[j]];
        return r;
    }
    size_t n = m->rows * m->cols;
    if (obj_is(key, &type_slice)) {
        int64_t start, stop, step;
        int64_t len = slice_indices(key, (int64_t)n, &start, &stop, &step);
        Obj *l = list_new((size_t)len);
        for (int64_t k = 0; k < len; k++)
            list_append(l, sympy_wrap(m->v[start + k * step]));
        return l;
    }
    int64_t i = obj_index_i64(key);
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        exc_raisef(&type_IndexError, "index out of range");
    return sympy_wrap(m->v[i]);
}

static void matrix_setitem(Obj *self, Obj *key, Obj *value)
{
    MatrixObj *m = M(self);
    if (!value)
        exc_raisef(&type_TypeError, "'MutableDenseMatrix' object doesn't support item deletion");
    if (tuple_check(key) && tuple_len(key) == 2) {
        size_t *ri = gc_alloc_atomic((m->rows + 1) * sizeof(size_t)), *ci = gc_alloc_atomic((m->cols + 1) * sizeof(size_t));
        bool rs, cs;
        size_t nr = axis(tuple_get(key, 0), m->rows, ri, &rs, "row");
        size_t nc = axis(tuple_get(key, 1), m->cols, ci, &cs, "column");
        if (!rs && !cs) {
            m->v[ri[0] * m->cols + ci[0]] = sympy_sympify(value);
            return;
        }
        Sym *src = sympy_matrix_check(value) ? sympy_matrix_node(value) : sympy_matrix_node(from_rows(value));
        if (src->n == nr * nc) {
            for (size_t i = 0; i < nr; i++)
                for (size_t j = 0; j < nc; j++)
                    m->v[ri[i] * m->cols + ci[j]] = src->args[i * nc + j];
            return;
        }
        exc_raisef(&type_ValueError, "unexpected value: %s", str_cstr(obj_str(value)));
    }
    int64_t n = (int64_t)(m->rows * m->cols), i = obj_index_i64(key);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "index out of range");
    m->v[i] = sympy_sympify(value);
}

/* ---- arithmetic -------------------------------------------------------------------------- */

static Obj *matrix_binop(Obj *a, Obj *b, int op)
{
    bool ma = sympy_matrix_check(a), mb = sympy_matrix_check(b);
    Sym *x = ma ? sympy_matrix_node(a) : sympy_convert(a);
    Sym *y = mb ? sympy_matrix_node(b) : sympy_convert(b);
    if (!ma && (list_check(a) || tuple_check(a)))
        x = sympy_matrix_node(from_rows(a)), ma = true;
    if (!mb && (list_check(b) || tuple_check(b)))
        y = sympy_matrix_node(from_rows(b)), mb = true;
    if (!x || !y)
        return NotImplemented;
    switch (OP_BASE(op)) {
    case OP_ADD:
        if (ma && mb)
            return wrap_node(sym_matrix_add(x, y));
        return NotImplemented;
    case OP_SUB:
        if (ma && mb)
            return wrap_node(sym_matrix_sub(x, y));
        return NotImplemented;
    case OP_MUL:
    case OP_MATMUL:
        if (ma && mb)
            return wrap_node(sym_matrix_mul(x, y));
        if (OP_BASE(op) == OP_MATMUL)
            return NotImplemented;
        return wrap_node(ma ? sym_matrix_scale(x, y) : sym_matrix_scale(y, x));
    case OP_TRUEDIV:
        if (ma && !mb)
            return wrap_node(sym_matrix_scale(x, sym_pow_si(y, -1)));
        return NotImplemented;
    case OP_POW:
        if (ma && !mb && y->kind == SYM_INTEGER)
            return wrap_node(sym_matrix_pow(x, fmpz_get_si(y->v.z)));
        if (ma && !mb && y->kind != SYM_FLOAT)
            return wrap_node(sym_matdec_pow(x, y));
        return NotImplemented;
    default:
        return NotImplemented;
    }
}

static Obj *matrix_unop(Obj *a, int op)
{
    if (op == UNARY_NEG)
        return wrap_node(sym_matrix_scale(sympy_matrix_node(a), sym_neg_one));
    if (op == UNARY_POS)
        return a;
    return NotImplemented;
}

/* ---- methods ---------------------------------------------------------------------------- */

#define NOARGS(name) (void)args; (void)nargs; (void)kwnames; Sym *m_ = sympy_matrix_node(self); (void)m_

/* Methods that hand the matrix to one engine operation. */
#define MATRIX_OP(name, wrap, op)                                        \
    static Obj *m_##name(Obj *self, Obj **args, int nargs, Obj *kwnames) \
    {                                                                    \
        NOARGS(name);                                                    \
        return wrap(op(m_));                                             \
    }
MATRIX_OP(det, sympy_wrap, sym_matrix_det)
MATRIX_OP(inv, wrap_node, sym_matrix_inv)
MATRIX_OP(transpose, wrap_node, sym_matrix_transpose)
MATRIX_OP(adjugate, wrap_node, sym_matrix_adjugate)
MATRIX_OP(trace, sympy_wrap, sym_matrix_trace)
MATRIX_OP(nullspace, sympy_wrap, sym_matrix_nullspace)
MATRIX_OP(columnspace, sympy_wrap, sym_matrix_columnspace)
MATRIX_OP(cofactor_matrix, wrap_node, sym_matrix_cofactor_matrix)
MATRIX_OP(normalized, wrap_node, sym_matrix_normalized)
MATRIX_OP(conjugate, wrap_node, sym_matrix_conjugate)
MATRIX_OP(rowspace, sympy_wrap, sym_matrix_rowspace)
MATRIX_OP(echelon_form, wrap_node, sym_matrix_echelon_form)
MATRIX_OP(pinv, wrap_node, sym_matdec_pinv)
MATRIX_OP(singular_values, sympy_result, sym_matdec_singular_values)

static Obj *f_det(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("det", kwnames);
    args_count("det", nargs, 1, 1);
    if (!sympy_matrix_check(args[0]))
        exc_raisef(&type_TypeError, "det() argument must be a Matrix");
    return m_det(args[0], NULL, 0, NULL);
}

/* A boolean keyword argument, `dflt` when absent. */
static bool kwflag(Obj **args, int nargs, Obj *kwnames, const char *name, bool dflt)
{
    Obj *v = sympy_kwarg(args, nargs, kwnames, name);
    return v ? obj_truth(v) : dflt;
}

static Obj *f_trace(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("trace", kwnames);
    args_count("trace", nargs, 1, 1);
    if (!sympy_matrix_check(args[0]))
        exc_raisef(&type_TypeError, "trace() argument must be a Matrix");
    return m_trace(args[0], NULL, 0, NULL);
}

static Obj *m_rref(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(rref);
    Sym *piv;
    Sym *r = sym_matrix_rref(m_, &piv);
    if (!kwflag(args, nargs, kwnames, "pivots", true))
        return wrap_node(r);
    return tuple_pack(2, wrap_node(r), sympy_result(piv));
}

static Obj *m_norm(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("norm", kwnames);
    args_count("norm", nargs, 0, 1);
    Sym *m = sympy_matrix_node(self);
    bool vector = M(self)->rows == 1 || M(self)->cols == 1;
    if (!nargs || args[0] == None || (str_check(args[0]) && !strcmp(str_cstr(args[0]), "fro")))
        return sympy_wrap(sym_matrix_norm(m));
    Sym *ord = sympy_sympify(args[0]);
    if (sym_eq(ord, sym_int(2))) {
        if (vector)
            return sympy_wrap(sym_matrix_norm(m));
        Sym *sv = sym_matdec_singular_values(m);
        return sympy_wrap(sym_fn(SYM_FN_MAX, sv->n, sv->args));
    }
    return sympy_wrap(sym_matrix_norm_ord(m, ord));
}

static Obj *m_eigenvects(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(eigenvects);
    if (kwflag(args, nargs, kwnames, "simplify", false))
        return sympy_result(sym_matdec_eigenvects_simplified(m_));
    return sympy_result(sym_matrix_eigenvects(m_));
}

static Obj *m_eigenvals(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(eigenvals);
    Sym *ev = sym_matrix_eigenvals(m_);
    if (!kwflag(args, nargs, kwnames, "multiple", false))
        return sympy_wrap(ev);
    Obj *l = list_new(0);
    for (size_t i = 0; i < ev->n; i += 2)
        for (long k = fmpz_get_si(ev->args[i + 1]->v.z); k > 0; k--)
            list_append(l, sympy_wrap(ev->args[i]));
    return l;
}

static Obj *m_rank(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(rank);
    return int_from_i64(sym_matrix_rank(m_));
}

static Sym *other_matrix(Obj *o)
{
    if (sympy_matrix_check(o))
        return sympy_matrix_node(o);
    return sympy_matrix_node(from_rows(o));
}

static Obj *m_dot(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("dot", kwnames);
    args_count("dot", nargs, 1, 1);
    return sympy_wrap(sym_matrix_dot(sympy_matrix_node(self), other_matrix(args[0])));
}

static Obj *m_multiply(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("multiply", kwnames);
    args_count("multiply", nargs, 1, 1);
    return wrap_node(sym_matrix_mul(sympy_matrix_node(self), other_matrix(args[0])));
}

static Obj *m_add(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("add", kwnames);
    args_count("add", nargs, 1, 1);
    return wrap_node(sym_matrix_add(sympy_matrix_node(self), other_matrix(args[0])));
}

static Obj *m_project(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("project", kwnames);
    args_count("project", nargs, 1, 1);
    Sym *v = sympy_matrix_node(self), *u = other_matrix(args[0]);
    return wrap_node(sym_matrix_scale(u, sym_div(sym_matrix_dot(v, u), sym_matrix_dot(u, u))));
}

static Obj *m_cross(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("cross", kwnames);
    args_count("cross", nargs, 1, 1);
    if (!sympy_matrix_check(args[0]))
        exc_raisef(&type_TypeError, "%s must be a Matrix, not <class '%s'>.", str_cstr(obj_str(args[0])), obj_type_name(args[0]));
    return wrap_node(sym_matrix_cross(sympy_matrix_node(self), other_matrix(args[0])));
}

/* A copy of the matrix with f applied to every entry. */
static Obj *map_entries(Obj *self, Sym *(*f)(Sym *, void *), void *ctx)
{
    MatrixObj *m = M(self);
    Obj *r = matrix_new_empty(m->rows, m->cols);
    for (size_t i = 0; i < m->rows * m->cols; i++)
        M(r)->v[i] = f(m->v[i], ctx);
    return r;
}

static Sym *call_entry(Sym *e, void *f) { return sympy_sympify(obj_call1((Obj *)f, sympy_wrap(e))); }

static Obj *m_applyfunc(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("applyfunc", kwnames);
    args_count("applyfunc", nargs, 1, 1);
    return map_entries(self, call_entry, args[0]);
}

/* Calls the expression method `name` on every entry with the same arguments. */
typedef struct MethodCall { const char *name; Obj **args; int nargs; Obj *kwnames; } MethodCall;

static Sym *method_entry(Sym *e, void *ctx)
{
    MethodCall *c = ctx;
    Obj *f = obj_getattr_cstr(sympy_wrap(e), c->name);
    return sympy_sympify(obj_call(f, c->args, c->nargs, c->kwnames));
}

#define ENTRYWISE(fname, pyname)                                            \
    static Obj *fname(Obj *self, Obj **args, int nargs, Obj *kwnames)      \
    {                                                                       \
        MethodCall c = {pyname, args, nargs, kwnames};                      \
        return map_entries(self, method_entry, &c);                         \
    }
ENTRYWISE(m_subs, "subs")
ENTRYWISE(m_evalf, "evalf")
ENTRYWISE(m_expand, "expand")
ENTRYWISE(m_factor, "factor")
ENTRYWISE(m_diff, "diff")
ENTRYWISE(m_xreplace, "xreplace")
ENTRYWISE(m_integrate, "integrate")
ENTRYWISE(m_limit, "limit")
ENTRYWISE(m_doit, "doit")

/* simplify() works in place on the mutable matrix and returns None, as sympy's. */
static Obj *m_simplify(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    MethodCall c = {"simplify", args, nargs, kwnames};
    Obj *r = map_entries(self, method_entry, &c);
    M(self)->v = M(r)->v;
    return None;
}

static Obj *m_tolist(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(tolist);
    MatrixObj *m = M(self);
    Obj *l = list_new(m->rows);
    for (size_t i = 0; i < m->rows; i++) {
        Obj *row = list_new(m->cols);
        for (size_t j = 0; j < m->cols; j++)
            list_append(row, sympy_wrap(m->v[i * m->cols + j]));
        list_append(l, row);
    }
    return l;
}

static Obj *m_row(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("row", kwnames);
    args_count("row", nargs, 1, 1);
    return matrix_getitem(self, tuple_pack(2, args[0], slice_new(None, None, None)));
}

static Obj *m_col(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("col", kwnames);
    args_count("col", nargs, 1, 1);
    return matrix_getitem(self, tuple_pack(2, slice_new(None, None, None), args[0]));
}

static Obj *m_copy(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(copy);
    return sympy_matrix_from_node(m_);
}

static Obj *m_reshape(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("reshape", kwnames);
    args_count("reshape", nargs, 2, 2);
    size_t r = (size_t)obj_index_i64(args[0]), c = (size_t)obj_index_i64(args[1]);
    if (r * c != M(self)->rows * M(self)->cols)
        exc_raisef(&type_ValueError, "Invalid reshape parameters %zu %zu", r, c);
    return wrap_node(sym_matrix(r, c, M(self)->v));
}

static Obj *m_charpoly(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("charpoly", kwnames);
    args_count("charpoly", nargs, 0, 1);
    Sym *x = nargs ? sympy_sympify(args[0]) : sym_symbol("lambda", (SymFacts){0, 0});
    return sympy_wrap(sym_matrix_charpoly(sympy_matrix_node(self), x));
}

/* ---- structure ---------------------------------------------------------------------------- */

/* An index in [-n, n) made non-negative; `bad` when out of range. */
static bool index_in(Obj *o, size_t n, size_t *out)
{
    int64_t i = obj_index_i64(o);
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        return false;
    *out = (size_t)i;
    return true;
}

/* The (i, j) arguments of minor/cofactor/minor_submatrix, checked as sympy does. */
static void minor_args(const char *name, Obj *self, Obj **args, int nargs, Obj *kwnames, size_t *i, size_t *j,
                       bool square)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
    MatrixObj *m = M(self);
    if (square && (m->rows != m->cols || m->rows < 1))
        sym_raise(SYM_E_NONSQUARE, "%s", "");
    if (!index_in(args[0], m->rows, i) || !index_in(args[1], m->cols, j))
        exc_raisef(&type_ValueError, "`i` and `j` must satisfy 0 <= i < ``M.rows`` (%zu)and 0 <= j < ``M.cols`` (%zu).",
                   m->rows, m->cols);
}

static Obj *m_minor_submatrix(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    size_t i, j;
    minor_args("minor_submatrix", self, args, nargs, kwnames, &i, &j, false);
    return wrap_node(sym_matrix_minor_submatrix(sympy_matrix_node(self), i, j));
}

static Obj *m_minor(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    size_t i, j;
    minor_args("minor", self, args, nargs, kwnames, &i, &j, true);
    return sympy_wrap(sym_matrix_det(sym_matrix_minor_submatrix(sympy_matrix_node(self), i, j)));
}

static Obj *m_cofactor(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    size_t i, j;
    minor_args("cofactor", self, args, nargs, kwnames, &i, &j, true);
    /* the sign follows the indices as given: B.cofactor(-1, 0) is -minor(-1, 0) */
    Sym *d = sym_matrix_det(sym_matrix_minor_submatrix(sympy_matrix_node(self), i, j));
    return sympy_wrap((obj_index_i64(args[0]) + obj_index_i64(args[1])) % 2 ? sym_neg(d) : d);
}

/* Matrices side by side (horizontal) or stacked; sympy's hstack/vstack/row_insert/col_insert. */
static Obj *join(Obj *const *parts, size_t n, bool horizontal)
{
    if (n == 0)
        return matrix_new_empty(0, 0);
    size_t rows = 0, cols = 0;
    for (size_t k = 0; k < n; k++) {
        MatrixObj *p = M(parts[k]);
        size_t fixed = horizontal ? p->rows : p->cols, first = horizontal ? M(parts[0])->rows : M(parts[0])->cols;
        if (fixed != first)
            sym_raise(SYM_E_SHAPE, "The matrices have incompatible number of %s (%zu and %zu)",
                      horizontal ? "rows" : "columns", first, fixed);
        rows = horizontal ? p->rows : rows + p->rows;
        cols = horizontal ? cols + p->cols : p->cols;
    }
    Obj *r = matrix_new_empty(rows, cols);
    size_t off = 0;
    for (size_t k = 0; k < n; k++) {
        MatrixObj *p = M(parts[k]);
        for (size_t i = 0; i < p->rows; i++)
            for (size_t j = 0; j < p->cols; j++) {
                size_t ri = horizontal ? i : off + i, cj = horizontal ? off + j : j;
                M(r)->v[ri * cols + cj] = p->v[i * p->cols + j];
            }
        off += horizontal ? p->cols : p->rows;
    }
    return r;
}

static Obj *as_matrix(Obj *o) { return sympy_matrix_check(o) ? o : from_rows(o); }

static Obj *stack(const char *name, Obj **args, int nargs, Obj *kwnames, bool horizontal)
{
    args_no_kw(name, kwnames);
    Obj **parts = gc_alloc(((size_t)nargs + 1) * sizeof(Obj *));
    for (int k = 0; k < nargs; k++)
        parts[k] = as_matrix(args[k]);
    return join(parts, (size_t)nargs, horizontal);
}

static Obj *m_hstack(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)cls;
    return stack("hstack", args, nargs, kwnames, true);
}

static Obj *m_vstack(Obj *cls, Obj **args, int nargs, Obj *kwnames)
{
    (void)cls;
    return stack("vstack", args, nargs, kwnames, false);
}

/* row_insert/col_insert: the positions clamp to [0, n] after a negative one counts from the end. */
static Obj *insert(const char *name, Obj *self, Obj **args, int nargs, Obj *kwnames, bool rows)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
    size_t n = rows ? M(self)->rows : M(self)->cols;
    int64_t pos = obj_index_i64(args[0]);
    if (pos < 0)
        pos += (int64_t)n;
    size_t at = pos < 0 ? 0 : (size_t)pos > n ? n : (size_t)pos;
    Obj *other = as_matrix(args[1]);
    if (n == 0)
        return sympy_matrix_from_node(sympy_matrix_node(other));
    Obj *slice_a = slice_new(None, int_from_i64((int64_t)at), None), *slice_b = slice_new(int_from_i64((int64_t)at), None, None);
    Obj *all = slice_new(None, None, None);
    Obj *a = matrix_getitem(self, rows ? tuple_pack(2, slice_a, all) : tuple_pack(2, all, slice_a));
    Obj *b = matrix_getitem(self, rows ? tuple_pack(2, slice_b, all) : tuple_pack(2, all, slice_b));
    size_t need = rows ? M(self)->cols : M(self)->rows, got = rows ? M(other)->cols : M(other)->rows;
    if (need != got)
        sym_raise(SYM_E_SHAPE, "The matrices have incompatible number of %s (%zu and %zu)",
                  rows ? "columns" : "rows", need, got);
    return join((Obj *[]){a, other, b}, 3, !rows);
}

static Obj *m_row_join(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("row_join", kwnames);
    args_count("row_join", nargs, 1, 1);
    return join((Obj *[]){self, as_matrix(args[0])}, 2, true);
}

static Obj *m_col_join(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("col_join", kwnames);
    args_count("col_join", nargs, 1, 1);
    return join((Obj *[]){self, as_matrix(args[0])}, 2, false);
}

static Obj *m_row_insert(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return insert("row_insert", self, args, nargs, kwnames, true);
}

static Obj *m_col_insert(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return insert("col_insert", self, args, nargs, kwnames, false);
}

/* row_del/col_del: in place, as the mutable matrix does. */
static Obj *delete_line(const char *name, Obj *self, Obj **args, int nargs, Obj *kwnames, bool rows)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 1, 1);
    MatrixObj *m = M(self);
    size_t k;
    if (!index_in(args[0], rows ? m->rows : m->cols, &k))
        exc_raisef(&type_IndexError, "%s %s is out of range.", rows ? "Row" : "Column", str_cstr(obj_repr(args[0])));
    size_t nr = rows ? m->rows - 1 : m->rows, nc = rows ? m->cols : m->cols - 1, t = 0;
    Sym **v = gc_alloc((nr && nc ? nr * nc : 1) * sizeof(Sym *));
    for (size_t i = 0; i < m->rows; i++)
        for (size_t j = 0; j < m->cols; j++)
            if (rows ? i != k : j != k)
                v[t++] = m->v[i * m->cols + j];
    m->v = v;
    m->rows = nr;
    m->cols = nc;
    return None;
}

static Obj *m_row_del(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return delete_line("row_del", self, args, nargs, kwnames, true);
}

static Obj *m_col_del(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return delete_line("col_del", self, args, nargs, kwnames, false);
}

static Obj *swap_lines(const char *name, Obj *self, Obj **args, int nargs, Obj *kwnames, bool rows)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 2, 2);
    MatrixObj *m = M(self);
    size_t n = rows ? m->rows : m->cols, a, b;
    if (!index_in(args[0], n, &a) || !index_in(args[1], n, &b))
        exc_raisef(&type_IndexError, "Index out of range: a[%s]", str_cstr(obj_repr(args[index_in(args[0], n, &a) ? 1 : 0])));
    for (size_t k = 0; k < (rows ? m->cols : m->rows); k++) {
        size_t p = rows ? a * m->cols + k : k * m->cols + a, q = rows ? b * m->cols + k : k * m->cols + b;
        Sym *t = m->v[p];
        m->v[p] = m->v[q];
        m->v[q] = t;
    }
    return None;
}

static Obj *m_row_swap(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return swap_lines("row_swap", self, args, nargs, kwnames, true);
}

static Obj *m_col_swap(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return swap_lines("col_swap", self, args, nargs, kwnames, false);
}

static Obj *m_extract(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("extract", kwnames);
    args_count("extract", nargs, 2, 2);
    MatrixObj *m = M(self);
    Obj *ri = tuple_from_iterable(args[0]), *ci = tuple_from_iterable(args[1]);
    size_t nr = tuple_len(ri), nc = tuple_len(ci);
    size_t *rs = gc_alloc_atomic((nr + 1) * sizeof(size_t)), *cs = gc_alloc_atomic((nc + 1) * sizeof(size_t));
    for (size_t i = 0; i < nr + nc; i++) {
        Obj *o = i < nr ? tuple_get(ri, i) : tuple_get(ci, i - nr);
        if (!index_in(o, i < nr ? m->rows : m->cols, i < nr ? &rs[i] : &cs[i - nr]))
            exc_raisef(&type_IndexError, "Index out of range: a[%s]", str_cstr(obj_repr(o)));
    }
    Obj *r = matrix_new_empty(nr, nc);
    for (size_t i = 0; i < nr; i++)
        for (size_t j = 0; j < nc; j++)
            M(r)->v[i * nc + j] = m->v[rs[i] * m->cols + cs[j]];
    return r;
}

static Obj *m_multiply_elementwise(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("multiply_elementwise", kwnames);
    args_count("multiply_elementwise", nargs, 1, 1);
    MatrixObj *a = M(self);
    if (!sympy_matrix_check(args[0]))
        exc_raisef(&type_AttributeError, "'%s' object has no attribute 'shape'", TYPE(args[0])->name);
    MatrixObj *b = M(args[0]);
    if (a->rows != b->rows || a->cols != b->cols)
        sym_raise(SYM_E_SHAPE, "Matrix shapes must agree (%zu, %zu) != (%zu, %zu)", a->rows, a->cols,
                  b->rows, b->cols);
    Obj *r = matrix_new_empty(a->rows, a->cols);
    for (size_t i = 0; i < a->rows * a->cols; i++)
        M(r)->v[i] = sym_mul(a->v[i], b->v[i]);
    return r;
}

static Obj *m_diagonal(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("diagonal", kwnames);
    args_count("diagonal", nargs, 0, 1);
    MatrixObj *m = M(self);
    int64_t k = nargs ? obj_index_i64(args[0]) : 0;
    SymVec d = {0};
    for (size_t i = 0; i < m->rows; i++) {
        int64_t j = (int64_t)i + k;
        if (j >= 0 && j < (int64_t)m->cols)
            sym_vec_push(&d, m->v[i * m->cols + (size_t)j]);
    }
    return wrap_node(sym_matrix(1, d.n, d.v));
}

static Obj *m_flat(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(flat);
    return list_from_array((Obj *const *)tuple_items(tuple_from_iterable(self)), M(self)->rows * M(self)->cols);
}

/* lower_triangular(k)/upper_triangular(k): entries beyond the k-th diagonal zeroed. */
static Obj *triangular_part(const char *name, Obj *self, Obj **args, int nargs, Obj *kwnames, bool lower)
{
    args_no_kw(name, kwnames);
    args_count(name, nargs, 0, 1);
    int64_t k = nargs ? obj_index_i64(args[0]) : 0;
    MatrixObj *m = M(self);
    Obj *r = matrix_new_empty(m->rows, m->cols);
    for (size_t i = 0; i < m->rows; i++)
        for (size_t j = 0; j < m->cols; j++) {
            int64_t d = (int64_t)j - (int64_t)i;
            M(r)->v[i * m->cols + j] = (lower ? d <= k : d >= k) ? m->v[i * m->cols + j] : sym_zero;
        }
    return r;
}

static Obj *m_lower_triangular(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return triangular_part("lower_triangular", self, args, nargs, kwnames, true);
}

static Obj *m_upper_triangular(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    return triangular_part("upper_triangular", self, args, nargs, kwnames, false);
}

static Obj *m_values(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(values);
    Obj *l = list_new(0);
    for (size_t i = 0; i < m_->n; i++)
        if (!sym_is_zero_num(m_->args[i]))
            list_append(l, sympy_wrap(m_->args[i]));
    return l;
}

static Obj *m_vec(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(vec);
    Sym *t = sym_matrix_transpose(m_);
    return wrap_node(sym_matrix(t->n, 1, t->args));
}

static Obj *m_has(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("has", kwnames);
    Sym *m = sympy_matrix_node(self);
    for (int k = 0; k < nargs; k++)
        if (sym_has(m, sympy_sympify(args[k])))
            return bool_from(true);
    return bool_from(false);
}

static Obj *get_free_symbols(Obj *self)
{
    SymVec v = sym_free_symbols(sympy_matrix_node(self));
    Obj *s = set_new();
    for (size_t i = 0; i < v.n; i++)
        set_add(s, sympy_wrap(v.v[i]));
    return s;
}

/* ---- decompositions and solvers ------------------------------------------------------------ */

static Obj *m_pow(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("pow", kwnames);
    args_count("pow", nargs, 1, 1);
    Obj *r = matrix_binop(self, args[0], OP_POW);
    if (r == NotImplemented)
        exc_raisef(&type_TypeError, "unsupported matrix power: %s", str_cstr(obj_repr(args[0])));
    return r;
}

static Obj *m_ludecomposition(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(LUdecomposition);
    Sym *l, *u;
    Sym *perm = sym_matdec_lu(m_, &l, &u);
    return tuple_pack(3, wrap_node(l), wrap_node(u), sympy_wrap(perm));
}

static Obj *m_qrdecomposition(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(QRdecomposition);
    Sym *r;
    Sym *q = sym_matdec_qr(m_, &r);
    return tuple_pack(2, wrap_node(q), wrap_node(r));
}

static Obj *m_cholesky(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(cholesky);
    return wrap_node(sym_matdec_cholesky(m_, kwflag(args, nargs, kwnames, "hermitian", true)));
}

static Obj *m_ldldecomposition(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(LDLdecomposition);
    Sym *d;
    Sym *l = sym_matdec_ldl(m_, kwflag(args, nargs, kwnames, "hermitian", true), &d);
    return tuple_pack(2, wrap_node(l), wrap_node(d));
}

static Obj *m_diagonalize(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(diagonalize);
    Sym *d;
    Sym *p = sym_matdec_diagonalize(m_, kwflag(args, nargs, kwnames, "normalize", false), &d);
    return tuple_pack(2, wrap_node(p), wrap_node(d));
}

MATRIX_OP(exp, wrap_node, sym_matdec_exp)
MATRIX_OP(condition_number, sympy_wrap, sym_matdec_condition_number)

/* A solver taking one right-hand side. */
#define SOLVER(fname, pyname, call)                                       \
    static Obj *fname(Obj *self, Obj **args, int nargs, Obj *kwnames)     \
    {                                                                     \
        args_no_kw(pyname, kwnames);                                      \
        args_count(pyname, nargs, 1, 1);                                  \
        Sym *a = sympy_matrix_node(self), *b = other_matrix(args[0]);     \
        return wrap_node(call);                                           \
    }
SOLVER(m_least_squares, "solve_least_squares", sym_matdec_least_squares(a, b))
SOLVER(m_lower_triangular_solve, "lower_triangular_solve", sym_matdec_triangular_solve(a, b, true))
SOLVER(m_upper_triangular_solve, "upper_triangular_solve", sym_matdec_triangular_solve(a, b, false))
SOLVER(m_lusolve, "LUsolve", sym_matrix_solve(a, b))

/* QRsolve, cholesky_solve, LDLsolve: the exact solution of a square system, the least-squares one
 * of a tall system. */
SOLVER(m_square_or_ls_solve, "solve", a->v.m.rows == a->v.m.cols ? sym_matrix_solve(a, b) : sym_matdec_least_squares(a, b))

static Obj *m_jordan_form(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(jordan_form);
    Sym *p;
    Sym *j = sym_matdec_jordan_form(m_, &p);
    if (!kwflag(args, nargs, kwnames, "calc_transform", true))
        return wrap_node(j);
    return tuple_pack(2, wrap_node(p), wrap_node(j));
}

static Obj *m_is_diagonalizable(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(is_diagonalizable);
    return bool_from(sym_matdec_is_diagonalizable(m_));
}

static Obj *m_gauss_jordan_solve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("gauss_jordan_solve", kwnames);
    args_count("gauss_jordan_solve", nargs, 1, 1);
    Sym *params;
    Sym *x = sym_matdec_gauss_jordan_solve(sympy_matrix_node(self), other_matrix(args[0]), &params);
    return tuple_pack(2, wrap_node(x), wrap_node(params));
}

static Obj *m_inv_mod(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("inv_mod", kwnames);
    args_count("inv_mod", nargs, 1, 1);
    return wrap_node(sym_matdec_inv_mod(sympy_matrix_node(self), sympy_sympify(args[0])));
}

/* The variables of jacobian/hessian: a sequence or a vector. */
static Sym *variables(Obj *o)
{
    if (sympy_matrix_check(o))
        return sympy_matrix_node(o);
    Obj *t = tuple_from_iterable(o);
    size_t n = tuple_len(t);
    Sym **v = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        v[i] = sympy_sympify(tuple_get(t, i));
    return sym_matrix(n, 1, v);
}

static Obj *m_jacobian(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("jacobian", kwnames);
    args_count("jacobian", nargs, 1, 1);
    MatrixObj *f = M(self);
    if (f->rows != 1 && f->cols != 1)
        exc_raisef(&type_TypeError, "``self`` must be a row or a column matrix");
    Sym *x = variables(args[0]);
    size_t n = f->rows * f->cols;
    Obj *r = matrix_new_empty(n, x->n);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < x->n; j++)
            M(r)->v[i * x->n + j] = sym_diff(f->v[i], x->args[j]);
    return r;
}

static Obj *f_hessian(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("hessian", kwnames);
    args_count("hessian", nargs, 2, 2);
    Sym *f = sympy_sympify(args[0]), *x = variables(args[1]);
    size_t n = x->n;
    Obj *r = matrix_new_empty(n, n);
    for (size_t i = 0; i < n; i++) {
        Sym *d = sym_diff(f, x->args[i]);
        for (size_t j = i; j < n; j++)
            M(r)->v[i * n + j] = M(r)->v[j * n + i] = sym_diff(d, x->args[j]);
    }
    return r;
}

static Obj *f_wronskian(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("wronskian", kwnames);
    args_count("wronskian", nargs, 2, 3);
    Obj *fs = tuple_from_iterable(args[0]);
    size_t n = tuple_len(fs);
    if (n == 0)
        return sympy_wrap(sym_one);
    Sym *x = sympy_sympify(args[1]);
    Obj *w = matrix_new_empty(n, n);
    for (size_t j = 0; j < n; j++) {
        Sym *f = sympy_sympify(tuple_get(fs, j));
        for (size_t i = 0; i < n; i++) {
            M(w)->v[i * n + j] = f;
            f = sym_diff(f, x);
        }
    }
    return sympy_wrap(sym_matrix_det(sympy_matrix_node(w)));
}

/* Matrix.eye/zeros/ones/diag as class methods. */
static Obj *c_eye(Obj *cls, Obj **args, int nargs, Obj *kwnames) { return f_eye(cls, args, nargs, kwnames); }
static Obj *c_zeros(Obj *cls, Obj **args, int nargs, Obj *kwnames) { return f_zeros(cls, args, nargs, kwnames); }
static Obj *c_ones(Obj *cls, Obj **args, int nargs, Obj *kwnames) { return f_ones(cls, args, nargs, kwnames); }
static Obj *c_diag(Obj *cls, Obj **args, int nargs, Obj *kwnames) { return f_diag(cls, args, nargs, kwnames); }

static Obj *f_gramschmidt(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("GramSchmidt", kwnames);
    args_count("GramSchmidt", nargs, 1, 2);
    Obj *vs = tuple_from_iterable(args[0]);
    bool orthonormal = nargs > 1 && obj_truth(args[1]);
    size_t n = tuple_len(vs);
    Obj *out = list_new(n);
    for (size_t i = 0; i < n; i++) {
        Sym *v = other_matrix(tuple_get(vs, i)), *u = v;
        for (size_t k = 0; k < i; k++) {
            Sym *w = sympy_matrix_node(list_get(out, k));
            Sym *c = sym_div(sym_matrix_dot(w, v), sym_matrix_dot(w, w));
            u = sym_matrix_sub(u, sym_matrix_scale(w, c));
        }
        bool zero = true;
        for (size_t k = 0; k < u->n && zero; k++)
            zero = sym_matrix_entry_is_zero(u->args[k]);
        if (zero)
            exc_raisef(&type_ValueError, "GramSchmidt: vector set not linearly independent");
        list_append(out, wrap_node(u));
    }
    if (orthonormal)
        for (size_t i = 0; i < n; i++)
            list_items(out)[i] = (wrap_node(sym_matrix_normalized(sympy_matrix_node(list_get(out, i)))));
    return out;
}

/* ---- predicates -------------------------------------------------------------------------- */

/* Whether every entry selected by keep(i, j) of A - f(A) is zero: True, False or None. */
static Obj *all_zero(Obj *self, Sym *other, bool (*keep)(size_t, size_t))
{
    Sym *m = sympy_matrix_node(self);
    bool unknown = false;
    for (size_t i = 0; i < M(self)->rows; i++)
        for (size_t j = 0; j < M(self)->cols; j++) {
            if (keep && !keep(i, j))
                continue;
            Sym *d = other ? sym_sub(sym_matrix_at(m, i, j), sym_matrix_at(other, i, j)) : sym_matrix_at(m, i, j);
            if (sym_matrix_entry_is_zero(d))
                continue;
            if (sym_is_number(d) || !sym_has_symbols(d))
                return bool_from(false);
            unknown = true;
        }
    return unknown ? None : bool_from(true);
}

static bool below(size_t i, size_t j) { return i > j; }
static bool above(size_t i, size_t j) { return i < j; }
static bool off_diagonal(size_t i, size_t j) { return i != j; }

static Obj *m_is_symmetric(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(is_symmetric);
    if (M(self)->rows != M(self)->cols)
        return bool_from(false);
    return all_zero(self, sym_matrix_transpose(m_), NULL);
}

static Obj *m_is_anti_symmetric(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(is_anti_symmetric);
    if (M(self)->rows != M(self)->cols)
        return bool_from(false);
    return all_zero(self, sym_matrix_scale(sym_matrix_transpose(m_), sym_neg_one), NULL);
}

static Obj *m_is_diagonal(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(is_diagonal);
    return all_zero(self, NULL, off_diagonal);
}

static Obj *m_is_nilpotent(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(is_nilpotent);
    if (M(self)->rows != M(self)->cols)
        sym_raise(SYM_E_NONSQUARE, "Nilpotency is valid only for square matrices");
    Sym *x = sym_dummy("x", (SymFacts){0, 0});
    Sym *p = sym_matrix_charpoly(m_, x);
    return bool_from(sym_eq(p, sym_pow_si(x, (long)M(self)->rows)));
}

static Obj *get_is_upper(Obj *self) { return all_zero(self, NULL, below); }
static Obj *get_is_lower(Obj *self) { return all_zero(self, NULL, above); }
static Obj *get_is_zero_matrix(Obj *self) { return all_zero(self, NULL, NULL); }

static Obj *get_is_hermitian(Obj *self)
{
    if (M(self)->rows != M(self)->cols)
        return bool_from(false);
    Sym *m = sympy_matrix_node(self);
    return all_zero(self, sym_matrix_conjugate(sym_matrix_transpose(m)), NULL);
}

static Obj *definite(Obj *self, int sign, bool semi)
{
    return sympy_tri(sym_matdec_definite(sympy_matrix_node(self), sign, semi));
}

static Obj *get_is_positive_definite(Obj *self) { return definite(self, 1, false); }
static Obj *get_is_positive_semidefinite(Obj *self) { return definite(self, 1, true); }
static Obj *get_is_negative_definite(Obj *self) { return definite(self, -1, false); }
static Obj *get_is_negative_semidefinite(Obj *self) { return definite(self, -1, true); }

static Obj *get_is_indefinite(Obj *self)
{
    Sym *m = sympy_matrix_node(self);
    SymTri pos = sym_matdec_definite(m, 1, true), neg = sym_matdec_definite(m, -1, true);
    if (pos == SYM_YES || neg == SYM_YES)
        return bool_from(false);
    return pos == SYM_NO && neg == SYM_NO ? bool_from(true) : None;
}

static Obj *get_is_matrix(Obj *self)
{
    (void)self;
    return bool_from(true);
}

static Obj *get_h(Obj *self) { return wrap_node(sym_matrix_conjugate(sym_matrix_transpose(sympy_matrix_node(self)))); }

static Obj *m_adjoint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(adjoint);
    return get_h(self);
}

static Obj *get_shape(Obj *self) { return tuple_pack(2, int_from_i64((int64_t)M(self)->rows), int_from_i64((int64_t)M(self)->cols)); }
static Obj *get_rows(Obj *self) { return int_from_i64((int64_t)M(self)->rows); }
static Obj *get_cols(Obj *self) { return int_from_i64((int64_t)M(self)->cols); }
static Obj *get_t(Obj *self) { return wrap_node(sym_matrix_transpose(sympy_matrix_node(self))); }
static Obj *get_is_square(Obj *self) { return bool_from(M(self)->rows == M(self)->cols); }

static const MethodDef matrix_methods[] = {
    {"det", m_det, 0},
    {"berkowitz_det", m_det, 0},
    {"inv", m_inv, 0},
    {"inverse", m_inv, 0},
    {"transpose", m_transpose, 0},
    {"adjugate", m_adjugate, 0},
    {"trace", m_trace, 0},
    {"rref", m_rref, 0},
    {"rank", m_rank, 0},
    {"nullspace", m_nullspace, 0},
    {"columnspace", m_columnspace, 0},
    {"eigenvals", m_eigenvals, 0},
    {"eigenvects", m_eigenvects, 0},
    {"norm", m_norm, 0},
    {"LUsolve", m_lusolve, 0},
    {"solve", m_lusolve, 0},
    {"dot", m_dot, 0},
    {"cross", m_cross, 0},
    {"project", m_project, 0},
    {"multiply", m_multiply, 0},
    {"add", m_add, 0},
    {"applyfunc", m_applyfunc, 0},
    {"subs", m_subs, 0},
    {"evalf", m_evalf, 0},
    {"n", m_evalf, 0},
    {"simplify", m_simplify, 0},
    {"expand", m_expand, 0},
    {"factor", m_factor, 0},
    {"diff", m_diff, 0},
    {"tolist", m_tolist, 0},
    {"row", m_row, 0},
    {"col", m_col, 0},
    {"copy", m_copy, 0},
    {"reshape", m_reshape, 0},
    {"charpoly", m_charpoly, 0},
    {"pow", m_pow, 0},
    {"normalized", m_normalized, 0},
    {"minor", m_minor, 0},
    {"minor_submatrix", m_minor_submatrix, 0},
    {"cofactor", m_cofactor, 0},
    {"cofactor_matrix", m_cofactor_matrix, 0},
    {"conjugate", m_conjugate, 0},
    {"adjoint", m_adjoint, 0},
    {"rowspace", m_rowspace, 0},
    {"hstack", m_hstack, METH_CLASS},
    {"vstack", m_vstack, METH_CLASS},
    {"row_join", m_row_join, 0},
    {"col_join", m_col_join, 0},
    {"row_insert", m_row_insert, 0},
    {"col_insert", m_col_insert, 0},
    {"row_del", m_row_del, 0},
    {"col_del", m_col_del, 0},
    {"row_swap", m_row_swap, 0},
    {"col_swap", m_col_swap, 0},
    {"extract", m_extract, 0},
    {"multiply_elementwise", m_multiply_elementwise, 0},
    {"diagonal", m_diagonal, 0},
    {"values", m_values, 0},
    {"vec", m_vec, 0},
    {"has", m_has, 0},
    {"xreplace", m_xreplace, 0},
    {"as_immutable", m_copy, 0},
    {"as_mutable", m_copy, 0},
    {"LUdecomposition", m_ludecomposition, 0},
    {"QRdecomposition", m_qrdecomposition, 0},
    {"cholesky", m_cholesky, 0},
    {"LDLdecomposition", m_ldldecomposition, 0},
    {"diagonalize", m_diagonalize, 0},
    {"is_diagonalizable", m_is_diagonalizable, 0},
    {"jordan_form", m_jordan_form, 0},
    {"exp", m_exp, 0},
    {"condition_number", m_condition_number, 0},
    {"solve_least_squares", m_least_squares, 0},
    {"QRsolve", m_square_or_ls_solve, 0},
    {"cholesky_solve", m_square_or_ls_solve, 0},
    {"LDLsolve", m_square_or_ls_solve, 0},
    {"integrate", m_integrate, 0},
    {"limit", m_limit, 0},
    {"doit", m_doit, 0},
    {"flat", m_flat, 0},
    {"lower_triangular", m_lower_triangular, 0},
    {"upper_triangular", m_upper_triangular, 0},
    {"echelon_form", m_echelon_form, 0},
    {"eye", c_eye, METH_CLASS},
    {"zeros", c_zeros, METH_CLASS},
    {"ones", c_ones, METH_CLASS},
    {"diag", c_diag, METH_CLASS},
    {"gauss_jordan_solve", m_gauss_jordan_solve, 0},
    {"lower_triangular_solve", m_lower_triangular_solve, 0},
    {"upper_triangular_solve", m_upper_triangular_solve, 0},
    {"pinv", m_pinv, 0},
    {"singular_values", m_singular_values, 0},
    {"inv_mod", m_inv_mod, 0},
    {"jacobian", m_jacobian, 0},
    {"is_symmetric", m_is_symmetric, 0},
    {"is_anti_symmetric", m_is_anti_symmetric, 0},
    {"is_diagonal", m_is_diagonal, 0},
    {"is_nilpotent", m_is_nilpotent, 0},
    {NULL, NULL, 0},
};

static const GetSetDef matrix_getsets[] = {
    {"shape", get_shape, NULL},
    {"rows", get_rows, NULL},
    {"cols", get_cols, NULL},
    {"T", get_t, NULL},
    {"is_square", get_is_square, NULL},
    {"is_upper", get_is_upper, NULL},
    {"is_lower", get_is_lower, NULL},
    {"is_zero_matrix", get_is_zero_matrix, NULL},
    {"is_hermitian", get_is_hermitian, NULL},
    {"H", get_h, NULL},
    {"is_positive_definite", get_is_positive_definite, NULL},
    {"is_positive_semidefinite", get_is_positive_semidefinite, NULL},
    {"is_negative_definite", get_is_negative_definite, NULL},
    {"is_negative_semidefinite", get_is_negative_semidefinite, NULL},
    {"is_indefinite", get_is_indefinite, NULL},
    {"is_Matrix", get_is_matrix, NULL},
    {"free_symbols", get_free_symbols, NULL},
    {NULL, NULL, NULL},
};

static Type type_matrix = {
    .base = {&type_type},
    .name = "MutableDenseMatrix",
    .module = "sympy.matrices.dense",
    .basicsize = sizeof(MatrixObj),
    .new = matrix_new,
    .repr = matrix_repr,
    .str = matrix_str,
    .hash = list_unhashable,
    .compare = matrix_compare,
    .binop = matrix_binop,
    .unop = matrix_unop,
    .iter = matrix_iter,
    .getitem = matrix_getitem,
    .setitem = matrix_setitem,
    .len = matrix_len,
    .methods = matrix_methods,
    .getsets = matrix_getsets,
};

void sympy_matrix_init(Obj *module)
{
    type_ready(&type_matrix);
    module_add(module, "Matrix", (Obj *)&type_matrix);
    module_add(module, "MutableDenseMatrix", (Obj *)&type_matrix);
    module_add(module, "ImmutableMatrix", (Obj *)&type_matrix);
    module_add(module, "ImmutableDenseMatrix", (Obj *)&type_matrix);
    module_add(module, "MatrixBase", (Obj *)&type_matrix);
    module_add_function(module, "eye", f_eye);
    module_add_function(module, "zeros", f_zeros);
    module_add_function(module, "ones", f_ones);
    module_add_function(module, "diag", f_diag);
    module_add_function(module, "det", f_det);
    module_add_function(module, "trace", f_trace);
    module_add_function(module, "hessian", f_hessian);
    module_add_function(module, "GramSchmidt", f_gramschmidt);
    module_add_function(module, "wronskian", f_wronskian);
}
