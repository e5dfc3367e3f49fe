/* runtime/lang.h — the language as a worker sees it: build the interpreter once, run requests.
 *
 * lang_init() runs once in the supervisor before any worker is forked: it builds every permanent
 * object (types, builtins, interned names, module tables, symbolic constants) and seals the heap,
 * so workers start from a copy-on-write image. lang_exec() runs one exec request to completion and
 * never longjmps out: whatever the program does becomes a status in the result. Everything it
 * returns is malloc'd and owned by the caller (lang_result_free).
 *
 * One-shot requests leave nothing behind: lang_exec() resets the young heap before returning.
 * A persistent request (a session's cell) keeps its globals for the next persistent request in the
 * same process; lang_session_end() drops them.
 */
#ifndef TIRBOX_LANG_H
#define TIRBOX_LANG_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { LANG_OK, LANG_ERROR, LANG_TIMEOUT, LANG_MEMORY } LangStatus;

typedef struct LangRequest {
    const char *code;          /* UTF-8 program text, \n or \r\n line endings */
    size_t code_len;
    bool cell;                 /* mode "cell": also show the repr of a trailing expression */
    const char *prelude;       /* "none", "sympy" or "pot" */
    const char *call;          /* call this zero-argument global after running, or NULL */
    const char *var;           /* or report str() of this global, or NULL */
    double time_ms;            /* CPU budget */
    size_t memory_bytes;       /* young heap + library memory */
    size_t output_bytes;       /* cap on stdout (and on display and value) */
    bool persistent;           /* a session cell: keep the globals for the next one */
    const char *filename;      /* what tracebacks call the code; NULL: "<string>" */
} LangRequest;

typedef struct LangResult {
    LangStatus status;
    char *out;                 /* stdout, at most output_bytes, cut on a UTF-8 boundary */
    size_t out_len;
    bool truncated;            /* stdout, display or value hit output_bytes */
    char *display;             /* cell mode: repr of the trailing expression, or NULL */
    char *value;               /* call/var: str() of the value, or NULL */
    char *error_type;          /* status != OK: "ZeroDivisionError", "TimeoutError", ... */
    char *error_qualname;      /* as a traceback's last line names it: "sympy.core.sympify.SympifyError" */
    char *error_message;       /* str(exception); SyntaxError: its msg */
    long error_line;           /* line in the request's code, or -1 when none */
    char *traceback;           /* the uncaught exception's traceback as CPython prints it, or NULL */
    bool retire;               /* the worker should exit after replying (a limit was hit) */
} LangResult;

/* Builds the permanent state and seals the heap; heap_reserve is the address space for it. */
void lang_init(size_t heap_reserve);

void lang_exec(const LangRequest *req, LangResult *out);

/* Runs fn(ctx), C code that allocates from the collected heap (the answer grader), under a
 * request's CPU and memory limits, then resets the heap: fn copies what it keeps to malloc'd
 * memory. Returns LANG_OK, or the limit that ended it (*retire is then set, as for lang_exec). */
LangStatus lang_run_native(void (*fn)(void *ctx), void *ctx, double time_ms, size_t memory_bytes, bool *retire);

/* Raises (true) or drops (false) the interrupt flag: with it raised, the running program gets
 * KeyboardInterrupt at its next loop iteration or call, as in python (async-signal-safe). */
void lang_interrupt(bool on);

/* Drops a session's globals (and the young heap with them). */
void lang_session_end(void);

void lang_result_free(LangResult *r);

#endif
