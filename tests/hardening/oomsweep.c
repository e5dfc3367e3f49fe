/* tests/hardening/oomsweep.c — the allocation-failure sweep (as SQLite does it).
 *
 *     oomsweep [--max-runs N] PROGRAM.py ...
 *
 * Built with -DTIRBOX_FAULT (base/mem.h), so that the N-th allocation of the collected heap or of
 * a library fails as if memory were exhausted. Each program (a golden test: a first line
 * `# request: {...}` gives its mode, prelude, call or var) runs once in a forked worker-like
 * child to count its allocations K and record its answer; then again with allocation N failing,
 * for every N from 1 to K (or, beyond --max-runs, the first half of them and the rest spread
 * evenly up to K), and with N = K + 1. The children fork from a process that ran the program
 * once already, like a worker that served requests before. Every faulted run must answer status `memory` with a
 * MemoryError and retire the worker; the run with nothing failing must give the same answer as
 * the first; none may crash, trip a sanitizer or leave library memory behind when it completes.
 * Prints one PASS/FAIL line per program and a summary line.
 */
#include <cjson/cJSON.h>
#include <flint/flint.h>
#include <mpfr.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/mem.h"
#include "runtime/lang.h"

#define HEAP ((size_t)2 << 30)

typedef struct Outcome {
    int status;              /* LangStatus, or -1 when the child died */
    int retire;
    long leaked;             /* bytes of library memory left behind by a run that completed */
    unsigned long allocs;
    uint64_t digest;         /* of the answer: stdout, display, value, error */
} Outcome;

static uint64_t fnv(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0xff) * 1099511628211ULL;
}

/* Library memory with the libraries' own caches of constants emptied. */
static size_t library_bytes(void)
{
    mpfr_free_cache();
    flint_cleanup();
    return mem_library_bytes();
}

/* Runs the request in a child with allocation `fail_at` failing (0: none). */
static Outcome run(const LangRequest *req, unsigned long fail_at)
{
    Outcome o = {.status = -1};
    int fd[2];
    if (pipe(fd) != 0) {
        perror("oomsweep: pipe");
        exit(2);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("oomsweep: fork");
        exit(2);
    }
    if (pid == 0) {
        close(fd[0]);
        size_t before = library_bytes();
        LangResult r;
        mem_fault_arm(fail_at);
        lang_exec(req, &r);
        Outcome c = {.status = (int)r.status, .retire = r.retire, .allocs = mem_fault_count()};
        mem_fault_arm(0);
        c.leaked = r.retire ? 0 : (long)library_bytes() - (long)before;
        c.digest = fnv(fnv(fnv(fnv(fnv(fnv(14695981039346656037ULL, r.out), r.display), r.value), r.error_type),
                           r.error_message), r.truncated ? "t" : "f");
        if (write(fd[1], &c, sizeof c) != (ssize_t)sizeof c)
            _exit(3);
        _exit(0);
    }
    close(fd[1]);
    Outcome got;
    ssize_t n = read(fd[0], &got, sizeof got);
    close(fd[0]);
    int st;
    while (waitpid(pid, &st, 0) < 0)
        ;
    if (n == (ssize_t)sizeof got && WIFEXITED(st) && WEXITSTATUS(st) == 0)
        o = got;
    return o;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(s);
        return NULL;
    }
    fclose(f);
    s[n] = 0;
    *len = (size_t)n;
    return s;
}

static const char *json_str(const cJSON *o, const char *k, const char *dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : dflt;
}

/* Sweeps one program; returns the number of faulted runs, or -1 on a failure (reported). */
static long sweep(const char *path, unsigned long max_runs)
{
    size_t len;
    char *code = slurp(path, &len);
    if (!code) {
        printf("FAIL oomsweep/%s: cannot read it\n", path);
        return -1;
    }
    cJSON *extra = NULL;
    if (strncmp(code, "# request:", 10) == 0)
        extra = cJSON_Parse(code + 10);   /* stops at the end of the object on the first line */
    const cJSON *lim = cJSON_GetObjectItemCaseSensitive(extra, "limits");
    const cJSON *mem = cJSON_GetObjectItemCaseSensitive(lim, "memory_mb");
    LangRequest req = {
        .code = code, .code_len = len, .cell = strcmp(json_str(extra, "mode", "script"), "cell") == 0,
        .prelude = json_str(extra, "prelude", "none"), .call = json_str(extra, "call", NULL),
        .var = json_str(extra, "var", NULL), .time_ms = 5000,
        .memory_bytes = (size_t)((cJSON_IsNumber(mem) ? mem->valuedouble : 512) * 1048576.0), .output_bytes = 65536,
    };
    /* Once in this process first, as a worker that has served requests before: the libraries'
     * lazily built tables are then in place, and what a run leaves behind is its own. */
    LangResult warm;
    lang_exec(&req, &warm);
    lang_result_free(&warm);
    Outcome base = run(&req, 0);
    long runs = 0;
    const char *why = NULL;
    unsigned long bad_at = 0;
    long leaked = base.leaked;
    if (base.status < 0)
        why = "the run without faults crashed";
    else if (base.leaked)
        why = "the run without faults left library memory behind";
    /* The allocations made to fail: all of them, or the first `head` and the rest spread evenly
     * up to k; then k + 1, where nothing fails. */
    unsigned long k = base.allocs, head = k <= max_runs ? k : max_runs / 2, spread = k <= max_runs ? 0 : max_runs - head;
    for (unsigned long i = 1; !why && i <= head + spread + 1; i++) {
        unsigned long n = i <= head ? i : i <= head + spread ? head + (k - head) * (i - head) / spread : k + 1;
        Outcome o = run(&req, n);
        runs++;
        if (o.status < 0)
            why = "crashed", bad_at = n;
        else if (n <= k && (o.status != LANG_MEMORY || !o.retire))
            why = "answered without reporting the failed allocation", bad_at = n;
        else if (n > k && (o.status != base.status || o.digest != base.digest))
            why = "answered differently with nothing failing", bad_at = n;
        else if (o.leaked)
            why = "left library memory behind", bad_at = n, leaked = o.leaked;
    }
    if (why)
        printf("FAIL oomsweep/%s: %s (allocation %lu of %lu; %ld library bytes left)\n", path, why, bad_at, k, leaked);
    else
        printf("PASS oomsweep/%s: %lu allocations, %ld faulted runs\n", path, k, runs);
    fflush(stdout);
    cJSON_Delete(extra);
    free(code);
    return why ? -1 : runs;
}

int main(int argc, char **argv)
{
    unsigned long max_runs = 400;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--max-runs") == 0) {
        max_runs = strtoul(argv[2], NULL, 10);
        first = 3;
    }
    if (max_runs < 2 || first >= argc) {
        fputs("usage: oomsweep [--max-runs N>=2] PROGRAM.py ...\n", stderr);
        return 2;
    }
    lang_init(HEAP);
    long total = 0, failed = 0;
    for (int i = first; i < argc; i++) {
        long r = sweep(argv[i], max_runs);
        if (r < 0)
            failed++;
        else
            total += r;
    }
    printf("# oomsweep: %d programs, %ld faulted runs, %ld failed\n", argc - first, total, failed);
    return failed ? 1 : 0;
}
