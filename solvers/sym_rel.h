/* solvers/sym_rel.h — relations (Eq, Ne, <, <=, >, >=) and their automatic evaluation.
 *
 * A relation whose truth is decided by structure, numbers or assumptions becomes True or False
 * (Eq(2, 2) -> True, Integer(3) < 2 -> False, x + 1 > x -> True); otherwise it stays a relation
 * node. Comparing with nan or a non-real number raises TypeError as sympy does.
 */
#ifndef TIRBOX_SYM_REL_H
#define TIRBOX_SYM_REL_H

#include "solvers/sym.h"

/* Relational(lhs, rhs) of the given kind, evaluated. */
Sym *sym_rel(SymRel op, Sym *lhs, Sym *rhs);

/* The relation unevaluated. */
Sym *sym_rel_raw(SymRel op, Sym *lhs, Sym *rhs);

/* Truth of lhs == rhs as far as it can be decided (sympy's is_eq). */
SymTri sym_is_eq(Sym *lhs, Sym *rhs);

/* And(args...) and Or(args...): nested ones flattened, True/False absorbed, duplicates dropped,
 * arguments in sympy's order (fewest nodes first, then default_sort_key). */
Sym *sym_and(size_t n, Sym *const *args);
Sym *sym_or(size_t n, Sym *const *args);

/* True or False as a node. */
Sym *sym_bool(bool v);

#endif
