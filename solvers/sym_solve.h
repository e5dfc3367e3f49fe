/* solvers/sym_solve.h — solve(): equations and systems, with sympy 1.14's algorithms for the
 * cases math programs meet and its result shapes.
 *
 * Single equations: linear in the unknown (any coefficients), polynomials (rational roots,
 * quadratics as sympy writes them, cubics by Cardano, binomials x**n = a, biquadratics), rational
 * equations (roots of the numerator that do not cancel a denominator), one function of the
 * unknown (exp, log, powers, trigonometric) inverted, one square root removed by squaring.
 * Systems: linear systems of any size by elimination (dict result, free unknowns left free),
 * polynomial systems by successive elimination (list of tuples). Float coefficients are solved
 * exactly and the answers turned back into Floats, as sympy does; solutions violating a
 * symbol's assumptions (positive=True ...) are dropped; the results are sorted by
 * default_sort_key.
 */
#ifndef TIRBOX_SYM_SOLVE_H
#define TIRBOX_SYM_SOLVE_H

#include "solvers/sym.h"
#include "solvers/sym_interval.h"

/* solve(f, *symbols, dict=as_dict) as sympy 1.14 answers it. f is an expression or relation, or
 * a SYM_LIST / SYM_TUPLE of them (a system); symbols may be empty (the free symbols are used).
 * The result is a SYM_LIST (of values, of SYM_TUPLE rows or of SYM_DICT solutions) or, for a
 * linear system with one solution, a SYM_DICT. Raises NotImplementedError where sympy does and
 * where this engine lacks sympy's algorithm. */
Sym *sym_solve(Sym *f, size_t nsyms, Sym *const *syms, bool as_dict);

/* The real x satisfying the relation f (an inequality, Eq, Ne, True or False) as a union of
 * intervals appended to out: rational functions of x with rational or Float coefficients, Abs
 * of them allowed. false when f is not of that kind. */
bool sym_solve_inequality_set(Sym *f, Sym *x, SymIvals *out);

/* reduce_inequalities(fs, x) as sympy 1.14 answers it: the polynomial relations in one symbol
 * reduced together, every other one alone, the results joined by And; x (NULL for none) is
 * the unknown of relations with several symbols. */
Sym *sym_reduce_inequalities(size_t n, Sym *const *fs, Sym *x);

/* roots(p, x): the roots of a univariate polynomial with their multiplicities, as a SYM_DICT. */
Sym *sym_roots(Sym *p, Sym *x);

#endif
