/* solvers/sym_integrate.c — antiderivatives and definite integrals (see sym_integrate.h). */
#include "solvers/sym_integrate.h"

#include "base/budget.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_assume.h"
#include "solvers/sym_fn.h"
#include "solvers/sym_limit.h"
#include "solvers/sym_num.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_print.h"

_Noreturn static void unsupported(Sym *f, Sym *x)
{
    sym_raise(SYM_E_NOT_IMPLEMENTED, "integrate(%s, %s) is not supported", sym_str(f), sym_str(x));
}

/* e = a*x + b with a != 0 and a, b free of x. */
static bool linear(Sym *e, Sym *x, Sym **a, Sym **b)
{
    SymVec c = {0, 0, NULL};
    if (!sym_poly_coeffs(e, x, &c) || c.n != 2 || sym_is_zero_num(c.v[0]))
        return false;
    *a = c.v[0];
    *b = c.v[1];
    return true;
}

/* The antiderivative of a polynomial from its coefficients (highest degree first). */
static Sym *polynomial(const SymVec *c, Sym *x)
{
    SymVec terms = {0, 0, NULL};
    for (size_t i = 0; i < c->n; i++) {
        long k = (long)(c->n - i);       /* the degree after integration */
        sym_vec_push(&terms, sym_div(sym_mul(c->v[i], sym_pow_si(x, k)), sym_int(k)));
    }
    return sym_add_n(terms.n, terms.v);
}

/* The antiderivative of b**n for b = a*x + c linear and n free of x. */
static Sym *power_of_linear(Sym *b, Sym *n, Sym *a)
{
    if (sym_is_int_value(n, -1))
        return sym_div(sym_fn1(SYM_FN_LOG, b), a);
    Sym *n1 = sym_add(n, sym_one);
    return sym_div(sym_pow(b, n1), sym_mul(a, n1));
}

Sym *sym_integrate(Sym *f, Sym *x)
{
    budget_tick();
    if (!sym_is_symbol(x))
        sym_raise(SYM_E_VALUE, "Invalid limits given: (%s,)", sym_str(x));
    if (!sym_has(f, x))
        return sym_mul(f, x);
    SymVec c = {0, 0, NULL};
    if (sym_poly_coeffs(f, x, &c))
        return polynomial(&c, x);
    if (f->kind == SYM_ADD) {
        SymVec terms = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++)
            sym_vec_push(&terms, sym_integrate(f->args[i], x));
        return sym_add_n(terms.n, terms.v);
    }
    if (f->kind == SYM_MUL) {
        SymVec coeff = {0, 0, NULL}, rest = {0, 0, NULL};
        for (uint32_t i = 0; i < f->n; i++)
            sym_vec_push(sym_has(f->args[i], x) ? &rest : &coeff, f->args[i]);
        if (coeff.n)
            return sym_mul(sym_mul_n(coeff.n, coeff.v), sym_integrate(sym_mul_n(rest.n, rest.v), x));
    }
    Sym *a, *b, *base, *exp;
    sym_as_base_exp(f, &base, &exp);
    if (sym_has(base, x) && !sym_has(exp, x) && linear(base, x, &a, &b))
        return power_of_linear(base, exp, a);
    if (!sym_has(base, x) && linear(exp, x, &a, &b)) {
        if (sym_eq(base, sym_e))
            return sym_div(f, a);
        return sym_div(f, sym_mul(a, sym_fn1(SYM_FN_LOG, base)));
    }
    if ((sym_is_fn(f, SYM_FN_SIN) || sym_is_fn(f, SYM_FN_COS)) && linear(f->args[0], x, &a, &b)) {
        if (f->op == SYM_FN_SIN)
            return sym_neg(sym_div(sym_fn1(SYM_FN_COS, f->args[0]), a));
        return sym_div(sym_fn1(SYM_FN_SIN, f->args[0]), a);
    }
    /* 1/(x**2 + k) with k > 0: atan(x/sqrt(k))/sqrt(k) */
    if (sym_is_int_value(exp, -1) && sym_poly_coeffs(base, x, &c) && c.n == 3 && sym_is_one(c.v[0]) &&
        sym_is_zero_num(c.v[1]) && sym_is(c.v[2], SYM_F_POSITIVE)) {
        Sym *r = sym_sqrt(c.v[2]);
        return sym_div(sym_fn1(SYM_FN_ATAN, sym_div(x, r)), r);
    }
    unsupported(f, x);
}

Sym *sym_integrate_definite(Sym *f, Sym *x, Sym *a, Sym *b)
{
    Sym *F = sym_integrate(f, x);
    return sym_sub(sym_limit(F, x, b, -1), sym_limit(F, x, a, 1));
}
