/* solvers/sym_ntools.h — the plain functions of sympy.ntheory beyond sym_ntheory.h: primorial and
 * composites, divisor predicates (is_perfect, is_abundant ...), multiplicity and factorrat,
 * residues (sqrt_mod, nthroot_mod, quadratic_residues, is_quad_residue, is_primitive_root,
 * discrete_log), binomial and multinomial coefficient tables, continued fractions, Egyptian
 * fractions, integer_log, trailing and real_root.
 *
 * Arguments are Integer (or Rational where noted) nodes; a non-integer raises ValueError as in
 * sym_ntheory.h. Results follow sym_ntheory.h's convention: [int] marks results sympy hands back
 * as Python ints, the binding converts them. Residue searches over a composite modulus enumerate
 * its residues and are refused above MAX_MODULUS; a prime modulus of any size is handled by FLINT.
 */
#ifndef TIRBOX_SYM_NTOOLS_H
#define TIRBOX_SYM_NTOOLS_H

#include "solvers/sym.h"

/* primorial(n, nth): the product of the first n primes (nth) or of the primes <= n [int]. */
Sym *sym_primorial(Sym *n, bool nth);

/* composite(nth): the nth composite number [int]. */
Sym *sym_composite(Sym *nth);

/* compositepi(n): the number of composites <= n [int]. */
Sym *sym_compositepi(Sym *n);

/* proper_divisors(n) [ints] */
Sym *sym_proper_divisors(Sym *n);

/* proper_divisor_count(n) */
Sym *sym_proper_divisor_count(Sym *n);

/* abundance(n) = divisor_sigma(n) - 2n, with sympy's values at n <= 0 [int]. */
Sym *sym_abundance(Sym *n);

/* is_perfect(n) */
bool sym_is_perfect(Sym *n);

/* is_mersenne_prime(n) */
bool sym_is_mersenne_prime(Sym *n);

/* mersenne_prime_exponent(nth), nth <= 51 [int]. */
Sym *sym_mersenne_prime_exponent(Sym *nth);

/* is_amicable(m, n) */
bool sym_is_amicable(Sym *m, Sym *n);

/* multiplicity(p, n): the exponent of p in n, an Integer or Rational [int]. */
Sym *sym_multiplicity(Sym *p, Sym *n);

/* factorrat(r): dict prime -> exponent, negative for the denominator, -1 first for r < 0 [ints]. */
Sym *sym_factorrat(Sym *r);

/* sqrt_mod(a, p, all_roots) and nthroot_mod(a, n, p, all_roots): the least root [int] or NULL
 * (sympy's None), or the sorted list of all roots [ints]. */
Sym *sym_nthroot_mod(Sym *a, Sym *n, Sym *p, bool all_roots);

/* quadratic_residues(p) [ints] */
Sym *sym_quadratic_residues(Sym *p);

/* is_quad_residue(a, p) */
bool sym_is_quad_residue(Sym *a, Sym *p);

/* is_primitive_root(a, p) */
bool sym_is_primitive_root(Sym *a, Sym *p);

/* is_nthpow_residue(a, n, m): whether x**n = a (mod m) has a solution. */
bool sym_is_nthpow_residue(Sym *a, Sym *n, Sym *m);

/* quadratic_congruence(a, b, c, n): the sorted roots of a x**2 + b x + c = 0 (mod n) [ints]. */
Sym *sym_quadratic_congruence(Sym *a, Sym *b, Sym *c, Sym *n);

/* is_carmichael(n) */
bool sym_is_carmichael(Sym *n);

/* discrete_log(n, a, b): the least x >= 0 with b**x = a (mod n) [int]. */
Sym *sym_discrete_log(Sym *n, Sym *a, Sym *b);

/* binomial_coefficients(n): dict (k, n-k) -> C(n, k) [ints]. */
Sym *sym_binomial_coefficients(Sym *n);

/* binomial_coefficients_list(n) [ints] */
Sym *sym_binomial_coefficients_list(Sym *n);

/* multinomial_coefficients(m, n): dict exponent tuple -> coefficient, in sympy's order [ints]. */
Sym *sym_multinomial_coefficients(Sym *m, Sym *n);

/* continued_fraction(x) for a rational or quadratic irrational x: list of Integers, the period
 * (if any) as a final nested list. */
Sym *sym_continued_fraction(Sym *x);

/* continued_fraction_periodic(p, q, d, s): the expansion of (p + s*sqrt(d))/q. */
Sym *sym_continued_fraction_periodic(Sym *p, Sym *q, Sym *d, Sym *s);

/* continued_fraction_reduce(terms) for a finite list of terms. */
Sym *sym_continued_fraction_reduce(Sym *terms);

/* continued_fraction_convergents(terms) for a finite list of terms: list of the convergents. */
Sym *sym_continued_fraction_convergents(Sym *terms);

/* egyptian_fraction(r) by the greedy algorithm (harmonic prefix for r >= 1): list of Integers. */
Sym *sym_egyptian_fraction(Sym *r);

/* integer_log(n, b): Tuple(e [int], exact) with b**e <= |n| < b**(e+1). */
Sym *sym_integer_log(Sym *n, Sym *b);

/* trailing(n): the number of trailing zero bits [int]. */
Sym *sym_trailing(Sym *n);

/* real_root(x, n) for a real number x: the real nth root where it exists, else the principal root. */
Sym *sym_real_root(Sym *x, Sym *n);

#endif
