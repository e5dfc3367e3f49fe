/* solvers/grade_value.h — values of answer trees: exact evaluation and exact or numeric equality.
 *
 * A scalar GradeNode is evaluated with Calcium (`ca`): integers, rationals, radicals, pi, e, i,
 * logarithms, trigonometric and hyperbolic functions stay exact, and equality is Calcium's exact
 * zero test. Free symbols take values at a few fixed generic rational points (the same for both
 * sides, chosen from the symbol's name), so that an identity of expressions is tested exactly
 * point by point. Functions the grader cannot evaluate (f(x), an integral, a limit) get a value
 * hashed from their name and their arguments' values, so that equal arguments give equal values.
 * Sizes are bounded before anything is computed: a power or factorial whose result would exceed
 * GRADE_VALUE_MAX_BITS is never built, and the comparison reports it instead of hanging.
 */
#ifndef TIRBOX_GRADE_VALUE_H
#define TIRBOX_GRADE_VALUE_H

#include <stdbool.h>

#include "solvers/grade_read.h"

#define GRADE_VALUE_MAX_BITS (1L << 18)

typedef enum { GRADE_FALSE, GRADE_TRUE, GRADE_UNKNOWN } GradeTruth;

/* Why an evaluation stopped: 0 when it did not. */
enum { GE_OK, GE_UNDEFINED, GE_TOO_BIG, GE_UNSUPPORTED };

typedef struct GradeEval GradeEval;

/* A context for one grading call (owns Calcium's context; freed by the collector). */
GradeEval *grade_eval_new(void);

/* Equality of two scalar expressions at every sample point. rel_tol > 0 allows that relative
 * difference when an inexact decimal takes part; *how says how it was decided (static text). */
GradeTruth grade_value_equal(GradeEval *ev, const GradeNode *a, const GradeNode *b, double rel_tol,
                             const char **how);

/* The order of two real constants: -1, 0, 1, or 2 when it cannot be decided. */
int grade_value_order(GradeEval *ev, const GradeNode *a, const GradeNode *b);

/* The sign of a real constant: -1, 0, 1, or 2 when it cannot be decided. */
int grade_value_sign(GradeEval *ev, const GradeNode *a);

/* True when f = c * g for a constant c != 0 at every sample point; *sign is the sign of c. */
GradeTruth grade_value_proportional(GradeEval *ev, const GradeNode *f, const GradeNode *g, int *sign);

/* When f is linear in its only free symbol v (f = a v + b, a != 0 constant): sets *var, *root
 * (a tree for -b/a) and *slope_sign, and returns true. */
bool grade_value_linear(GradeEval *ev, const GradeNode *f, const char **var, GradeNode **root,
                        int *slope_sign);

/* True when the tree has a free symbol. */
bool grade_value_has_symbols(const GradeNode *g);

/* True when the tree holds a decimal literal (an approximation may be meant). */
bool grade_value_inexact(const GradeNode *g);

/* The status of the last evaluation (GE_*), for reasons. */
int grade_value_status(const GradeEval *ev);

#endif
