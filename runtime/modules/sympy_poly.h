/* runtime/modules/sympy_poly.h — sympy's Poly: an expression read as a polynomial in chosen
 * generators, with its coefficient domain (ZZ, QQ, RR, ZZ[y], QQ(y), EX ...) worked out as sympy
 * does, printed as sympy prints it (Poly(1/2*x**2 + y*x, x, domain='QQ[y]')), with its methods
 * (coeffs, all_coeffs, degree, LC, eval, terms, roots, factor_list, div ...) and arithmetic; and
 * the functions Poly, poly, degree, LC, LT, LM, degree_list, total_degree, monic, content,
 * real_roots, all_roots, nroots and factor_list built on it, and the domains ZZ, QQ, RR, CC, EX,
 * ZZ_I, QQ_I (for Poly(..., domain=QQ)). */
#ifndef TIRBOX_SYMPY_POLY_H
#define TIRBOX_SYMPY_POLY_H

#include "runtime/lang/obj.h"
#include "solvers/sym.h"

/* Adds Poly, the functions over it and the domains to the module. */
void sympy_poly_init(Obj *module);

/* When o is a Poly: its expression and first generator (NULL without one); else false. */
bool sympy_poly_parts(Obj *o, Sym **expr, Sym **gen);

#endif
