/* runtime/modules/sympy_polyfn.h — sympy's polynomial functions on expressions (polytools): the
 * division family (rem, quo, exquo, pdiv, prem, pquo, pexquo), extended gcd (gcdex, half_gcdex,
 * invert), cofactors, gcd_list/lcm_list, resultant and discriminant (Sylvester determinants),
 * square-free decomposition (sqf_list, sqf, sqf_part), real root counting (count_roots, by
 * Sturm sequences), compose, horner, interpolate, viete, terms_gcd, apart (partial fractions)
 * minimal_polynomial/minpoly (radicals eliminated by resultants), and the named polynomials
 * (cyclotomic_poly, chebyshevt/u_poly, legendre_poly, hermite(_prob)_poly, laguerre_poly,
 * symmetric_poly, swinnerton_dyer_poly, interpolating_poly). Each answers what
 * sympy 1.14 answers for expression arguments; univariate algorithms work over the rationals and
 * raise NotImplementedError for other coefficients rather than answer differently. */
#ifndef TIRBOX_SYMPY_POLYFN_H
#define TIRBOX_SYMPY_POLYFN_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

/* sympy's integer gcdext (its pure-Python ground types): *g = gcd(a, b) and *s, *t with
 * s*a + t*b = g, the cofactors sympy's gcdex and diophantine answer with. */
void sympy_gcdext(Sym *a, Sym *b, Sym **g, Sym **s, Sym **t);

/* Adds the functions to the module. */
void sympy_polyfn_init(Obj *module);

#endif
