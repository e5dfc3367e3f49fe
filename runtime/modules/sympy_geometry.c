/* runtime/modules/sympy_geometry.c — sympy.geometry (see sympy_geometry.h). */
#include "runtime/modules/sympy_geometry.h"

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
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"

typedef Obj *(*NewFn)(Type *type, Obj **args, int nargs, Obj *kwnames);

typedef enum { GK_ENTITY, GK_POINT, GK_POINT2D, GK_POINT3D, GK_LINEAR, GK_LINE, GK_LINE2D, GK_SEGMENT,
               GK_SEGMENT2D, GK_ELLIPSE, GK_CIRCLE, GK_POLYGON, GK_TRIANGLE, GK_COUNT } GeoKind;

typedef struct GeoObj {
    Obj base;
    size_t n;
    Sym **c;                 /* a point's coordinates */
    size_t np;
    Obj **pts;               /* the defining points of lines, segments, polygons; a circle's center */
    Sym *r;                  /* a circle's radius */
} GeoObj;

static Type geo_types[GK_COUNT];

static GeoObj *G(Obj *o) { return (GeoObj *)o; }

static GeoKind kind_of(const Obj *o)
{
    const Type *t = TYPE(o);
    return t >= geo_types && t < geo_types + GK_COUNT ? (GeoKind)(t - geo_types) : GK_COUNT;
}

static bool is_point(const Obj *o) { return kind_of(o) == GK_POINT2D || kind_of(o) == GK_POINT3D; }
static bool is_linear(const Obj *o) { return kind_of(o) == GK_LINE2D || kind_of(o) == GK_SEGMENT2D; }

static GeoObj *geo_alloc(GeoKind k)
{
    GeoObj *g = gc_alloc(sizeof *g);
    g->base.type = &geo_types[k];
    return g;
}

/* ---- points ------------------------------------------------------------------------------ */

static Obj *point(size_t n, Sym **c)
{
    GeoObj *p = geo_alloc(n == 3 ? GK_POINT3D : GK_POINT2D);
    p->n = n;
    p->c = gc_alloc(n * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        p->c[i] = sym_rationalize_floats(c[i]);    /* Point(0.5, 1) is Point2D(1/2, 1) */
    return (Obj *)p;
}

_Noreturn static void not_coordinates(Obj *o)
{
    exc_raisef(&type_TypeError, "\nExpecting sequence of coordinates, not `%s`",
               sympy_check(o) ? TYPE(o)->name : obj_type_name(o));
}

/* A point from a Point or a sequence of coordinates. */
static Obj *as_point(Obj *o)
{
    if (is_point(o))
        return o;
    if (!list_check(o) && !tuple_check(o))
        not_coordinates(o);
    Obj *t = tuple_from_iterable(o);
    size_t n = tuple_len(t);
    if (n < 2 || n > 3)
        exc_raisef(&type_ValueError, "Point requires 2 or more coordinates or keyword `dim` > 1.");
    Sym **c = gc_alloc(n * sizeof(Sym *));
    for (size_t i = 0; i < n; i++)
        c[i] = sympy_sympify(tuple_get(t, i));
    return point(n, c);
}

static Obj *new_point(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    if (nargs == 1)
        return as_point(args[0]);
    if (nargs < 2 || nargs > 3)
        exc_raisef(&type_ValueError, "Point requires 2 or more coordinates or keyword `dim` > 1.");
    if ((type == &geo_types[GK_POINT2D] && nargs != 2) || (type == &geo_types[GK_POINT3D] && nargs != 3))
        exc_raisef(&type_ValueError, "Nonzero coordinates cannot be removed.");
    Sym **c = gc_alloc((size_t)nargs * sizeof(Sym *));
    for (int i = 0; i < nargs; i++) {
        if (str_check(args[i]))
            not_coordinates(args[i]);
        c[i] = sympy_sympify(args[i]);
    }
    return point((size_t)nargs, c);
}

static Sym *X(Obj *p) { return G(p)->c[0]; }
static Sym *Y(Obj *p) { return G(p)->c[1]; }

static Sym *distance(Obj *p, Obj *q)
{
    SymVec sq = {0, 0, NULL};
    for (size_t i = 0; i < G(p)->n; i++)
        sym_vec_push(&sq, sym_pow_si(sym_sub(G(p)->c[i], G(q)->c[i]), 2));
    return sym_sqrt(sym_add_n(sq.n, sq.v));
}

static Obj *midpoint(Obj *p, Obj *q)
{
    Sym **c = gc_alloc(G(p)->n * sizeof(Sym *));
    for (size_t i = 0; i < G(p)->n; i++)
        c[i] = sym_div(sym_add(G(p)->c[i], G(q)->c[i]), sym_two);
    return point(G(p)->n, c);
}

/* p + q, p - q, or p scaled by k (q NULL). */
static Obj *combine(Obj *p, Obj *q, Sym *k, bool sub)
{
    Sym **c = gc_alloc(G(p)->n * sizeof(Sym *));
    for (size_t i = 0; i < G(p)->n; i++)
        c[i] = q ? (sub ? sym_sub(G(p)->c[i], G(q)->c[i]) : sym_add(G(p)->c[i], G(q)->c[i])) : sym_mul(G(p)->c[i], k);
    return point(G(p)->n, c);
}

static Sym *cross(Obj *a, Obj *b) { return sym_sub(sym_mul(X(a), Y(b)), sym_mul(Y(a), X(b))); }
static Sym *dot(Obj *a, Obj *b)
{
    Sym *s = sym_zero;
    for (size_t i = 0; i < G(a)->n; i++)
        s = sym_add(s, sym_mul(G(a)->c[i], G(b)->c[i]));
    return s;
}

/* ---- lines -------------------------------------------------------------------------------------- */

static Obj *linear(GeoKind k, Obj *p1, Obj *p2)
{
    if (kind_of(p1) == GK_POINT2D && sym_eq(X(p1), X(p2)) && sym_eq(Y(p1), Y(p2)))
        exc_raisef(&type_ValueError, "%s.__new__ requires two unique Points.", k == GK_LINE2D ? "Line" : "Segment");
    GeoObj *g = geo_alloc(k);
    g->np = 2;
    g->pts = gc_alloc(2 * sizeof(Obj *));
    g->pts[0] = p1;
    g->pts[1] = p2;
    return (Obj *)g;
}

static Obj *new_line(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    args_count(type->name, nargs, 2, 2);
    GeoKind k = type == &geo_types[GK_SEGMENT] || type == &geo_types[GK_SEGMENT2D] ? GK_SEGMENT2D : GK_LINE2D;
    return linear(k, as_point(args[0]), as_point(args[1]));
}

/* The coefficients of the line a*x + b*y + c = 0 through its two points (sympy's choice). */
static void line_coeffs(Obj *l, Sym **a, Sym **b, Sym **c)
{
    Obj *p = G(l)->pts[0], *q = G(l)->pts[1];
    *a = sym_sub(Y(p), Y(q));
    *b = sym_sub(X(q), X(p));
    *c = sym_sub(sym_mul(X(p), Y(q)), sym_mul(Y(p), X(q)));
}

static Sym *direction_slope(Obj *l)
{
    Obj *p = G(l)->pts[0], *q = G(l)->pts[1];
    Sym *dx = sym_sub(X(q), X(p)), *dy = sym_sub(Y(q), Y(p));
    return sym_is_zero_num(dx) ? sym_oo : sym_div(dy, dx);
}

/* True when the point lies on the segment's span (for points already on its line). */
static bool within_segment(Obj *s, Obj *p)
{
    if (kind_of(s) != GK_SEGMENT2D)
        return true;
    for (int axis = 0; axis < 2; axis++) {
        Sym *a = G(G(s)->pts[0])->c[axis], *b = G(G(s)->pts[1])->c[axis], *v = G(p)->c[axis];
        int lo = sym_eval_sign(sym_sub(v, a)), hi = sym_eval_sign(sym_sub(v, b));
        if (lo != 2 && hi != 2 && lo * hi > 0)
            return false;
    }
    return true;
}

static Obj *intersect_lines(Obj *l, Obj *m)
{
    Sym *a1, *b1, *c1, *a2, *b2, *c2;
    line_coeffs(l, &a1, &b1, &c1);
    line_coeffs(m, &a2, &b2, &c2);
    Sym *det = sym_simplify(sym_sub(sym_mul(a1, b2), sym_mul(a2, b1)));
    Obj *out = list_new(1);
    if (sym_is_zero_num(det)) {
        /* parallel: the same line when m's point lies on l */
        Sym *on = sym_simplify(sym_add(sym_add(sym_mul(a1, X(G(m)->pts[0])), sym_mul(b1, Y(G(m)->pts[0]))), c1));
        if (sym_is_zero_num(on))
            list_append(out, l);
        return out;
    }
    Sym *c[2] = {sym_simplify(sym_div(sym_sub(sym_mul(b1, c2), sym_mul(b2, c1)), det)),
                 sym_simplify(sym_div(sym_sub(sym_mul(a2, c1), sym_mul(a1, c2)), det))};
    Obj *p = point(2, c);
    if (within_segment(l, p) && within_segment(m, p))
        list_append(out, p);
    return out;
}

/* ---- circles -------------------------------------------------------------------------------- */

static Obj *new_circle(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)type;
    (void)kwnames;
    args_count("Circle", nargs, 2, 2);
    GeoObj *g = geo_alloc(GK_CIRCLE);
    g->np = 1;
    g->pts = gc_alloc(sizeof(Obj *));
    g->pts[0] = as_point(args[0]);
    g->r = sym_rationalize_floats(sympy_sympify(args[1]));
    return (Obj *)g;
}

static Obj *intersect_circle_line(Obj *c, Obj *l)
{
    Sym *t = sym_dummy("t", (SymFacts){0, 0});
    Obj *p = G(l)->pts[0], *q = G(l)->pts[1], *o = G(c)->pts[0];
    Sym *x = sym_add(X(p), sym_mul(t, sym_sub(X(q), X(p)))), *y = sym_add(Y(p), sym_mul(t, sym_sub(Y(q), Y(p))));
    Sym *eq = sym_sub(sym_add(sym_pow_si(sym_sub(x, X(o)), 2), sym_pow_si(sym_sub(y, Y(o)), 2)), sym_pow_si(G(c)->r, 2));
    Sym *roots = sym_solve(eq, 1, &t, false);
    SymVec found = {0};
    for (uint32_t i = 0; i < roots->n; i++) {
        Sym *r = roots->args[i];
        if (!sym_is(r, SYM_F_REAL))
            continue;
        Sym *xy[2] = {sym_simplify(sym_subs(x, t, r)), sym_simplify(sym_subs(y, t, r))};
        if (within_segment(l, point(2, xy)))
            sym_vec_push(&found, sym_tuple(2, xy));
    }
    /* sympy answers list(ordered(points)): a point sorts as the tuple of its coordinates */
    sym_sort_ordered(found.v, found.n);
    Obj *out = list_new(found.n);
    for (size_t i = 0; i < found.n; i++)
        list_append(out, point(2, found.v[i]->args));
    return out;
}

/* Two circles meet where either meets their radical line (the difference of their equations);
 * concentric ones meet nowhere, or everywhere when equal (sympy answers the circle). */
static Obj *intersect_circles(Obj *c, Obj *d)
{
    Obj *o1 = G(c)->pts[0], *o2 = G(d)->pts[0];
    Sym *a = sym_mul(sym_two, sym_sub(X(o2), X(o1))), *b = sym_mul(sym_two, sym_sub(Y(o2), Y(o1)));
    Sym *k = sym_sub(sym_add(sym_add(sym_pow_si(X(o1), 2), sym_pow_si(Y(o1), 2)), sym_pow_si(G(d)->r, 2)),
                     sym_add(sym_add(sym_pow_si(X(o2), 2), sym_pow_si(Y(o2), 2)), sym_pow_si(G(c)->r, 2)));
    if (sym_is_zero_num(a) && sym_is_zero_num(b))
        return sym_is_zero_num(k) ? c : list_new(0);
    Sym *p[2], *q[2];
    if (sym_is_zero_num(b)) {
        p[0] = q[0] = sym_neg(sym_div(k, a));
        p[1] = sym_zero;
        q[1] = sym_one;
    } else {
        p[0] = sym_zero;
        p[1] = sym_neg(sym_div(k, b));
        q[0] = sym_one;
        q[1] = sym_neg(sym_div(sym_add(a, k), b));
    }
    return intersect_circle_line(c, linear(GK_LINE2D, point(2, p), point(2, q)));
}

/* ---- polygons ------------------------------------------------------------------------------- */

static Obj *polygon(size_t n, Obj **pts)
{
    GeoObj *g = geo_alloc(n == 3 ? GK_TRIANGLE : GK_POLYGON);
    g->np = n;
    g->pts = gc_alloc(n * sizeof(Obj *));
    memcpy(g->pts, pts, n * sizeof(Obj *));
    return (Obj *)g;
}

static Obj *new_polygon(Type *type, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    Obj **pts = gc_alloc((nargs ? (size_t)nargs : 1) * sizeof(Obj *));
    size_t n = 0;
    for (int i = 0; i < nargs; i++) {
        Obj *p = as_point(args[i]);
        bool dup = n && sym_eq(X(pts[n - 1]), X(p)) && sym_eq(Y(pts[n - 1]), Y(p));
        if (!dup)
            pts[n++] = p;
    }
    if (type == &geo_types[GK_TRIANGLE] && n != 3)
        exc_raisef(&type_TypeError, "Triangle instances need 3 vertices, got %zu", n);
    if (n < 3)
        exc_raisef(&type_TypeError, "Polygon needs at least 3 distinct points, got %zu", n);
    return polygon(n, pts);
}

static Sym *signed_area(Obj *poly)
{
    GeoObj *g = G(poly);
    Sym *s = sym_zero;
    for (size_t i = 0; i < g->np; i++)
        s = sym_add(s, cross(g->pts[i], g->pts[(i + 1) % g->np]));
    return sym_simplify(sym_div(s, sym_two));
}

static Sym *perimeter(Obj *poly)
{
    GeoObj *g = G(poly);
    SymVec v = {0, 0, NULL};
    for (size_t i = 0; i < g->np; i++)
        sym_vec_push(&v, distance(g->pts[i], g->pts[(i + 1) % g->np]));
    return sym_add_n(v.n, v.v);
}

static Obj *centroid(Obj *poly)
{
    GeoObj *g = G(poly);
    Sym *a = signed_area(poly), *cx = sym_zero, *cy = sym_zero;
    for (size_t i = 0; i < g->np; i++) {
        Obj *p = g->pts[i], *q = g->pts[(i + 1) % g->np];
        Sym *w = cross(p, q);
        cx = sym_add(cx, sym_mul(sym_add(X(p), X(q)), w));
        cy = sym_add(cy, sym_mul(sym_add(Y(p), Y(q)), w));
    }
    Sym *d = sym_mul(sym_int(6), a);
    Sym *c[2] = {sym_simplify(sym_div(cx, d)), sym_simplify(sym_div(cy, d))};
    return point(2, c);
}

/* The interior angle at b between a and c (sympy: 2*pi minus it where the turn is clockwise). */
static Sym *angle_at(Obj *a, Obj *b, Obj *c)
{
    Obj *u = combine(a, b, NULL, true), *v = combine(c, b, NULL, true);
    Sym *cosine = sym_simplify(sym_div(dot(u, v), sym_mul(sym_sqrt(dot(u, u)), sym_sqrt(dot(v, v)))));
    Sym *ang = sym_fn1(SYM_FN_ACOS, cosine);
    Sym *turn = sym_simplify(cross(combine(b, a, NULL, true), combine(c, a, NULL, true)));
    return sym_is(turn, SYM_F_NONPOSITIVE) ? sym_sub(sym_mul(sym_two, sym_pi), ang) : ang;
}

static Obj *triangle_circumcenter(Obj *t)
{
    Obj *a = G(t)->pts[0], *b = G(t)->pts[1], *c = G(t)->pts[2];
    Sym *d = sym_mul(sym_two, sym_add_n(3, (Sym *[]){sym_mul(X(a), sym_sub(Y(b), Y(c))),
                                                      sym_mul(X(b), sym_sub(Y(c), Y(a))),
                                                      sym_mul(X(c), sym_sub(Y(a), Y(b)))}));
    Sym *na = dot(a, a), *nb = dot(b, b), *nc = dot(c, c);
    Sym *ux = sym_add_n(3, (Sym *[]){sym_mul(na, sym_sub(Y(b), Y(c))), sym_mul(nb, sym_sub(Y(c), Y(a))),
                                       sym_mul(nc, sym_sub(Y(a), Y(b)))});
    Sym *uy = sym_add_n(3, (Sym *[]){sym_mul(na, sym_sub(X(c), X(b))), sym_mul(nb, sym_sub(X(a), X(c))),
                                       sym_mul(nc, sym_sub(X(b), X(a)))});
    Sym *xy[2] = {sym_simplify(sym_div(ux, d)), sym_simplify(sym_div(uy, d))};
    return point(2, xy);
}

/* ---- printing and comparison ------------------------------------------------------------------- */

static Obj *geo_str(Obj *self)
{
    GeoObj *g = G(self);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s(", TYPE(self)->name);
    if (is_point(self)) {
        for (size_t i = 0; i < g->n; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", sym_str_nested(g->c[i]));
    } else {
        for (size_t i = 0; i < g->np; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", str_cstr(geo_str(g->pts[i])));
        if (g->r)
            buf_printf(&b, ", %s", sym_str(g->r));
    }
    buf_putc(&b, ')');
    return str_from_cstr(buf_cstr(&b));
}

static Obj *geo_compare(Obj *a, Obj *b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return NotImplemented;
    bool eq = kind_of(b) != GK_COUNT && strcmp(str_cstr(geo_str(a)), str_cstr(geo_str(b))) == 0;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t geo_hash(Obj *self) { return obj_hash(geo_str(self)); }

static Obj *geo_binop(Obj *a, Obj *b, int op)
{
    bool pa = is_point(a), pb = is_point(b);
    int base = OP_BASE(op);
    if (pa && (base == OP_ADD || base == OP_SUB) && (pb || list_check(b) || tuple_check(b)))
        return combine(a, as_point(b), NULL, base == OP_SUB);
    if (!pa && pb && base == OP_ADD && (list_check(a) || tuple_check(a)))
        return combine(b, as_point(a), NULL, false);
    Sym *k = sympy_convert(pa ? b : a);
    if (!k || (!pa && !pb))
        return NotImplemented;
    if (base == OP_MUL)
        return combine(pa ? a : b, NULL, k, false);
    if (base == OP_TRUEDIV && pa)
        return combine(a, NULL, sym_pow_si(k, -1), false);
    return NotImplemented;
}

static Obj *geo_unop(Obj *a, int op)
{
    if (op == UNARY_NEG && is_point(a))
        return combine(a, NULL, sym_neg_one, false);
    return op == UNARY_POS ? a : NotImplemented;
}

static Obj *geo_getitem(Obj *self, Obj *key)
{
    if (!is_point(self))
        exc_raisef(&type_TypeError, "'%s' object is not subscriptable", TYPE(self)->name);
    int64_t i = obj_index_i64(key), n = (int64_t)G(self)->n;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        exc_raisef(&type_IndexError, "tuple index out of range");
    return sympy_wrap(G(self)->c[i]);
}

static Obj *coords(Obj *p)
{
    Obj *t = tuple_new(G(p)->n);
    for (size_t i = 0; i < G(p)->n; i++)
        tuple_items(t)[i] = sympy_wrap(G(p)->c[i]);
    return t;
}

static Obj *geo_iter(Obj *self)
{
    if (!is_point(self))
        exc_raisef(&type_TypeError, "'%s' object is not iterable", TYPE(self)->name);
    return obj_iter(coords(self));
}

static int64_t geo_len(Obj *self)
{
    if (!is_point(self))
        exc_raisef(&type_TypeError, "object of type '%s' has no len()", TYPE(self)->name);
    return (int64_t)G(self)->n;
}

/* ---- methods ---------------------------------------------------------------------------------- */

static void need(bool ok, Obj *self, const char *what)
{
    if (!ok)
        exc_raisef(&type_AttributeError, "'%s' object has no attribute '%s'", TYPE(self)->name, what);
}

static Obj *one_arg(const char *name, Obj **args, int nargs)
{
    args_count(name, nargs, 1, 1);
    return args[0];
}

static Obj *m_distance(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    Obj *o = one_arg("distance", args, nargs);
    Obj *pt = is_point(self) ? self : o, *other = is_point(self) ? o : self;
    if (is_linear(other)) {
        Sym *a, *b, *c;
        line_coeffs(other, &a, &b, &c);
        Sym *num = sym_add(sym_add(sym_mul(a, X(pt)), sym_mul(b, Y(pt))), c);
        return sympy_wrap(sym_simplify(sym_div(sym_fn1(SYM_FN_ABS, num), sym_sqrt(sym_add(sym_pow_si(a, 2), sym_pow_si(b, 2))))));
    }
    need(is_point(pt), self, "distance");
    return sympy_wrap(distance(pt, as_point(other)));
}

static Obj *m_midpoint(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return midpoint(self, as_point(one_arg("midpoint", args, nargs)));
}

static Obj *m_dot(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return sympy_wrap(dot(self, as_point(one_arg("dot", args, nargs))));
}

static Obj *m_evalf(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    need(is_point(self), self, "evalf");
    long dps = nargs ? (long)obj_index_i64(args[0]) : 15;
    GeoObj *p = geo_alloc(kind_of(self));
    p->n = G(self)->n;
    p->c = gc_alloc(p->n * sizeof(Sym *));
    for (size_t i = 0; i < p->n; i++)
        p->c[i] = sym_evalf(G(self)->c[i], dps);
    return (Obj *)p;
}

static Obj *m_is_collinear(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    Obj *first = NULL;
    for (int i = 0; i < nargs; i++) {
        Obj *p = as_point(args[i]);
        if (sym_eq(X(p), X(self)) && sym_eq(Y(p), Y(self)))
            continue;
        if (!first) {
            first = p;
            continue;
        }
        Sym *c = sym_simplify(cross(combine(first, self, NULL, true), combine(p, self, NULL, true)));
        if (!sym_is_zero_num(c))
            return False;
    }
    return True;
}

static Obj *m_equation(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    static const char *const names[] = {"x", "y", NULL};
    Obj *a[2];
    args_parse("equation", args, nargs, kwnames, names, 0, a);
    Sym *x = a[0] ? sympy_sympify(a[0]) : sym_symbol("x", (SymFacts){0, 0});
    Sym *y = a[1] ? sympy_sympify(a[1]) : sym_symbol("y", (SymFacts){0, 0});
    if (kind_of(self) == GK_CIRCLE) {
        Obj *o = G(self)->pts[0];
        return sympy_wrap(sym_sub(sym_add(sym_pow_si(sym_sub(x, X(o)), 2), sym_pow_si(sym_sub(y, Y(o)), 2)),
                                  sym_pow_si(G(self)->r, 2)));
    }
    need(is_linear(self), self, "equation");
    Sym *ca, *cb, *cc;
    line_coeffs(self, &ca, &cb, &cc);
    return sympy_wrap(sym_add(sym_add(sym_mul(ca, x), sym_mul(cb, y)), cc));
}

static Obj *m_intersection(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    Obj *o = one_arg("intersection", args, nargs);
    if (is_linear(self) && is_linear(o))
        return intersect_lines(self, o);
    if (kind_of(self) == GK_CIRCLE && is_linear(o))
        return intersect_circle_line(self, o);
    if (is_linear(self) && kind_of(o) == GK_CIRCLE)
        return intersect_circle_line(o, self);
    if (kind_of(self) == GK_CIRCLE && kind_of(o) == GK_CIRCLE)
        return intersect_circles(self, o);
    exc_raisef(&type_NotImplementedError, "intersection of %s and %s", TYPE(self)->name, TYPE(o)->name);
}

/* Parallel: a1*b2 - a2*b1 == 0; perpendicular: a1*a2 + b1*b2 == 0. */
static Obj *lines_relation(Obj *self, Obj **args, int nargs, bool perpendicular)
{
    Obj *o = one_arg(perpendicular ? "is_perpendicular" : "is_parallel", args, nargs);
    Sym *a1, *b1, *c1, *a2, *b2, *c2;
    line_coeffs(self, &a1, &b1, &c1);
    line_coeffs(o, &a2, &b2, &c2);
    Sym *v = perpendicular ? sym_add(sym_mul(a1, a2), sym_mul(b1, b2)) : sym_sub(sym_mul(a1, b2), sym_mul(a2, b1));
    return bool_from(sym_is_zero_num(sym_simplify(v)));
}

static Obj *m_is_parallel(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return lines_relation(self, args, nargs, false);
}

static Obj *m_is_perpendicular(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return lines_relation(self, args, nargs, true);
}

/* The line through p along (when perpendicular, across) self's direction. */
static Obj *line_through(Obj *self, Obj *p, bool perpendicular)
{
    Obj *d = combine(G(self)->pts[1], G(self)->pts[0], NULL, true);
    if (perpendicular) {
        /* sympy steps one unit off a horizontal or vertical line */
        Sym *c[2] = {sym_is_zero_num(Y(d)) ? sym_zero : sym_is_zero_num(X(d)) ? sym_one : sym_neg(Y(d)),
                     sym_is_zero_num(Y(d)) ? sym_one : sym_is_zero_num(X(d)) ? sym_zero : X(d)};
        d = point(2, c);
    }
    return linear(GK_LINE2D, p, combine(p, d, NULL, false));
}

static Obj *m_perpendicular_line(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return line_through(self, as_point(one_arg("perpendicular_line", args, nargs)), true);
}

static Obj *m_parallel_line(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)kwnames;
    return line_through(self, as_point(one_arg("parallel_line", args, nargs)), false);
}

static Obj *m_perpendicular_bisector(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)kwnames;
    args_count("perpendicular_bisector", nargs, 0, 0);
    return line_through(self, midpoint(G(self)->pts[0], G(self)->pts[1]), true);
}

static Obj *m_is_right(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)args;
    (void)kwnames;
    args_count("is_right", nargs, 0, 0);
    GeoObj *g = G(self);
    for (size_t i = 0; i < 3; i++) {
        Obj *a = g->pts[i], *b = g->pts[(i + 1) % 3], *c = g->pts[(i + 2) % 3];
        if (sym_is_zero_num(sym_simplify(dot(combine(b, a, NULL, true), combine(c, a, NULL, true)))))
            return True;
    }
    return False;
}

/* ---- properties ------------------------------------------------------------------------------- */

static Obj *get_x(Obj *self) { need(is_point(self), self, "x"); return sympy_wrap(X(self)); }
static Obj *get_y(Obj *self) { need(is_point(self), self, "y"); return sympy_wrap(Y(self)); }

static Obj *get_z(Obj *self)
{
    need(kind_of(self) == GK_POINT3D, self, "z");
    return sympy_wrap(G(self)->c[2]);
}

static Obj *get_args(Obj *self)
{
    if (is_point(self))
        return coords(self);
    Obj *t = tuple_new(G(self)->np + (G(self)->r != NULL));
    for (size_t i = 0; i < G(self)->np; i++)
        tuple_items(t)[i] = G(self)->pts[i];
    if (G(self)->r)
        tuple_items(t)[G(self)->np] = sympy_wrap(G(self)->r);
    return t;
}

static Obj *get_p1(Obj *self) { need(is_linear(self), self, "p1"); return G(self)->pts[0]; }
static Obj *get_p2(Obj *self) { need(is_linear(self), self, "p2"); return G(self)->pts[1]; }
static Obj *get_length(Obj *self) { need(kind_of(self) == GK_SEGMENT2D, self, "length"); return sympy_wrap(distance(G(self)->pts[0], G(self)->pts[1])); }

static Obj *get_midpoint(Obj *self)
{
    need(kind_of(self) == GK_SEGMENT2D, self, "midpoint");
    return midpoint(G(self)->pts[0], G(self)->pts[1]);
}

static Obj *get_slope(Obj *self) { need(is_linear(self), self, "slope"); return sympy_wrap(direction_slope(self)); }
static Obj *get_center(Obj *self) { need(kind_of(self) == GK_CIRCLE, self, "center"); return G(self)->pts[0]; }
static Obj *get_radius(Obj *self) { need(kind_of(self) == GK_CIRCLE, self, "radius"); return sympy_wrap(G(self)->r); }

static bool is_polygon(const Obj *o) { return kind_of(o) == GK_POLYGON || kind_of(o) == GK_TRIANGLE; }

static Obj *get_area(Obj *self)
{
    if (kind_of(self) == GK_CIRCLE)
        return sympy_wrap(sym_mul(sym_pi, sym_pow_si(G(self)->r, 2)));
    need(is_polygon(self), self, "area");
    return sympy_wrap(signed_area(self));
}

static Obj *get_circumference(Obj *self)
{
    need(kind_of(self) == GK_CIRCLE, self, "circumference");
    return sympy_wrap(sym_mul(sym_mul(sym_two, sym_pi), G(self)->r));
}

static Obj *get_perimeter(Obj *self) { need(is_polygon(self), self, "perimeter"); return sympy_wrap(perimeter(self)); }

static Obj *get_vertices(Obj *self)
{
    need(is_polygon(self) || is_linear(self), self, "vertices");
    return tuple_from_array(G(self)->pts, G(self)->np);
}

static Obj *get_sides(Obj *self)
{
    need(is_polygon(self), self, "sides");
    GeoObj *g = G(self);
    Obj *l = list_new(g->np);
    for (size_t i = 0; i < g->np; i++)
        list_append(l, linear(GK_SEGMENT2D, g->pts[i], g->pts[(i + 1) % g->np]));
    return l;
}

static Obj *get_centroid(Obj *self) { need(is_polygon(self), self, "centroid"); return centroid(self); }

static Obj *get_angles(Obj *self)
{
    need(is_polygon(self), self, "angles");
    GeoObj *g = G(self);
    Obj *d = dict_new();
    for (size_t i = 0; i < g->np; i++) {
        Obj *a = g->pts[(i + g->np - 2) % g->np], *b = g->pts[(i + g->np - 1) % g->np], *c = g->pts[i];
        dict_set(d, b, sympy_wrap(angle_at(a, b, c)));
    }
    return d;
}

static Obj *get_circumcenter(Obj *self) { need(kind_of(self) == GK_TRIANGLE, self, "circumcenter"); return triangle_circumcenter(self); }

static Obj *get_circumradius(Obj *self)
{
    need(kind_of(self) == GK_TRIANGLE, self, "circumradius");
    return sympy_wrap(sym_simplify(distance(triangle_circumcenter(self), G(self)->pts[0])));
}

static Obj *get_incenter(Obj *self)
{
    need(kind_of(self) == GK_TRIANGLE, self, "incenter");
    GeoObj *g = G(self);
    Sym *side[3], *sum = sym_zero, *cx = sym_zero, *cy = sym_zero;
    for (size_t i = 0; i < 3; i++) {
        side[i] = distance(g->pts[(i + 1) % 3], g->pts[(i + 2) % 3]);   /* opposite vertex i */
        sum = sym_add(sum, side[i]);
        cx = sym_add(cx, sym_mul(side[i], X(g->pts[i])));
        cy = sym_add(cy, sym_mul(side[i], Y(g->pts[i])));
    }
    Sym *c[2] = {sym_simplify(sym_div(cx, sum)), sym_simplify(sym_div(cy, sum))};
    return point(2, c);
}

static Obj *get_inradius(Obj *self)
{
    need(kind_of(self) == GK_TRIANGLE, self, "inradius");
    return sympy_wrap(sym_simplify(sym_div(sym_mul(sym_two, signed_area(self)), perimeter(self))));
}

static Obj *get_orthocenter(Obj *self)
{
    need(kind_of(self) == GK_TRIANGLE, self, "orthocenter");
    GeoObj *g = G(self);
    Obj *o = triangle_circumcenter(self);
    Obj *s = combine(combine(g->pts[0], g->pts[1], NULL, false), g->pts[2], NULL, false);
    Obj *h = combine(s, combine(o, NULL, sym_two, false), NULL, true);
    Sym *c[2] = {sym_simplify(X(h)), sym_simplify(Y(h))};
    return point(2, c);
}

static const MethodDef geo_methods[] = {
    {"distance", m_distance, 0},
    {"midpoint", m_midpoint, 0},
    {"dot", m_dot, 0},
    {"evalf", m_evalf, 0},
    {"n", m_evalf, 0},
    {"is_collinear", m_is_collinear, 0},
    {"equation", m_equation, 0},
    {"intersection", m_intersection, 0},
    {"is_parallel", m_is_parallel, 0},
    {"is_perpendicular", m_is_perpendicular, 0},
    {"perpendicular_line", m_perpendicular_line, 0},
    {"parallel_line", m_parallel_line, 0},
    {"perpendicular_bisector", m_perpendicular_bisector, 0},
    {"is_right", m_is_right, 0},
    {NULL, NULL, 0},
};

static const GetSetDef geo_getsets[] = {
    {"x", get_x, NULL},
    {"y", get_y, NULL},
    {"z", get_z, NULL},
    {"args", get_args, NULL},
    {"p1", get_p1, NULL},
    {"p2", get_p2, NULL},
    {"points", get_vertices, NULL},
    {"slope", get_slope, NULL},
    {"center", get_center, NULL},
    {"radius", get_radius, NULL},
    {"area", get_area, NULL},
    {"circumference", get_circumference, NULL},
    {"perimeter", get_perimeter, NULL},
    {"vertices", get_vertices, NULL},
    {"sides", get_sides, NULL},
    {"centroid", get_centroid, NULL},
    {"angles", get_angles, NULL},
    {"circumcenter", get_circumcenter, NULL},
    {"circumradius", get_circumradius, NULL},
    {"incenter", get_incenter, NULL},
    {"inradius", get_inradius, NULL},
    {"orthocenter", get_orthocenter, NULL},
    {NULL, NULL, NULL},
};

/* A segment's midpoint and length are properties (midpoint is a method of points). */
static const GetSetDef segment_getsets[] = {
    {"midpoint", get_midpoint, NULL},
    {"length", get_length, NULL},
    {NULL, NULL, NULL},
};

/* ---- registration ------------------------------------------------------------------------------ */

static const struct { const char *name, *module; GeoKind base; NewFn new; } geo_classes[GK_COUNT] = {
    [GK_ENTITY] = {"GeometryEntity", "sympy.geometry.entity", GK_COUNT, NULL},
    [GK_POINT] = {"Point", "sympy.geometry.point", GK_ENTITY, new_point},
    [GK_POINT2D] = {"Point2D", "sympy.geometry.point", GK_POINT, new_point},
    [GK_POINT3D] = {"Point3D", "sympy.geometry.point", GK_POINT, new_point},
    [GK_LINEAR] = {"LinearEntity", "sympy.geometry.line", GK_ENTITY, NULL},
    [GK_LINE] = {"Line", "sympy.geometry.line", GK_LINEAR, new_line},
    [GK_LINE2D] = {"Line2D", "sympy.geometry.line", GK_LINE, new_line},
    [GK_SEGMENT] = {"Segment", "sympy.geometry.line", GK_LINEAR, new_line},
    [GK_SEGMENT2D] = {"Segment2D", "sympy.geometry.line", GK_SEGMENT, new_line},
    [GK_ELLIPSE] = {"Ellipse", "sympy.geometry.ellipse", GK_ENTITY, NULL},
    [GK_CIRCLE] = {"Circle", "sympy.geometry.ellipse", GK_ELLIPSE, new_circle},
    [GK_POLYGON] = {"Polygon", "sympy.geometry.polygon", GK_ENTITY, new_polygon},
    [GK_TRIANGLE] = {"Triangle", "sympy.geometry.polygon", GK_POLYGON, new_polygon},
};

void sympy_geometry_init(Obj *module)
{
    for (int k = 0; k < GK_COUNT; k++) {
        Type *t = &geo_types[k];
        t->base.type = &type_type;
        t->name = geo_classes[k].name;
        t->module = geo_classes[k].module;
        t->basicsize = sizeof(GeoObj);
        t->base_type = geo_classes[k].base == GK_COUNT ? NULL : &geo_types[geo_classes[k].base];
        t->new = geo_classes[k].new;
        if (k == GK_ENTITY) {
            t->repr = geo_str;
            t->str = geo_str;
            t->hash = geo_hash;
            t->compare = geo_compare;
            t->binop = geo_binop;
            t->unop = geo_unop;
            t->getitem = geo_getitem;
            t->iter = geo_iter;
            t->len = geo_len;
            t->methods = geo_methods;
            t->getsets = geo_getsets;
        }
        if (k == GK_SEGMENT)
            t->getsets = segment_getsets;
        type_ready(t);
        if (k != GK_ENTITY && k != GK_LINEAR && k != GK_ELLIPSE)
            module_add(module, t->name, (Obj *)t);
    }
}
