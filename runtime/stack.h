/* runtime/stack.h — a C stack deep enough for the interpreter.
 *
 * A Python call is a C call here, so a program that raises sys.setrecursionlimit and recurses
 * 100,000 deep needs far more than the usual 8 MiB of stack. The kernel fixes where a process's
 * stack can grow when the program starts, so the stack limit is raised by starting the program
 * again: stack_ensure() re-executes tirbox once, at the top of main, with RLIMIT_STACK at
 * STACK_BYTES (virtual: pages cost memory only when a recursion touches them). The VM checks how
 * much of the stack a call would use against stack_room() and raises RecursionError rather than
 * overflow. */
#ifndef TIRBOX_STACK_H
#define TIRBOX_STACK_H

#include <stddef.h>

#define STACK_BYTES ((size_t)1 << 30)

/* Re-executes the program with the larger stack when the limit allows and it is not done yet. */
void stack_ensure(char **argv);

#endif
