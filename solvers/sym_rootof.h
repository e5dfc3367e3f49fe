/* solvers/sym_rootof.h — sympy's CRootOf(f, k): the k-th root of an irreducible polynomial with
 * rational coefficients, as an applied function whose arguments are the polynomial (an expression
 * in its own variable, primitive, positive leading coefficient) and the index. Owns the node's
 * construction, root isolation with Arb, numeric values, realness, and the roots of a whole
 * polynomial in sympy's all_roots order (radicals where sympy gives them, CRootOf elsewhere).
 *
 * The index order is sympy's: real roots increasing, then the others by real part with each
 * conjugate pair adjacent, negative imaginary part first. A CRootOf node is an atom for free
 * symbols, has() and subs(): its variable is bound.
 */
#ifndef TIRBOX_SYM_ROOTOF_H
#define TIRBOX_SYM_ROOTOF_H

#include <acb.h>

#include "solvers/sym.h"

/* Highest degree whose roots are isolated (beyond it SYM_E_LIMIT). */
#define SYM_ROOTOF_MAX_DEGREE 400

/* Is e a CRootOf node? */
static inline bool sym_is_crootof(const Sym *e) { return e->kind == SYM_FN && e->op == SYM_FN_CROOTOF; }

/* CRootOf(f, k) for f a polynomial in x with rational coefficients (k < 0 counts from the end):
 * the rational root for degree 1, the node for an irreducible f; NULL when k is out of range
 * (*deg receives the degree); the k-th of all roots for a reducible f. Raises PolynomialError
 * for a constant, NotImplementedError for coefficients that are not rational. */
Sym *sym_crootof(Sym *f, Sym *x, long k, long *deg);

/* The value of a CRootOf node as a complex ball with about prec bits of accuracy. */
bool sym_crootof_acb(acb_t out, const Sym *e, slong prec);

/* Is the CRootOf node e a real root? */
bool sym_crootof_is_real(const Sym *e);

/* Does a factor with these coefficients (highest first) get CRootOf roots in all_roots() (degree
 * 3 or more, more than two terms)? */
bool sym_rootof_needed(const SymVec *coeffs);

/* The roots of the univariate polynomial p in x with multiplicity in sympy's all_roots order
 * (real_roots() when real_only); factors that sympy leaves unsolved give CRootOf nodes. */
SymVec sym_rootof_all_roots(Sym *p, Sym *x, bool real_only);

#endif
