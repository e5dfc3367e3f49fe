/* runtime/serve.c — `tirbox serve` (see serve.h).
 *
 * One thread, one event loop: stdin is read in chunks and cut into lines; each line becomes a
 * response at once (ping, bad_request) or a task of the pool; responses are appended to an output
 * buffer that is written to stdout as fast as the reader takes it. While that buffer or the number
 * of requests in flight is too large, stdin is not read: a slow reader slows the server down
 * instead of losing replies. EOF, SIGTERM and SIGINT stop the reading; the server exits 0 once
 * every request read so far has been answered and written.
 */
#include "runtime/serve.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "protocol/proto.h"
#include "runtime/cli.h"
#include "runtime/lang.h"
#include "runtime/pool.h"
#include "runtime/worker.h"

#define DEFAULT_MAX_LINE ((size_t)16 << 20)
#define READ_CHUNK ((size_t)1 << 20)
#define MAX_PENDING 4096                  /* requests read but not answered */
#define OUT_HIGH ((size_t)64 << 20)       /* buffered response bytes */

typedef struct Server {
    Pool *pool;
    size_t max_line;
    ProtoBuf in;             /* bytes of stdin not yet cut into lines */
    size_t scanned;          /* bytes of `in` known to hold no newline */
    bool skipping;           /* inside a line longer than max_line */
    bool eof;
    ProtoBuf out;            /* response bytes not yet written */
    size_t out_off;
    bool out_dead;           /* the reader of stdout is gone */
    long pending;
} Server;

typedef struct Pending {
    Server *srv;
    ProtoOp op;
    char id[];
} Pending;

static volatile sig_atomic_t stop_signal;

static void on_stop_signal(int sig) { stop_signal = sig; }

static void flush_out(Server *s)
{
    while (s->out_off < s->out.len && !s->out_dead) {
        ssize_t n = write(STDOUT_FILENO, s->out.data + s->out_off, s->out.len - s->out_off);
        if (n > 0) {
            s->out_off += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        fprintf(stderr, "tirbox: stdout closed (%s); stopping\n", n < 0 ? strerror(errno) : "short write");
        s->out_dead = true;
    }
    if (s->out_off == s->out.len || s->out_dead) {
        s->out.len = 0;
        s->out_off = 0;
    }
}

static void on_done(void *ctx, const ProtoResult *r)
{
    Pending *p = ctx;
    Server *s = p->srv;
    if (r)
        proto_emit_result(&s->out, p->id, p->op, r);
    else
        proto_emit_ok(&s->out, p->id);
    s->pending--;
    free(p);
}

static void bad_request(Server *s, const char *id, const char *why) { proto_emit_bad_request(&s->out, id, why); }

static void handle_line(Server *s, const char *line, size_t len)
{
    ProtoRequest req;
    char *why;
    if (!proto_parse(line, len, &req, &why)) {
        bad_request(s, req.id, why);
        free(why);
        proto_request_free(&req);
        return;
    }
    if (req.op == PROTO_PING) {
        proto_emit_ok(&s->out, req.id);
    } else {
        if (req.op == PROTO_GRADE || req.op == PROTO_EXTRACT)
            req.session = NULL;   /* grading keeps no state: any worker will do */
        size_t n = strlen(req.id) + 1;
        Pending *p = malloc(sizeof *p + n);
        if (!p) {
            fputs("tirbox: out of memory\n", stderr);
            exit(1);
        }
        p->srv = s;
        p->op = req.op;
        memcpy(p->id, req.id, n);
        s->pending++;
        pool_submit(s->pool, &req, on_done, p);
    }
    proto_request_free(&req);
}

static void too_long(Server *s)
{
    char why[80];
    snprintf(why, sizeof why, "line longer than %zu bytes", s->max_line);
    bad_request(s, "null", why);
}

/* Cuts the complete lines out of the input buffer. */
static void take_lines(Server *s)
{
    size_t start = 0;
    for (;;) {
        char *nl = memchr(s->in.data + s->scanned, '\n', s->in.len - s->scanned);
        if (!nl) {
            s->scanned = s->in.len;
            break;
        }
        size_t end = (size_t)(nl - s->in.data);
        if (s->skipping) {
            s->skipping = false;
            too_long(s);
        } else if (end - start > s->max_line) {
            too_long(s);
        } else {
            handle_line(s, s->in.data + start, end - start);
        }
        start = s->scanned = end + 1;
    }
    memmove(s->in.data, s->in.data + start, s->in.len - start);
    s->in.len -= start;
    s->scanned -= start;
    if (s->in.len > s->max_line) {   /* no newline in sight: drop the line, answer at its end */
        s->skipping = true;
        s->in.len = s->scanned = 0;
    }
}

static void read_input(Server *s)
{
    static char chunk[READ_CHUNK];
    ssize_t n;
    do
        n = read(STDIN_FILENO, chunk, READ_CHUNK);
    while (n < 0 && errno == EINTR);
    if (n > 0) {
        proto_buf_add(&s->in, chunk, (size_t)n);
        take_lines(s);
    } else if (n == 0 || errno != EAGAIN) {
        s->eof = true;
        if (s->skipping)
            too_long(s);
        else if (s->in.len)   /* a last line without its newline */
            handle_line(s, s->in.data, s->in.len);
        s->in.len = s->scanned = 0;
    }
}

static const char help_text[] =
    "usage: tirbox serve [--workers N] [--max-line BYTES] [--max-sessions N]\n"
    "\n"
    "JSON-lines server: one request per line on stdin, one response per line on stdout\n"
    "(protocol/PROTOCOL.md). Every program runs in a sandboxed worker process (SECURITY.md).\n"
    "\n"
    "  --workers N         requests running at once, one worker process each (default: cores)\n"
    "  --max-line BYTES    longer request lines get bad_request (default 16 MiB)\n"
    "  --max-sessions N    sessions kept; beyond, the least recently used idle one is dropped\n"
    "                      (default 1024; each session is a process)\n"
    "\n"
    "Exits 0 at end of input, on SIGTERM or SIGINT, after answering every request read.\n";

/* A whole number from 1 to max. */
static bool parse_count(const char *s, long long max, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < 1 || v > max)
        return false;
    *out = v;
    return true;
}

int serve_main(int argc, char **argv)
{
    long long workers = 0, max_line = (long long)DEFAULT_MAX_LINE, max_sessions = POOL_DEFAULT_MAX_SESSIONS;
    if (cli_wants_help(argc, argv)) {
        fputs(help_text, stdout);
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        long long *dst = strcmp(a, "--workers") == 0        ? &workers
                         : strcmp(a, "--max-line") == 0     ? &max_line
                         : strcmp(a, "--max-sessions") == 0 ? &max_sessions
                                                            : NULL;
        if (!dst)
            return cli_usage_error("serve", "unknown option '%s'", a);
        if (i + 1 >= argc)
            return cli_usage_error("serve", "%s needs a value", a);
        long long most = dst == &max_line ? (1LL << 40) : dst == &workers ? 1024 : 1000000;
        if (!parse_count(argv[++i], most, dst))
            return cli_usage_error("serve", "%s wants a whole number from 1 to %lld, not '%s'", a, most, argv[i]);
    }
    /* SIGTERM and SIGINT are blocked except inside the poll, so that none is missed. */
    sigset_t block, wait_mask;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &wait_mask);
    sigdelset(&wait_mask, SIGTERM);
    sigdelset(&wait_mask, SIGINT);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    PoolConfig cfg = {.workers = (int)workers, .max_memory_mb = POOL_DEFAULT_MAX_MEMORY_MB,
                      .max_sessions = (int)max_sessions, .run = worker_run};
    lang_init((size_t)(cfg.max_memory_mb * 2 * 1048576.0));
    Server s;
    memset(&s, 0, sizeof s);
    s.max_line = (size_t)max_line;
    s.pool = pool_start(&cfg);
    if (!s.pool)
        return 1;

    /* Non-blocking stdout (when it is a pipe or socket) keeps the workers served while the
     * reader is slow; the flags are put back on the way out. */
    struct stat st;
    int out_flags = fcntl(STDOUT_FILENO, F_GETFL);
    bool nonblock = out_flags >= 0 && fstat(STDOUT_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    if (nonblock)
        fcntl(STDOUT_FILENO, F_SETFL, out_flags | O_NONBLOCK);

    while (!s.out_dead) {
        if (stop_signal && !s.eof) {
            fprintf(stderr, "tirbox: signal %d: finishing the requests in flight\n", (int)stop_signal);
            s.eof = true;
        }
        if (s.eof && pool_idle(s.pool) && s.out.len == 0)
            break;
        struct pollfd fds[2];
        int n = 0, in_at = -1;
        if (!s.eof && s.pending < MAX_PENDING && s.out.len < OUT_HIGH) {
            in_at = n;
            fds[n++] = (struct pollfd){STDIN_FILENO, POLLIN, 0};
        }
        /* Watched even with nothing to write: a reader that went away (POLLERR) stops the server
         * at once rather than when the requests in flight finish. */
        int out_at = n;
        fds[n++] = (struct pollfd){STDOUT_FILENO, s.out.len ? POLLOUT : 0, 0};
        if (pool_wait(s.pool, fds, n, -1, &wait_mask) > 0) {
            if (in_at >= 0 && fds[in_at].revents)
                read_input(&s);
            if ((fds[out_at].revents & (POLLERR | POLLNVAL)) && !(fds[out_at].revents & POLLOUT))
                s.out_dead = true;
        }
        flush_out(&s);
    }
    pool_stop(s.pool);
    if (nonblock)
        fcntl(STDOUT_FILENO, F_SETFL, out_flags);
    proto_buf_free(&s.in);
    proto_buf_free(&s.out);
    return 0;
}
