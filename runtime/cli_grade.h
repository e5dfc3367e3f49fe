/* runtime/cli_grade.h — `tirbox grade`: batch grading of a file of model completions.
 *
 * Reads JSON lines in the common shapes (ToRA output files: `gt`, `code` list, `pred`; Qwen2.5-Math:
 * `gt`/`answer`, `code` list; `{problem|question, answer|solution|gt, completion|response}`, the
 * reference possibly a `\boxed{}` inside a solution or `#### n` after a GSM8K rationale). Every
 * row's work runs in the sandboxed worker pool as protocol tasks: each completion's final answer
 * is extracted, optionally voted on, and graded against the reference; with --execute each
 * completion's last program is re-run and compared with the output recorded after it. Prints the
 * accuracy overall and by type/level/subject, with a timing summary; bad rows are counted and
 * reported, never fatal.
 */
#ifndef TIRBOX_CLI_GRADE_H
#define TIRBOX_CLI_GRADE_H

/* Runs `tirbox grade ARGS` (argv[0] is "grade"); returns the exit status. */
int cli_grade_main(int argc, char **argv);

#endif
