/* runtime/front.h — what the front ends that run programs for a person (`run`, `repl`) share:
 * their limit options, a pool on which they run one request at a time, Ctrl-C, and Python-style
 * tracebacks and SystemExit. The programs run in the sandboxed workers of runtime/pool.h, exactly
 * as `serve` runs them.
 */
#ifndef TIRBOX_FRONT_H
#define TIRBOX_FRONT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "protocol/proto.h"

/* The limits and prelude of the programs a person runs. */
typedef struct FrontOptions {
    double time_ms, memory_mb;
    size_t output_bytes;
    const char *prelude;
} FrontOptions;

/* Protocol defaults: 5 s, 512 MB, 64 KiB, no prelude. */
void front_defaults(FrontOptions *o);

/* The help lines for the options front_option() takes. */
extern const char front_options_help[];

/* If argv[*i] is --time-ms, --memory-mb, --output-bytes or --prelude, consumes it and its value
 * (advancing *i) and returns 1; returns 0 for any other argument, -1 after reporting a bad value. */
int front_option(const char *cmd, int argc, char **argv, int *i, FrontOptions *o);

/* A pool running one request at a time. */
typedef struct FrontRunner FrontRunner;

/* Builds the interpreter, installs the SIGINT handler and starts a pool sized for o; NULL (with a
 * message) on failure. */
FrontRunner *front_start(const FrontOptions *o);

/* Runs req (its limits set from the runner's options) and waits; show(ctx, r) gets the result.
 * A SIGINT (also one that came before the call, while front_interrupted was set) raises
 * KeyboardInterrupt in the program, whose answer is shown; a second one kills it (the pool is
 * restarted, sessions with it) and returns false with front_interrupted set; false without it
 * when the pool could not be restarted. */
bool front_exec(FrontRunner *fr, ProtoRequest *req, void (*show)(void *ctx, const ProtoResult *r),
                void *ctx);

/* Stops the pool and frees the runner. */
void front_stop(FrontRunner *fr);

/* Set by the SIGINT handler (installed without SA_RESTART, so a read at a prompt returns). */
extern volatile int front_interrupted;

/* True when r ended with SystemExit; *status is then the exit status python would give (the
 * message printed on stderr when it is not a number). */
bool front_system_exit(const ProtoResult *r, int *status);

/* Prints a failed result on stderr as python does: the traceback header, `File "FILE", line N`,
 * the source line (always for syntax errors, else when show_source), and `Type: message`. */
void front_print_error(const char *file, const char *code, size_t code_len, bool show_source,
                       const ProtoResult *r);

#endif
