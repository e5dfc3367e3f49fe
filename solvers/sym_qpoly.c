/* solvers/sym_qpoly.c — univariate rational polynomials to and from expressions (see sym_qpoly.h). */
#include "solvers/sym_qpoly.h"

#include "base/gc.h"
#include "solvers/sym_arith.h"
#include "solvers/sym_ops.h"
#include "solvers/sym_poly.h"

bool sym_qpoly_read(fmpq_poly_t p, Sym *e, Sym *x)
{
    SymVec c = {0, 0, NULL};
    if (!sym_poly_coeffs(e, x, &c))
        return false;
    fmpq_poly_zero(p);
    for (size_t i = 0; i < c.n; i++)
        if (!sym_is_rational(c.v[i]))
            return false;
    fmpq_t q;
    fmpq_init(q);
    for (size_t i = 0; i < c.n; i++) {
        sym_get_fmpq(q, c.v[i]);
        fmpq_poly_set_coeff_fmpq(p, (slong)(c.n - 1 - i), q);
    }
    fmpq_clear(q);
    return true;
}

Sym *sym_qpoly_expr(const fmpq_poly_t p, Sym *x)
{
    slong n = fmpq_poly_length(p);
    Sym **t = gc_alloc((size_t)(n ? n : 1) * sizeof(Sym *));
    fmpq_t c;
    fmpq_init(c);
    for (slong i = 0; i < n; i++) {
        fmpq_poly_get_coeff_fmpq(c, p, i);
        t[i] = sym_mul(sym_rat_fmpq(c), sym_pow_si(x, (long)i));
    }
    fmpq_clear(c);
    return sym_add_n((size_t)n, t);
}

bool sym_qpoly_read_fraction(fmpq_poly_t num, fmpq_poly_t den, Sym *e, Sym *x)
{
    Sym *n, *d;
    sym_numer_denom(e, &n, &d);
    return sym_qpoly_read(num, n, x) && sym_qpoly_read(den, d, x) && !fmpq_poly_is_zero(den);
}

void sym_qpoly_factor(fmpz_poly_factor_t fac, const fmpq_poly_t p)
{
    fmpz_poly_t z;
    fmpz_poly_init(z);
    fmpq_poly_get_numerator(z, p);
    fmpz_poly_factor(fac, z);
    fmpz_poly_clear(z);
}

void sym_qpoly_shift(fmpq_poly_t r, const fmpq_poly_t p, long h)
{
    fmpq_poly_t lin;
    fmpq_poly_init(lin);
    fmpq_poly_set_coeff_si(lin, 1, 1);
    fmpq_poly_set_coeff_si(lin, 0, h);
    fmpq_poly_compose(r, p, lin);
    fmpq_poly_clear(lin);
}
