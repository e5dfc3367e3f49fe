/* runtime/stack.c — a C stack deep enough for the interpreter (see stack.h). */
#include "runtime/stack.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

void stack_ensure(char **argv)
{
    struct rlimit rl;
    if (getenv("TIRBOX_STACK_RAISED") || getrlimit(RLIMIT_STACK, &rl) != 0)
        return;
    if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= STACK_BYTES)
        return;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < STACK_BYTES)
        return;
    rl.rlim_cur = STACK_BYTES;
    if (setrlimit(RLIMIT_STACK, &rl) != 0 || setenv("TIRBOX_STACK_RAISED", "1", 1) != 0)
        return;
    execv("/proc/self/exe", argv);
}
