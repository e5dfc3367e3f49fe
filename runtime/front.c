/* runtime/front.c — what the front ends for a person share (see front.h). */
#include "runtime/front.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli.h"
#include "runtime/lang.h"
#include "runtime/pool.h"
#include "runtime/worker.h"

void front_defaults(FrontOptions *o)
{
    o->time_ms = PROTO_DEFAULT_TIME_MS;
    o->memory_mb = PROTO_DEFAULT_MEMORY_MB;
    o->output_bytes = PROTO_DEFAULT_OUTPUT_BYTES;
    o->prelude = "none";
}

const char front_options_help[] =
    "  --time-ms MS         CPU time limit of a program (default 5000)\n"
    "  --memory-mb MB       memory limit of a program (default 512)\n"
    "  --output-bytes N     stdout beyond N bytes is cut (default 65536)\n"
    "  --prelude NAME       names bound first: none, sympy (from sympy import *; import math)\n"
    "                       or pot (math, statistics, Symbol, Eq, simplify, solve, solve_it)\n";

/* A number in [lo, hi] from text, or an error naming the option. */
static bool number(const char *cmd, const char *opt, const char *text, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (errno || end == text || *end || !isfinite(v) || v < lo || v > hi) {
        cli_usage_error(cmd, "%s wants a number from %.0f to %.0f, not '%s'", opt, lo, hi, text);
        return false;
    }
    *out = v;
    return true;
}

int front_option(const char *cmd, int argc, char **argv, int *i, FrontOptions *o)
{
    const char *opt = argv[*i];
    bool known = strcmp(opt, "--time-ms") == 0 || strcmp(opt, "--memory-mb") == 0 ||
                 strcmp(opt, "--output-bytes") == 0 || strcmp(opt, "--prelude") == 0;
    if (!known)
        return 0;
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "%s needs a value", opt);
        return -1;
    }
    const char *val = argv[++*i];
    double v;
    if (strcmp(opt, "--prelude") == 0) {
        if (strcmp(val, "none") && strcmp(val, "sympy") && strcmp(val, "pot")) {
            cli_usage_error(cmd, "--prelude is none, sympy or pot, not '%s'", val);
            return -1;
        }
        o->prelude = val;
    } else if (strcmp(opt, "--time-ms") == 0) {
        if (!number(cmd, opt, val, 1, POOL_MAX_TIME_MS, &o->time_ms))
            return -1;
    } else if (strcmp(opt, "--memory-mb") == 0) {
        if (!number(cmd, opt, val, 1, POOL_DEFAULT_MAX_MEMORY_MB, &o->memory_mb))
            return -1;
    } else {
        if (!number(cmd, opt, val, 0, 1 << 30, &v))
            return -1;
        o->output_bytes = (size_t)v;
    }
    return 1;
}

volatile int front_interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    front_interrupted = 1;
}

struct FrontRunner {
    Pool *pool;
    PoolConfig cfg;
    FrontOptions opt;
};

FrontRunner *front_start(const FrontOptions *o)
{
    static bool built;
    FrontRunner *cr = calloc(1, sizeof *cr);
    if (!cr)
        return NULL;
    cr->opt = *o;
    cr->cfg.workers = 1;
    cr->cfg.max_memory_mb = o->memory_mb;
    cr->cfg.run = worker_run;
    cr->cfg.on_interrupt = lang_interrupt;
    if (!built) {
        lang_init((size_t)(o->memory_mb * 2 * 1048576.0));
        built = true;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;   /* no SA_RESTART: a read at the prompt returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    cr->pool = pool_start(&cr->cfg);
    if (!cr->pool) {
        free(cr);
        return NULL;
    }
    return cr;
}

typedef struct Pending {
    bool done;
    void (*show)(void *ctx, const ProtoResult *r);
    void *ctx;
} Pending;

static void on_done(void *ctx, const ProtoResult *r)
{
    Pending *p = ctx;
    if (!p->done && !front_interrupted && r)
        p->show(p->ctx, r);
    p->done = true;
}

bool front_exec(FrontRunner *cr, ProtoRequest *req, void (*show)(void *ctx, const ProtoResult *r),
                     void *ctx)
{
    if (!cr->pool)                 /* it could not be restarted after an interrupt */
        return false;
    req->time_ms = cr->opt.time_ms;
    req->memory_mb = cr->opt.memory_mb;
    req->output_bytes = cr->opt.output_bytes;
    Pending p = {false, show, ctx};
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);  /* delivered only inside pool_wait's ppoll */
    sigset_t open = old;
    sigdelset(&open, SIGINT);
    pool_submit(cr->pool, req, on_done, &p);
    /* A first Ctrl-C raises KeyboardInterrupt in the program, which answers with it as python
     * would; a second one (a program deep in a library call that never reaches a loop or a call)
     * kills its worker, and a session with it. */
    int interrupts = 0;
    while (!p.done && interrupts < 2) {
        if (front_interrupted) {   /* also one pressed before the program was submitted */
            front_interrupted = 0;
            if (++interrupts == 1)
                pool_interrupt(cr->pool);
            continue;
        }
        pool_wait(cr->pool, NULL, 0, -1, &open);
    }
    bool interrupted = !p.done;
    front_interrupted = interrupted;
    if (interrupted) {
        pool_stop(cr->pool);
        cr->pool = pool_start(&cr->cfg);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    return !interrupted;
}

void front_stop(FrontRunner *cr)
{
    if (!cr)
        return;
    if (cr->pool)
        pool_stop(cr->pool);
    free(cr);
}

/* The line'th line of code (1-based), blanks stripped at both ends; false when out of range. */
static bool source_line(const char *code, size_t len, long line, const char **start, int *n)
{
    const char *p = code, *end = code + len;
    for (long k = 1; k < line; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e)
        e = end;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    *start = p;
    *n = (int)(e - p);
    return p < e;
}

void front_print_error(const char *file, const char *code, size_t code_len, bool show_source,
                     const ProtoResult *r)
{
    if (r->status == PROTO_ERROR && r->traceback) {
        fputs(r->traceback, stderr);
        return;
    }
    const char *type = r->error_qualname ? r->error_qualname : r->error_type ? r->error_type : "Error";
    bool syntax = r->error_type && (strcmp(r->error_type, "SyntaxError") == 0 ||
                                    strcmp(r->error_type, "IndentationError") == 0 ||
                                    strcmp(r->error_type, "TabError") == 0);
    if (r->status == PROTO_ERROR && r->error_line > 0) {
        if (!syntax)
            fputs("Traceback (most recent call last):\n", stderr);
        fprintf(stderr, "  File \"%s\", line %ld\n", file, r->error_line);
        const char *src;
        int n;
        if ((show_source || syntax) && source_line(code, code_len, r->error_line, &src, &n))
            fprintf(stderr, "    %.*s\n", n, src);
    }
    const char *msg = r->error_message ? r->error_message : "";
    if (r->status == PROTO_TIMEOUT) {   /* also when the supervisor killed it: no type was sent */
        type = "TimeoutError";
        msg = "Timed Out";
    }
    if (*msg)
        fprintf(stderr, "%s: %s\n", type, msg);
    else
        fprintf(stderr, "%s\n", type);
}

bool front_system_exit(const ProtoResult *r, int *status)
{
    if (r->status != PROTO_ERROR || !r->error_type || strcmp(r->error_type, "SystemExit") != 0)
        return false;
    const char *msg = r->error_message ? r->error_message : "";
    char *end;
    long v = strtol(msg, &end, 10);
    if (!*msg || strcmp(msg, "None") == 0) {
        *status = 0;
    } else if (end != msg && !*end) {
        *status = (int)(v & 0xff);
    } else {
        fprintf(stderr, "%s\n", msg);
        *status = 1;
    }
    return true;
}
