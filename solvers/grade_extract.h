/* solvers/grade_extract.h — finding the final answer in a model's completion.
 *
 * The order: the last `\boxed{}`/`\fbox{}` (brace-matched, or `\boxed 5`; boxes joined by `and`,
 * commas or spacing are one answer, a set; a box in a box is its content), then an "answer is" /
 * "final answer" / "Answer:" phrase, then the last ```output block, then the last multiple-choice
 * letter in bold (`\textbf{(B)}`), then the last sentence that draws a conclusion ("Therefore,
 * ..."), then the last number. Strings are in the collected heap.
 */
#ifndef TIRBOX_GRADE_EXTRACT_H
#define TIRBOX_GRADE_EXTRACT_H

#include <stdbool.h>

/* The final answer of a completion, or NULL when it has none. */
char *grade_extract_answer(const char *completion);

/* The answer text to grade: the text itself when it reads as an answer, else what the completion
 * rules (and the last `$...$` formula) find in it; never NULL. */
char *grade_extract_for_grading(const char *text);

/* The content of the last `\boxed{...}`, brace-matched, or NULL (ToRA's rule: after the last
 * `boxed`, a brace group or the text up to `$`). */
char *grade_extract_last_boxed(const char *text);

#endif
