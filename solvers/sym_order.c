/* solvers/sym_order.c — sympy's sort keys, built as nested tuples and compared like Python. */
#include "solvers/sym_order.h"

#include <math.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"

typedef enum { K_INT, K_FLOAT, K_NUM, K_STR, K_TUP } KeyType;

typedef struct Key Key;
struct Key {
    KeyType t;
    size_t n;
    union { long i; double d; Sym *num; const char *s; Key **items; } u;
};

static Key *key_new(KeyType t)
{
    Key *k = gc_alloc(sizeof *k);
    k->t = t;
    return k;
}

static Key *k_int(long v)
{
    Key *k = key_new(K_INT);
    k->u.i = v;
    return k;
}

static Key *k_float(double v)
{
    Key *k = key_new(K_FLOAT);
    k->u.d = v;
    return k;
}

static Key *k_num(Sym *v)
{
    Key *k = key_new(K_NUM);
    k->u.num = v;
    return k;
}

static Key *k_str(const char *s)
{
    Key *k = key_new(K_STR);
    k->u.s = s;
    return k;
}

static Key *k_tup(size_t n)
{
    Key *k = key_new(K_TUP);
    k->n = n;
    k->u.items = gc_alloc((n ? n : 1) * sizeof(Key *));
    return k;
}

static Key *tup2(Key *a, Key *b)
{
    Key *k = k_tup(2);
    k->u.items[0] = a;
    k->u.items[1] = b;
    return k;
}

static Key *tup3(Key *a, Key *b, Key *c)
{
    Key *k = k_tup(3);
    k->u.items[0] = a;
    k->u.items[1] = b;
    k->u.items[2] = c;
    return k;
}

static Key *tup4(Key *a, Key *b, Key *c, Key *d)
{
    Key *k = k_tup(4);
    k->u.items[0] = a;
    k->u.items[1] = b;
    k->u.items[2] = c;
    k->u.items[3] = d;
    return k;
}

static bool is_numeric(const Key *k) { return k->t == K_INT || k->t == K_FLOAT || k->t == K_NUM; }

static double key_double(const Key *k)
{
    return k->t == K_INT ? (double)k->u.i : k->t == K_FLOAT ? k->u.d : sym_num_to_double(k->u.num);
}

/* Python's == between two numbers of a key: sympy's Rational never equals a Float. */
static bool num_eq(const Key *a, const Key *b)
{
    if (a->t == K_NUM && b->t == K_NUM) {
        if ((a->u.num->kind == SYM_FLOAT) != (b->u.num->kind == SYM_FLOAT))
            return false;
        return sym_num_cmp(a->u.num, b->u.num) == 0 && a->u.num->kind != SYM_NAN;
    }
    if (a->t == K_INT && b->t == K_INT)
        return a->u.i == b->u.i;
    if ((a->t == K_NUM && a->u.num->kind == SYM_FLOAT) || (b->t == K_NUM && b->u.num->kind == SYM_FLOAT))
        return false;
    return key_double(a) == key_double(b);
}

static bool num_less(const Key *a, const Key *b)
{
    if (a->t == K_NUM && b->t == K_NUM)
        return sym_num_cmp(a->u.num, b->u.num) < 0;
    if (a->t == K_INT && b->t == K_INT)
        return a->u.i < b->u.i;
    return key_double(a) < key_double(b);
}

static bool key_eq(const Key *a, const Key *b);

/* Python's a < b for two keys: tuples compare at their first unequal items. */
static bool key_less(const Key *a, const Key *b)
{
    budget_tick();
    if (is_numeric(a) && is_numeric(b))
        return num_less(a, b);
    if (a->t != b->t) {
        int ra = is_numeric(a) ? 0 : a->t == K_STR ? 1 : 2;
        int rb = is_numeric(b) ? 0 : b->t == K_STR ? 1 : 2;
        return ra < rb;
    }
    if (a->t == K_STR)
        return strcmp(a->u.s, b->u.s) < 0;
    size_t n = a->n < b->n ? a->n : b->n;
    for (size_t i = 0; i < n; i++)
        if (!key_eq(a->u.items[i], b->u.items[i]))
            return key_less(a->u.items[i], b->u.items[i]);
    return a->n < b->n;
}

static bool key_eq(const Key *a, const Key *b)
{
    if (is_numeric(a) && is_numeric(b))
        return num_eq(a, b);
    if (a->t != b->t)
        return false;
    if (a->t == K_STR)
        return strcmp(a->u.s, b->u.s) == 0;
    if (a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++)
        if (!key_eq(a->u.items[i], b->u.items[i]))
            return false;
    return true;
}

/* sympy's class_key() of a node. */
static Key *class_key(Sym *e)
{
    switch ((SymKind)e->kind) {
    case SYM_INTEGER: case SYM_RATIONAL: case SYM_FLOAT:
    case SYM_INFINITY: case SYM_NEG_INFINITY: case SYM_NAN:
        return tup3(k_int(1), k_int(0), k_str("Number"));
    case SYM_ADD:
        return tup3(k_int(3), k_int(1), k_str("Add"));
    case SYM_MUL:
        return tup3(k_int(3), k_int(0), k_str("Mul"));
    case SYM_POW:
        return tup3(k_int(3), k_int(2), k_str("Pow"));
    case SYM_FN:
        /* Min, Max and the unevaluated Sum, Product and Derivative are not Functions in sympy */
        if (e->op == SYM_FN_MIN || e->op == SYM_FN_MAX || e->op == SYM_FN_SUM || e->op == SYM_FN_PRODUCT ||
            e->op == SYM_FN_DERIVATIVE)
            return tup3(k_int(5), k_int(0), k_str(sym_fn_name(e)));
        return tup3(k_int(4), k_int(e->op == SYM_FN_UNDEF ? 0 : sym_fn_class_index(e->op)),
                    k_str(sym_fn_name(e)));
    case SYM_REL: case SYM_AND: case SYM_OR: case SYM_NOT: case SYM_TUPLE:
    case SYM_TRUE: case SYM_FALSE:
        return tup3(k_int(5), k_int(0), k_str(sym_class_name(e)));
    default:
        return tup3(k_int(2), k_int(0), k_str(sym_class_name(e)));
    }
}

static Key *sort_key(Sym *e);

static Key *one_key(void)
{
    return tup4(class_key(sym_one), tup2(k_int(0), k_tup(0)), k_tup(0), k_num(sym_one));
}

static bool is_atom(const Sym *e)
{
    return e->n == 0 && e->kind != SYM_FN && e->kind != SYM_TUPLE;
}

static Key *keys_of(Sym **v, size_t n)
{
    Key *t = k_tup(n);
    for (size_t i = 0; i < n; i++)
        t->u.items[i] = sort_key(v[i]);
    return tup2(k_int((long)n), t);
}

static Key *dummy_key(Sym *e)
{
    Key *t = tup2(k_str(e->v.s.name), k_int((long)e->v.s.id));
    return tup4(class_key(e), tup2(k_int(2), t), one_key(), k_num(sym_one));
}

static Key *sort_key(Sym *e)
{
    budget_tick();
    if (sym_is_num(e))
        return tup4(class_key(e), tup2(k_int(0), k_tup(0)), k_tup(0), k_num(e));
    if (e->kind == SYM_DUMMY)
        return dummy_key(e);
    if (is_atom(e)) {
        if (e->kind == SYM_TRUE || e->kind == SYM_FALSE)
            return tup4(class_key(e), tup2(k_int(0), k_tup(0)), one_key(), k_num(sym_one));
        Key *s = k_tup(1);
        s->u.items[0] = k_str(sym_str(e));
        return tup4(class_key(e), tup2(k_int(1), s), one_key(), k_num(sym_one));
    }
    if (e->kind == SYM_REL || e->kind == SYM_AND || e->kind == SYM_OR || e->kind == SYM_NOT ||
        e->kind == SYM_TUPLE)
        return tup4(class_key(e), keys_of(e->args, e->n), one_key(), k_num(sym_one));
    Sym *coeff, *expr, *exp = sym_one;
    sym_as_coeff_mul(e, false, &coeff, &expr);
    if (expr->kind == SYM_POW) {
        exp = expr->args[1];
        expr = expr->args[0];
    }
    Key *args;
    if (expr->kind == SYM_DUMMY) {
        Key *t = k_tup(1);
        t->u.items[0] = dummy_key(expr);
        args = tup2(k_int(1), t);
    } else if (is_atom(expr)) {
        Key *t = k_tup(1);
        t->u.items[0] = k_str(sym_str(expr));
        args = tup2(k_int(1), t);
    } else {
        size_t n;
        Sym **v;
        if (expr->kind == SYM_ADD)
            v = sym_ordered_terms(expr, &n);
        else if (expr->kind == SYM_MUL)
            v = sym_ordered_factors(expr, &n);
        else {
            v = expr->args;
            n = expr->n;
        }
        args = keys_of(v, n);
    }
    return tup4(class_key(expr), args, sort_key(exp), k_num(coeff));
}

/* Two Symbols' default_sort_keys differ only in the names (Python compares str by code point,
 * which is the byte order of UTF-8). */
static int symbol_cmp(const Sym *a, const Sym *b)
{
    int c = strcmp(a->v.s.name, b->v.s.name);
    return (c > 0) - (c < 0);
}

int sym_sort_cmp(Sym *a, Sym *b)
{
    if (a == b)
        return 0;
    if (a->kind == SYM_SYMBOL && b->kind == SYM_SYMBOL)
        return symbol_cmp(a, b);
    Key *ka = sort_key(a), *kb = sort_key(b);
    return key_less(ka, kb) ? -1 : key_less(kb, ka) ? 1 : 0;
}

/* Stable merge sort of items by precomputed keys. */
static void merge_sort(Sym **v, Key **k, size_t n, Sym **tv, Key **tk)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    merge_sort(v, k, h, tv, tk);
    merge_sort(v + h, k + h, n - h, tv, tk);
    size_t i = 0, j = h, o = 0;
    while (i < h && j < n) {
        if (key_less(k[j], k[i])) {
            tv[o] = v[j];
            tk[o++] = k[j++];
        } else {
            tv[o] = v[i];
            tk[o++] = k[i++];
        }
    }
    while (i < h) {
        tv[o] = v[i];
        tk[o++] = k[i++];
    }
    while (j < n) {
        tv[o] = v[j];
        tk[o++] = k[j++];
    }
    memcpy(v, tv, n * sizeof *v);
    memcpy(k, tk, n * sizeof *k);
}

static void sort_by_keys(Sym **v, Key **k, size_t n)
{
    Sym **tv = gc_alloc((n ? n : 1) * sizeof(Sym *));
    Key **tk = gc_alloc((n ? n : 1) * sizeof(Key *));
    merge_sort(v, k, n, tv, tk);
}

/* A few Symbols (free_symbols, solve's unknowns): a stable insertion sort by name, without
 * building keys. */
static bool sort_symbols(Sym **v, size_t n)
{
    if (n > 16)
        return false;
    for (size_t i = 0; i < n; i++)
        if (v[i]->kind != SYM_SYMBOL)
            return false;
    for (size_t i = 1; i < n; i++) {
        Sym *x = v[i];
        size_t j = i;
        for (; j > 0 && symbol_cmp(v[j - 1], x) > 0; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
    return true;
}

void sym_sort_default(Sym **v, size_t n)
{
    if (sort_symbols(v, n))
        return;
    Key **k = gc_alloc((n ? n : 1) * sizeof(Key *));
    for (size_t i = 0; i < n; i++)
        k[i] = sort_key(v[i]);
    sort_by_keys(v, k, n);
}

void sym_sort_ordered(Sym **v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        Sym *x = v[i];
        size_t nx = sym_node_count(x), j = i;
        while (j > 0) {
            size_t nj = sym_node_count(v[j - 1]);
            if (nj < nx || (nj == nx && sym_sort_cmp(v[j - 1], x) <= 0))
                break;
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

Sym **sym_ordered_factors(Sym *mul, size_t *n)
{
    Sym **v = gc_alloc(mul->n * sizeof(Sym *));
    memcpy(v, mul->args, mul->n * sizeof(Sym *));
    sym_sort_default(v, mul->n);
    *n = mul->n;
    return v;
}

static bool is_number_symbol(const Sym *e)
{
    return e->kind == SYM_PI || e->kind == SYM_E || e->kind == SYM_GOLDEN_RATIO ||
           e->kind == SYM_EULER_GAMMA || e->kind == SYM_CATALAN;
}

/* The 2-term special case of as_ordered_terms: a positive number plus a negative multiple
 * prints number first (1 - x). Returns true and fills out when it applies. */
static bool number_minus_term(Sym *add, Sym **out)
{
    if (add->n != 2)
        return false;
    Sym *a = add->args[0], *b = add->args[1];
    bool na = sym_is_num(a) || is_number_symbol(a), nb = sym_is_num(b) || is_number_symbol(b);
    if (!na && nb) {
        Sym *t = a;
        a = b;
        b = t;
        na = true;
    }
    if (!na || b->kind != SYM_MUL || b->n != 2)
        return false;
    Sym *m0 = b->args[0], *m1 = b->args[1];
    if (!sym_is_num(m0) && sym_is_num(m1)) {
        Sym *t = m0;
        m0 = m1;
        m1 = t;
    }
    if (!sym_is_num(m0) || !sym_is(a, SYM_F_POSITIVE) || !sym_is(m0, SYM_F_NEGATIVE))
        return false;
    out[0] = a;
    out[1] = b;
    return true;
}

Sym **sym_ordered_terms(Sym *add, size_t *n)
{
    *n = add->n;
    Sym **out = gc_alloc(add->n * sizeof(Sym *));
    if (number_minus_term(add, out))
        return out;
    size_t nt = add->n;
    /* per term: complex coefficient and (base, exponent) pairs */
    double *re = gc_alloc_atomic(nt * sizeof(double)), *im = gc_alloc_atomic(nt * sizeof(double));
    SymVec *bases = gc_alloc(nt * sizeof(SymVec));
    long **exps = gc_alloc(nt * sizeof(long *));
    SymMap gens = {0};
    for (size_t t = 0; t < nt; t++) {
        Sym *term = add->args[t], *c, *rest;
        sym_as_coeff_mul(term, false, &c, &rest);
        double cr = 0, ci = 0;
        if (!sym_eval_complex(c, &cr, &ci)) {
            cr = NAN;
            ci = 0;
        }
        exps[t] = gc_alloc_atomic((rest->kind == SYM_MUL ? rest->n : 1) * sizeof(long));
        if (!sym_is_one(rest)) {
            Sym *const *f;
            size_t nf = sym_mul_args(&rest, &f);
            for (size_t k = 0; k < nf; k++) {
                double fr, fi;
                bool known = sym_is_number(f[k]) && sym_eval_complex(f[k], &fr, &fi);
                /* complex(factor): infinities and nan give a nan coefficient; a Sum that
                 * cannot be evaluated is a generator */
                if (sym_is_number(f[k]) && (known || !sym_binds(f[k]))) {
                    if (!known)
                        fr = fi = NAN;
                    double nr = cr * fr - ci * fi, ni = cr * fi + ci * fr;
                    cr = nr;
                    ci = ni;
                    continue;
                }
                Sym *b;
                long e;
                sym_decompose_power(f[k], &b, &e);
                size_t j;
                for (j = 0; j < bases[t].n; j++)
                    if (sym_eq(bases[t].v[j], b))
                        break;
                if (j == bases[t].n)
                    sym_vec_push(&bases[t], b);
                exps[t][j] = e;
                bool fresh;
                sym_map_slot(&gens, b, &fresh);
            }
        }
        re[t] = cr;
        im[t] = ci;
    }
    Sym **g = gc_alloc((gens.n ? gens.n : 1) * sizeof(Sym *));
    if (gens.n)
        memcpy(g, gens.keys, gens.n * sizeof(Sym *));
    sym_sort_default(g, gens.n);
    Key **keys = gc_alloc(nt * sizeof(Key *));
    for (size_t t = 0; t < nt; t++) {
        Key *monom = k_tup(gens.n);
        for (size_t j = 0; j < gens.n; j++) {
            long e = 0;
            for (size_t k = 0; k < bases[t].n; k++)
                if (sym_eq(bases[t].v[k], g[j]))
                    e = exps[t][k];
            monom->u.items[j] = k_int(-e);
        }
        Key *coeff = tup2(tup2(k_int(im[t] != 0), k_float(im[t])), tup2(k_float(re[t]), k_float(im[t])));
        keys[t] = tup3(monom, k_tup(0), coeff);
        out[t] = add->args[t];
    }
    sort_by_keys(out, keys, nt);
    return out;
}
