/* solvers/sym_rootof.c — CRootOf nodes: construction, isolation with Arb, sympy's root order. */
#include "solvers/sym_rootof.h"

#include <stdlib.h>

#include <arb_fmpz_poly.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>

#include "base/budget.h"
#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_qpoly.h"
#include "solvers/sym_print.h"
#include "solvers/sym_solve.h"

/* The variable of a node's polynomial: the one symbol in it. */
static Sym *poly_var(Sym *e)
{
    if (e->kind == SYM_SYMBOL || e->kind == SYM_DUMMY)
        return e;
    for (uint32_t i = 0; i < e->n; i++) {
        Sym *v = poly_var(e->args[i]);
        if (v)
            return v;
    }
    return NULL;
}

/* f as a primitive integer polynomial with positive leading coefficient; false when f is not a
 * polynomial in x with rational coefficients. */
static bool int_poly(fmpz_poly_t out, Sym *f, Sym *x)
{
    fmpq_poly_t q;
    fmpq_poly_init(q);
    bool ok = sym_qpoly_read(q, f, x);
    if (ok) {
        fmpq_poly_get_numerator(out, q);
        fmpz_poly_primitive_part(out, out);
        if (fmpz_poly_degree(out) >= 0 && fmpz_sgn(fmpz_poly_lead(out)) < 0)
            fmpz_poly_neg(out, out);
    }
    fmpq_poly_clear(q);
    return ok;
}

static Sym *poly_expr(const fmpz_poly_t p, Sym *x)
{
    slong d = fmpz_poly_degree(p);
    Sym **t = gc_alloc((size_t)(d + 1) * sizeof(Sym *));
    size_t n = 0;
    for (slong i = 0; i <= d; i++)
        if (!fmpz_is_zero(p->coeffs + i))
            t[n++] = sym_mul(sym_int_fmpz(p->coeffs + i), sym_pow(x, sym_int((long)i)));
    return sym_add_n(n, t);
}

/* sympy's index order: real roots increasing, then by real part, conjugates adjacent with the
 * negative imaginary part first. Isolated balls compare by their midpoints. */
static int root_cmp(const void *pa, const void *pb)
{
    const acb_struct *a = pa, *b = pb;
    int ra = acb_is_real(a), rb = acb_is_real(b);
    if (ra != rb)
        return ra ? -1 : 1;
    int c = arf_cmp(arb_midref(acb_realref(a)), arb_midref(acb_realref(b)));
    if (c || ra)
        return c;
    return arf_cmp(arb_midref(acb_imagref(a)), arb_midref(acb_imagref(b)));
}

/* The roots of the squarefree p (degree 1 to SYM_ROOTOF_MAX_DEGREE) in sympy's index order, about prec bits each;
 * *nreal receives the number of real ones. The caller clears the vector (degree entries). */
static acb_ptr isolate(const fmpz_poly_t p, slong prec, slong *nreal)
{
    slong d = fmpz_poly_degree(p);
    acb_ptr r = _acb_vec_init(d);
    arb_fmpz_poly_complex_roots(r, p, 0, prec);
    qsort(r, (size_t)d, sizeof(acb_struct), root_cmp);
    *nreal = 0;
    while (*nreal < d && acb_is_real(r + *nreal))
        (*nreal)++;
    return r;
}

static SymVec ordered_roots(Sym *p, Sym *x, bool real_only, bool radicals);

Sym *sym_crootof(Sym *f, Sym *x, long k, long *deg)
{
    SymVec c = {0, 0, NULL};
    if (!sym_poly_coeffs(f, x, &c))
        sym_raise(SYM_E_POLYNOMIAL, "generator must be a Symbol");
    fmpz_poly_t p;
    fmpz_poly_init(p);
    if (!int_poly(p, f, x)) {
        fmpz_poly_clear(p);
        sym_raise(SYM_E_NOT_IMPLEMENTED, "tirbox: CRootOf of %s is not supported", sym_str(f));
    }
    slong d = fmpz_poly_degree(p);
    *deg = (long)d;
    if (d < 1) {
        fmpz_poly_clear(p);
        sym_raise(SYM_E_POLYNOMIAL, "can't construct CRootOf object for %s", sym_str(f));
    }
    if (k < -d || k >= d) {
        fmpz_poly_clear(p);
        return NULL;
    }
    if (k < 0)
        k += (long)d;
    Sym *out;
    if (d == 1) {
        fmpz_t num;
        fmpz_init(num);
        fmpz_neg(num, p->coeffs);
        out = sym_rat_fmpz(num, p->coeffs + 1);
        fmpz_clear(num);
    } else {
        fmpz_poly_factor_t fac;
        fmpz_poly_factor_init(fac);
        fmpz_poly_factor(fac, p);
        bool irreducible = fac->num == 1 && fac->exp[0] == 1;
        fmpz_poly_factor_clear(fac);
        out = irreducible ? sym_fn_raw(SYM_FN_CROOTOF, 2, (Sym *[]){poly_expr(p, x), sym_int(k)})
                          : ordered_roots(poly_expr(p, x), x, false, false).v[k];
    }
    fmpz_poly_clear(p);
    return out;
}

/* The sorted roots of node e's polynomial at prec bits and the node's index. */
static acb_ptr node_roots(const Sym *e, slong prec, slong *nreal, slong *deg, slong *k)
{
    Sym *f = e->args[0];
    fmpz_poly_t p;
    fmpz_poly_init(p);
    int_poly(p, f, poly_var(f));
    *deg = fmpz_poly_degree(p);
    *k = fmpz_get_si(e->args[1]->v.z);
    if (*deg > SYM_ROOTOF_MAX_DEGREE) {
        fmpz_poly_clear(p);
        sym_raise(SYM_E_LIMIT, "polynomial degree too large to isolate its roots");
    }
    budget_tick();
    acb_ptr r = isolate(p, prec, nreal);
    fmpz_poly_clear(p);
    return r;
}

bool sym_crootof_acb(acb_t out, const Sym *e, slong prec)
{
    slong nreal, deg, k;
    acb_ptr r = node_roots(e, prec + 16, &nreal, &deg, &k);
    acb_set(out, r + k);
    _acb_vec_clear(r, deg);
    return true;
}

bool sym_crootof_is_real(const Sym *e)
{
    slong nreal, deg, k;
    acb_ptr r = node_roots(e, 32, &nreal, &deg, &k);
    _acb_vec_clear(r, deg);
    return k < nreal;
}

bool sym_rootof_needed(const SymVec *coeffs)
{
    size_t nonzero = 0;
    for (size_t j = 0; j < coeffs->n; j++)
        nonzero += !sym_is_zero_num(coeffs->v[j]);
    return coeffs->n >= 4 && nonzero > 2;
}

static void push_times(SymVec *v, Sym *e, long times)
{
    for (long i = 0; i < times; i++)
        sym_vec_push(v, e);
}

/* The roots of p in sympy's order; with radicals (all_roots()), roots() gives those of the factors
 * it solves and the CRootOf nodes of the others are written in a plain x, as sympy's all_roots()
 * renames the generator; without, every factor of degree 2 or more gives CRootOf nodes in p's x. */
static SymVec ordered_roots(Sym *p, Sym *x, bool real_only, bool radicals)
{
    Sym *node_x = radicals ? sym_symbol("x", (SymFacts){0, 0}) : x;
    SymVec fs = {0, 0, NULL}, ms = {0, 0, NULL};
    sym_factor_list(p, &fs, &ms);
    bool *needed = gc_alloc_atomic(fs.n + 1);
    bool any = false;
    for (size_t i = 0; i < fs.n; i++) {
        SymVec c = {0, 0, NULL};
        needed[i] = sym_poly_coeffs(fs.v[i], x, &c) && (radicals ? sym_rootof_needed(&c) : c.n > 2);
        any |= needed[i];
    }
    SymVec real = {0, 0, NULL}, other = {0, 0, NULL}, tail = {0, 0, NULL};
    /* radical roots come from roots() of the whole polynomial unless a factor needs CRootOf */
    size_t nparts = any ? fs.n : 1;
    for (size_t i = 0; i < nparts; i++) {
        if (any && needed[i]) {
            long deg, m = fmpz_get_si(ms.v[i]->v.z);
            slong nreal, d, k;
            Sym *f = sym_subs(fs.v[i], x, node_x);
            acb_ptr r = node_roots(sym_crootof(f, node_x, 0, &deg), 32, &nreal, &d, &k);
            _acb_vec_clear(r, d);
            for (long j = 0; j < deg; j++)
                push_times(j < nreal ? &real : &tail, sym_crootof(f, node_x, j, &deg), m);
            continue;
        }
        Sym *r = sym_roots(any ? fs.v[i] : p, x);
        long m = any ? fmpz_get_si(ms.v[i]->v.z) : 1;
        for (uint32_t j = 0; j + 1 < r->n; j += 2)
            push_times(sym_is(r->args[j], SYM_F_REAL) ? &real : &other, r->args[j],
                       m * fmpz_get_si(r->args[j + 1]->v.z));
    }
    /* insertion sorts by numeric value (roots are few) */
    for (size_t i = 1; i < real.n; i++)
        for (size_t j = i; j > 0 && sym_eval_sign(sym_sub(real.v[j - 1], real.v[j])) > 0; j--) {
            Sym *t = real.v[j];
            real.v[j] = real.v[j - 1];
            real.v[j - 1] = t;
        }
    for (size_t i = 1; i < other.n; i++)
        for (size_t j = i; j > 0; j--) {
            double ar, ai, br, bi;
            sym_eval_complex(other.v[j - 1], &ar, &ai);
            sym_eval_complex(other.v[j], &br, &bi);
            if (ar < br || (ar == br && ai <= bi))
                break;
            Sym *t = other.v[j];
            other.v[j] = other.v[j - 1];
            other.v[j - 1] = t;
        }
    if (!real_only) {
        for (size_t i = 0; i < other.n; i++)
            sym_vec_push(&real, other.v[i]);
        for (size_t i = 0; i < tail.n; i++)
            sym_vec_push(&real, tail.v[i]);
    }
    return real;
}

SymVec sym_rootof_all_roots(Sym *p, Sym *x, bool real_only) { return ordered_roots(p, x, real_only, true); }
