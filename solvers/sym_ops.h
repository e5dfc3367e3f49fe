/* solvers/sym_ops.h — structural operations on expressions: subs, xreplace, free symbols,
 * derivatives, numerator/denominator, content, coefficients.
 *
 * Every result is rebuilt through the evaluating constructors, so Eq(x, 1).subs(x, 1) is True and
 * sin(x).subs(x, pi/6) is 1/2, as in sympy.
 */
#ifndef TIRBOX_SYM_OPS_H
#define TIRBOX_SYM_OPS_H

#include "solvers/sym.h"

/* Rebuilds a node of e's kind from new arguments, evaluating (sympy's e.func(*args)). */
Sym *sym_rebuild(Sym *e, Sym *const *args);

/* sympy's bottom_up for expressions: fn applied to every node of e (leaves of arithmetic and
 * functions only, relations and containers left as they are), children before parents, each
 * node rebuilt from its transformed arguments first. */
Sym *sym_bottom_up(Sym *e, Sym *(*fn)(Sym *));

/* e.subs(old, new); the bound variable of a Sum, Product or Integral is left alone. */
Sym *sym_subs(Sym *e, Sym *old, Sym *new_);

/* e.subs([(old0, new0), ...]) applied in order; with `simultaneous`, all at once. A dict's
 * pairs must first be put in sympy's order with sym_subs_order. */
Sym *sym_subs_many(Sym *e, size_t n, Sym *const *olds, Sym *const *news, bool simultaneous);

/* Sorts substitution pairs the way sympy orders a dict's items (bigger expressions first). */
void sym_subs_order(size_t n, Sym **olds, Sym **news);

/* e.xreplace({old: new}): exact structural replacement, no matching. */
Sym *sym_xreplace(Sym *e, size_t n, Sym *const *olds, Sym *const *news);

/* The free symbols of e (without the variables Sum, Product and Integral bind), sorted by
 * default_sort_key. */
SymVec sym_free_symbols(Sym *e);

/* diff(e, x): the derivative with respect to the symbol x. */
Sym *sym_diff(Sym *e, Sym *x);

/* e.as_numer_denom() */
void sym_numer_denom(Sym *e, Sym **num, Sym **den);

/* e.primitive(): the positive rational content and the primitive part. */
void sym_primitive(Sym *e, Sym **content, Sym **rest);

/* e.coeff(x, n): the coefficient of x**n in the expanded-as-given sum e. */
Sym *sym_coeff(Sym *e, Sym *x, Sym *n);

/* Twice sympy's count of nodes in e (_nodes, where a Float counts one half), for ordering. */
size_t sym_node_count(Sym *e);

#endif
