/* solvers/sym_apart.c — partial fractions (see sym_apart.h). */
#include "solvers/sym_apart.h"

#include <flint/fmpz_poly_factor.h>

#include "base/budget.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_poly.h"
#include "solvers/sym_qpoly.h"

/* The parts c_i/fj**i of rem/q for the factor fj**k of q: rem * (q/fj**k)**-1 mod fj**k, written
 * in base fj. */
static void factor_parts(SymVec *terms, const fmpq_poly_t rem, const fmpq_poly_t q, const fmpq_poly_t fj, long k,
                         Sym *x)
{
    fmpq_poly_t fk, other, g, s, t, aj, c;
    fmpq_poly_init(fk);
    fmpq_poly_init(other);
    fmpq_poly_init(g);
    fmpq_poly_init(s);
    fmpq_poly_init(t);
    fmpq_poly_init(aj);
    fmpq_poly_init(c);
    fmpq_poly_pow(fk, fj, (ulong)k);
    fmpq_poly_div(other, q, fk);
    fmpq_poly_xgcd(g, s, t, other, fk);    /* coprime: g == 1 and s*other == 1 mod fk */
    fmpq_poly_mul(aj, rem, s);
    fmpq_poly_rem(aj, aj, fk);
    Sym *base = sym_qpoly_expr(fj, x);
    for (long i = k; i >= 1 && !fmpq_poly_is_zero(aj); i--) {
        budget_tick();
        fmpq_poly_divrem(aj, c, aj, fj);
        if (!fmpq_poly_is_zero(c))
            sym_vec_push(terms, sym_factor(sym_div(sym_qpoly_expr(c, x), sym_pow_si(base, i))));
    }
    fmpq_poly_clear(fk);
    fmpq_poly_clear(other);
    fmpq_poly_clear(g);
    fmpq_poly_clear(s);
    fmpq_poly_clear(t);
    fmpq_poly_clear(aj);
    fmpq_poly_clear(c);
}

Sym *sym_apart(Sym *f, Sym *x)
{
    fmpq_poly_t p, q, g, poly, rem, fj;
    fmpq_poly_init(p);
    fmpq_poly_init(q);
    if (!sym_qpoly_read_fraction(p, q, f, x)) {
        fmpq_poly_clear(p);
        fmpq_poly_clear(q);
        return NULL;
    }
    fmpq_poly_init(g);
    fmpq_poly_init(poly);
    fmpq_poly_init(rem);
    fmpq_poly_init(fj);
    fmpq_poly_gcd(g, p, q);
    fmpq_poly_div(p, p, g);
    fmpq_poly_div(q, q, g);
    fmpq_poly_divrem(poly, rem, p, q);
    SymVec terms = {0, 0, NULL};
    sym_vec_push(&terms, sym_qpoly_expr(poly, x));
    fmpz_poly_factor_t fac;
    fmpz_poly_factor_init(fac);
    sym_qpoly_factor(fac, q);
    for (slong j = 0; j < fac->num && !fmpq_poly_is_zero(rem); j++) {
        fmpq_poly_set_fmpz_poly(fj, fac->p + j);
        factor_parts(&terms, rem, q, fj, (long)fac->exp[j], x);
    }
    fmpz_poly_factor_clear(fac);
    fmpq_poly_clear(p);
    fmpq_poly_clear(q);
    fmpq_poly_clear(g);
    fmpq_poly_clear(poly);
    fmpq_poly_clear(rem);
    fmpq_poly_clear(fj);
    return sym_add_n(terms.n, terms.v);
}
