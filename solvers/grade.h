/* solvers/grade.h — answer grading: is this final answer the reference answer?
 *
 * grade_answers() reads both answers (solvers/grade_read.h; long texts first go through the
 * extraction rules of solvers/grade_extract.h), then decides equality on the mathematical objects:
 * exactly for numbers and exact constants (Calcium), by exact identity testing at sample points
 * for expressions, numerically only where a decimal may approximate the other side (relative
 * tolerance rel_tol), structurally for tuples, sets, intervals, matrices (a sum or product of
 * matrices written out is computed first) and relations. Percent:
 * `50\%` equals 0.5, 1/2 and 50, but a bare 50 is not 0.5. Degrees: `30^\circ` equals 30 and pi/6.
 * Both functions run inside a worker: they allocate from the collected heap and are bounded in
 * cost (see solvers/grade_value.h for the size bounds).
 */
#ifndef TIRBOX_GRADE_H
#define TIRBOX_GRADE_H

#include <stdbool.h>

typedef enum {
    GRADE_STYLE_TIRBOX,        /* the rules above */
    GRADE_STYLE_TORA,          /* ToRA's math_equal: floats within 1e-4, percent variants, strings */
} GradeStyle;

typedef struct GradeOptions {
    double rel_tol;            /* for decimal approximations; 0 means 1e-6 */
    GradeStyle style;
} GradeOptions;

typedef struct GradeVerdict {
    bool equal;
    char *reason;              /* malloc'd: how equality was decided, or why not */
    char *pred_norm;           /* malloc'd: the answers as read */
    char *gold_norm;
} GradeVerdict;

/* Grades a predicted answer against the reference; opt may be NULL (defaults). */
void grade_answers(const char *pred, const char *gold, const GradeOptions *opt, GradeVerdict *out);

/* Frees the strings of a verdict. */
void grade_verdict_free(GradeVerdict *v);

/* The final answer of a model completion (malloc'd), or NULL when it has none. */
char *grade_extract(const char *completion);

#endif
