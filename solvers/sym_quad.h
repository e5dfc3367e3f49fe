/* solvers/sym_quad.h — numeric quadrature: the tanh-sinh rule (mpmath's default for quad, which
 * sympy's evalf of a definite Integral uses) over a finite or infinite real interval.
 *
 * The interval is mapped onto (0, 1) (x = a + (b - a)*s, or x = a + s/(1 - s) when b is oo)
 * and s = (1 + tanh(pi/2*sinh(t)))/2; the nodes keep their distance to the ends exactly, so
 * endpoint singularities (log(x), 1/sqrt(x), x**x) cost nothing. The step halves until two
 * successive sums agree to the working precision, and their difference is the error radius.
 */
#ifndef TIRBOX_SYM_QUAD_H
#define TIRBOX_SYM_QUAD_H

#include <acb.h>
#include <stdbool.h>

/* The integrand: writes f(x) into out at working precision prec; false when f cannot be
 * evaluated there. */
typedef bool (*SymQuadFn)(acb_t out, const arb_t x, void *ctx, slong prec);

/* The integral of f from a to b (a may be -oo and b oo: a_inf, b_inf say so, their ball then
 * ignored) into out, a ball whose radius bounds the error estimate; false when f fails at a
 * node or the rule does not converge. */
bool sym_quad(acb_t out, SymQuadFn f, void *ctx, const arb_t a, bool a_inf, const arb_t b, bool b_inf,
              slong prec);

#endif
