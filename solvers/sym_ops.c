/* solvers/sym_ops.c — subs, xreplace, free symbols, diff, numerator/denominator, coefficients. */
#include "solvers/sym_ops.h"

#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_deriv.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_num.h"
#include "solvers/sym_order.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_rootof.h"
#include "solvers/sym_special.h"

Sym *sym_rebuild(Sym *e, Sym *const *args)
{
    switch ((SymKind)e->kind) {
    case SYM_ADD: return sym_add_n(e->n, args);
    case SYM_MUL: return sym_mul_n(e->n, args);
    case SYM_POW: return sym_pow(args[0], args[1]);
    case SYM_FN:
        if (e->op == SYM_FN_UNDEF)
            return sym_undef_fn(e->v.s.name, e->n, args);
        return sym_fn(e->op, e->n, args);
    case SYM_REL: return sym_rel(e->op, args[0], args[1]);
    case SYM_MATRIX: return sym_matrix(e->v.m.rows, e->v.m.cols, args);
    default: return sym_build(e->kind, e->op, e->n, args);
    }
}

Sym *sym_bottom_up(Sym *e, Sym *(*fn)(Sym *))
{
    if (!e->n || !(e->kind <= SYM_FN))
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++)
        v[i] = sym_bottom_up(e->args[i], fn);
    e = sym_rebuild(e, v);
    return e->kind <= SYM_FN ? fn(e) : e;
}

/* ---- xreplace and subs --------------------------------------------------------------------- */

static Sym *lookup(Sym *e, size_t n, Sym *const *olds, Sym *const *news)
{
    for (size_t i = 0; i < n; i++)
        if (sym_eq(e, olds[i]))
            return news[i];
    return NULL;
}

Sym *sym_xreplace(Sym *e, size_t n, Sym *const *olds, Sym *const *news)
{
    budget_tick();
    Sym *r = lookup(e, n, olds, news);
    if (r)
        return r;
    if (e->n == 0)
        return e;
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    bool changed = false;
    for (uint32_t i = 0; i < e->n; i++) {
        v[i] = sym_xreplace(e->args[i], n, olds, news);
        changed |= v[i] != e->args[i];
    }
    return changed ? sym_rebuild(e, v) : e;
}

/* The part of a sum or product e left after removing the arguments of `old` (all of which
 * must be present), or NULL. Lets x + y + z take (x + y) -> w. */
static Sym *remove_args(Sym *e, Sym *old)
{
    if (e->kind != old->kind || old->n >= e->n)
        return NULL;
    bool *used = gc_alloc_atomic(e->n);
    for (uint32_t i = 0; i < old->n; i++) {
        uint32_t j;
        for (j = 0; j < e->n; j++)
            if (!used[j] && sym_eq(e->args[j], old->args[i]))
                break;
        if (j == e->n)
            return NULL;
        used[j] = true;
    }
    SymVec rest = {0};
    for (uint32_t j = 0; j < e->n; j++)
        if (!used[j])
            sym_vec_push(&rest, e->args[j]);
    return e->kind == SYM_ADD ? sym_add_n(rest.n, rest.v) : sym_mul_n(rest.n, rest.v);
}

static Sym *subs_rec(Sym *e, Sym *old, Sym *new_);

/* The limits of a Sum, Product or Integral: a symbol or (x,) leaves x free, (x, b) and
 * (x, a, b) bind it. */
static bool limit_binds(const Sym *l) { return l->kind == SYM_TUPLE && l->n > 1; }
static Sym *limit_var(Sym *l) { return l->kind == SYM_TUPLE ? l->args[0] : l; }

static bool vec_has(const SymVec *v, const Sym *e)
{
    for (size_t i = 0; i < v->n; i++)
        if (sym_eq(v->v[i], e))
            return true;
    return false;
}

static bool shares_symbols(Sym *a, Sym *b)
{
    SymVec fa = sym_free_symbols(a), fb = sym_free_symbols(b);
    for (size_t i = 0; i < fa.n; i++)
        if (vec_has(&fb, fa.v[i]))
            return true;
    return false;
}

/* subs into a Sum, Product or Integral as sympy's ExprWithLimits: a symbol that is only a bound
 * variable reaches the bounds of the limits outside its own; anything else goes into the bounds
 * from the outermost limit in and into the function unless a limit's variable meets it. */
static Sym *subs_bound(Sym *e, Sym *old, Sym *new_)
{
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    memcpy(v, e->args, e->n * sizeof(Sym *));
    bool free_old = !sym_is_symbol(old) || shares_symbols(old, e), into = true;
    for (uint32_t i = e->n - 1; i >= 1; i--) {
        Sym *l = e->args[i], *x = limit_var(l);
        if (!free_old) {
            if (l->kind == SYM_TUPLE && l->n == 3) {
                Sym *t[3] = {x, subs_rec(l->args[1], old, new_), subs_rec(l->args[2], old, new_)};
                v[i] = sym_tuple(3, t);
                if (sym_eq(x, old))
                    break;
            }
            continue;
        }
        if (!limit_binds(l) && sym_eq(x, old)) {
            if (sym_is_symbol(new_) || (new_->kind == SYM_FN && new_->op == SYM_FN_UNDEF)) {
                v[i] = x = new_;
            } else {
                Sym *t[2] = {x, new_};
                v[i] = sym_tuple(2, t);
            }
        } else if (limit_binds(l)) {
            Sym **t = gc_alloc(l->n * sizeof(Sym *));
            t[0] = x;
            for (uint32_t j = 1; j < l->n; j++)
                t[j] = subs_rec(l->args[j], old, new_);
            v[i] = l->n == 2 && sym_eq(t[0], t[1]) ? x : sym_tuple(l->n, t);
        }
        if (shares_symbols(x, old)) {
            into = false;
            break;
        }
    }
    if (free_old && into)
        v[0] = subs_rec(e->args[0], old, new_);
    return sym_rebuild(e, v);
}

static Sym *subs_rec(Sym *e, Sym *old, Sym *new_)
{
    budget_tick();
    if (sym_eq(e, old))
        return new_;
    if (e->n == 0 || sym_is_crootof(e))
        return e;
    if (sym_binds(e))
        return subs_bound(e, old, new_);
    if (sym_is_fn(e, SYM_FN_DERIVATIVE) && sym_is_symbol(old) && !sym_is_symbol(new_) && sym_has(e, old)) {
        /* f(x).diff(x).subs(x, 0): sympy's Subs, the derivative at the point */
        for (uint32_t i = 1; i < e->n; i++)
            if (sym_eq(e->args[i]->kind == SYM_TUPLE ? e->args[i]->args[0] : e->args[i], old))
                return sym_fn_raw(SYM_FN_SUBS, 3, (Sym *[]){e, old, new_});
    }
    /* a power of the old base: (x**4).subs(x**2, y) -> y**2 */
    if (e->kind == SYM_POW && old->kind == SYM_POW && sym_eq(e->args[0], old->args[0])) {
        Sym *ratio = sym_div(e->args[1], old->args[1]);
        if (ratio->kind == SYM_INTEGER)
            return sym_pow(new_, ratio);
    }
    if ((e->kind == SYM_ADD || e->kind == SYM_MUL) && old->kind == e->kind) {
        Sym *rest = remove_args(e, old);
        if (rest) {
            rest = subs_rec(rest, old, new_);
            return e->kind == SYM_ADD ? sym_add(new_, rest) : sym_mul(new_, rest);
        }
    }
    Sym **v = gc_alloc(e->n * sizeof(Sym *));
    bool changed = false;
    for (uint32_t i = 0; i < e->n; i++) {
        v[i] = subs_rec(e->args[i], old, new_);
        changed |= v[i] != e->args[i];
    }
    return changed ? sym_rebuild(e, v) : e;
}

Sym *sym_subs(Sym *e, Sym *old, Sym *new_) { return subs_rec(e, old, new_); }

size_t sym_node_count(Sym *e)
{
    if (e->kind == SYM_FLOAT)
        return 1;   /* sympy counts a Float as half a node */
    size_t n = 2;
    for (uint32_t i = 0; i < e->n; i++)
        n += sym_node_count(e->args[i]);
    return n;
}

void sym_subs_order(size_t n, Sym **olds, Sym **news)
{
    /* insertion sort: more nodes first, then default_sort_key */
    for (size_t i = 1; i < n; i++) {
        Sym *o = olds[i], *w = news[i];
        size_t no = sym_node_count(o), j = i;
        while (j > 0) {
            size_t np = sym_node_count(olds[j - 1]);
            if (np > no || (np == no && sym_sort_cmp(olds[j - 1], o) <= 0))
                break;
            olds[j] = olds[j - 1];
            news[j] = news[j - 1];
            j--;
        }
        olds[j] = o;
        news[j] = w;
    }
}

Sym *sym_subs_many(Sym *e, size_t n, Sym *const *olds, Sym *const *news, bool simultaneous)
{
    if (!simultaneous) {
        for (size_t i = 0; i < n; i++)
            e = subs_rec(e, olds[i], news[i]);
        return e;
    }
    Sym **d = gc_alloc((n ? n : 1) * sizeof(Sym *));
    for (size_t i = 0; i < n; i++) {
        d[i] = sym_dummy("subs", (SymFacts){0, 0});
        e = subs_rec(e, olds[i], d[i]);
    }
    return sym_xreplace(e, n, d, news);
}

/* ---- free symbols -------------------------------------------------------------------------- */

static void collect_symbols(Sym *e, SymMap *seen)
{
    budget_tick();
    bool fresh;
    if (e->kind == SYM_SYMBOL || e->kind == SYM_DUMMY) {
        sym_map_slot(seen, e, &fresh);
        return;
    }
    if (sym_is_crootof(e))
        return;
    if (sym_is_fn(e, SYM_FN_SUBS)) {
        /* Subs(expr, x, point) binds x */
        SymVec s = sym_free_symbols(e->args[0]), p = sym_free_symbols(e->args[2]);
        for (size_t j = 0; j < s.n; j++)
            if (!sym_eq(s.v[j], e->args[1]))
                sym_map_slot(seen, s.v[j], &fresh);
        for (size_t j = 0; j < p.n; j++)
            sym_map_slot(seen, p.v[j], &fresh);
        return;
    }
    if (sym_binds(e)) {
        /* sympy's AddWithLimits.free_symbols: each limit in turn takes its variable out of
         * the function's symbols and adds those of its bounds */
        SymVec s = sym_free_symbols(e->args[0]);
        for (uint32_t i = 1; i < e->n; i++) {
            Sym *l = e->args[i], *x = limit_var(l);
            size_t k = 0;
            for (size_t j = 0; j < s.n; j++)
                if (!limit_binds(l) || !sym_eq(s.v[j], x))
                    s.v[k++] = s.v[j];
            s.n = k;
            if (!limit_binds(l) && !vec_has(&s, x))
                sym_vec_push(&s, x);
            for (uint32_t j = 1; limit_binds(l) && j < l->n; j++) {
                SymVec b = sym_free_symbols(l->args[j]);
                for (size_t q = 0; q < b.n; q++)
                    if (!vec_has(&s, b.v[q]))
                        sym_vec_push(&s, b.v[q]);
            }
        }
        for (size_t j = 0; j < s.n; j++)
            sym_map_slot(seen, s.v[j], &fresh);
        return;
    }
    for (uint32_t i = 0; i < e->n; i++)
        collect_symbols(e->args[i], seen);
}

SymVec sym_free_symbols(Sym *e)
{
    SymMap seen = {0};
    collect_symbols(e, &seen);
    SymVec v = {0};
    for (size_t i = 0; i < seen.n; i++)
        sym_vec_push(&v, seen.keys[i]);
    sym_sort_default(v.v, v.n);
    return v;
}

/* ---- derivatives --------------------------------------------------------------------------- */

static Sym *sq(Sym *x) { return sym_pow_si(x, 2); }

/* d f(u) / du for a one-argument function, or NULL when sympy has no closed form here. */
static Sym *fdiff(Sym *f)
{
    Sym *u = f->args[0];
    Sym *one = sym_one;
    switch ((SymFn)f->op) {
    case SYM_FN_EXP: return f;
    case SYM_FN_LOG: return sym_div(one, u);
    case SYM_FN_SIN: return sym_fn1(SYM_FN_COS, u);
    case SYM_FN_COS: return sym_neg(sym_fn1(SYM_FN_SIN, u));
    case SYM_FN_TAN: return sym_add(sq(f), one);
    case SYM_FN_COT: return sym_sub(sym_neg(sq(f)), one);
    case SYM_FN_SEC: return sym_mul(sym_fn1(SYM_FN_TAN, u), f);
    case SYM_FN_CSC: return sym_mul(sym_neg(sym_fn1(SYM_FN_COT, u)), f);
    case SYM_FN_ASIN: return sym_div(one, sym_sqrt(sym_sub(one, sq(u))));
    case SYM_FN_ACOS: return sym_div(sym_neg_one, sym_sqrt(sym_sub(one, sq(u))));
    case SYM_FN_ATAN: return sym_div(one, sym_add(sq(u), one));
    case SYM_FN_ACOT: return sym_div(sym_neg_one, sym_add(sq(u), one));
    case SYM_FN_SINH: return sym_fn1(SYM_FN_COSH, u);
    case SYM_FN_COSH: return sym_fn1(SYM_FN_SINH, u);
    case SYM_FN_TANH: return sym_sub(one, sq(f));
    case SYM_FN_ASINH: return sym_div(one, sym_sqrt(sym_add(sq(u), one)));
    case SYM_FN_ACOSH:
        return sym_div(one, sym_mul(sym_sqrt(sym_sub(u, one)), sym_sqrt(sym_add(u, one))));
    case SYM_FN_ATANH: return sym_div(one, sym_sub(one, sq(u)));
    case SYM_FN_ABS:
        if (sym_is(u, SYM_F_EXTENDED_REAL))
            return sym_fn1(SYM_FN_SIGN, u);
        return NULL;
    default: return sym_special_fdiff(f);
    }
}

/* The derivatives of re, im, sign and Abs of a complex argument as sympy takes them: re(u)' is
 * re(u') when x or u is real, -I*im(u') when one is imaginary, else an unevaluated Derivative;
 * sign(u)' is 2*u'*DiracDelta(u) (of -I*u for an imaginary u), else unevaluated; Abs(u)' is
 * sign(conjugate(u))*u' for a real or imaginary u, else (re(u)*re(u)' + im(u)*im(u)')*sign(u)/u.
 * NULL for anything else (or a real Abs: fdiff). */
static Sym *diff_complex_part(Sym *e, Sym *x)
{
    if (e->n != 1 || (e->op != SYM_FN_RE && e->op != SYM_FN_IM && e->op != SYM_FN_ABS && e->op != SYM_FN_SIGN))
        return NULL;
    Sym *u = e->args[0];
    bool real = sym_is(u, SYM_F_EXTENDED_REAL), imaginary = sym_is(u, SYM_F_IMAGINARY);
    if (e->op == SYM_FN_SIGN) {
        if (!real && !imaginary)
            return sym_derivative(e, 1, &x, (const long[]){1});
        Sym *delta = sym_fn1(SYM_FN_DIRAC_DELTA, real ? u : sym_mul(sym_neg(sym_i), u));
        return sym_mul(sym_mul(sym_two, sym_diff(u, x)), delta);
    }
    if (e->op == SYM_FN_ABS) {
        if (real)
            return NULL;
        if (imaginary)
            return sym_mul(sym_diff(u, x), sym_fn1(SYM_FN_SIGN, sym_fn1(SYM_FN_CONJUGATE, u)));
        Sym *re = sym_fn1(SYM_FN_RE, u), *im = sym_fn1(SYM_FN_IM, u);
        Sym *t = sym_add(sym_mul(re, sym_diff(re, x)), sym_mul(im, sym_diff(im, x)));
        return sym_div(sym_mul(t, sym_fn1(SYM_FN_SIGN, u)), u);
    }
    if (real || sym_is(x, SYM_F_EXTENDED_REAL))
        return sym_fn1(e->op, sym_diff(u, x));
    if (imaginary || sym_is(x, SYM_F_IMAGINARY))
        return sym_mul(sym_neg(sym_i), sym_fn1(e->op == SYM_FN_RE ? SYM_FN_IM : SYM_FN_RE, sym_diff(u, x)));
    return sym_derivative(e, 1, &x, (const long[]){1});
}

Sym *sym_diff(Sym *e, Sym *x)
{
    budget_tick();
    if (sym_eq(e, x))
        return sym_one;
    if (!sym_has(e, x))
        return sym_zero;
    switch ((SymKind)e->kind) {
    case SYM_ADD: {
        Sym **v = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            v[i] = sym_diff(e->args[i], x);
        return sym_add_n(e->n, v);
    }
    case SYM_MUL: {
        SymVec terms = {0};
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *d = sym_diff(e->args[i], x);
            if (sym_is_zero_num(d))
                continue;
            Sym *t = sym_one;
            for (uint32_t j = 0; j < e->n; j++)
                t = sym_mul(t, j == i ? d : e->args[j]);
            sym_vec_push(&terms, t);
        }
        return sym_add_n(terms.n, terms.v);
    }
    case SYM_POW: {
        Sym *b = e->args[0], *p = e->args[1];
        Sym *db = sym_diff(b, x), *dp = sym_diff(p, x);
        Sym *inner = sym_add(sym_mul(dp, sym_fn1(SYM_FN_LOG, b)), sym_div(sym_mul(db, p), b));
        return sym_mul(e, inner);
    }
    case SYM_FN: {
        if (e->op == SYM_FN_UNDEF || e->op == SYM_FN_DERIVATIVE) {
            Sym *d = sym_derivative_diff(e, x);
            if (d)
                return d;
            break;
        }
        Sym *special = diff_complex_part(e, x);
        if (special)
            return special;
        if (e->op == SYM_FN_PIECEWISE) {   /* each piece differentiated, the conditions kept */
            Sym **v = gc_alloc(e->n * sizeof(Sym *));
            for (uint32_t i = 0; i < e->n; i++)
                v[i] = sym_tuple(2, (Sym *[]){sym_diff(e->args[i]->args[0], x), e->args[i]->args[1]});
            return sym_fn(SYM_FN_PIECEWISE, e->n, v);
        }
        SymVec terms = {0};
        for (uint32_t i = 0; i < e->n; i++) {
            Sym *da = sym_diff(e->args[i], x);
            if (sym_is_zero_num(da))
                continue;
            Sym *df = e->n == 1 ? fdiff(e) : NULL;
            if (!df)
                sym_raise(SYM_E_NOT_IMPLEMENTED, "the derivative of %s is not supported",
                          sym_fn_name(e));
            sym_vec_push(&terms, sym_mul(df, da));
        }
        return sym_add_n(terms.n, terms.v);
    }
    default:
        break;
    }
    sym_raise(SYM_E_NOT_IMPLEMENTED, "cannot differentiate %s", sym_class_name(e));
}

/* ---- numerator and denominator -------------------------------------------------------------- */

void sym_primitive(Sym *e, Sym **content, Sym **rest)
{
    if (e->kind != SYM_ADD) {
        Sym *c, *m;
        sym_as_coeff_mul(e, true, &c, &m);
        if (sym_is_rational(c) && sym_num_sign(c) > 0) {
            *content = c;
            *rest = m;
        } else if (sym_is_rational(c)) {
            *content = sym_num_neg(c);
            *rest = sym_neg(m);
        } else {
            *content = sym_one;
            *rest = e;
        }
        return;
    }
    fmpz_t g, l;
    fmpz_init(g);
    fmpz_init_set_ui(l, 1);
    Sym **c = gc_alloc(e->n * sizeof(Sym *)), **m = gc_alloc(e->n * sizeof(Sym *));
    for (uint32_t i = 0; i < e->n; i++) {
        sym_as_coeff_mul(e->args[i], false, &c[i], &m[i]);
        if (!sym_is_rational(c[i])) {
            c[i] = sym_one;
            m[i] = e->args[i];
        }
        fmpq_t q;
        fmpq_init(q);
        sym_get_fmpq(q, c[i]);
        fmpz_gcd(g, g, fmpq_numref(q));
        fmpz_lcm(l, l, fmpq_denref(q));
        fmpq_clear(q);
    }
    if (fmpz_is_one(g) && fmpz_is_one(l)) {
        fmpz_clear(g);
        fmpz_clear(l);
        *content = sym_one;
        *rest = e;
        return;
    }
    Sym *cont = sym_rat_fmpz(g, l);
    fmpz_clear(g);
    fmpz_clear(l);
    SymVec terms = {0};
    for (uint32_t i = 0; i < e->n; i++)
        sym_vec_push(&terms, sym_keep_coeff(sym_num_div(c[i], cont), m[i]));
    Sym *first = NULL;
    size_t start = 0;
    if (sym_is_num(terms.v[0]) || terms.v[0]->kind == SYM_COMPLEX_INFINITY) {
        first = terms.v[0];
        start = 1;
    }
    sym_sort_canonical(terms.v + start, terms.n - start);
    if (first)
        terms.v[0] = first;
    *content = cont;
    *rest = sym_add_raw(terms.n, terms.v);
}

static void pow_numer_denom(Sym *e, Sym **num, Sym **den)
{
    Sym *b = e->args[0], *p = e->args[1], *n, *d;
    sym_numer_denom(b, &n, &d);
    bool neg = sym_is(p, SYM_F_NEGATIVE);
    if (p->kind == SYM_MUL && !neg && !sym_is(p, SYM_F_POSITIVE))
        neg = sym_could_extract_minus_sign(p);
    bool int_exp = sym_is(p, SYM_F_INTEGER);
    if (!(sym_is(d, SYM_F_EXTENDED_REAL) || int_exp)) {
        n = b;
        d = sym_one;
    }
    SymTri dnonpos = sym_ask(d, SYM_F_NONPOSITIVE);
    if (dnonpos == SYM_YES) {
        n = sym_neg(n);
        d = sym_neg(d);
    } else if (dnonpos == SYM_MAYBE && !int_exp) {
        n = b;
        d = sym_one;
    }
    if (neg) {
        Sym *t = n;
        n = d;
        d = t;
        p = sym_neg(p);
    }
    *num = sym_pow(n, p);
    *den = sym_pow(d, p);
}

static void add_numer_denom(Sym *e, Sym **num, Sym **den)
{
    Sym *content, *expr;
    sym_primitive(e, &content, &expr);
    if (expr->kind != SYM_ADD) {
        sym_numer_denom(sym_mul_raw(2, (Sym *[]){content, expr}), num, den);
        return;
    }
    Sym *ncon, *dcon;
    sym_numer_denom(content, &ncon, &dcon);
    SymMap nd = {0};    /* denominator -> sum of numerators, in order of appearance */
    SymVec *lists = gc_alloc(expr->n * sizeof(SymVec));
    for (uint32_t i = 0; i < expr->n; i++) {
        Sym *ni, *di;
        sym_numer_denom(expr->args[i], &ni, &di);
        bool fresh;
        Sym **slot = sym_map_slot(&nd, di, &fresh);
        size_t k = nd.n - 1;
        if (fresh)
            *slot = sym_int((long)k);
        else
            k = (size_t)fmpz_get_si((*slot)->v.z);
        sym_vec_push(&lists[k], ni);
    }
    if (nd.n == 1) {
        Sym **v = gc_alloc(lists[0].n * sizeof(Sym *));
        for (size_t i = 0; i < lists[0].n; i++)
            v[i] = sym_keep_coeff(ncon, lists[0].v[i]);
        *num = sym_add_n(lists[0].n, v);
        *den = sym_keep_coeff(dcon, nd.keys[0]);
        return;
    }
    Sym **numers = gc_alloc(nd.n * sizeof(Sym *));
    for (size_t k = 0; k < nd.n; k++)
        numers[k] = lists[k].n == 1 ? lists[k].v[0] : sym_add_n(lists[k].n, lists[k].v);
    Sym **terms = gc_alloc(nd.n * sizeof(Sym *));
    for (size_t i = 0; i < nd.n; i++) {
        Sym **f = gc_alloc(nd.n * sizeof(Sym *));
        for (size_t j = 0; j < nd.n; j++)
            f[j] = j == i ? numers[i] : nd.keys[j];
        terms[i] = sym_mul_n(nd.n, f);
    }
    *num = sym_keep_coeff(ncon, sym_add_n(nd.n, terms));
    *den = sym_keep_coeff(dcon, sym_mul_n(nd.n, nd.keys));
}

void sym_numer_denom(Sym *e, Sym **num, Sym **den)
{
    budget_tick();
    switch ((SymKind)e->kind) {
    case SYM_RATIONAL:
        *num = sym_int_fmpz(fmpq_numref(e->v.q));
        *den = sym_int_fmpz(fmpq_denref(e->v.q));
        return;
    case SYM_MUL: {
        Sym **n = gc_alloc(e->n * sizeof(Sym *)), **d = gc_alloc(e->n * sizeof(Sym *));
        for (uint32_t i = 0; i < e->n; i++)
            sym_numer_denom(e->args[i], &n[i], &d[i]);
        *num = sym_mul_n(e->n, n);
        *den = sym_mul_n(e->n, d);
        return;
    }
    case SYM_ADD:
        add_numer_denom(e, num, den);
        return;
    case SYM_POW:
        pow_numer_denom(e, num, den);
        return;
    case SYM_FN:
        if (e->op == SYM_FN_EXP) {
            Sym *p = e->args[0];
            if (sym_is(p, SYM_F_NEGATIVE) || (p->kind == SYM_MUL && sym_could_extract_minus_sign(p))) {
                *num = sym_one;
                *den = sym_fn1(SYM_FN_EXP, sym_neg(p));
                return;
            }
        }
        break;
    default:
        break;
    }
    *num = e;
    *den = sym_one;
}

/* ---- coefficients -------------------------------------------------------------------------- */

static bool in_factors(Sym *const *f, size_t n, Sym *x)
{
    for (size_t i = 0; i < n; i++)
        if (sym_eq(f[i], x))
            return true;
    return false;
}

Sym *sym_coeff(Sym *e, Sym *x, Sym *n)
{
    Sym *target = sym_is_zero_num(n) ? NULL : sym_pow(x, n);
    Sym *const *t;
    size_t nt = sym_add_args(&e, &t);
    SymVec out = {0};
    for (size_t i = 0; i < nt; i++) {
        if (!target) {
            if (!sym_has(t[i], x))
                sym_vec_push(&out, t[i]);
            continue;
        }
        /* sympy keeps a term whose factors include every factor of target, as sets */
        Sym *const *tf, *const *xf;
        size_t ntf = sym_mul_args(&t[i], &tf), nxf = sym_mul_args(&target, &xf);
        bool all = true;
        for (size_t k = 0; all && k < nxf; k++)
            all = in_factors(tf, ntf, xf[k]);
        if (!all)
            continue;
        SymVec rest = {0};
        for (size_t j = 0; j < ntf; j++)
            if (!in_factors(xf, nxf, tf[j]))
                sym_vec_push(&rest, tf[j]);
        sym_vec_push(&out, sym_mul_n(rest.n, rest.v));
    }
    return sym_add_n(out.n, out.v);
}
