/* tests/fuzz/harness.c — the fuzz targets' shared set-up (see harness.h). */
#include "tests/fuzz/harness.h"

#include <flint/flint.h>
#include <mpfr.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/budget.h"
#include "base/gc.h"
#include "base/mem.h"
#include "solvers/sym.h"

static sigjmp_buf escape;

/* A limit ends the run (2); an engine error is a clean end (1), as for a Python exception. */
static _Noreturn void on_limit(void) { siglongjmp(escape, 2); }

static void on_sym_error(SymErr kind, const char *message)
{
    (void)kind;
    (void)message;
    siglongjmp(escape, 1);
}

void harness_init_solvers(void)
{
    gc_init(HARNESS_HEAP);
    mem_install();
    sym_init();
    sym_set_error_handler(on_sym_error);
    mem_set_oom_handler(on_limit);
    budget_set_handler(on_limit);
    gc_seal();
}

bool harness_run(void (*fn)(void *ctx), void *ctx)
{
    mem_set_limit(HARNESS_MEMORY);
    budget_start(HARNESS_TIME_MS);
    int how = sigsetjmp(escape, 0);
    if (how == 0)
        fn(ctx);
    budget_start(0);
    mem_set_limit(0);
    gc_reset();
    return how != 2;
}

char *harness_text(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    memcpy(s, data, size);
    s[size] = 0;
    return s;
}

size_t harness_library_bytes(void)
{
    mpfr_free_cache();
    flint_cleanup();
    return mem_library_bytes();
}

void harness_check_library(size_t before, const char *what)
{
    size_t now = harness_library_bytes();
    if (now != before) {
        fprintf(stderr, "%s: library memory %zu bytes before, %zu after\n", what, before, now);
        __builtin_trap();
    }
}
