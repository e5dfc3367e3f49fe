/* tests/fuzz/fuzz_grade.c — the answer extractor, the LaTeX/plain-text reader and grade.
 *
 * The input is `pred` NUL `gold` (without a NUL, the input is graded against itself); it is also
 * given to both extractors as a completion. Both grading styles run, under a request's limits. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "solvers/grade.h"
#include "solvers/grade_tora.h"
#include "tests/fuzz/harness.h"

typedef struct Pair {
    const char *text, *pred, *gold;
} Pair;

static void grade_both(const Pair *p, GradeStyle style)
{
    GradeOptions opt = {.style = style};
    GradeVerdict v;
    memset(&v, 0, sizeof v);
    grade_answers(p->pred, p->gold, &opt, &v);
    grade_verdict_free(&v);
}

static void grade_one(void *ctx)
{
    const Pair *p = ctx;
    free(grade_extract(p->text));
    grade_tora_extract(p->text);
    grade_both(p, GRADE_STYLE_TIRBOX);
    grade_both(p, GRADE_STYLE_TORA);
}

HARNESS_INITIALIZE(harness_init_solvers())

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = harness_text(data, size);
    size_t cut = strlen(text);
    Pair p = {text, text, cut < size ? text + cut + 1 : text};
    size_t before = harness_library_bytes();
    if (harness_run(grade_one, &p))
        harness_check_library(before, "grade");
    free(text);
    return 0;
}
