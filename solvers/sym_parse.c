/* solvers/sym_parse.c — sympify() of strings: a recursive-descent reader of Python expressions. */
#include "solvers/sym_parse.h"

#include <ctype.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_integrate.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_ntheory.h"
#include "solvers/sym_num.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_rel.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"

#define MAX_CALLABLES 256
#define MAX_DEPTH 200

static struct { const char *name; sym_callable fn; } callables[MAX_CALLABLES];
static size_t ncallables;

void sym_parse_register(const char *name, sym_callable fn)
{
    for (size_t i = 0; i < ncallables; i++)
        if (strcmp(callables[i].name, name) == 0) {
            callables[i].fn = fn;
            return;
        }
    if (ncallables < MAX_CALLABLES) {
        callables[ncallables].name = name;
        callables[ncallables++].fn = fn;
    }
}

/* ---- the names of sympy's namespace that are operations rather than functions ---------- */

static Sym *arg_or(const SymCall *c, size_t i, Sym *dflt) { return i < c->n ? c->args[i] : dflt; }

static void need_args(const SymCall *c, size_t lo, size_t hi, const char *name)
{
    if (c->n < lo || c->n > hi)
        sym_raise(SYM_E_TYPE, "%s() takes %zu to %zu arguments (%zu given)", name, lo, hi, c->n);
}

static long small_int(Sym *e, const char *what)
{
    if (e->kind != SYM_INTEGER || !fmpz_fits_si(e->v.z))
        sym_raise(SYM_E_TYPE, "%s must be an integer", what);
    return fmpz_get_si(e->v.z);
}

static Sym *op_rational(const SymCall *c)
{
    need_args(c, 1, 2, "Rational");
    Sym *p = c->args[0], *q = arg_or(c, 1, sym_one);
    if (!sym_is_rational(p) || !sym_is_rational(q))
        sym_raise(SYM_E_TYPE, "invalid input: %s", sym_str(sym_is_rational(p) ? q : p));
    if (sym_is_zero_num(q))
        return sym_is_zero_num(p) ? sym_nan : sym_zoo;
    return sym_div(p, q);
}

static Sym *op_integer(const SymCall *c)
{
    need_args(c, 1, 1, "Integer");
    Sym *x = c->args[0];
    if (x->kind == SYM_INTEGER)
        return x;
    if (sym_is_num(x) && x->kind <= SYM_FLOAT) {
        Sym *f = sym_num_sign(x) < 0 ? sym_num_ceiling(x) : sym_num_floor(x);
        return f;
    }
    sym_raise(SYM_E_TYPE, "Argument of Integer should be of numeric type, got %s.", sym_str(x));
}

static Sym *op_float(const SymCall *c)
{
    need_args(c, 1, 2, "Float");
    long dps = c->n > 1 ? small_int(c->args[1], "dps") : 0;
    Sym *x = c->args[0];
    if (c->str[0]) {
        Sym *f = sym_float_str(x->v.s.name, dps);
        if (!f)
            sym_raise(SYM_E_VALUE, "could not convert string to float: '%s'", x->v.s.name);
        return f;
    }
    if (!sym_is_num(x))
        sym_raise(SYM_E_TYPE, "Cannot convert %s to Float", sym_str(x));
    if (x->kind > SYM_FLOAT)
        return x;
    return sym_num_to_float(x, dps > 0 ? sym_dps_to_prec(dps) : x->kind == SYM_FLOAT ? (long)mpfr_get_prec(x->v.f) : 53);
}

static Sym *op_sympify(const SymCall *c)
{
    need_args(c, 1, 1, "S");
    return c->args[0];
}

static Sym *op_sqrt(const SymCall *c)
{
    need_args(c, 1, 1, "sqrt");
    return sym_sqrt(c->args[0]);
}

static Sym *op_cbrt(const SymCall *c)
{
    need_args(c, 1, 1, "cbrt");
    return sym_pow(c->args[0], sym_rat(1, 3));
}

static Sym *op_root(const SymCall *c)
{
    need_args(c, 2, 2, "root");
    return sym_pow(c->args[0], sym_div(sym_one, c->args[1]));
}

static Sym *op_expand(const SymCall *c)
{
    need_args(c, 1, 1, "expand");
    return sym_expand(c->args[0]);
}

static Sym *op_evalf(const SymCall *c)
{
    need_args(c, 1, 2, "evalf");
    Sym *n = c->n > 1 ? c->args[1] : sym_call_kw(c, "n");
    return sym_evalf(c->args[0], n ? small_int(n, "precision") : 15);
}

static SymFacts kw_facts(const SymCall *c);

static Sym *op_symbol(const SymCall *c)
{
    need_args(c, 1, 1, "Symbol");
    if (!c->str[0])
        sym_raise(SYM_E_TYPE, "name should be a string, not %s", sym_str(c->args[0]));
    return sym_symbol(c->args[0]->v.s.name, kw_facts(c));
}

static Sym *op_rel(const SymCall *c, SymRel r, const char *name)
{
    need_args(c, 1, 2, name);
    return sym_rel(r, c->args[0], arg_or(c, 1, sym_zero));
}

static Sym *op_eq(const SymCall *c) { return op_rel(c, SYM_EQ, "Eq"); }
static Sym *op_ne(const SymCall *c) { return op_rel(c, SYM_NE, "Ne"); }
static Sym *op_lt(const SymCall *c) { return op_rel(c, SYM_LT, "Lt"); }
static Sym *op_le(const SymCall *c) { return op_rel(c, SYM_LE, "Le"); }
static Sym *op_gt(const SymCall *c) { return op_rel(c, SYM_GT, "Gt"); }
static Sym *op_ge(const SymCall *c) { return op_rel(c, SYM_GE, "Ge"); }

static Sym *op_subs(const SymCall *c)
{
    need_args(c, 2, 3, "subs");
    Sym *e = c->args[0];
    if (c->n == 3)
        return sym_subs(e, c->args[1], c->args[2]);
    Sym *m = c->args[1];
    Sym *simul = sym_call_kw(c, "simultaneous");
    bool sim = simul && simul->kind == SYM_TRUE;
    if (m->kind == SYM_DICT) {
        size_t n = m->n / 2;
        Sym **o = gc_alloc((n + 1) * sizeof(Sym *)), **w = gc_alloc((n + 1) * sizeof(Sym *));
        for (size_t i = 0; i < n; i++) {
            o[i] = m->args[2 * i];
            w[i] = m->args[2 * i + 1];
        }
        sym_subs_order(n, o, w);
        return sym_subs_many(e, n, o, w, sim);
    }
    if (m->kind == SYM_LIST || m->kind == SYM_TUPLE) {
        Sym **o = gc_alloc((m->n + 1) * sizeof(Sym *)), **w = gc_alloc((m->n + 1) * sizeof(Sym *));
        for (uint32_t i = 0; i < m->n; i++) {
            if (m->args[i]->kind != SYM_TUPLE || m->args[i]->n != 2)
                sym_raise(SYM_E_VALUE, "subs: expected (old, new) pairs");
            o[i] = m->args[i]->args[0];
            w[i] = m->args[i]->args[1];
        }
        return sym_subs_many(e, m->n, o, w, sim);
    }
    sym_raise(SYM_E_VALUE, "subs: expected a dict or a sequence of pairs");
}

static Sym *op_diff(const SymCall *c)
{
    need_args(c, 1, 16, "diff");
    Sym *e = c->args[0];
    SymVec fs = sym_free_symbols(e);
    if (c->n == 1) {
        if (fs.n != 1)
            sym_raise(SYM_E_VALUE, "specify differentiation variables to differentiate %s",
                      sym_str(e));
        return sym_diff(e, fs.v[0]);
    }
    for (size_t i = 1; i < c->n; i++) {
        Sym *x = c->args[i];
        long times = 1;
        if (i + 1 < c->n && c->args[i + 1]->kind == SYM_INTEGER)
            times = small_int(c->args[++i], "derivative order");
        if (!sym_is_symbol(x))
            sym_raise(SYM_E_VALUE, "Can't calculate derivative wrt %s.", sym_str(x));
        for (long k = 0; k < times; k++)
            e = sym_diff(e, x);
    }
    return e;
}

static Sym *op_factor(const SymCall *c)
{
    need_args(c, 1, 8, "factor");
    return sym_factor(c->args[0]);
}

static Sym *op_cancel(const SymCall *c)
{
    need_args(c, 1, 8, "cancel");
    return sym_cancel(c->args[0]);
}

static Sym *op_together(const SymCall *c)
{
    need_args(c, 1, 1, "together");
    return sym_together(c->args[0]);
}

static Sym *op_gcd(const SymCall *c)
{
    need_args(c, 2, 2, "gcd");
    return sym_gcd(c->args[0], c->args[1]);
}

static Sym *op_lcm(const SymCall *c)
{
    need_args(c, 2, 2, "lcm");
    return sym_lcm(c->args[0], c->args[1]);
}

static Sym *op_div(const SymCall *c)
{
    need_args(c, 2, 3, "div");
    Sym *q, *r;
    sym_poly_divide(c->args[0], c->args[1], &q, &r);
    return sym_tuple(2, (Sym *[]){q, r});
}

static Sym *op_numer_denom(const SymCall *c)
{
    need_args(c, 1, 1, "as_numer_denom");
    Sym *n, *d;
    sym_numer_denom(c->args[0], &n, &d);
    return sym_tuple(2, (Sym *[]){n, d});
}

static Sym *op_coeff(const SymCall *c)
{
    need_args(c, 2, 3, "coeff");
    return sym_coeff(c->args[0], c->args[1], arg_or(c, 2, sym_one));
}

static Sym *op_free_symbols(const SymCall *c)
{
    need_args(c, 1, 1, "free_symbols");
    SymVec v = sym_free_symbols(c->args[0]);
    return sym_list(v.n, v.v);
}

static bool flag(const SymCall *c, const char *name)
{
    Sym *v = sym_call_kw(c, name);
    return v && v->kind == SYM_TRUE;
}

static Sym *op_solve(const SymCall *c)
{
    need_args(c, 1, 64, "solve");
    Sym *const *syms = c->args + 1;
    size_t n = c->n - 1;
    if (n == 1 && (syms[0]->kind == SYM_LIST || syms[0]->kind == SYM_TUPLE)) {
        n = syms[0]->n;
        syms = syms[0]->args;
    }
    return sym_solve(c->args[0], n, syms, flag(c, "dict"));
}

static Sym *op_roots(const SymCall *c)
{
    need_args(c, 1, 2, "roots");
    Sym *x = c->n > 1 ? c->args[1] : NULL;
    if (!x) {
        SymVec fs = sym_free_symbols(c->args[0]);
        if (fs.n != 1)
            sym_raise(SYM_E_POLYNOMIAL, "multivariate polynomials are not supported");
        x = fs.v[0];
    }
    return sym_roots(c->args[0], x);
}

static Sym *op_simplify(const SymCall *c)
{
    need_args(c, 1, 1, "simplify");
    return sym_simplify(c->args[0]);
}

static Sym *need_matrix(const SymCall *c, const char *name)
{
    if (!c->n || c->args[0]->kind != SYM_MATRIX)
        sym_raise(SYM_E_TYPE, "%s needs a Matrix", name);
    return c->args[0];
}

static Sym *op_matrix(const SymCall *c)
{
    need_args(c, 1, 3, "Matrix");
    if (c->n == 3) {
        long r = small_int(c->args[0], "rows"), k = small_int(c->args[1], "cols");
        Sym *l = c->args[2];
        if (r < 0 || k < 0 || (l->kind != SYM_LIST && l->kind != SYM_TUPLE) || (long)l->n != r * k)
            sym_raise(SYM_E_VALUE, "List length should be equal to rows*columns");
        return sym_matrix((size_t)r, (size_t)k, l->args);
    }
    Sym *l = c->args[0];
    if (l->kind == SYM_MATRIX)
        return l;
    if (l->kind != SYM_LIST && l->kind != SYM_TUPLE)
        sym_raise(SYM_E_TYPE, "Data type not understood");
    if (!l->n)
        return sym_matrix(0, 0, NULL);
    bool nested = l->args[0]->kind == SYM_LIST || l->args[0]->kind == SYM_TUPLE;
    if (!nested)
        return sym_matrix(l->n, 1, l->args);
    size_t cols = l->args[0]->n;
    Sym **e = gc_alloc((l->n * cols + 1) * sizeof(Sym *));
    for (uint32_t i = 0; i < l->n; i++) {
        if (l->args[i]->n != cols)
            sym_raise(SYM_E_VALUE, "mismatched dimensions");
        memcpy(e + i * cols, l->args[i]->args, cols * sizeof(Sym *));
    }
    return sym_matrix(l->n, cols, e);
}

static Sym *op_eye(const SymCall *c)
{
    need_args(c, 1, 1, "eye");
    return sym_matrix_eye((size_t)small_int(c->args[0], "size"));
}

static Sym *op_zeros(const SymCall *c)
{
    need_args(c, 1, 2, "zeros");
    long r = small_int(c->args[0], "rows"), k = c->n > 1 ? small_int(c->args[1], "cols") : r;
    return sym_matrix_fill((size_t)r, (size_t)k, sym_zero);
}

static Sym *op_ones(const SymCall *c)
{
    need_args(c, 1, 2, "ones");
    long r = small_int(c->args[0], "rows"), k = c->n > 1 ? small_int(c->args[1], "cols") : r;
    return sym_matrix_fill((size_t)r, (size_t)k, sym_one);
}

static Sym *op_det(const SymCall *c) { return sym_matrix_det(need_matrix(c, "det")); }
static Sym *op_inv(const SymCall *c) { return sym_matrix_inv(need_matrix(c, "inv")); }
static Sym *op_transpose(const SymCall *c) { return sym_matrix_transpose(need_matrix(c, "T")); }
static Sym *op_trace(const SymCall *c) { return sym_matrix_trace(need_matrix(c, "trace")); }
static Sym *op_adjugate(const SymCall *c) { return sym_matrix_adjugate(need_matrix(c, "adjugate")); }
static Sym *op_rank(const SymCall *c) { return sym_int(sym_matrix_rank(need_matrix(c, "rank"))); }
static Sym *op_nullspace(const SymCall *c) { return sym_matrix_nullspace(need_matrix(c, "nullspace")); }
static Sym *op_eigenvals(const SymCall *c) { return sym_matrix_eigenvals(need_matrix(c, "eigenvals")); }
static Sym *op_eigenvects(const SymCall *c) { return sym_matrix_eigenvects(need_matrix(c, "eigenvects")); }
static Sym *op_norm(const SymCall *c) { return sym_matrix_norm(need_matrix(c, "norm")); }

static Sym *op_columnspace(const SymCall *c)
{
    return sym_matrix_columnspace(need_matrix(c, "columnspace"));
}

static Sym *op_rref(const SymCall *c)
{
    Sym *p, *m = sym_matrix_rref(need_matrix(c, "rref"), &p);
    return sym_tuple(2, (Sym *[]){m, p});
}

static Sym *op_shape(const SymCall *c)
{
    Sym *m = need_matrix(c, "shape");
    return sym_tuple(2, (Sym *[]){sym_int(m->v.m.rows), sym_int(m->v.m.cols)});
}

static Sym *op_matrix2(const SymCall *c, Sym *(*f)(Sym *, Sym *), const char *name)
{
    need_args(c, 2, 2, name);
    need_matrix(c, name);
    if (c->args[1]->kind != SYM_MATRIX)
        sym_raise(SYM_E_TYPE, "%s needs a Matrix argument", name);
    return f(c->args[0], c->args[1]);
}

static Sym *op_dot(const SymCall *c) { return op_matrix2(c, sym_matrix_dot, "dot"); }
static Sym *op_cross(const SymCall *c) { return op_matrix2(c, sym_matrix_cross, "cross"); }
static Sym *op_lusolve(const SymCall *c) { return op_matrix2(c, sym_matrix_solve, "LUsolve"); }

static Sym *op_charpoly(const SymCall *c)
{
    need_args(c, 1, 2, "charpoly");
    return sym_matrix_charpoly(need_matrix(c, "charpoly"),
                               c->n > 1 ? c->args[1] : sym_symbol("lambda", (SymFacts){0, 0}));
}

static Sym *op_isprime(const SymCall *c)
{
    need_args(c, 1, 1, "isprime");
    return sym_bool(sym_isprime(c->args[0]));
}

static Sym *op_nextprime(const SymCall *c)
{
    need_args(c, 1, 2, "nextprime");
    return sym_nextprime(c->args[0], c->n > 1 ? small_int(c->args[1], "ith") : 1);
}

static Sym *op_unary_nt(const SymCall *c, Sym *(*f)(Sym *), const char *name)
{
    need_args(c, 1, 1, name);
    return f(c->args[0]);
}

static Sym *op_binary_nt(const SymCall *c, Sym *(*f)(Sym *, Sym *), const char *name)
{
    need_args(c, 2, 2, name);
    return f(c->args[0], c->args[1]);
}

static Sym *op_prevprime(const SymCall *c) { return op_unary_nt(c, sym_prevprime, "prevprime"); }
static Sym *op_prime(const SymCall *c) { return op_unary_nt(c, sym_prime, "prime"); }
static Sym *op_primepi(const SymCall *c) { return op_unary_nt(c, sym_primepi, "primepi"); }
static Sym *op_factorint(const SymCall *c) { return op_unary_nt(c, sym_factorint, "factorint"); }
static Sym *op_primefactors(const SymCall *c) { return op_unary_nt(c, sym_primefactors, "primefactors"); }
static Sym *op_divisors(const SymCall *c) { return op_unary_nt(c, sym_divisors, "divisors"); }
static Sym *op_divisor_count(const SymCall *c) { return op_unary_nt(c, sym_divisor_count, "divisor_count"); }
static Sym *op_totient(const SymCall *c) { return op_unary_nt(c, sym_totient, "totient"); }
static Sym *op_perfect_power(const SymCall *c) { return op_unary_nt(c, sym_perfect_power, "perfect_power"); }
static Sym *op_primerange(const SymCall *c) { return op_binary_nt(c, sym_primerange, "primerange"); }
static Sym *op_mod_inverse(const SymCall *c) { return op_binary_nt(c, sym_mod_inverse, "mod_inverse"); }
static Sym *op_nthroot(const SymCall *c) { return op_binary_nt(c, sym_integer_nthroot, "integer_nthroot"); }
static Sym *op_n_order(const SymCall *c) { return op_binary_nt(c, sym_n_order, "n_order"); }
static Sym *op_legendre(const SymCall *c) { return op_binary_nt(c, sym_legendre_symbol, "legendre_symbol"); }
static Sym *op_jacobi(const SymCall *c) { return op_binary_nt(c, sym_jacobi_symbol, "jacobi_symbol"); }

static Sym *op_divisor_sigma(const SymCall *c)
{
    need_args(c, 1, 2, "divisor_sigma");
    return sym_divisor_sigma(c->args[0], c->n > 1 ? small_int(c->args[1], "k") : 1);
}

static Sym *op_primitive_root(const SymCall *c)
{
    need_args(c, 1, 1, "primitive_root");
    Sym *r = sym_primitive_root(c->args[0]);
    return r ? r : sym_symbol("None", (SymFacts){0, 0});
}

static Sym *op_crt(const SymCall *c)
{
    need_args(c, 2, 2, "crt");
    Sym *m = c->args[0], *v = c->args[1];
    if (m->n != v->n)
        sym_raise(SYM_E_VALUE, "crt: lists of different lengths");
    Sym *r = sym_crt(m->n, m->args, v->args);
    return r ? r : sym_symbol("None", (SymFacts){0, 0});
}

static Sym *op_list(const SymCall *c)
{
    need_args(c, 1, 1, "list");
    Sym *x = c->args[0];
    if (x->kind == SYM_DICT) {
        SymVec k = {0};
        for (uint32_t i = 0; i < x->n; i += 2)
            sym_vec_push(&k, x->args[i]);
        return sym_list(k.n, k.v);
    }
    return sym_list(x->n, x->args);
}

static SymFacts kw_facts(const SymCall *c)
{
    SymFacts f = {0, 0};
    for (size_t i = 0; i < c->nkw; i++) {
        int k;
        for (k = 0; k < SYM_F_COUNT; k++)
            if (strcmp(sym_fact_name(k), c->kw[i]) == 0)
                break;
        if (k == SYM_F_COUNT || (c->kwv[i]->kind != SYM_TRUE && c->kwv[i]->kind != SYM_FALSE))
            continue;
        f.known |= 1u << k;
        if (c->kwv[i]->kind == SYM_TRUE)
            f.value |= 1u << k;
    }
    return f;
}

static Sym *op_symbols(const SymCall *c)
{
    need_args(c, 1, 1, "symbols");
    if (!c->str[0])
        sym_raise(SYM_E_TYPE, "symbols() needs a string");
    SymVec v = {0};
    bool seq;
    sym_symbols(c->args[0]->v.s.name, kw_facts(c), &v, &seq);
    return seq ? sym_tuple(v.n, v.v) : v.v[0];
}

static Sym *op_integrate(const SymCall *c)
{
    need_args(c, 1, 8, "integrate");
    Sym *f = c->args[0];
    if (c->n == 1) {
        SymVec fs = sym_free_symbols(f);
        if (fs.n != 1)
            sym_raise(SYM_E_VALUE, "specify integration variables to integrate %s", sym_str(f));
        return sym_integrate(f, fs.v[0]);
    }
    for (size_t i = 1; i < c->n; i++)
        f = sym_integrate_limit(f, c->args[i]);
    return f;
}

static const struct { const char *name; sym_callable fn; } builtins[] = {
    {"integrate", op_integrate},
    {"symbols", op_symbols},
    {"isprime", op_isprime}, {"nextprime", op_nextprime}, {"prevprime", op_prevprime},
    {"prime", op_prime}, {"primepi", op_primepi}, {"factorint", op_factorint},
    {"primefactors", op_primefactors}, {"divisors", op_divisors},
    {"divisor_count", op_divisor_count}, {"totient", op_totient},
    {"perfect_power", op_perfect_power}, {"primerange", op_primerange},
    {"mod_inverse", op_mod_inverse}, {"integer_nthroot", op_nthroot}, {"n_order", op_n_order},
    {"legendre_symbol", op_legendre}, {"jacobi_symbol", op_jacobi},
    {"divisor_sigma", op_divisor_sigma}, {"primitive_root", op_primitive_root}, {"crt", op_crt},
    {"list", op_list},
    {"Matrix", op_matrix}, {"eye", op_eye}, {"zeros", op_zeros}, {"ones", op_ones},
    {"det", op_det}, {"inv", op_inv}, {"T", op_transpose}, {"trace", op_trace},
    {"adjugate", op_adjugate}, {"rank", op_rank}, {"nullspace", op_nullspace},
    {"columnspace", op_columnspace}, {"eigenvals", op_eigenvals}, {"eigenvects", op_eigenvects},
    {"rref", op_rref}, {"shape", op_shape}, {"dot", op_dot}, {"cross", op_cross},
    {"LUsolve", op_lusolve}, {"norm", op_norm}, {"charpoly", op_charpoly},
    {"solve", op_solve}, {"roots", op_roots}, {"simplify", op_simplify},
    {"subs", op_subs}, {"diff", op_diff}, {"factor", op_factor}, {"cancel", op_cancel},
    {"together", op_together}, {"gcd", op_gcd}, {"lcm", op_lcm}, {"div", op_div},
    {"as_numer_denom", op_numer_denom}, {"coeff", op_coeff}, {"free_symbols", op_free_symbols},
    {"Rational", op_rational}, {"Integer", op_integer}, {"Float", op_float},
    {"S", op_sympify}, {"sympify", op_sympify}, {"sqrt", op_sqrt}, {"cbrt", op_cbrt},
    {"root", op_root}, {"expand", op_expand}, {"N", op_evalf}, {"evalf", op_evalf},
    {"n", op_evalf}, {"Symbol", op_symbol}, {"Eq", op_eq}, {"Ne", op_ne}, {"Lt", op_lt},
    {"Le", op_le}, {"Gt", op_gt}, {"Ge", op_ge},
};

static sym_callable find_callable(const char *name)
{
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(builtins[i].name, name) == 0)
            return builtins[i].fn;
    for (size_t i = 0; i < ncallables; i++)
        if (strcmp(callables[i].name, name) == 0)
            return callables[i].fn;
    return NULL;
}

Sym *sym_call_kw(const SymCall *call, const char *name)
{
    for (size_t i = 0; i < call->nkw; i++)
        if (strcmp(call->kw[i], name) == 0)
            return call->kwv[i];
    return NULL;
}

typedef struct {
    const char *text, *p;
    int depth;
} Parser;

_Noreturn static void fail(Parser *ps, const char *what)
{
    sym_raise(SYM_E_SYMPIFY, "Sympify of expression 'could not parse '%s'' failed (%s)", ps->text,
              what);
}

static void skip(Parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
        ps->p++;
}

static bool eat(Parser *ps, const char *tok)
{
    skip(ps);
    size_t n = strlen(tok);
    if (strncmp(ps->p, tok, n) != 0)
        return false;
    /* "*" must not take the first half of "**", nor "/" of "//", "<" of "<=" ... */
    if ((n == 1 && (tok[0] == '*' || tok[0] == '/') && ps->p[1] == tok[0]) ||
        (n == 1 && strchr("<>=!", tok[0]) && ps->p[1] == '='))
        return false;
    ps->p += n;
    return true;
}

static void expect(Parser *ps, const char *tok)
{
    if (!eat(ps, tok))
        fail(ps, "syntax error");
}

static Sym *expr(Parser *ps);

static char *ident(Parser *ps)
{
    skip(ps);
    const char *s = ps->p;
    if (!(isalpha((unsigned char)*s) || *s == '_'))
        return NULL;
    while (isalnum((unsigned char)*ps->p) || *ps->p == '_')
        ps->p++;
    size_t n = (size_t)(ps->p - s);
    char *r = gc_alloc_atomic(n + 1);
    memcpy(r, s, n);
    return r;
}

static Sym *number(Parser *ps)
{
    const char *s = ps->p;
    bool is_float = false;
    while (isdigit((unsigned char)*ps->p) || *ps->p == '_')
        ps->p++;
    if (*ps->p == '.') {
        is_float = true;
        ps->p++;
        while (isdigit((unsigned char)*ps->p) || *ps->p == '_')
            ps->p++;
    }
    if ((*ps->p == 'e' || *ps->p == 'E') &&
        (isdigit((unsigned char)ps->p[1]) ||
         ((ps->p[1] == '+' || ps->p[1] == '-') && isdigit((unsigned char)ps->p[2])))) {
        is_float = true;
        ps->p += 2;
        while (isdigit((unsigned char)*ps->p))
            ps->p++;
    }
    size_t n = (size_t)(ps->p - s);
    char *t = gc_alloc_atomic(n + 1), *o = t;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            *o++ = s[i];
    if (is_float) {
        Sym *f = sym_float_str(t, 0);
        if (!f)
            fail(ps, "bad number");
        return f;
    }
    fmpz_t z;
    fmpz_init(z);
    if (fmpz_set_str(z, t, 10) != 0) {
        fmpz_clear(z);
        fail(ps, "bad number");
    }
    return sym_int_move(z);
}

static Sym *string_lit(Parser *ps)
{
    char q = *ps->p++;
    const char *s = ps->p;
    while (*ps->p && *ps->p != q)
        ps->p++;
    if (!*ps->p)
        fail(ps, "unterminated string");
    size_t n = (size_t)(ps->p - s);
    ps->p++;
    char *name = gc_alloc_atomic(n + 1);
    memcpy(name, s, n);
    return sym_symbol(name, (SymFacts){0, 0});
}

static Sym *apply(Parser *ps, const char *name, Sym *self, bool method)
{
    SymVec args = {0}, kwv = {0};
    size_t nkw = 0, capkw = 0;
    const char **kw = NULL;
    bool *str = gc_alloc_atomic(64);
    size_t cap_str = 64;
    if (self)
        sym_vec_push(&args, self);
    skip(ps);
    if (!eat(ps, ")")) {
        for (;;) {
            skip(ps);
            const char *save = ps->p;
            char *k = ident(ps);
            if (k && eat(ps, "=")) {
                if (nkw == capkw) {
                    capkw = capkw ? 2 * capkw : 4;
                    kw = gc_realloc(kw, capkw * sizeof(char *));
                }
                kw[nkw++] = k;
                skip(ps);
                sym_vec_push(&kwv, expr(ps));
            } else {
                ps->p = save;
                skip(ps);
                bool is_str = *ps->p == '\'' || *ps->p == '"';
                Sym *a = expr(ps);
                if (args.n + 1 >= cap_str) {
                    bool *t = gc_alloc_atomic(2 * cap_str);
                    memcpy(t, str, cap_str);
                    str = t;
                    cap_str *= 2;
                }
                str[args.n] = is_str && a->kind == SYM_SYMBOL;   /* not 'a' + 2 */
                sym_vec_push(&args, a);
            }
            if (eat(ps, ")"))
                break;
            expect(ps, ",");
            if (eat(ps, ")"))
                break;
        }
    }
    SymCall call = {args.n, args.v, str, nkw, kw, kwv.v};
    sym_callable fn = find_callable(name);
    if (fn)
        return fn(&call);
    int f = method ? -1 : sym_fn_lookup(name);
    if (f > 0)
        return sym_fn(f, args.n, args.v);
    if (method)
        sym_raise(SYM_E_TYPE, "object has no attribute '%s'", name);
    return sym_undef_fn(name, args.n, args.v);
}

static Sym *name_value(const char *name)
{
    static const struct { const char *name; Sym **v; } consts[] = {
        {"pi", &sym_pi}, {"E", &sym_e}, {"I", &sym_i}, {"oo", &sym_oo}, {"zoo", &sym_zoo},
        {"nan", &sym_nan}, {"GoldenRatio", &sym_golden_ratio}, {"EulerGamma", &sym_euler_gamma},
        {"Catalan", &sym_catalan}, {"True", &sym_true}, {"False", &sym_false},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (strcmp(consts[i].name, name) == 0)
            return *consts[i].v;
    return sym_symbol(name, (SymFacts){0, 0});
}

static Sym *sequence(Parser *ps, const char *close, bool *trailing_comma)
{
    SymVec v = {0};
    *trailing_comma = false;
    if (!eat(ps, close)) {
        for (;;) {
            sym_vec_push(&v, expr(ps));
            if (eat(ps, close))
                break;
            expect(ps, ",");
            if (eat(ps, close)) {
                *trailing_comma = true;
                break;
            }
        }
    }
    return sym_build(SYM_TUPLE, 0, v.n, v.v);
}

static Sym *atom(Parser *ps)
{
    skip(ps);
    char c = *ps->p;
    Sym *e;
    if (isdigit((unsigned char)c) || (c == '.' && isdigit((unsigned char)ps->p[1]))) {
        e = number(ps);
    } else if (c == '\'' || c == '"') {
        e = string_lit(ps);
    } else if (c == '(') {
        ps->p++;
        bool comma;
        Sym *t = sequence(ps, ")", &comma);
        e = (t->n == 1 && !comma) ? t->args[0] : t;
    } else if (c == '{') {
        ps->p++;
        SymVec k = {0}, v = {0};
        if (!eat(ps, "}")) {
            for (;;) {
                sym_vec_push(&k, expr(ps));
                expect(ps, ":");
                sym_vec_push(&v, expr(ps));
                if (eat(ps, "}"))
                    break;
                expect(ps, ",");
            }
        }
        e = sym_dict(k.n, k.v, v.v);
    } else if (c == '[') {
        ps->p++;
        bool comma;
        Sym *t = sequence(ps, "]", &comma);
        e = sym_list(t->n, t->args);
    } else {
        char *name = ident(ps);
        if (!name)
            fail(ps, "syntax error");
        if (eat(ps, "("))
            e = apply(ps, name, NULL, false);
        else
            e = name_value(name);
    }
    for (;;) {
        if (eat(ps, ".")) {
            char *m = ident(ps);
            if (!m)
                fail(ps, "syntax error");
            if (eat(ps, "(")) {
                e = apply(ps, m, e, true);
            } else if (strcmp(m, "args") == 0) {
                e = sym_tuple(e->n, e->args);
            } else {
                sym_callable fn = find_callable(m);
                if (!fn)
                    sym_raise(SYM_E_TYPE, "object has no attribute '%s'", m);
                SymCall call = {1, &e, (bool[]){false}, 0, NULL, NULL};
                e = fn(&call);
            }
        } else if (eat(ps, "[")) {
            Sym *i = expr(ps);
            if (eat(ps, ","))
                i = sym_tuple(2, (Sym *[]){i, expr(ps)});
            expect(ps, "]");
            if (e->kind == SYM_MATRIX && i->kind == SYM_TUPLE && i->n == 2) {
                long r = small_int(i->args[0], "row"), k = small_int(i->args[1], "column");
                if (r < 0 || k < 0 || (uint32_t)r >= e->v.m.rows || (uint32_t)k >= e->v.m.cols)
                    sym_raise(SYM_E_VALUE, "index out of range");
                e = sym_matrix_at(e, (size_t)r, (size_t)k);
                continue;
            }
            if (e->kind == SYM_MATRIX && i->kind == SYM_INTEGER)
                e = sym_list(e->n, e->args);
            if (i->kind != SYM_INTEGER || !(e->kind == SYM_LIST || e->kind == SYM_TUPLE))
                fail(ps, "bad subscript");
            long k = fmpz_get_si(i->v.z);
            if (k < 0)
                k += (long)e->n;
            if (k < 0 || k >= (long)e->n)
                sym_raise(SYM_E_VALUE, "index out of range");
            e = e->args[k];
        } else {
            return e;
        }
    }
}

static bool is_mat(Sym *e) { return e->kind == SYM_MATRIX; }

/* The parser's operators, with matrices as sympy's Matrix treats them. */
static Sym *op_add(Sym *a, Sym *b, bool sub)
{
    if (is_mat(a) && is_mat(b))
        return sub ? sym_matrix_sub(a, b) : sym_matrix_add(a, b);
    if (is_mat(a) || is_mat(b))
        sym_raise(SYM_E_TYPE, "cannot add %s and %s", sym_class_name(a), sym_class_name(b));
    return sub ? sym_sub(a, b) : sym_add(a, b);
}

static Sym *op_mul(Sym *a, Sym *b)
{
    if (is_mat(a) && is_mat(b))
        return sym_matrix_mul(a, b);
    if (is_mat(a))
        return sym_matrix_scale(a, b);
    if (is_mat(b))
        return sym_matrix_scale(b, a);
    return sym_mul(a, b);
}

static Sym *op_pow(Sym *a, Sym *b)
{
    if (is_mat(a))
        return sym_matrix_pow(a, small_int(b, "exponent"));
    return sym_pow(a, b);
}

static Sym *unary(Parser *ps);

static Sym *power(Parser *ps)
{
    Sym *b = atom(ps);
    if (eat(ps, "**"))
        return op_pow(b, unary(ps));
    return b;
}

static Sym *unary(Parser *ps)
{
    if (++ps->depth > MAX_DEPTH)
        fail(ps, "too deeply nested");
    Sym *r;
    if (eat(ps, "-")) {
        r = unary(ps);
        r = is_mat(r) ? sym_matrix_scale(r, sym_neg_one) : sym_neg(r);
    }
    else if (eat(ps, "+"))
        r = unary(ps);
    else
        r = power(ps);
    ps->depth--;
    return r;
}

static Sym *term(Parser *ps)
{
    Sym *a = unary(ps);
    for (;;) {
        budget_tick();
        if (eat(ps, "*"))
            a = op_mul(a, unary(ps));
        else if (eat(ps, "/"))
            a = sym_div(a, unary(ps));
        else if (eat(ps, "%"))
            a = sym_fn2(SYM_FN_MOD, a, unary(ps));
        else
            return a;
    }
}

static Sym *arith(Parser *ps)
{
    Sym *a = term(ps);
    for (;;) {
        if (eat(ps, "+"))
            a = op_add(a, term(ps), false);
        else if (eat(ps, "-"))
            a = op_add(a, term(ps), true);
        else
            return a;
    }
}

static Sym *expr(Parser *ps)
{
    if (++ps->depth > MAX_DEPTH)
        fail(ps, "too deeply nested");
    Sym *a = arith(ps);
    static const struct { const char *tok; SymRel rel; } ops[] = {
        {"<=", SYM_LE}, {">=", SYM_GE}, {"<", SYM_LT}, {">", SYM_GT},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (eat(ps, ops[i].tok)) {
            a = sym_rel(ops[i].rel, a, arith(ps));
            break;
        }
    ps->depth--;
    return a;
}

Sym *sym_parse(const char *text)
{
    Parser ps = {text, text, 0};
    Sym *e = expr(&ps);
    skip(&ps);
    if (*ps.p)
        fail(&ps, "unexpected text");
    return e;
}
