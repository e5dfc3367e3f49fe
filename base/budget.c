/* base/budget.c — the request's CPU-time budget. */
#include "base/budget.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int32_t budget_countdown = BUDGET_STRIDE;
static double start_ms;
static double deadline_ms;   /* 0: none */
static budget_handler handler;

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void budget_start(double ms)
{
    start_ms = cpu_ms();
    deadline_ms = ms > 0 ? start_ms + ms : 0;
    budget_countdown = BUDGET_STRIDE;
}

double budget_used_ms(void) { return cpu_ms() - start_ms; }

budget_handler budget_set_handler(budget_handler h)
{
    budget_handler old = handler;
    handler = h;
    return old;
}

void budget_poll(void)
{
    budget_countdown = BUDGET_STRIDE;
    if (deadline_ms > 0 && cpu_ms() >= deadline_ms) {
        deadline_ms = 0;   /* the handler may run cleanup that ticks again */
        if (handler)
            handler();
        fputs("tirbox: CPU time budget spent\n", stderr);
        abort();
    }
}
