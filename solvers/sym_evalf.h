/* solvers/sym_evalf.h — numeric evaluation of expressions with Arb balls (sympy's evalf / N).
 *
 * Numbers are evaluated in complex balls at increasing working precision until each part is
 * known to the requested number of bits, then rounded to a Float of that precision, so that
 * N(pi, 50) gives sympy's 50 correct digits. Expressions with symbols keep their structure and
 * have their numeric parts evaluated (N(pi*x) -> 3.14159265358979*x). A definite Integral of one
 * limit is evaluated by quadrature (sym_quad.h), its integrand at each node with the variable
 * bound to the node.
 */
#ifndef TIRBOX_SYM_EVALF_H
#define TIRBOX_SYM_EVALF_H

#include <acb.h>

#include "solvers/sym.h"

/* Encloses the value of e in a ball at working precision prec; false when e is not a finite
 * number that can be evaluated (symbols, infinities, unknown functions). */
bool sym_eval_acb(acb_t out, Sym *e, slong prec);

/* e as a double-precision complex number; false when it cannot be evaluated. */
bool sym_eval_complex(Sym *e, double *re, double *im);

/* The sign of a real number expression decided numerically: -1, 0 or 1; 2 when e is not a real
 * number or the sign cannot be decided (a value indistinguishable from 0 counts as 0). */
int sym_eval_sign(Sym *e);

/* sympy's e.evalf(dps) (dps <= 0: 15 digits). */
Sym *sym_evalf(Sym *e, long dps);

/* sympy's nfloat(e, dps, exponent=False): every number a Float of dps digits (0 too), exponents,
 * a leading -1 and a factor I of a product kept; relations side by side. */
Sym *sym_nfloat(Sym *e, long dps);

#endif
