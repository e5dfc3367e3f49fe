/* solvers/sym_interval.h — sets of reals as sorted unions of intervals (points are closed
 * intervals of length zero): union, intersection, complement, and the conversion to and from
 * the relational form sympy prints for them ((1 < x) & (x < 5) | Eq(x, 7)). Ends are real
 * numbers, oo or -oo, compared exactly where possible and numerically otherwise. */
#ifndef TIRBOX_SYM_INTERVAL_H
#define TIRBOX_SYM_INTERVAL_H

#include "solvers/sym.h"

typedef struct SymIval {
    Sym *lo, *hi;
    bool lo_open, hi_open;
} SymIval;

typedef struct SymIvals {
    SymIval *v;
    size_t n, cap;
} SymIvals;

/* a compared with b, real numbers or infinities: -1, 0, 1, or 2 when it cannot be decided. */
int sym_real_cmp(Sym *a, Sym *b);

/* Appends an interval. */
void sym_ivals_push(SymIvals *s, SymIval iv);

/* Sorts by lower end and merges the intervals that overlap or touch. */
void sym_ivals_normalize(SymIvals *s);

/* The intersection of two normalised unions. */
SymIvals sym_ivals_intersect(const SymIvals *a, const SymIvals *b);

/* The reals outside a normalised union. */
SymIvals sym_ivals_complement(const SymIvals *s);

/* Interval.as_relational: False when empty, else an Or of And(lo < x, x < hi) (<= at closed
 * ends) with points as Eq(x, p), two intervals meeting at an excluded c as
 * (x > lo) & (x < hi) & Ne(x, c); the bounds evaluated with x's assumptions. */
Sym *sym_ivals_relational(const SymIvals *s, Sym *x);

/* The intervals of x a relational answer describes (True, False, bounds on x, And of those
 * with at most one Ne(x, c), Or of those), appended to out; false when r is not of that form. */
bool sym_ivals_from_relational(Sym *r, Sym *x, SymIvals *out);

#endif
