/* solvers/sym_comb.h — sympy's combinatorial and number-theoretic function classes
 * (factorial2, RisingFactorial, FallingFactorial, subfactorial, fibonacci, lucas, tribonacci,
 * harmonic, bernoulli, bell, euler, catalan, genocchi, partition, motzkin, mobius, primenu,
 * primeomega, reduced_totient, kronecker_symbol, carmichael, andre) on FLINT.
 *
 * sym_comb_eval() is their automatic evaluation, called by sym_fn(): exact values at integer
 * arguments, sympy's polynomials for the two-argument forms (fibonacci(n, x), bernoulli(n, x)...),
 * sympy's errors for arguments outside their domain, NULL where sympy leaves the application
 * unevaluated. Indices whose results would be too large to compute within a request are refused
 * up front (SYM_E_LIMIT).
 */
#ifndef TIRBOX_SYM_COMB_H
#define TIRBOX_SYM_COMB_H

#include <acb.h>

#include "solvers/sym.h"

/* f(args...) evaluated for the functions above; NULL when sympy keeps it unevaluated. */
Sym *sym_comb_eval(SymFn f, size_t n, Sym *const *args);

/* Numeric value of f at numeric arguments x (and y), for evalf; false when not defined here. */
bool sym_comb_acb(acb_t out, SymFn f, size_t n, const acb_t x, const acb_t y, slong prec);

#endif
