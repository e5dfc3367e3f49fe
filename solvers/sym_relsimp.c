/* solvers/sym_relsimp.c — simplify() and canonical form of relations (see sym_relsimp.h). */
#include "solvers/sym_relsimp.h"

#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_order.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_simplify.h"

#define RATIO 1.7        /* simplify()'s default ratio */

static const SymRel flipped[] = {[SYM_EQ] = SYM_EQ, [SYM_NE] = SYM_NE, [SYM_LT] = SYM_GT,
                                 [SYM_LE] = SYM_GE, [SYM_GT] = SYM_LT, [SYM_GE] = SYM_LE};

static bool is_bool_atom(const Sym *e) { return e->kind == SYM_TRUE || e->kind == SYM_FALSE; }

static bool is_zero(Sym *e) { return sym_is_num(e) && sym_ask(e, SYM_F_ZERO) == SYM_YES; }

/* ordered()'s default keys: node count, then default_sort_key. */
static int ordered_cmp(Sym *a, Sym *b)
{
    size_t na = sym_node_count(a), nb = sym_node_count(b);
    if (na != nb)
        return na < nb ? -1 : 1;
    return sym_sort_cmp(a, b);
}

/* Relational.reversed and .reversedsign (unevaluated, as sympy builds them). */
static Sym *reversed(Sym *r) { return sym_rel_raw(flipped[r->op], r->args[1], r->args[0]); }
static Sym *reversedsign(Sym *r) { return sym_rel_raw(flipped[r->op], sym_neg(r->args[0]), sym_neg(r->args[1])); }

Sym *sym_rel_canonical(Sym *r)
{
    if (r->kind != SYM_REL)
        return r;
    Sym *l = r->args[0], *h = r->args[1];
    if (sym_is_number(h)) {
        if (sym_is_num(h) && sym_is_num(l) && sym_num_cmp(l, h) > 0)
            r = reversed(r);
    } else if (sym_is_number(l)) {
        r = reversed(r);
    } else if (ordered_cmp(l, h) > 0) {
        r = reversed(r);
    }
    l = r->args[0], h = r->args[1];
    if (is_bool_atom(l) || is_bool_atom(h))
        return r;
    if (sym_could_extract_minus_sign(l))
        return reversedsign(r);
    if (!sym_is_number(h) && sym_could_extract_minus_sign(h)) {
        /* Eq(x, -y) and Eq(-x, y) get the same form */
        if (ordered_cmp(sym_neg(h), l) < 0)
            return reversedsign(reversed(r));
    }
    return r;
}

/* sympy's _lin_eq2dict: *c the part of a free of xs, d[k] the coefficient of xs[k] (NULL when
 * absent); false on a nonlinear term or a cross term. */
static bool lin_eq2dict(Sym *a, size_t n, Sym *const *xs, Sym **c, Sym **d)
{
    for (size_t k = 0; k < n; k++)
        d[k] = NULL;
    for (size_t k = 0; k < n; k++)
        if (sym_eq(a, xs[k])) {
            *c = sym_zero;
            d[k] = sym_one;
            return true;
        }
    Sym **di = gc_alloc(n * sizeof(Sym *));
    if (a->kind == SYM_ADD) {
        SymVec consts = {0};
        SymVec *terms = gc_alloc(n * sizeof(SymVec));
        for (uint32_t i = 0; i < a->n; i++) {
            Sym *ci;
            if (!lin_eq2dict(a->args[i], n, xs, &ci, di))
                return false;
            sym_vec_push(&consts, ci);
            for (size_t k = 0; k < n; k++)
                if (di[k])
                    sym_vec_push(&terms[k], di[k]);
        }
        *c = sym_add_n(consts.n, consts.v);
        for (size_t k = 0; k < n; k++)
            d[k] = terms[k].n ? sym_add_n(terms[k].n, terms[k].v) : NULL;
        return true;
    }
    if (a->kind == SYM_MUL) {
        Sym **terms = NULL, *terms_coeff = NULL;
        SymVec coeffs = {0};
        for (uint32_t i = 0; i < a->n; i++) {
            Sym *ci;
            if (!lin_eq2dict(a->args[i], n, xs, &ci, di))
                return false;
            bool any = false;
            for (size_t k = 0; k < n; k++)
                any |= di[k] != NULL;
            if (!any) {
                sym_vec_push(&coeffs, ci);
            } else if (!terms) {
                terms = di;
                terms_coeff = ci;
                di = gc_alloc(n * sizeof(Sym *));
            } else {
                return false;        /* a cross term */
            }
        }
        Sym *coeff = sym_mul_n(coeffs.n, coeffs.v);
        if (!terms) {
            *c = coeff;
            return true;
        }
        for (size_t k = 0; k < n; k++)
            d[k] = terms[k] ? sym_mul(coeff, terms[k]) : NULL;
        *c = sym_mul(coeff, terms_coeff);
        return true;
    }
    for (size_t k = 0; k < n; k++)
        if (sym_has(a, xs[k]))
            return false;
    *c = a;
    return true;
}

bool sym_linear_coeffs(Sym *e, size_t n, Sym *const *xs, Sym **coeffs, Sym **constant)
{
    if (!lin_eq2dict(e, n, xs, constant, coeffs))
        return false;
    for (size_t k = 0; k < n; k++)
        if (!coeffs[k])
            coeffs[k] = sym_zero;
    return true;
}

/* count_ops of a relation or boolean: the relation counts one. */
static double measure(Sym *e)
{
    if (is_bool_atom(e))
        return 0;
    if (e->kind == SYM_REL)
        return 1 + (double)sym_count_ops(e->args[0]) + (double)sym_count_ops(e->args[1]);
    return (double)sym_count_ops(e);
}

static Sym *gcd_list(size_t n, Sym *const *v)
{
    Sym *g = sym_zero;
    bool floats = false;
    for (size_t i = 0; i < n; i++) {
        g = sym_gcd(g, v[i]);
        floats |= sym_has_float(v[i]);
    }
    return floats ? sym_evalf(g, 15) : g;        /* over RR the gcd is a Float */
}

/* The relation between a comparable difference and 0, decided; NULL when it cannot be. */
static Sym *decide(SymRel op, Sym *dif)
{
    int s;
    if (sym_is_number(dif) && sym_ask(dif, SYM_F_REAL) == SYM_YES) {
        Sym *v = sym_evalf(dif, 15);
        if (!sym_is_num(v) || v->kind == SYM_NAN)
            return NULL;
        s = sym_num_cmp(v, sym_zero);
    } else if (sym_ask(dif, SYM_F_ZERO) == SYM_YES) {
        s = 0;
    } else {
        return NULL;
    }
    switch (op) {
    case SYM_EQ: return sym_bool(s == 0);
    case SYM_NE: return sym_bool(s != 0);
    case SYM_LT: return sym_bool(s < 0);
    case SYM_LE: return sym_bool(s <= 0);
    case SYM_GT: return sym_bool(s > 0);
    default: return sym_bool(s >= 0);
    }
}

/* One symbol: x op value for a linear relation, terms op constant for a polynomial one. */
static Sym *one_symbol(Sym *r, Sym *x)
{
    SymRel op = (SymRel)r->op;
    Sym *dif = sym_sub(r->args[0], r->args[1]), *m, *b;
    if (sym_linear_coeffs(dif, 1, &x, &m, &b)) {
        if (sym_ask(m, SYM_F_ZERO) != SYM_NO)
            return sym_rel(op, b, sym_zero);
        Sym *v = sym_div(sym_neg(b), m);
        /* dividing by a negative number: canonical puts the symbol back on the left */
        return sym_ask(m, SYM_F_NEGATIVE) == SYM_YES ? sym_rel(op, v, x) : sym_rel(op, x, v);
    }
    SymVec c = {0};
    if (!sym_poly_coeffs(dif, x, &c) || !c.n)
        return r;
    Sym *constant = c.v[c.n - 1];
    c.v[c.n - 1] = sym_zero;
    Sym *scale = gcd_list(c.n, c.v);
    if (sym_ask(scale, SYM_F_ZERO) != SYM_NO)
        return r;
    SymVec terms = {0};
    for (size_t i = 0; i < c.n; i++)
        sym_vec_push(&terms, sym_mul(sym_div(c.v[i], scale), sym_pow_si(x, (long)(c.n - 1 - i))));
    return sym_rel(op, sym_add_n(terms.n, terms.v), sym_div(sym_neg(constant), scale));
}

/* Several symbols: a linear relation as sum op constant, coefficients in lowest terms. */
static Sym *several_symbols(Sym *r, SymVec xs)
{
    SymRel op = (SymRel)r->op;
    for (size_t i = 1; i < xs.n; i++)
        for (size_t j = i; j > 0 && ordered_cmp(xs.v[j - 1], xs.v[j]) > 0; j--) {
            Sym *t = xs.v[j];
            xs.v[j] = xs.v[j - 1], xs.v[j - 1] = t;
        }
    Sym **m = gc_alloc(xs.n * sizeof(Sym *)), *constant;
    if (!sym_linear_coeffs(sym_sub(r->args[0], r->args[1]), xs.n, xs.v, m, &constant))
        return r;
    Sym *scale = gcd_list(xs.n, m);
    if (sym_ask(scale, SYM_F_ZERO) != SYM_NO)
        return sym_rel(op, constant, sym_zero);
    SymVec terms = {0};
    for (size_t i = 0; i < xs.n; i++) {
        Sym *mi = sym_div(m[i], scale);
        if (!is_zero(mi))
            sym_vec_push(&terms, sym_mul(mi, xs.v[i]));
    }
    if (!terms.n)
        return r;
    if (!is_zero(constant))
        return sym_rel(op, sym_add_n(terms.n, terms.v), sym_div(sym_neg(constant), scale));
    /* no constant: the first term stays on the left */
    return sym_rel(op, terms.v[0], sym_neg(sym_add_n(terms.n - 1, terms.v + 1)));
}

/* Relational._eval_simplify */
static Sym *simplify_relational(Sym *self)
{
    SymRel op = (SymRel)self->op;
    Sym *r = sym_rel(op, sym_simplify(self->args[0]), sym_simplify(self->args[1]));
    if (r->kind == SYM_REL) {
        Sym *v = decide(op, sym_sub(r->args[0], r->args[1]));
        if (v) {
            r = v;
        } else {
            r = sym_rel_canonical(r);
            SymVec fs = sym_free_symbols(r), free = {0};
            for (size_t i = 0; i < fs.n; i++)
                if (sym_ask(fs.v[i], SYM_F_REAL) != SYM_NO)
                    sym_vec_push(&free, fs.v[i]);
            if (free.n == 1)
                r = one_symbol(r, free.v[0]);
            else if (free.n >= 2)
                r = several_symbols(r, free);
        }
    }
    r = sym_rel_canonical(r);
    return measure(r) < RATIO * measure(self) ? r : self;
}

/* Equality._eval_simplify: the relational steps, then Eq(x, value) for one symbol if not longer. */
static Sym *simplify_eq(Sym *self)
{
    Sym *e = simplify_relational(self);
    if (e->kind != SYM_REL || e->op != SYM_EQ)
        return e;
    SymVec fs = sym_free_symbols(self);
    if (fs.n == 1) {
        Sym *x = fs.v[0], *ml, *bl, *mr, *br;
        if (sym_linear_coeffs(e->args[0], 1, &x, &ml, &bl) && sym_linear_coeffs(e->args[1], 1, &x, &mr, &br)) {
            Sym *m = sym_sub(ml, mr), *b = sym_sub(bl, br);
            Sym *enew = sym_ask(m, SYM_F_ZERO) == SYM_NO ? sym_rel(SYM_EQ, x, sym_div(sym_neg(b), m))
                                                          : sym_rel(SYM_EQ, sym_mul(m, x), sym_neg(b));
            if (measure(enew) <= RATIO * measure(e))
                e = enew;
        }
    }
    return sym_rel_canonical(e);
}

Sym *sym_simplify_rel(Sym *r)
{
    if (r->kind != SYM_REL)
        return r;
    if (r->op == SYM_EQ)
        return simplify_eq(r);
    if (r->op == SYM_NE) {
        /* simplified as an equality, then Ne of its sides or the negated truth */
        Sym *eq = sym_rel(SYM_EQ, r->args[0], r->args[1]);
        eq = eq->kind == SYM_REL ? simplify_eq(eq) : eq;
        if (eq->kind == SYM_REL && eq->op == SYM_EQ)
            return sym_rel(SYM_NE, eq->args[0], eq->args[1]);
        return is_bool_atom(eq) ? sym_bool(eq->kind == SYM_FALSE) : sym_rel(SYM_NE, r->args[0], r->args[1]);
    }
    return simplify_relational(r);
}
