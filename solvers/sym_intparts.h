/* solvers/sym_intparts.h — integration by parts in the forms sympy prints.
 *
 * P*exp(a*x + b) for a polynomial P (numeric factor included) is Q*exp(a*x + b)/d with
 * Q = sum (-1)**k P^(k)/a**(k+1) cleared of its denominator d, as sympy's risch answers it;
 * P*sin and P*cos of a linear argument by repeated parts, multiplied out term by term;
 * exp*sin and exp*cos of linear arguments by the closed formula; P*T for T a power of log, or
 * log, atan, asin, acos of anything, and P a polynomial or a power of x: (integral of P)*T minus
 * the integral of (integral of P)*T'.
 */
#ifndef TIRBOX_SYM_INTPARTS_H
#define TIRBOX_SYM_INTPARTS_H

#include "solvers/sym.h"

/* The antiderivative of P*exp(a*x + b) (a a nonzero number, P a polynomial of degree >= 1), or
 * NULL when f is not of that form. */
Sym *sym_intparts_exp(Sym *f, Sym *x);

/* The antiderivative of f by the other rules above, or NULL when none applies. */
Sym *sym_intparts(Sym *f, Sym *x);

#endif
