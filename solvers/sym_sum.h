/* solvers/sym_sum.h — summation() and product(): sums and products over an integer range, and
 * the evaluation (doit) of unevaluated Sum and Product nodes.
 *
 * As sympy's eval_sum: a few terms are added directly; constants, constant factors and sums of
 * terms split off; rational terms split into partial fractions, and two terms that cancel after
 * a shift of k summed by their ends (telescoping); powers k**n by Faulhaber's formula (Bernoulli
 * polynomials, expanded), 1/k**n as harmonic numbers; geometric terms c**(p*k + q) in closed form
 * (a Piecewise on the ratio being 1, which evaluates away for a numeric ratio), infinite ones when
 * the ratio is below 1 in size; sum 1/k**(2m) to oo as zeta(2m) in terms of pi; the classical
 * infinite series (exponential, logarithmic, arctangent, zeta and eta: sym_sumseries.h); hypergeometric
 * terms by Gosper's algorithm (sym_gosper.h); anything else over a definite range term by term,
 * and over a symbolic one left as an unevaluated Sum. Products as sympy's _eval_product:
 * polynomials by their roots (RisingFactorial), sums over a common denominator, products factor
 * by factor, c**g(k) as c**sum(g), definite ranges term by term.
 */
#ifndef TIRBOX_SYM_SUM_H
#define TIRBOX_SYM_SUM_H

#include "solvers/sym.h"

/* summation(f, (k, a, b)) */
Sym *sym_summation(Sym *f, Sym *k, Sym *a, Sym *b);

/* product(f, (k, a, b)) */
Sym *sym_product(Sym *f, Sym *k, Sym *a, Sym *b);

/* e.doit(): every Sum and Product node inside e evaluated (innermost limits first). */
Sym *sym_doit(Sym *e);

#endif
