/* runtime/modules/sympy_rsolve.c — linear recurrences (see sympy_rsolve.h). */
#include "runtime/modules/sympy_rsolve.h"

#include <string.h>

#include "base/gc.h"
#include "runtime/lang/dict.h"
#include "runtime/lang/exc.h"
#include "runtime/lang/func.h"
#include "runtime/lang/list.h"
#include "runtime/lang/module.h"
#include "runtime/lang/tuple.h"
#include "runtime/modules/sympy_expr.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_evalf.h"
#include "solvers/sym_expand.h"
#include "solvers/sym_matrix.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_print.h"
#include "solvers/sym_simplify.h"
#include "solvers/sym_solve.h"

_Noreturn static void unsupported(const char *why)
{
    exc_raisef(&type_NotImplementedError, "tirbox: rsolve() of %s is not supported", why);
}

/* The shift k of y(n + k) for an application of the sequence's function, else false. */
static bool shift_of(Sym *t, Sym *y, Sym *n, long *k)
{
    if (!sym_is_fn(t, SYM_FN_UNDEF) || t->n != 1 || strcmp(t->v.s.name, y->v.s.name) != 0)
        return false;
    Sym *d = sym_sub(t->args[0], n);
    if (d->kind != SYM_INTEGER || !fmpz_fits_si(d->v.z))
        unsupported("a shift that is not an integer");
    *k = fmpz_get_si(d->v.z);
    return true;
}

static Obj *f_rsolve(Obj *self, Obj **args, int nargs, Obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"f", "y", "init", NULL};
    Obj *a[3];
    args_parse("rsolve", args, nargs, kwnames, names, 2, a);
    Sym *f = sympy_sympify(a[0]), *y = sympy_sympify(a[1]);
    if (f->kind == SYM_REL && f->op == SYM_EQ)
        f = sym_sub(f->args[0], f->args[1]);
    if (!sym_is_fn(y, SYM_FN_UNDEF) || y->n != 1 || !sym_is_symbol(y->args[0]))
        unsupported("an unknown that is not y(n)");
    Sym *n = y->args[0];
    /* the terms c*y(n + k), and the rest */
    Sym *const *t;
    Sym *ex = sym_expand(f);
    size_t nt = sym_add_args(&ex, &t);
    long lo = 0, hi = 0;
    bool any = false;
    SymVec shifts = {0}, coeffs = {0}, rest = {0};
    for (size_t i = 0; i < nt; i++) {
        Sym *const *fs;
        size_t nf = sym_mul_args(&t[i], &fs);
        long k = 0;
        size_t at = nf;
        for (size_t j = 0; j < nf; j++) {
            long kj;
            if (shift_of(fs[j], y, n, &kj)) {
                if (at != nf)
                    unsupported("a nonlinear recurrence");
                at = j;
                k = kj;
            }
        }
        if (at == nf) {
            if (sym_has(t[i], n))
                unsupported("a term depending on n");
            sym_vec_push(&rest, t[i]);
            continue;
        }
        Sym *c = sym_one;
        for (size_t j = 0; j < nf; j++)
            if (j != at)
                c = sym_mul(c, fs[j]);
        if (sym_has(c, n) || !sym_is_number(c))
            unsupported("coefficients that are not numbers");
        sym_vec_push(&shifts, sym_int(k));
        sym_vec_push(&coeffs, c);
        lo = any && lo < k ? lo : k;
        hi = any && hi > k ? hi : k;
        any = true;
    }
    if (!any)
        unsupported("an equation without the sequence");
    long order = hi - lo;
    /* the characteristic polynomial and its roots */
    Sym *r = sym_dummy("r", (SymFacts){0, 0}), *cp = sym_zero, *csum = sym_zero;
    for (size_t i = 0; i < shifts.n; i++) {
        cp = sym_add(cp, sym_mul(coeffs.v[i], sym_pow_si(r, fmpz_get_si(shifts.v[i]->v.z) - lo)));
        csum = sym_add(csum, coeffs.v[i]);
    }
    Sym *g = sym_add_n(rest.n, rest.v);
    Sym *rd = sym_roots(cp, r);
    SymVec roots = {0};
    for (uint32_t i = 0; i + 1 < rd->n; i += 2) {
        if (!sym_is_one(rd->args[i + 1]))
            unsupported("a characteristic polynomial with repeated roots");
        if (!sym_is(rd->args[i], SYM_F_REAL))
            unsupported("a characteristic polynomial with complex roots");
        sym_vec_push(&roots, rd->args[i]);
    }
    if ((long)roots.n != order)
        unsupported("a characteristic polynomial without roots in radicals");
    for (size_t i = 1; i < roots.n; i++)
        for (size_t j = i; j > 0 && sym_eval_sign(sym_sub(roots.v[j - 1], roots.v[j])) > 0; j--) {
            Sym *tmp = roots.v[j];
            roots.v[j] = roots.v[j - 1], roots.v[j - 1] = tmp;
        }
    Sym *particular = sym_zero;
    if (!sym_is_zero_num(g)) {
        if (sym_is_zero_num(csum))
            unsupported("a constant term with 1 among the characteristic roots");
        particular = sym_div(sym_neg(g), csum);
    }
    /* the constants: symbols C0, C1 ..., or fixed by the initial values */
    Sym **c = gc_alloc((size_t)(order ? order : 1) * sizeof(Sym *));
    for (long i = 0; i < order; i++)
        c[i] = sym_symbol(sym_sprintf("C%ld", i), (SymFacts){0, 0});
    if (a[2] && a[2] != None) {
        Obj *items = dict_check(a[2]) ? tuple_from_iterable(obj_call_method(a[2], "items", NULL, 0)) : NULL;
        size_t m = items ? tuple_len(items) : tuple_len(tuple_from_iterable(a[2]));
        Obj *vals = items ? NULL : tuple_from_iterable(a[2]);
        if ((long)m != order)
            unsupported("initial values that do not fix every constant");
        Sym **A = gc_alloc((size_t)(order * order) * sizeof(Sym *)), **b = gc_alloc((size_t)order * sizeof(Sym *));
        for (size_t i = 0; i < m; i++) {
            Sym *k, *v;
            if (items) {
                Obj *kv = tuple_get(items, i);
                Sym *key = sympy_sympify(tuple_get(kv, 0));
                if (!sym_is_fn(key, SYM_FN_UNDEF) || key->n != 1 || !sym_is_number(key->args[0]))
                    unsupported("initial values not given as y(k)");
                k = key->args[0];
                v = sympy_sympify(tuple_get(kv, 1));
            } else {
                k = sym_int((long)i);
                v = sympy_sympify(tuple_get(vals, i));
            }
            for (long j = 0; j < order; j++)
                A[(long)i * order + j] = sym_pow(roots.v[j], k);
            b[i] = sym_sub(v, particular);
        }
        Sym *sol = sym_matrix_solve(sym_matrix((size_t)order, (size_t)order, A), sym_matrix((size_t)order, 1, b));
        for (long j = 0; j < order; j++)
            c[j] = sym_simplify(sol->args[j]);
    }
    Sym *result = particular;
    for (long j = 0; j < order; j++)
        result = sym_add(result, sym_mul(c[j], sym_pow(roots.v[j], n)));
    return sympy_wrap(result);
}

void sympy_rsolve_init(Obj *module) { module_add_function(module, "rsolve", f_rsolve); }
