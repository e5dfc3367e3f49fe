/* tests/unit/test_sandbox.c — the worker pool and the sandbox, run for real: forked workers under
 * the real seccomp filter and rlimits. The runner here is test-only C (never in the shipped
 * binary): the task's `code` names a forbidden action, which must end the worker with SIGSYS. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime/pool.h"
#include "runtime/sandbox.h"
#include "tests/unit/check.h"

#ifndef TIRBOX_ASAN
#define TIRBOX_ASAN 0
#endif

static Pool *pool;
static pid_t parent;

/* ---- inside the worker ------------------------------------------------------------------ */

static void answer(const char *out)
{
    ProtoResult r = {.status = PROTO_OK, .out = out, .out_len = strlen(out), .error_line = -1, .equal = -1};
    pool_reply(&r, false);
}

static int counter;   /* a session's worker keeps it; a new session starts from zero */

static void forbidden(const char *what)
{
    static char one = 1;
    long rc = 0;
    if (!strcmp(what, "open"))
        rc = syscall(SYS_open, "/etc/passwd", O_RDONLY);
    else if (!strcmp(what, "openat"))
        rc = syscall(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY);
    else if (!strcmp(what, "socket"))
        rc = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
    else if (!strcmp(what, "connect"))
        rc = syscall(SYS_connect, SANDBOX_OUT_FD, NULL, 0);
    else if (!strcmp(what, "execve"))
        rc = syscall(SYS_execve, "/bin/sh", NULL, NULL);
    else if (!strcmp(what, "fork"))
        rc = syscall(SYS_fork);
    else if (!strcmp(what, "clone"))
        rc = syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, 0);
    else if (!strcmp(what, "ptrace"))
        rc = syscall(SYS_ptrace, PTRACE_ATTACH, parent, NULL, NULL);
    else if (!strcmp(what, "kill-parent"))
        rc = syscall(SYS_kill, parent, SIGKILL);
    else if (!strcmp(what, "write-stdout"))
        rc = syscall(SYS_write, 1, &one, 1);
    else if (!strcmp(what, "write-task-fd"))
        rc = syscall(SYS_write, SANDBOX_IN_FD, &one, 1);
    else if (!strcmp(what, "read-result-fd"))
        rc = syscall(SYS_read, SANDBOX_OUT_FD, &one, 1);
    else if (!strcmp(what, "mmap-exec"))
        rc = (long)syscall(SYS_mmap, NULL, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    else if (!strcmp(what, "mprotect-exec"))
        rc = syscall(SYS_mprotect, (void *)((unsigned long)&counter & ~4095UL), 4096, PROT_READ | PROT_EXEC);
    else if (!strcmp(what, "setrlimit-up")) {
        struct rlimit r = {RLIM_INFINITY, RLIM_INFINITY};
        rc = syscall(SYS_setrlimit, RLIMIT_CPU, &r);
    } else if (!strcmp(what, "prlimit-up")) {
        struct rlimit r = {RLIM_INFINITY, RLIM_INFINITY};
        rc = syscall(SYS_prlimit64, 0, RLIMIT_AS, &r, NULL);
    } else if (!strcmp(what, "x32-getpid"))
        rc = syscall(0x40000000 | SYS_getpid);
    else if (!strcmp(what, "getuid"))
        rc = syscall(SYS_getuid);
    char msg[96];
    snprintf(msg, sizeof msg, "survived %s: rc=%ld errno=%d", what, rc, errno);
    answer(msg);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void run(const ProtoRequest *q)
{
    const char *code = q->code;
    char msg[64];
    if (!strcmp(code, "ok")) {
        answer("fine");
    } else if (!strcmp(code, "count")) {
        snprintf(msg, sizeof msg, "%d", ++counter);
        answer(msg);
    } else if (!strcmp(code, "spin")) {
        for (volatile unsigned long i = 0;; i++)
            ;
    } else if (!strcmp(code, "segv")) {
        volatile int *volatile nowhere = NULL;
        *nowhere = 1;
    } else if (!strcmp(code, "retire")) {
        ProtoResult r = {.status = PROTO_MEMORY, .error_type = "MemoryError", .error_line = -1, .equal = -1};
        pool_reply(&r, true);
    } else if (!strcmp(code, "big-mmap")) {
        /* Past RLIMIT_AS (image + max memory + slack) the kernel refuses. */
        void *p = mmap(NULL, (size_t)64 << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        answer(p == MAP_FAILED && errno == ENOMEM ? "refused" : "granted");
    } else if (!strcmp(code, "small-mmap")) {
        char *p = mmap(NULL, (size_t)16 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            memset(p, 1, (size_t)16 << 20);
            madvise(p, (size_t)16 << 20, MADV_DONTNEED);
            munmap(p, (size_t)16 << 20);
        }
        answer(p == MAP_FAILED ? "refused" : "granted");
    } else if (!strcmp(code, "malloc")) {
        void *p = malloc((size_t)1 << 20);
        p = realloc(p, (size_t)40 << 20);
        memset(p, 2, (size_t)40 << 20);
        free(p);
        answer("fine");
    } else if (!strcmp(code, "qsort")) {
        /* A large qsort makes glibc probe the machine's memory (sysinfo, answered ENOSYS). */
        size_t n = 200000;
        int *v = malloc(n * sizeof *v);
        for (size_t i = 0; i < n; i++)
            v[i] = (int)((i * 2654435761u) % 1000003u);
        qsort(v, n, sizeof *v, cmp_int);
        bool sorted = true;
        for (size_t i = 1; i < n; i++)
            sorted = sorted && v[i - 1] <= v[i];
        free(v);
        answer(sorted ? "sorted" : "unsorted");
    } else if (!strcmp(code, "clock")) {
        struct timespec ts;
        answer(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0 && clock_gettime(CLOCK_MONOTONIC, &ts) == 0 ? "fine" : "no clock");
    } else {
        forbidden(code);
    }
}

/* ---- the supervisor side ---------------------------------------------------------------- */

typedef struct Got {
    bool done, closed;
    ProtoStatus status;
    char out[128], message[128], type[64];
    double time_ms;
} Got;

static void on_done(void *ctx, const ProtoResult *r)
{
    Got *g = ctx;
    g->done = true;
    if (!r) {
        g->closed = true;
        return;
    }
    g->status = r->status;
    snprintf(g->out, sizeof g->out, "%.*s", (int)(r->out ? r->out_len : 0), r->out ? r->out : "");
    snprintf(g->message, sizeof g->message, "%s", r->error_message ? r->error_message : "");
    snprintf(g->type, sizeof g->type, "%s", r->error_type ? r->error_type : "");
    g->time_ms = r->time_ms;
}

static void submit(Got *g, const char *code, const char *session, double time_ms)
{
    ProtoRequest q = {.id = "1", .op = PROTO_EXEC, .code = code, .code_len = strlen(code),
                      .session = session, .prelude = "none", .time_ms = time_ms, .memory_mb = 64,
                      .output_bytes = 1000};
    memset(g, 0, sizeof *g);
    pool_submit(pool, &q, on_done, g);
}

static void wait_all(void)
{
    while (!pool_idle(pool))
        pool_wait(pool, NULL, 0, -1, NULL);
}

static Got run_one(const char *code)
{
    Got g;
    submit(&g, code, NULL, 5000);
    wait_all();
    return g;
}

static const char *const escapes[] = {
    "open", "openat", "socket", "connect", "execve", "fork", "clone", "ptrace", "kill-parent",
    "write-stdout", "write-task-fd", "read-result-fd", "mmap-exec", "mprotect-exec", "setrlimit-up",
    "prlimit-up", "x32-getpid", "getuid",
};

static void test_escapes_end_with_sigsys(void)
{
    for (size_t i = 0; i < sizeof escapes / sizeof *escapes; i++) {
        Got g = run_one(escapes[i]);
        if (g.status != PROTO_CRASH || strcmp(g.message, "worker died: signal 31") != 0)
            printf("  %s: status %d, %s%s\n", escapes[i], (int)g.status, g.out, g.message);
        CHECK(g.status == PROTO_CRASH);
        CHECK_STR(g.message, "worker died: signal 31");
    }
}

static void test_allowed_calls_work(void)
{
    CHECK_STR(run_one("ok").out, "fine");
    CHECK_STR(run_one("small-mmap").out, "granted");
    CHECK_STR(run_one("malloc").out, "fine");
    CHECK_STR(run_one("clock").out, "fine");
    CHECK_STR(run_one("qsort").out, "sorted");
}

static void test_address_space_limit(void)
{
    if (TIRBOX_ASAN)   /* the sanitizer build runs without RLIMIT_AS (see SECURITY.md) */
        return;
    CHECK_STR(run_one("big-mmap").out, "refused");
}

static char *slurp(const char *path)
{
    static char buf[8192];
    int fd = open(path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
    if (fd >= 0)
        close(fd);
    buf[n > 0 ? n : 0] = 0;
    return buf;
}

static void test_proc_status(void)
{
    run_one("ok");   /* the worker has entered the sandbox once it answered */
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pool_worker_pid(pool, 0));
    const char *st = slurp(path);
    CHECK(strstr(st, "\nSeccomp:\t2\n") != NULL);
    CHECK(strstr(st, "\nNoNewPrivs:\t1\n") != NULL);
    snprintf(path, sizeof path, "/proc/%d/limits", (int)pool_worker_pid(pool, 0));
    const char *lim = slurp(path);
    CHECK(strstr(lim, "Max file size             0                    0") != NULL);
    CHECK(strstr(lim, "Max processes             0                    0") != NULL);
    CHECK(strstr(lim, "Max core file size        0                    0") != NULL);
    CHECK(strstr(lim, "Max cpu time              7200                 7200") != NULL);
}

static void test_only_its_pipes_are_open(void)
{
    run_one("ok");
    char path[64], link[64];
    int seen = 0;
    for (int fd = 0; fd < 64; fd++) {
        snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pool_worker_pid(pool, 0), fd);
        if (readlink(path, link, sizeof link) < 0)
            continue;
        bool allowed = fd == SANDBOX_IN_FD || fd == SANDBOX_OUT_FD || (TIRBOX_ASAN && fd == 2);
        if (!allowed)
            printf("  unexpected fd %d open in the worker\n", fd);
        CHECK(allowed);
        seen += fd == SANDBOX_IN_FD || fd == SANDBOX_OUT_FD;
    }
    CHECK(seen == 2);
}

static void test_timeout_kills_within_margin(void)
{
    /* The CPU time the worker used before SIGKILL: the limit plus the supervisor's margin
     * (100 ms + 2%) plus one polling slack. */
    Got g;
    submit(&g, "spin", NULL, 300);
    wait_all();
    CHECK(g.status == PROTO_TIMEOUT);
    CHECK(g.time_ms >= 300 && g.time_ms < 300 + 106 + 50);
}

static void test_crash_then_served(void)
{
    Got g = run_one("segv");
    CHECK(g.status == PROTO_CRASH);
    /* Under ASan its SEGV handler runs first and is itself stopped by the filter. */
    CHECK_STR(g.message, TIRBOX_ASAN ? "worker died: signal 31" : "worker died: signal 11");
    CHECK_STR(run_one("ok").out, "fine");
}

static void test_retire_replaces_worker(void)
{
    pid_t before = pool_worker_pid(pool, 0);
    Got g[3];
    submit(&g[0], "retire", NULL, 5000);
    wait_all();
    CHECK(g[0].status == PROTO_MEMORY);
    CHECK_STR(g[0].type, "MemoryError");   /* read from the retired worker's answer */
    CHECK(pool_worker_pid(pool, 0) != 0);
    submit(&g[1], "ok", NULL, 5000);
    wait_all();
    CHECK_STR(g[1].out, "fine");
    (void)before;
}

static void test_queued_behind_crash_not_lost(void)
{
    Got g[12];
    for (int i = 0; i < 12; i++)
        submit(&g[i], i % 3 == 0 ? "segv" : "ok", NULL, 5000);
    wait_all();
    for (int i = 0; i < 12; i++) {
        CHECK(g[i].done);
        CHECK(g[i].status == (i % 3 == 0 ? PROTO_CRASH : PROTO_OK));
    }
}

static void test_session_order_and_close(void)
{
    Got g[8];
    for (int i = 0; i < 5; i++)
        submit(&g[i], "count", "s1", 5000);
    ProtoRequest close = {.id = "1", .op = PROTO_CLOSE, .session = "s1"};
    memset(&g[5], 0, sizeof g[5]);
    pool_submit(pool, &close, on_done, &g[5]);
    submit(&g[6], "count", "s1", 5000);
    wait_all();
    char want[16];
    for (int i = 0; i < 5; i++) {
        snprintf(want, sizeof want, "%d", i + 1);
        CHECK_STR(g[i].out, want);
    }
    CHECK(g[5].closed);
    CHECK_STR(g[6].out, "1");   /* a new session after close: a fresh worker */
    memset(&g[7], 0, sizeof g[7]);
    close.session = "never-opened";
    pool_submit(pool, &close, on_done, &g[7]);
    CHECK(g[7].closed);
    close.session = "s1";
    pool_submit(pool, &close, on_done, &g[7]);
    wait_all();
}

static void test_session_crash_restarts_fresh(void)
{
    Got g[4];
    submit(&g[0], "count", "s2", 5000);
    submit(&g[1], "segv", "s2", 5000);
    submit(&g[2], "count", "s2", 5000);
    wait_all();
    CHECK_STR(g[0].out, "1");
    CHECK(g[1].status == PROTO_CRASH);
    CHECK_STR(g[2].out, "1");
    ProtoRequest close = {.id = "1", .op = PROTO_CLOSE, .session = "s2"};
    pool_submit(pool, &close, on_done, &g[3]);
    wait_all();
}

static void test_idle_sessions_evicted(void)
{
    /* The pool keeps 3 sessions: a fourth evicts the least recently used idle one. */
    Got g[8];
    submit(&g[0], "count", "ea", 5000);
    wait_all();
    submit(&g[1], "count", "eb", 5000);
    wait_all();
    submit(&g[2], "count", "ec", 5000);
    wait_all();
    submit(&g[3], "count", "ed", 5000);   /* evicts ea */
    wait_all();
    submit(&g[4], "count", "ea", 5000);   /* ea starts afresh and evicts eb */
    wait_all();
    submit(&g[5], "count", "ec", 5000);   /* ec kept its worker */
    wait_all();
    CHECK_STR(g[4].out, "1");
    CHECK_STR(g[5].out, "2");
    const char *names[] = {"ea", "ec", "ed"};
    for (int i = 0; i < 3; i++) {
        ProtoRequest close = {.id = "1", .op = PROTO_CLOSE, .session = names[i]};
        pool_submit(pool, &close, on_done, &g[6]);
    }
    wait_all();
}

int main(void)
{
    parent = getpid();
    PoolConfig cfg = {.workers = 2, .max_memory_mb = 256, .max_sessions = 3, .run = run};
    pool = pool_start(&cfg);
    if (!pool) {
        printf("FAIL pool_start\n");
        return 1;
    }
    RUN(test_escapes_end_with_sigsys);
    RUN(test_allowed_calls_work);
    RUN(test_address_space_limit);
    RUN(test_proc_status);
    RUN(test_only_its_pipes_are_open);
    RUN(test_timeout_kills_within_margin);
    RUN(test_crash_then_served);
    RUN(test_retire_replaces_worker);
    RUN(test_queued_behind_crash_not_lost);
    RUN(test_session_order_and_close);
    RUN(test_session_crash_restarts_fresh);
    RUN(test_idle_sessions_evicted);
    pool_stop(pool);
    return CHECK_EXIT();
}
