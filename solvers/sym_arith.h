/* solvers/sym_arith.h — Add, Mul and Pow with sympy's automatic canonicalisation.
 *
 * sym_add_n / sym_mul_n / sym_pow are sympy's Add(...), Mul(...) and Pow(...) with evaluation:
 * nested sums and products are flattened, numbers folded into one leading coefficient, like
 * terms collected (2*x + x -> 3*x), equal bases merged (x*x**2 -> x**3), a number distributed
 * over a sum in a two-factor product (2*(x + 1) -> 2*x + 2), rational powers of rationals
 * reduced (sqrt(8) -> 2*sqrt(2), 12**(2/3) -> 2*18**(1/3)), powers of I and -1 folded, and
 * the arguments put in canonical order. The binary forms are what Python's operators do.
 */
#ifndef TIRBOX_SYM_ARITH_H
#define TIRBOX_SYM_ARITH_H

#include "solvers/sym.h"

/* Add(args...) */
Sym *sym_add_n(size_t n, Sym *const *args);

/* Mul(args...) */
Sym *sym_mul_n(size_t n, Sym *const *args);

/* Pow(b, e) */
Sym *sym_pow(Sym *b, Sym *e);

/* a + b */
Sym *sym_add(Sym *a, Sym *b);

/* a - b */
Sym *sym_sub(Sym *a, Sym *b);

/* a * b */
Sym *sym_mul(Sym *a, Sym *b);

/* a / b, that is a * b**-1 */
Sym *sym_div(Sym *a, Sym *b);

/* -a */
Sym *sym_neg(Sym *a);

/* b ** n for a C integer n */
Sym *sym_pow_si(Sym *b, long n);

/* sqrt(a) = a**(1/2) */
Sym *sym_sqrt(Sym *a);

/* Pow(b, e, evaluate=False) */
Sym *sym_pow_raw(Sym *b, Sym *e);

/* Mul(args, evaluate=False) for args already in order (one arg: itself; none: 1). */
Sym *sym_mul_raw(size_t n, Sym *const *args);

/* Add(args, evaluate=False) for args already in order (one arg: itself; none: 0). */
Sym *sym_add_raw(size_t n, Sym *const *args);

/* sympy's as_coeff_Mul: the leading Number and the rest (1 and e when there is none). With
 * `rational`, only a Rational coefficient is split off. */
void sym_as_coeff_mul(Sym *e, bool rational, Sym **coeff, Sym **rest);

/* sympy's as_coeff_Add: the Number term and the rest (0 and e when there is none). */
void sym_as_coeff_add(Sym *e, Sym **coeff, Sym **rest);

/* sympy's as_base_exp: (b, x) for b**x, (E, x) for exp(x), else (e, 1). */
void sym_as_base_exp(Sym *e, Sym **base, Sym **exp);

/* sympy's decompose_power: f = base**e with e an integer: x**(p/q) -> (x**(1/q), p),
 * x**(k*y) -> (x**y, k), anything else (f, 1). */
void sym_decompose_power(Sym *f, Sym **base, long *e);

/* sympy's _keep_coeff(coeff, factors): coeff*factors without distributing over a sum. */
Sym *sym_keep_coeff(Sym *coeff, Sym *factors);

/* sympy's could_extract_minus_sign. */
bool sym_could_extract_minus_sign(Sym *e);

/* Add.make_args(*e): sets *args to the terms of *e, or to e itself (one term); returns the count. */
size_t sym_add_args(Sym *const *e, Sym *const **args);

/* Mul.make_args(*e): sets *args to the factors of *e, or to e itself; returns the count. */
size_t sym_mul_args(Sym *const *e, Sym *const **args);

#endif
