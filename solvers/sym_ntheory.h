/* solvers/sym_ntheory.h — sympy's number theory (sympy.ntheory) on FLINT.
 *
 * Arguments are Integer nodes (the binding converts Python ints); a non-integer argument
 * raises ValueError "... is not an integer" as sympy. Results are Integer nodes, lists, dicts
 * and tuples; where sympy answers with a Python int rather than a sympy Integer it is noted
 * ([int]) so that the binding can hand back the right type. Factoring a number whose unfactored
 * part is a composite of more than MAX_FACTOR_BITS bits is refused up front.
 */
#ifndef TIRBOX_SYM_NTHEORY_H
#define TIRBOX_SYM_NTHEORY_H

#include "solvers/sym.h"

/* isprime(n) */
bool sym_isprime(Sym *n);

/* isprime(n) of a machine integer, without an Integer node. */
bool sym_isprime_si(long n);

/* nextprime(n, ith) [int] */
Sym *sym_nextprime(Sym *n, long ith);

/* prevprime(n) [int] */
Sym *sym_prevprime(Sym *n);

/* prime(nth): the nth prime [int]. */
Sym *sym_prime(Sym *nth);

/* primepi(n): the number of primes <= n. */
Sym *sym_primepi(Sym *n);

/* list(primerange(a, b)) [ints] */
Sym *sym_primerange(Sym *a, Sym *b);

/* factorint(n): dict prime -> exponent [ints], -1 last for negative n. */
Sym *sym_factorint(Sym *n);

/* The factorisation of a word n > 0 without Integer nodes: its primes in increasing order in p,
 * their exponents in e (room for 64 each); returns how many. */
int sym_factor_word(ulong n, ulong *p, ulong *e);

/* primefactors(n) [ints] */
Sym *sym_primefactors(Sym *n);

/* divisors(n), sorted [ints] */
Sym *sym_divisors(Sym *n);

/* divisor_count(n) */
Sym *sym_divisor_count(Sym *n);

/* divisor_sigma(n, k) */
Sym *sym_divisor_sigma(Sym *n, long k);

/* totient(n) */
Sym *sym_totient(Sym *n);

/* mod_inverse(a, m) [int] */
Sym *sym_mod_inverse(Sym *a, Sym *m);

/* integer_nthroot(y, n): (root [int], exact [bool]) as a Tuple whose second item is True/False. */
Sym *sym_integer_nthroot(Sym *y, Sym *n);

/* perfect_power(n): Tuple(base, exponent) [ints], or sym_false. */
Sym *sym_perfect_power(Sym *n);

/* n_order(a, n) [int] */
Sym *sym_n_order(Sym *a, Sym *n);

/* primitive_root(p) [int], or NULL when there is none (sympy's None). */
Sym *sym_primitive_root(Sym *p);

/* legendre_symbol(a, p) and jacobi_symbol(a, n) */
Sym *sym_legendre_symbol(Sym *a, Sym *p);
Sym *sym_jacobi_symbol(Sym *a, Sym *n);

/* crt(moduli, residues): Tuple(x, M) [ints], or NULL when there is no solution. */
Sym *sym_crt(size_t n, Sym *const *moduli, Sym *const *residues);

#endif
