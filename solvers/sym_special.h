/* solvers/sym_special.h — sympy's special functions beyond sym_fn.h: the reciprocal and inverse
 * hyperbolic functions sech, csch, acoth, asech, acsch; LambertW; erf, erfc, erfi, erfinv; zeta
 * (with Hurwitz's second argument), polylog, dirichlet_eta; loggamma, polygamma, lowergamma,
 * uppergamma, beta; Heaviside, DiracDelta, KroneckerDelta, LeviCivita and sinc.
 *
 * sym_special_eval() is their automatic evaluation, called by sym_fn(): sympy's exact values at
 * special points (zeta(2) -> pi**2/6, polygamma(0, 1) -> -EulerGamma, LambertW(E) -> 1, sinc(pi)
 * -> 0), its symmetries (erf(-x) -> -erf(x), sech(-x) -> sech(x)), its canonical forms
 * (digamma is polygamma(0, x), LambertW(x, 0) is LambertW(x)) and NULL where sympy keeps the
 * application unevaluated. Numeric values come from Arb (sym_special_acb) and derivatives from
 * sym_special_fdiff.
 */
#ifndef TIRBOX_SYM_SPECIAL_H
#define TIRBOX_SYM_SPECIAL_H

#include <acb.h>

#include "solvers/sym.h"

/* f(args...) evaluated for the functions above; NULL when sympy keeps it unevaluated. */
Sym *sym_special_eval(SymFn f, size_t n, Sym *const *args);

/* Numeric value of f at numeric arguments x (and y), for evalf; false when not defined here. */
bool sym_special_acb(acb_t out, SymFn f, size_t n, const acb_t x, const acb_t y, slong prec);

/* d f(u)/du of a one-argument application e = f(u) (gamma and the functions above), or NULL. */
Sym *sym_special_fdiff(Sym *e);

#endif
