/* solvers/sym_order.h — sympy's sort_key order: the order in which terms and factors print.
 *
 * sympy prints a sum in the order of Add.as_ordered_terms() (monomials by degree in the sorted
 * generators, then coefficients), a product in the order of its factors' sort_key(), and sorts
 * lists of results (solve, roots, FiniteSet) by default_sort_key. This module builds those keys
 * as nested tuples and compares them the way Python compares tuples.
 */
#ifndef TIRBOX_SYM_ORDER_H
#define TIRBOX_SYM_ORDER_H

#include "solvers/sym.h"

/* Compares default_sort_key(a) with default_sort_key(b): -1, 0 or 1. */
int sym_sort_cmp(Sym *a, Sym *b);

/* Sorts v stably by default_sort_key. */
void sym_sort_default(Sym **v, size_t n);

/* Sorts v by node count, then default_sort_key (sympy's ordered() with its default keys). */
void sym_sort_ordered(Sym **v, size_t n);

/* The terms of a sum in printing order (Add.as_ordered_terms()); n set to their count. */
Sym **sym_ordered_terms(Sym *add, size_t *n);

/* The factors of a product in printing order (Mul.as_ordered_factors()). */
Sym **sym_ordered_factors(Sym *mul, size_t *n);

#endif
