/* solvers/sym_assume.h — sympy's assumption queries on expressions (is_positive, is_integer...).
 *
 * Each node's facts are derived from its arguments by sign and type rules (a sum of positive
 * terms is positive, an integer power of a real is real, exp of a real is positive; a sum with a
 * constant goes by the nearest value its symbols allow: k - 1 >= 0 for a positive integer k),
 * closed under sympy's assumption rules (sym_facts_close), and cached in the node. Answers are
 * three-valued like sympy's: SYM_YES, SYM_NO, or SYM_MAYBE when undecided.
 */
#ifndef TIRBOX_SYM_ASSUME_H
#define TIRBOX_SYM_ASSUME_H

#include "solvers/sym.h"

/* All known facts about e. */
SymFacts sym_facts(Sym *e);

/* Is fact f true of e? */
SymTri sym_ask(Sym *e, SymFact f);

/* True when e is known to have fact f (sympy's `e.is_f is True`). */
static inline bool sym_is(Sym *e, SymFact f) { return sym_ask(e, f) == SYM_YES; }

/* True when e is known not to have fact f (sympy's `e.is_f is False`). */
static inline bool sym_is_not(Sym *e, SymFact f) { return sym_ask(e, f) == SYM_NO; }

/* sympy's is_number: e contains no symbols (and is an expression, not a relation). */
bool sym_is_number(const Sym *e);

/* True when e contains the node x anywhere (sympy's has). */
bool sym_has(const Sym *e, const Sym *x);

/* True when e contains an application of the function f. */
bool sym_has_fn(const Sym *e, SymFn f);

/* True when e contains any Symbol or Dummy. */
bool sym_has_symbols(const Sym *e);

#endif
