/* runtime/sandbox.c — rlimits, fds, no-new-privs, parent death and the seccomp allowlist. */
#include "runtime/sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef TIRBOX_ASAN
#define TIRBOX_ASAN 0
#endif

#define MAX_FILTER 4096   /* instructions; the allowlist compiles to a few dozen */

static struct sock_filter filter[MAX_FILTER];
static unsigned short filter_len;

static bool rule(scmp_filter_ctx ctx, uint32_t action, int nr, unsigned n, const struct scmp_arg_cmp *args)
{
    int rc = seccomp_rule_add_array(ctx, action, nr, n, args);
    if (rc < 0)
        fprintf(stderr, "tirbox: seccomp rule for syscall %d: %s\n", nr, strerror(-rc));
    return rc == 0;
}

/* The allowlist (SECURITY.md explains each entry). */
static bool add_rules(scmp_filter_ctx ctx)
{
    const uint32_t allow = SCMP_ACT_ALLOW;
    struct scmp_arg_cmp in_fd = SCMP_A0(SCMP_CMP_EQ, SANDBOX_IN_FD);
    struct scmp_arg_cmp out_fd = SCMP_A0(SCMP_CMP_EQ, SANDBOX_OUT_FD);
    struct scmp_arg_cmp no_exec = SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0);
    struct scmp_arg_cmp dontneed = SCMP_A2(SCMP_CMP_EQ, MADV_DONTNEED);
    bool ok = rule(ctx, allow, SCMP_SYS(read), 1, &in_fd) &&
              rule(ctx, allow, SCMP_SYS(write), 1, &out_fd) &&
              rule(ctx, allow, SCMP_SYS(mmap), 1, &no_exec) &&
              rule(ctx, allow, SCMP_SYS(munmap), 0, NULL) &&
              rule(ctx, allow, SCMP_SYS(mremap), 0, NULL) &&
              rule(ctx, allow, SCMP_SYS(brk), 0, NULL) &&
              rule(ctx, allow, SCMP_SYS(madvise), 1, &dontneed) &&
              rule(ctx, allow, SCMP_SYS(clock_gettime), 0, NULL) &&
              rule(ctx, allow, SCMP_SYS(exit_group), 0, NULL) &&
              rule(ctx, allow, SCMP_SYS(exit), 0, NULL) &&
              rule(ctx, allow, SCMP_SYS(rt_sigreturn), 0, NULL) &&
              /* glibc's qsort asks for the machine's memory size (sysconf(_SC_PHYS_PAGES)) before
               * sorting a large array; without an answer it sorts all the same. */
              rule(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(sysinfo), 0, NULL);
#if TIRBOX_ASAN
    /* The sanitizer runtime writes its reports to fd 2 (each starts with getpid, as does the
     * warning it prints when a longjmp leaves more than 64 MiB of stack, out of a deep
     * recursion), marks the shadow pages it maps with MADV_NOHUGEPAGE and MADV_DONTDUMP, and asks
     * sigaltstack (without changing it) where the stack is at every longjmp. */
    struct scmp_arg_cmp err_fd = SCMP_A0(SCMP_CMP_EQ, 2);
    struct scmp_arg_cmp nohuge = SCMP_A2(SCMP_CMP_EQ, MADV_NOHUGEPAGE);
    struct scmp_arg_cmp dontdump = SCMP_A2(SCMP_CMP_EQ, MADV_DONTDUMP);
    struct scmp_arg_cmp query = SCMP_A0(SCMP_CMP_EQ, 0);
    ok = ok && rule(ctx, allow, SCMP_SYS(write), 1, &err_fd) && rule(ctx, allow, SCMP_SYS(madvise), 1, &nohuge) &&
         rule(ctx, allow, SCMP_SYS(madvise), 1, &dontdump) && rule(ctx, allow, SCMP_SYS(sigaltstack), 1, &query) &&
         rule(ctx, allow, SCMP_SYS(getpid), 0, NULL);
#endif
    return ok;
}

bool sandbox_prepare(void)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
    if (!ctx) {
        fputs("tirbox: seccomp_init failed\n", stderr);
        return false;
    }
    int fds[2] = {-1, -1};
    bool ok = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) == 0 &&
              seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0) == 0 && add_rules(ctx) && pipe(fds) == 0;
    /* libseccomp 2.5 exports only to an fd: go through a pipe (the program is a few hundred bytes). */
    if (ok)
        ok = seccomp_export_bpf(ctx, fds[1]) == 0;
    if (fds[1] >= 0)
        close(fds[1]);
    if (ok) {
        size_t got = 0;
        ssize_t n;
        while ((n = read(fds[0], (char *)filter + got, sizeof filter - got)) > 0)
            got += (size_t)n;
        ok = n == 0 && got > 0 && got % sizeof *filter == 0;
        filter_len = (unsigned short)(got / sizeof *filter);
    }
    if (fds[0] >= 0)
        close(fds[0]);
    seccomp_release(ctx);
    if (!ok)
        fputs("tirbox: cannot build the seccomp filter\n", stderr);
    return ok;
}

size_t sandbox_vm_bytes(void)
{
    char buf[128];
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = 0;
    return strtoull(buf, NULL, 10) * (size_t)sysconf(_SC_PAGESIZE);
}

static bool limit(int resource, rlim_t value)
{
    struct rlimit r = {value, value};
    return setrlimit(resource, &r) == 0;
}

/* Moves fd to `want`, closing the original. */
static bool move_fd(int fd, int want)
{
    if (fd == want)
        return true;
    if (dup2(fd, want) < 0)
        return false;
    close(fd);
    return true;
}

static bool close_others(void)
{
    /* fd 2 stays in the sanitizer build: that is where its reports go. */
    int keep_err = TIRBOX_ASAN ? 1 : 0;
    for (int fd = 0; fd < 3; fd++)
        if (!(keep_err && fd == 2))
            close(fd);
    if (syscall(SYS_close_range, SANDBOX_OUT_FD + 1, ~0U, 0) == 0)
        return true;
    long max = sysconf(_SC_OPEN_MAX);
    for (long fd = SANDBOX_OUT_FD + 1; fd < (max > 0 ? max : 65536); fd++)
        close((int)fd);
    return true;
}

bool sandbox_enter(int in_fd, int out_fd, pid_t parent, size_t as_bytes, unsigned cpu_seconds)
{
    if (!limit(RLIMIT_CPU, cpu_seconds) || !limit(RLIMIT_FSIZE, 0) || !limit(RLIMIT_NPROC, 0) ||
        !limit(RLIMIT_CORE, 0))
        return false;
    /* The sanitizer's shadow memory is terabytes of address space: no RLIMIT_AS there. */
    if (!TIRBOX_ASAN && as_bytes && !limit(RLIMIT_AS, as_bytes))
        return false;
    /* Out of the way of 3 and 4 first, so that the two moves cannot clobber each other. */
    int hi_in = fcntl(in_fd, F_DUPFD, 64), hi_out = fcntl(out_fd, F_DUPFD, 64);
    if (hi_in < 0 || hi_out < 0)
        return false;
    close(in_fd);
    close(out_fd);
    if (!move_fd(hi_in, SANDBOX_IN_FD) || !move_fd(hi_out, SANDBOX_OUT_FD) || !close_others())
        return false;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || prctl(PR_SET_PDEATHSIG, SIGKILL) != 0)
        return false;
    if (getppid() != parent)   /* the parent died before PDEATHSIG was armed */
        return false;
    struct sock_fprog prog = {filter_len, filter};
    return filter_len > 0 && syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0;
}
