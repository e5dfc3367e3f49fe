/* solvers/sym_trigexpand.h — expand_trig(): sympy's trig expansion hint.
 *
 * Bottom-up over the expression: sin, cos and tan of a sum split into the first term and the
 * rest (sin(a + b) = sin(a)cos(b) + sin(b)cos(a), tan of a sum through the elementary
 * symmetric polynomials of the tangents), and of an integer multiple n*x through Chebyshev
 * polynomials (tan through the real and imaginary parts of (1 + I*t)**n), exactly as sympy
 * builds them; sec and csc as their reciprocals. cot and the hyperbolic functions of sums or
 * multiples raise NotImplementedError.
 */
#ifndef TIRBOX_SYM_TRIGEXPAND_H
#define TIRBOX_SYM_TRIGEXPAND_H

#include "solvers/sym.h"

/* The elementary symmetric polynomial of degree k in t[0..n-1] (tan of a sum uses them; so
 * does viete), not expanded. */
Sym *sym_elementary_symmetric(Sym *const *t, size_t n, size_t k);

/* expand_trig(e). */
Sym *sym_expand_trig(Sym *e);

#endif
