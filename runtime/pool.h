/* runtime/pool.h — the sandboxed worker pool: where every program of every front end runs.
 *
 * pool_start() forks `workers` one-shot workers from the current process image (so call it after
 * lang_init: they share the built interpreter copy-on-write). Each worker enters the sandbox
 * (runtime/sandbox.h) and then serves tasks one after another: it runs the configured runner,
 * which answers through pool_reply(). A request with a `session` gets a worker of its own, forked
 * on demand and kept until `close` (or idle eviction); its requests run in order. At most
 * `workers` tasks run at once.
 *
 * The supervisor side is single-threaded and event-driven: pool_submit() queues, pool_wait()
 * polls the workers (and the caller's own fds), enforces CPU time and wall clock (SIGKILL ->
 * `timeout`), turns a dead worker into `crash`, replaces dead or retired workers, and calls each
 * task's callback exactly once.
 */
#ifndef TIRBOX_POOL_H
#define TIRBOX_POOL_H

#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

#include "protocol/proto.h"

#define POOL_MAX_TIME_MS 3600000.0     /* a request's time_ms is capped at one hour */
#define POOL_DEFAULT_MAX_MEMORY_MB 4096.0
#define POOL_DEFAULT_MAX_SESSIONS 1024 /* beyond this, idle sessions are evicted */

typedef struct Pool Pool;

/* Called once per submitted request with its result; r is NULL for a `close`. r and its strings
 * live only during the call. */
typedef void (*pool_done)(void *ctx, const ProtoResult *r);

/* Runs one task inside a worker and answers it with pool_reply(). req's strings live only
 * during the call; req->id is NULL there. */
typedef void (*pool_runner)(const ProtoRequest *req);

typedef struct PoolConfig {
    int workers;            /* one-shot workers = the most tasks running at once; 0: one per core */
    double max_memory_mb;   /* requests' memory_mb is capped here, and RLIMIT_AS sized for it */
    int max_sessions;       /* sessions kept before the least recently used idle one is dropped */
    pool_runner run;
    /* In a worker: raises (true) or drops (false) the running task's interrupt flag, from the
     * SIGINT handler or between tasks (async-signal-safe); NULL: pool_interrupt kills the task. */
    void (*on_interrupt)(bool on);
} PoolConfig;

/* Compiles the sandbox and forks the one-shot workers; NULL (with a message) on failure. */
Pool *pool_start(const PoolConfig *cfg);

/* Queues an exec, grade, extract or close request; done(ctx, ...) is called later from pool_wait. */
void pool_submit(Pool *p, const ProtoRequest *req, pool_done done, void *ctx);

/* True when nothing is queued or running. */
bool pool_idle(const Pool *p);

/* Waits (ppoll with sigmask, which may be NULL) until a worker event, an event on one of the
 * caller's fds, a signal or timeout_ms (-1: no limit); handles the workers' events and returns
 * ppoll's count of the caller's ready fds (their revents are set), or -1 when interrupted. */
int pool_wait(Pool *p, struct pollfd *extra, int nextra, int timeout_ms, const sigset_t *sigmask);

/* Kills every worker and frees the pool; what is queued or running gets a `crash` callback. */
void pool_stop(Pool *p);

/* Interrupts every task running or queued (see PoolConfig.on_interrupt): a SIGINT naming the task
 * goes to its worker now or when it starts. A worker keeps one that comes before it has read the
 * task and drops one that comes after the task ended. */
void pool_interrupt(Pool *p);

/* The pid of one-shot worker i (0 <= i < workers), or 0 while it is being replaced. */
pid_t pool_worker_pid(const Pool *p, int i);

/* In a worker: sends the result of the current task; `retire` makes the worker exit afterwards
 * (a limit was hit and its state is no longer trusted). time_ms and mem_kb are filled in here. */
void pool_reply(const ProtoResult *r, bool retire);

#endif
