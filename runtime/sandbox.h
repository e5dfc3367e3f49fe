/* runtime/sandbox.h — the cage a worker process lives in.
 *
 * The supervisor compiles the seccomp allowlist to BPF once (sandbox_prepare); each freshly forked
 * worker then enters the sandbox (sandbox_enter): rlimits, every fd closed but its two pipes
 * (moved to fixed numbers so that the filter can name them), no new privileges, death with its
 * parent, and the filter. What the filter allows, and why, is in SECURITY.md.
 */
#ifndef TIRBOX_SANDBOX_H
#define TIRBOX_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define SANDBOX_IN_FD 3    /* a worker reads its tasks here */
#define SANDBOX_OUT_FD 4   /* and writes its results here */

/* Compiles the filter (once, in the supervisor); false with a message on stderr on failure. */
bool sandbox_prepare(void);

/* The process's mapped address space in bytes (from /proc/self/statm), 0 when unknown. */
size_t sandbox_vm_bytes(void);

/* In a freshly forked worker: sets the rlimits (address space `as_bytes`, CPU `cpu_seconds`,
 * no files, no processes, no core), moves in_fd/out_fd to SANDBOX_IN_FD/SANDBOX_OUT_FD, closes
 * every other fd, sets no-new-privs and the parent-death signal, and loads the filter. False when
 * a step failed: the caller must _exit. */
bool sandbox_enter(int in_fd, int out_fd, pid_t parent, size_t as_bytes, unsigned cpu_seconds);

#endif
