/* runtime/modules/sympy_sets.h — sympy's sets: FiniteSet, Interval, Union, Intersection,
 * Complement, ConditionSet, Range and the singletons EmptySet, Reals, Integers, Naturals,
 * Naturals0, Rationals, Complexes and UniversalSet, printed as sympy prints them; their algebra
 * (| & - and the methods union, intersect, complement, contains, is_subset) evaluated exactly for
 * sets of reals that are unions of intervals and points, left unevaluated otherwise; and
 * solveset, solve_univariate_inequality, reduce_inequalities and linsolve, built on solve. */
#ifndef TIRBOX_SYMPY_SETS_H
#define TIRBOX_SYMPY_SETS_H

#include "runtime/lang/obj.h"

/* Adds the set classes, the singletons (also to the registry S) and the functions. */
void sympy_sets_init(Obj *module, Obj *singletons);

/* latex() of a set as sympy's LatexPrinter writes it, or NULL when o is not a set. */
const char *sympy_set_latex(Obj *o);

#endif
