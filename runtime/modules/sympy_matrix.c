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
#include "runtime/lang/slice.h"
#include "runtime/lang/str.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "runtime/modules/sympy_methods.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_matrix.h"
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
    size_t n = (size_t)nargs;
    Obj *m = matrix_new_empty(n, n);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            M(m)->v[i * n + j] = i == j ? sympy_sympify(args[i]) : sym_zero;
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
MATRIX_OP(eigenvals, sympy_wrap, sym_matrix_eigenvals)
MATRIX_OP(eigenvects, sympy_result, sym_matrix_eigenvects)
MATRIX_OP(norm, sympy_wrap, sym_matrix_norm)

static Obj *f_det(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    args_no_kw("det", kwnames);
    args_count("det", nargs, 1, 1);
    if (!sympy_matrix_check(args[0]))
        exc_raisef(&type_TypeError, "det() argument must be a Matrix");
    return m_det(args[0], NULL, 0, NULL);
}

static Obj *m_rref(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    NOARGS(rref);
    Sym *piv;
    Sym *r = sym_matrix_rref(m_, &piv);
    return tuple_pack(2, wrap_node(r), sympy_result(piv));
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

static Obj *m_lusolve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("LUsolve", kwnames);
    args_count("LUsolve", nargs, 1, 1);
    return wrap_node(sym_matrix_solve(sympy_matrix_node(self), other_matrix(args[0])));
}

static Obj *m_dot(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("dot", kwnames);
    args_count("dot", nargs, 1, 1);
    return sympy_wrap(sym_matrix_dot(sympy_matrix_node(self), other_matrix(args[0])));
}

static Obj *m_cross(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    args_no_kw("cross", kwnames);
    args_count("cross", nargs, 1, 1);
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
ENTRYWISE(m_simplify, "simplify")
ENTRYWISE(m_expand, "expand")
ENTRYWISE(m_factor, "factor")
ENTRYWISE(m_diff, "diff")

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

static Obj *get_shape(Obj *self) { return tuple_pack(2, int_from_i64((int64_t)M(self)->rows), int_from_i64((int64_t)M(self)->cols)); }
static Obj *get_rows(Obj *self) { return int_from_i64((int64_t)M(self)->rows); }
static Obj *get_cols(Obj *self) { return int_from_i64((int64_t)M(self)->cols); }
static Obj *get_t(Obj *self) { return wrap_node(sym_matrix_transpose(sympy_matrix_node(self))); }
static Obj *get_is_square(Obj *self) { return bool_from(M(self)->rows == M(self)->cols); }

static const MethodDef matrix_methods[] = {
    {"det", m_det, 0},
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
    {NULL, NULL, 0},
};

static const GetSetDef matrix_getsets[] = {
    {"shape", get_shape, NULL},
    {"rows", get_rows, NULL},
    {"cols", get_cols, NULL},
    {"T", get_t, NULL},
    {"is_square", get_is_square, NULL},
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
    module_add_function(module, "eye", f_eye);
    module_add_function(module, "zeros", f_zeros);
    module_add_function(module, "ones", f_ones);
    module_add_function(module, "diag", f_diag);
    module_add_function(module, "det", f_det);
}
