/* runtime/pool.c — the worker pool (see pool.h): forking, scheduling, limits, crash handling,
 * and the pipe format between the supervisor and a worker.
 *
 * On the pipes a message is a 4-byte length and a payload of fixed fields and strings (4-byte
 * length, the bytes, a NUL so that the reader can use them in place; length 0xffffffff is NULL).
 * The supervisor checks every result it reads as hostile: a malformed one kills the worker.
 */
#include "runtime/pool.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/mem.h"
#include "runtime/sandbox.h"

#define NO_STRING 0xffffffffu
#define NBUCKET 4096
#define CPU_RLIMIT_S ((unsigned)(2 * POOL_MAX_TIME_MS / 1000))
#define AS_SLACK ((size_t)256 << 20)   /* stacks, malloc arenas, library tables */
#define RESULT_SLACK ((size_t)16 << 20)

typedef struct Job {
    struct Job *next;
    char *msg;               /* the serialized task; NULL for a close */
    size_t len;
    double time_ms;
    size_t max_result;       /* a bigger result is a misbehaving worker */
    pool_done done;
    void *ctx;
    bool interrupted;        /* pool_interrupt came while it waited: interrupt it once started */
} Job;

typedef struct Session Session;

typedef struct Worker {
    pid_t pid;
    int to, from;            /* task pipe (write end), result pipe (read end, non-blocking) */
    clockid_t clock;
    Session *session;        /* NULL: a one-shot worker */
    int slot;                /* index in Pool.oneshot, or -1 */
    Job *job;                /* the task in flight */
    double t0, cpu0;         /* wall and CPU ms when it started */
    bool timed_out;          /* killed by the supervisor for time */
    int tasks;               /* tasks sent to it so far: the number pool_interrupt names */
    ProtoBuf in;             /* result bytes read so far */
} Worker;

struct Session {
    Session *hnext, *rnext;
    char *name;
    Worker *worker;
    Job *head, *tail;
    bool busy, ready;
    double used;
};

struct Pool {
    PoolConfig cfg;
    int n;
    Worker **oneshot;
    Worker **busy;           /* workers with a task in flight (at most n) */
    int nbusy;
    Job *qhead, *qtail;      /* one-shot tasks waiting */
    Session *rhead, *rtail;  /* sessions with a task ready to run */
    Session *buckets[NBUCKET];
    size_t nsessions;
    bool turn;
    bool dispatching;        /* inside pool_wait's event loop: schedule afterwards */
    pid_t self;
    struct pollfd *pfd;
    Worker **pw;
    size_t pcap;
};

/* ---- time ------------------------------------------------------------------------------- */

static double clock_ms(clockid_t c)
{
    struct timespec ts;
    if (clock_gettime(c, &ts) != 0)
        return 0;
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double now_ms(void) { return clock_ms(CLOCK_MONOTONIC); }

/* CPU time the supervisor lets a task overrun its budget before SIGKILL: the interpreter's own
 * budget normally stops it first. */
static double kill_margin(double t) { return 100 + t / 50; }

static double wall_limit(double t) { return fmax(3 * t, t + 10000); }

/* ---- the pipe format -------------------------------------------------------------------- */

static void put(ProtoBuf *b, const void *p, size_t n) { proto_buf_add(b, p, n); }

static void put_str(ProtoBuf *b, const char *s, size_t n)
{
    uint32_t len = s ? (uint32_t)n : NO_STRING;
    put(b, &len, 4);
    if (s) {
        put(b, s, n);
        put(b, "", 1);
    }
}

static void put_cstr(ProtoBuf *b, const char *s) { put_str(b, s, s ? strlen(s) : 0); }

typedef struct Reader {
    const char *p, *end;
    bool bad;
} Reader;

static void get(Reader *r, void *dst, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        r->bad = true;
        memset(dst, 0, n);
        return;
    }
    memcpy(dst, r->p, n);
    r->p += n;
}

static const char *get_str(Reader *r, size_t *n)
{
    uint32_t len;
    get(r, &len, 4);
    *n = 0;
    if (r->bad || len == NO_STRING)
        return NULL;
    if ((size_t)(r->end - r->p) < (size_t)len + 1 || r->p[len] != 0) {
        r->bad = true;
        return NULL;
    }
    const char *s = r->p;
    r->p += (size_t)len + 1;
    *n = len;
    return s;
}

static const char *get_cstr(Reader *r)
{
    size_t n;
    return get_str(r, &n);
}

/* Frames the payload in b (which starts with 4 placeholder bytes). */
static void seal(ProtoBuf *b)
{
    uint32_t len = (uint32_t)(b->len - 4);
    memcpy(b->data, &len, 4);
}

static void encode_task(ProtoBuf *b, const ProtoRequest *q)
{
    uint8_t op = (uint8_t)q->op, flags = (uint8_t)((q->cell ? 1 : 0) | (q->session ? 2 : 0));
    uint64_t out = q->output_bytes;
    put(b, "\0\0\0\0", 4);
    put(b, &op, 1);
    put(b, &flags, 1);
    put(b, &q->time_ms, sizeof q->time_ms);
    put(b, &q->memory_mb, sizeof q->memory_mb);
    put(b, &out, 8);
    put(b, &q->rel_tol, sizeof q->rel_tol);
    put_str(b, q->code, q->code_len);
    put_cstr(b, q->prelude);
    put_cstr(b, q->call);
    put_cstr(b, q->var);
    put_cstr(b, q->pred);
    put_cstr(b, q->gold);
    put_cstr(b, q->text);
    put_cstr(b, q->style);
    put_cstr(b, q->filename);
    seal(b);
}

static bool decode_task(Reader *r, ProtoRequest *q)
{
    uint8_t op, flags;
    uint64_t out;
    memset(q, 0, sizeof *q);
    get(r, &op, 1);
    get(r, &flags, 1);
    get(r, &q->time_ms, sizeof q->time_ms);
    get(r, &q->memory_mb, sizeof q->memory_mb);
    get(r, &out, 8);
    get(r, &q->rel_tol, sizeof q->rel_tol);
    q->op = (ProtoOp)op;
    q->cell = flags & 1;
    q->session = flags & 2 ? "" : NULL;
    q->output_bytes = (size_t)out;
    q->code = get_str(r, &q->code_len);
    q->prelude = get_cstr(r);
    q->call = get_cstr(r);
    q->var = get_cstr(r);
    q->pred = get_cstr(r);
    q->gold = get_cstr(r);
    q->text = get_cstr(r);
    q->style = get_cstr(r);
    q->filename = get_cstr(r);
    return !r->bad && r->p == r->end;
}

static void encode_result(ProtoBuf *b, const ProtoResult *res, bool retire)
{
    uint8_t status = (uint8_t)res->status, flags = (uint8_t)((res->truncated ? 1 : 0) | (retire ? 2 : 0));
    int32_t equal = res->equal;
    int64_t line = res->error_line, mem = res->mem_kb;
    put(b, "\0\0\0\0", 4);
    put(b, &status, 1);
    put(b, &flags, 1);
    put(b, &equal, 4);
    put(b, &line, 8);
    put(b, &res->time_ms, sizeof res->time_ms);
    put(b, &mem, 8);
    put_str(b, res->out, res->out ? res->out_len : 0);
    put_cstr(b, res->display);
    put_cstr(b, res->value);
    put_cstr(b, res->error_type);
    put_cstr(b, res->error_qualname);
    put_cstr(b, res->error_message);
    put_cstr(b, res->answer);
    put_cstr(b, res->reason);
    put_cstr(b, res->pred_norm);
    put_cstr(b, res->gold_norm);
    put_cstr(b, res->traceback);
    seal(b);
}

static bool decode_result(Reader *r, ProtoResult *res, bool *retire)
{
    uint8_t status, flags;
    int32_t equal;
    int64_t line, mem;
    memset(res, 0, sizeof *res);
    get(r, &status, 1);
    get(r, &flags, 1);
    get(r, &equal, 4);
    get(r, &line, 8);
    get(r, &res->time_ms, sizeof res->time_ms);
    get(r, &mem, 8);
    res->status = (ProtoStatus)status;
    res->truncated = flags & 1;
    *retire = flags & 2;
    res->equal = equal;
    res->error_line = (long)line;
    res->mem_kb = (long)mem;
    res->out = get_str(r, &res->out_len);
    res->display = get_cstr(r);
    res->value = get_cstr(r);
    res->error_type = get_cstr(r);
    res->error_qualname = get_cstr(r);
    res->error_message = get_cstr(r);
    res->answer = get_cstr(r);
    res->reason = get_cstr(r);
    res->pred_norm = get_cstr(r);
    res->gold_norm = get_cstr(r);
    res->traceback = get_cstr(r);
    if (status > PROTO_CRASH || equal < -1 || equal > 1 || !isfinite(res->time_ms))
        return false;
    if (res->status != PROTO_OK && !res->error_type)
        return false;
    return !r->bad && r->p == r->end;
}

/* ---- the worker side -------------------------------------------------------------------- */

static double task_cpu0;
static bool replied, retiring;
/* The task being run (counted as the supervisor's Worker.tasks) and the one the last SIGINT named. */
static volatile sig_atomic_t task_no, interrupt_for;
static void (*interrupt_hook)(bool on);

/* The workers' SIGINT handler: only pool_interrupt's signals count (they carry a task number). */
static void on_sigint(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    if (si->si_code != SI_QUEUE)
        return;
    interrupt_for = si->si_value.sival_int;
    if (interrupt_for == task_no)
        interrupt_hook(true);
}

/* A new task starts: its flag is raised when its SIGINT came early, else dropped (one for the
 * previous task may have come late). Without a signal mask (seccomp forbids it), a signal landing
 * between the test and the drop is caught by testing again. */
static void begin_task(void)
{
    task_no = task_no + 1;
    if (!interrupt_hook)
        return;
    bool on = interrupt_for == task_no;
    interrupt_hook(on);
    if (!on && interrupt_for == task_no)
        interrupt_hook(true);
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            _exit(0);   /* the supervisor is gone */
        p += k;
        n -= (size_t)k;
    }
}

static bool read_all(int fd, char *p, size_t n)
{
    while (n) {
        ssize_t k = read(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        p += k;
        n -= (size_t)k;
    }
    return true;
}

void pool_reply(const ProtoResult *r, bool retire)
{
    ProtoResult res = *r;
    res.time_ms = clock_ms(CLOCK_PROCESS_CPUTIME_ID) - task_cpu0;
    res.mem_kb = (long)(mem_peak() / 1024);
    ProtoBuf b = {0};
    encode_result(&b, &res, retire);
    write_all(SANDBOX_OUT_FD, b.data, b.len);
    proto_buf_free(&b);
    replied = true;
    retiring = retire;
}

static _Noreturn void worker_loop(pool_runner run)
{
    for (;;) {
        uint32_t len;
        if (!read_all(SANDBOX_IN_FD, (char *)&len, 4))
            _exit(0);
        char *msg = malloc(len ? len : 1);
        if (!msg || !read_all(SANDBOX_IN_FD, msg, len))
            _exit(0);
        Reader rd = {msg, msg + len, false};
        ProtoRequest req;
        if (!decode_task(&rd, &req))
            _exit(70);
        begin_task();
        task_cpu0 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
        replied = retiring = false;
        run(&req);
        free(msg);
        if (!replied)
            _exit(70);
        if (retiring)
            _exit(0);
    }
}

/* ---- the supervisor side ---------------------------------------------------------------- */

static void die(const char *what)
{
    fprintf(stderr, "tirbox: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d)
        die("out of memory");
    return d;
}

/* Forks a worker; NULL when the system refuses (errno says why). */
static Worker *spawn(Pool *p, Session *s, int slot)
{
    int task[2], res[2];
    if (pipe(task) != 0)
        return NULL;
    if (pipe(res) != 0) {
        int e = errno;
        close(task[0]);
        close(task[1]);
        errno = e;
        return NULL;
    }
    size_t as = sandbox_vm_bytes() + (size_t)(p->cfg.max_memory_mb * 1048576.0) + AS_SLACK;
    /* Signals wait until the child has its own handlers: pool_interrupt may signal it at once. */
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        interrupt_hook = p->cfg.on_interrupt;
        struct sigaction sa = {.sa_sigaction = on_sigint, .sa_flags = SA_SIGINFO};
        if (interrupt_hook)
            sigaction(SIGINT, &sa, NULL);
        else
            signal(SIGINT, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        setpgid(0, 0);   /* out of the terminal's group: Ctrl-C stops the supervisor, which drains */
        close(task[1]);
        close(res[0]);
        if (!sandbox_enter(task[0], res[1], p->self, as, CPU_RLIMIT_S))
            _exit(71);
        worker_loop(p->cfg.run);
    }
    int e = errno;
    sigprocmask(SIG_SETMASK, &old, NULL);
    close(task[0]);
    close(res[1]);
    if (pid < 0) {
        close(task[1]);
        close(res[0]);
        errno = e;
        return NULL;
    }
    fcntl(res[0], F_SETFL, fcntl(res[0], F_GETFL) | O_NONBLOCK);
    Worker *w = xcalloc(1, sizeof *w);
    w->pid = pid;
    w->to = task[1];
    w->from = res[0];
    w->session = s;
    w->slot = slot;
    if (clock_getcpuclockid(pid, &w->clock) != 0)
        w->clock = (clockid_t)-1;
    return w;
}

static double worker_cpu(const Worker *w) { return w->clock == (clockid_t)-1 ? 0 : clock_ms(w->clock); }

/* Kills and reaps a worker; *status and *ru describe its end. */
static void destroy(Worker *w, int *status, struct rusage *ru)
{
    int st = 0;
    struct rusage r;
    memset(&r, 0, sizeof r);
    kill(w->pid, SIGKILL);
    while (wait4(w->pid, &st, 0, &r) < 0 && errno == EINTR)
        ;
    close(w->to);
    close(w->from);
    proto_buf_free(&w->in);
    if (status)
        *status = st;
    if (ru)
        *ru = r;
    free(w);
}

/* Destroys w and, for a one-shot worker, forks its successor at once (or, failing that, when the
 * slot is next needed). */
static void replace_status(Pool *p, Worker *w, int *status, struct rusage *ru)
{
    int slot = w->slot;
    destroy(w, status, ru);
    if (slot >= 0)
        p->oneshot[slot] = spawn(p, NULL, slot);
}

static void replace(Pool *p, Worker *w) { replace_status(p, w, NULL, NULL); }

static void busy_remove(Pool *p, Worker *w)
{
    for (int i = 0; i < p->nbusy; i++)
        if (p->busy[i] == w) {
            p->busy[i] = p->busy[--p->nbusy];
            return;
        }
}

static void job_free(Job *j)
{
    free(j->msg);
    free(j);
}

static void crash_result(ProtoResult *r, const char *why)
{
    memset(r, 0, sizeof *r);
    r->status = PROTO_CRASH;
    r->error_type = "WorkerCrash";
    r->error_message = why;
    r->error_line = -1;
    r->equal = -1;
}

static void fail_job(Job *j, const char *why)
{
    ProtoResult r;
    crash_result(&r, why);
    j->done(j->ctx, &r);
    job_free(j);
}

static void make_ready(Pool *p, Session *s)
{
    if (s->ready || s->busy || !s->head)
        return;
    s->ready = true;
    s->rnext = NULL;
    if (p->rtail)
        p->rtail->rnext = s;
    else
        p->rhead = s;
    p->rtail = s;
}

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h % NBUCKET;
}

static Session *find_session(Pool *p, const char *name)
{
    for (Session *s = p->buckets[hash(name)]; s; s = s->hnext)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

static void unlink_ready(Pool *p, Session *s)
{
    Session **pp = &p->rhead, *prev = NULL;
    while (*pp && *pp != s)
        prev = *pp, pp = &(*pp)->rnext;
    if (*pp) {
        *pp = s->rnext;
        if (p->rtail == s)
            p->rtail = prev;
    }
    s->ready = false;
}

/* Forgets a session that has nothing queued or running. */
static void drop_session(Pool *p, Session *s)
{
    if (s->ready)
        unlink_ready(p, s);
    if (s->worker)
        destroy(s->worker, NULL, NULL);
    Session **pp = &p->buckets[hash(s->name)];
    while (*pp != s)
        pp = &(*pp)->hnext;
    *pp = s->hnext;
    p->nsessions--;
    free(s->name);
    free(s);
}

/* Drops the least recently used idle sessions until at most `keep` remain (or none is idle). */
static void evict_idle_sessions(Pool *p, size_t keep)
{
    while (p->nsessions > keep) {
        Session *oldest = NULL;
        for (int b = 0; b < NBUCKET; b++)
            for (Session *s = p->buckets[b]; s; s = s->hnext)
                if (!s->busy && !s->head && (!oldest || s->used < oldest->used))
                    oldest = s;
        if (!oldest)
            return;
        fprintf(stderr, "tirbox: too many sessions: dropping idle session '%s'\n", oldest->name);
        drop_session(p, oldest);
    }
}

static Session *get_session(Pool *p, const char *name)
{
    Session *s = find_session(p, name);
    if (s)
        return s;
    evict_idle_sessions(p, (size_t)p->cfg.max_sessions - 1);   /* before: the new one is not idle */
    s = xcalloc(1, sizeof *s);
    s->name = xstrdup(name);
    s->used = now_ms();
    unsigned h = hash(name);
    s->hnext = p->buckets[h];
    p->buckets[h] = s;
    p->nsessions++;
    return s;
}

/* SIGINT for the task w runs now; the worker keeps it if it has not read the task yet. */
static void interrupt_worker(const Worker *w)
{
    sigqueue(w->pid, SIGINT, (union sigval){.sival_int = w->tasks});
}

static void start_job(Pool *p, Worker *w, Job *j)
{
    w->job = j;
    w->tasks++;
    w->timed_out = false;
    w->t0 = now_ms();
    w->cpu0 = worker_cpu(w);
    p->busy[p->nbusy++] = w;
    /* A dead worker makes this fail with EPIPE; its end of file then reports the crash. */
    const char *m = j->msg;
    size_t n = j->len;
    while (n) {
        ssize_t k = write(w->to, m, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        m += k;
        n -= (size_t)k;
    }
    if (j->interrupted)
        interrupt_worker(w);
}

static void spawn_failed(Job *j)
{
    char why[160];
    snprintf(why, sizeof why, "cannot start a worker: %s", strerror(errno));
    fprintf(stderr, "tirbox: %s\n", why);
    fail_job(j, why);
}

static void run_session(Pool *p, Session *s)
{
    s->ready = false;
    Job *j = s->head;
    s->head = j->next;
    if (!s->head)
        s->tail = NULL;
    if (!j->msg) {   /* close: requests queued after it start a new session of the same name */
        if (s->worker) {
            destroy(s->worker, NULL, NULL);
            s->worker = NULL;
        }
        j->done(j->ctx, NULL);
        job_free(j);
        if (s->head)
            make_ready(p, s);
        else
            drop_session(p, s);
        return;
    }
    if (!s->worker && !(s->worker = spawn(p, s, -1))) {
        spawn_failed(j);
        make_ready(p, s);
        return;
    }
    s->busy = true;
    s->used = now_ms();
    start_job(p, s->worker, j);
}

/* An idle one-shot worker able to run a task of t ms, or NULL; replaces dead slots and workers
 * whose CPU rlimit could not hold another task. */
static Worker *idle_oneshot(Pool *p, double t, bool *spawn_error)
{
    *spawn_error = false;
    for (int i = 0; i < p->n; i++) {
        Worker *w = p->oneshot[i];
        if (w && w->job)
            continue;
        if (w && worker_cpu(w) + t + kill_margin(t) > CPU_RLIMIT_S * 1e3) {
            destroy(w, NULL, NULL);
            w = p->oneshot[i] = NULL;
        }
        if (!w && !(w = p->oneshot[i] = spawn(p, NULL, i))) {
            *spawn_error = true;
            return NULL;
        }
        return w;
    }
    return NULL;
}

static void schedule(Pool *p)
{
    while (p->nbusy < p->n && (p->rhead || p->qhead)) {
        p->turn = !p->turn;   /* alternate between session cells and one-shot programs */
        if (p->rhead && (p->turn || !p->qhead)) {
            Session *s = p->rhead;
            p->rhead = s->rnext;
            if (!p->rhead)
                p->rtail = NULL;
            run_session(p, s);
            continue;
        }
        bool err;
        Worker *w = idle_oneshot(p, p->qhead->time_ms, &err);
        if (!w && !err) {
            if (!p->rhead)
                break;
            continue;
        }
        Job *j = p->qhead;
        p->qhead = j->next;
        if (!p->qhead)
            p->qtail = NULL;
        if (!w)
            spawn_failed(j);
        else
            start_job(p, w, j);
    }
}

/* Hands a task's result to its callback and lets its session go on. */
static void complete(Pool *p, Job *j, Session *s, const ProtoResult *r)
{
    j->done(j->ctx, r);
    job_free(j);
    if (s) {
        s->busy = false;
        s->used = now_ms();
        make_ready(p, s);
    }
}

/* The task of w is answered: hands it back and decides the worker's fate. */
static void finish(Pool *p, Worker *w, const ProtoResult *r, bool keep)
{
    Job *j = w->job;
    w->job = NULL;
    busy_remove(p, w);
    Session *s = w->session;
    complete(p, j, s, r);   /* first: r points into w's buffer */
    if (!keep) {
        if (s)
            s->worker = NULL;   /* the session's namespace is lost with it */
        replace(p, w);
    }
}

/* w's result pipe reached end of file: the worker is dead. */
static void worker_died(Pool *p, Worker *w)
{
    int st;
    struct rusage ru;
    Job *j = w->job;
    bool timed_out = w->timed_out;
    double cpu0 = w->cpu0;
    Session *s = w->session;
    busy_remove(p, w);
    if (s)
        s->worker = NULL;
    replace_status(p, w, &st, &ru);
    if (!j) {
        fprintf(stderr, "tirbox: an idle worker died (status %d); replacing it\n", st);
        return;
    }
    char why[64];
    ProtoResult r;
    if (timed_out || (WIFSIGNALED(st) && WTERMSIG(st) == SIGXCPU)) {
        memset(&r, 0, sizeof r);
        r.status = PROTO_TIMEOUT;
        r.error_line = -1;
        r.equal = -1;
    } else {
        if (WIFSIGNALED(st))
            snprintf(why, sizeof why, "worker died: signal %d", WTERMSIG(st));
        else
            snprintf(why, sizeof why, "worker died: exit status %d", WEXITSTATUS(st));
        crash_result(&r, why);
    }
    double cpu = (double)ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3 +
                 (double)ru.ru_stime.tv_sec * 1e3 + ru.ru_stime.tv_usec / 1e3;
    r.time_ms = cpu - cpu0;
    r.mem_kb = ru.ru_maxrss;
    complete(p, j, s, &r);
}

/* Reads what w wrote; answers complete results. */
static void on_readable(Pool *p, Worker *w)
{
    bool eof = false;
    for (;;) {
        char chunk[65536];
        ssize_t k = read(w->from, chunk, sizeof chunk);
        if (k > 0) {
            proto_buf_add(&w->in, chunk, (size_t)k);
            continue;
        }
        if (k < 0 && errno == EINTR)
            continue;
        eof = k == 0 || errno != EAGAIN;
        break;
    }
    while (w->in.len >= 4) {
        uint32_t len;
        memcpy(&len, w->in.data, 4);
        size_t limit = w->job ? w->job->max_result : 0;
        if (!w->job || len > limit) {
            fprintf(stderr, "tirbox: worker %d sent an unexpected result; killing it\n", (int)w->pid);
            eof = true;
            break;
        }
        if (w->in.len < 4 + (size_t)len)
            break;
        Reader rd = {w->in.data + 4, w->in.data + 4 + len, false};
        ProtoResult r;
        bool retire;
        if (!decode_result(&rd, &r, &retire)) {
            fprintf(stderr, "tirbox: worker %d sent a malformed result; killing it\n", (int)w->pid);
            eof = true;
            break;
        }
        /* A session that timed out loses its namespace, as in the reference; a worker already
         * sent SIGKILL (its answer crossed the kill) must not be given another task. */
        bool keep = !retire && !w->timed_out && !(w->session && r.status == PROTO_TIMEOUT);
        finish(p, w, &r, keep);
        if (!keep)
            return;
        memmove(w->in.data, w->in.data + 4 + len, w->in.len - 4 - len);
        w->in.len -= 4 + (size_t)len;
    }
    if (eof)
        worker_died(p, w);
}

/* SIGKILLs workers over their CPU or wall time; returns ms until the next check is due. */
static double check_limits(Pool *p)
{
    double now = now_ms(), next = 1e9;
    for (int i = 0; i < p->nbusy; i++) {
        Worker *w = p->busy[i];
        if (w->timed_out)
            continue;
        double t = w->job->time_ms, lim = t + kill_margin(t), wall = wall_limit(t), el = now - w->t0;
        double rem = fmin(lim - el, wall - el);
        if (el >= lim && el < wall) {
            double cpu = worker_cpu(w) - w->cpu0;   /* CPU time never runs ahead of the wall */
            rem = fmin(lim - cpu, wall - el);
        }
        if (rem <= 0) {
            kill(w->pid, SIGKILL);
            w->timed_out = true;
            continue;
        }
        next = fmin(next, rem);
    }
    return next;
}

/* The CPUs this process may run on (a container's cpuset, not the machine's count). */
static int cores(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return CPU_COUNT(&set);
    return (int)sysconf(_SC_NPROCESSORS_ONLN);
}

Pool *pool_start(const PoolConfig *cfg)
{
    if (!sandbox_prepare())
        return NULL;
    signal(SIGPIPE, SIG_IGN);   /* a dead worker's pipe must give EPIPE, not kill us */
    Pool *p = xcalloc(1, sizeof *p);
    p->cfg = *cfg;
    if (p->cfg.max_memory_mb <= 0)
        p->cfg.max_memory_mb = POOL_DEFAULT_MAX_MEMORY_MB;
    if (p->cfg.max_sessions <= 0)
        p->cfg.max_sessions = POOL_DEFAULT_MAX_SESSIONS;
    p->n = cfg->workers > 0 ? cfg->workers : cores();
    if (p->n < 1)
        p->n = 1;
    p->self = getpid();
    p->oneshot = xcalloc((size_t)p->n, sizeof *p->oneshot);
    p->busy = xcalloc((size_t)p->n, sizeof *p->busy);
    for (int i = 0; i < p->n; i++)
        if (!(p->oneshot[i] = spawn(p, NULL, i))) {
            fprintf(stderr, "tirbox: cannot start a worker: %s\n", strerror(errno));
            pool_stop(p);
            return NULL;
        }
    return p;
}

void pool_submit(Pool *p, const ProtoRequest *req, pool_done done, void *ctx)
{
    Job *j = xcalloc(1, sizeof *j);
    j->done = done;
    j->ctx = ctx;
    if (req->op != PROTO_CLOSE) {
        ProtoRequest q = *req;
        q.time_ms = fmin(q.time_ms, POOL_MAX_TIME_MS);
        q.memory_mb = fmin(q.memory_mb, p->cfg.max_memory_mb);
        ProtoBuf b = {0};
        encode_task(&b, &q);
        j->msg = b.data;
        j->len = b.len;
        j->time_ms = q.time_ms;
        size_t cap = q.output_bytes > SIZE_MAX / 4 ? SIZE_MAX / 4 : q.output_bytes;
        j->max_result = 3 * cap + RESULT_SLACK;
        if (j->max_result > UINT32_MAX)
            j->max_result = UINT32_MAX;
    }
    if (!req->session) {
        if (p->qtail)
            p->qtail->next = j;
        else
            p->qhead = j;
        p->qtail = j;
    } else {
        Session *s = req->op == PROTO_CLOSE ? find_session(p, req->session) : get_session(p, req->session);
        if (!s) {   /* closing a session that does not exist is fine */
            done(ctx, NULL);
            job_free(j);
            return;
        }
        if (s->tail)
            s->tail->next = j;
        else
            s->head = j;
        s->tail = j;
        make_ready(p, s);
    }
    /* From a callback of pool_wait, starting work could destroy a worker it is about to visit. */
    if (!p->dispatching)
        schedule(p);
}

bool pool_idle(const Pool *p) { return p->nbusy == 0 && !p->qhead && !p->rhead; }

int pool_wait(Pool *p, struct pollfd *extra, int nextra, int timeout_ms, const sigset_t *sigmask)
{
    size_t need = (size_t)nextra + (size_t)p->n + (size_t)p->nbusy;
    if (need > p->pcap) {
        free(p->pfd);
        free(p->pw);
        p->pcap = need * 2;
        p->pfd = xcalloc(p->pcap, sizeof *p->pfd);
        p->pw = xcalloc(p->pcap, sizeof *p->pw);
    }
    size_t n = 0;
    for (int i = 0; i < nextra; i++)
        p->pfd[n++] = extra[i];
    for (int i = 0; i < p->n; i++)
        if (p->oneshot[i]) {
            p->pw[n] = p->oneshot[i];
            p->pfd[n++] = (struct pollfd){p->oneshot[i]->from, POLLIN, 0};
        }
    for (int i = 0; i < p->nbusy; i++)
        if (p->busy[i]->session) {
            p->pw[n] = p->busy[i];
            p->pfd[n++] = (struct pollfd){p->busy[i]->from, POLLIN, 0};
        }
    double next = check_limits(p);
    if (p->nbusy && (timeout_ms < 0 || next < timeout_ms))
        timeout_ms = next < 1 ? 1 : (int)ceil(next);
    struct timespec ts = {timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L};
    int rc = ppoll(p->pfd, n, timeout_ms < 0 ? NULL : &ts, sigmask);
    int ready = 0;
    if (rc > 0) {
        for (int i = 0; i < nextra; i++) {
            extra[i].revents = p->pfd[i].revents;
            ready += extra[i].revents != 0;
        }
        /* Handling a worker's event never destroys another one: callbacks only queue work. */
        p->dispatching = true;
        for (size_t i = (size_t)nextra; i < n; i++)
            if (p->pfd[i].revents)
                on_readable(p, p->pw[i]);
        p->dispatching = false;
    }
    check_limits(p);
    schedule(p);
    return rc < 0 ? -1 : ready;
}

void pool_interrupt(Pool *p)
{
    for (int i = 0; i < p->nbusy; i++)
        interrupt_worker(p->busy[i]);
    for (Job *j = p->qhead; j; j = j->next)
        j->interrupted = true;
    for (int b = 0; b < NBUCKET; b++)
        for (Session *s = p->buckets[b]; s; s = s->hnext)
            for (Job *j = s->head; j; j = j->next)
                j->interrupted = true;
}

void pool_stop(Pool *p)
{
    for (int i = 0; i < p->n; i++)
        if (p->oneshot[i]) {
            if (p->oneshot[i]->job)
                fail_job(p->oneshot[i]->job, "the server stopped");
            destroy(p->oneshot[i], NULL, NULL);
        }
    for (int b = 0; b < NBUCKET; b++)
        while (p->buckets[b]) {
            Session *s = p->buckets[b];
            if (s->worker && s->worker->job)
                fail_job(s->worker->job, "the server stopped");
            while (s->head) {
                Job *j = s->head;
                s->head = j->next;
                if (j->msg)
                    fail_job(j, "the server stopped");
                else
                    j->done(j->ctx, NULL), job_free(j);
            }
            drop_session(p, s);
        }
    while (p->qhead) {
        Job *j = p->qhead;
        p->qhead = j->next;
        fail_job(j, "the server stopped");
    }
    free(p->oneshot);
    free(p->busy);
    free(p->pfd);
    free(p->pw);
    free(p);
}

pid_t pool_worker_pid(const Pool *p, int i) { return i >= 0 && i < p->n && p->oneshot[i] ? p->oneshot[i]->pid : 0; }
