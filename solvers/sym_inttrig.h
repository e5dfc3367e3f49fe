/* solvers/sym_inttrig.h — antiderivatives of powers and products of trigonometric functions of
 * one linear argument u = a*x + b, in the forms sympy prints.
 *
 * sin(u)**m*cos(u)**n with n odd by u' = sin(u), else with m odd by u' = cos(u) (the polynomial
 * in u' multiplied out); even powers of sin or cos alone by the reduction formula
 * (-sin**(n-1)*cos/(n*a) + (n-1)/n * the integral of sin**(n-2), and alike for cos); tan, cot,
 * tan**2, sec and sec**2 = cos**-2, csc**2 = sin**-2; sin/cos(u)*sin/cos(v) of different
 * slopes by the product formulas; sinh(u)*cosh(u) as sinh(u)**2/(2*a).
 */
#ifndef TIRBOX_SYM_INTTRIG_H
#define TIRBOX_SYM_INTTRIG_H

#include "solvers/sym.h"

/* The antiderivative of f by the rules above, or NULL when none applies. */
Sym *sym_inttrig(Sym *f, Sym *x);

#endif
