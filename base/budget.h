/* base/budget.h — the request's CPU-time budget, polled by the interpreter and the solvers.
 *
 * Long-running code calls budget_tick() at loop back-edges, calls and allocations; every
 * BUDGET_STRIDE ticks it reads the process CPU clock, and past the deadline it calls the handler
 * set by the runtime, which ends the request with status `timeout` and does not return. The
 * supervisor's SIGKILL stays the backstop for code that never ticks (a long library call).
 */
#ifndef TIRBOX_BUDGET_H
#define TIRBOX_BUDGET_H

#include <stdint.h>

#define BUDGET_STRIDE 4096

typedef void (*budget_handler)(void);

extern int32_t budget_countdown;

/* Starts the budget: `ms` CPU milliseconds from now (0: unlimited). */
void budget_start(double ms);

/* CPU milliseconds used by the process since budget_start. */
double budget_used_ms(void);

/* Sets the handler called when the budget is spent; returns the previous one. */
budget_handler budget_set_handler(budget_handler h);

/* Reads the clock now; calls the handler when the budget is spent. */
void budget_poll(void);

static inline void budget_tick(void)
{
    if (--budget_countdown <= 0)
        budget_poll();
}

#endif
