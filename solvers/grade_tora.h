/* solvers/grade_tora.h — ToRA's grading rules, for reproducing its published accuracies.
 *
 * ToRA (microsoft/ToRA, src/utils/parser.py and src/eval/grader.py) extracts the answer after the
 * last `boxed` (or "he answer is", the last ```output, the last number), normalises it with its
 * strip_string, and calls two answers equal when both read as floats within a relative 1e-4
 * (the reference also counting as ref/100 and ref*100), when their bracket-stripped strings agree,
 * when tuples agree element by element, or when they are symbolically equal (where ToRA ran
 * sympy, tirbox's own grader decides with a 1e-3 tolerance). Strings are in the collected heap.
 */
#ifndef TIRBOX_GRADE_TORA_H
#define TIRBOX_GRADE_TORA_H

#include "solvers/grade.h"

/* ToRA's extract_answer followed by strip_string. */
char *grade_tora_extract(const char *completion);

/* ToRA's strip_string (its answer normalisation). */
char *grade_tora_strip(const char *answer);

/* ToRA's math_equal on two answers already extracted and stripped. */
void grade_tora_answers(const char *pred, const char *gold, GradeVerdict *out);

#endif
