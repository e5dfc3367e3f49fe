/* solvers/sym_integrate.h — integrate(): the driver of antiderivatives and definite integrals.
 *
 * In turn: constants and polynomials (expanded first, as sympy answers them); sums term by
 * term; P*exp(linear) and rational functions with their numeric factors (sym_intparts.h,
 * sym_intrat.h); constant factors taken out; a table of standard forms of a linear argument
 * (powers, exp, c**u, sin, cos, sinh, cosh; Piecewise when the slope may be zero);
 * trigonometric powers and products (sym_inttrig.h); parts (sym_intparts.h); sqrt(c + d*x**2)
 * and its inverse (asin, asinh, log forms); exp(k*L**2) as erf or erfi; substitution u = g(x)
 * for a subexpression g whose derivative divides the rest (u = a*x + b for a linear base of a
 * fractional power); last, a product multiplied out into a sum. Integrands outside these forms
 * stay an unevaluated Integral, as in sympy.
 *
 * A definite integral over numeric bounds is cut where Abs, sign, Max, Min or Piecewise change
 * formula (real roots of polynomials, zeros of sin and cos of linear arguments) and each piece
 * integrated with their branches; then it is the difference of the antiderivative's one-sided
 * limits at the bounds (which may be oo).
 */
#ifndef TIRBOX_SYM_INTEGRATE_H
#define TIRBOX_SYM_INTEGRATE_H

#include "solvers/sym.h"

/* integrate(f, x): an antiderivative in x, or the unevaluated Integral (times the factors
 * free of x) as sympy answers an integrand it cannot do. */
Sym *sym_integrate(Sym *f, Sym *x);

/* An antiderivative of f in x, or NULL when f is outside the forms above. */
Sym *sym_integrate_try(Sym *f, Sym *x);

/* integrate(f, (x, a, b)); the bounds may be oo or -oo. */
Sym *sym_integrate_definite(Sym *f, Sym *x, Sym *a, Sym *b);

/* Applies one limit of integrate(f, ...): a symbol x or (x,) integrates in x, (x, b) gives the
 * antiderivative at b, (x, a, b) the definite integral; anything else raises ValueError. */
Sym *sym_integrate_limit(Sym *f, Sym *spec);

/* The evaluation of an Integral node: the limits checked as sympy checks them, (x,) written x,
 * no limits the only free symbol; NULL to keep the node as it is. */
Sym *sym_integral_eval(size_t n, Sym *const *args);

/* Integral(...).doit(): the limits applied in turn. */
Sym *sym_integral_doit(Sym *e);

/* True when e = a*x + b with a != 0 and a, b free of x (the rules' linear arguments). */
bool sym_integrate_linear(Sym *e, Sym *x, Sym **a, Sym **b);

#endif
