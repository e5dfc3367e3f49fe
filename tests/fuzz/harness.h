/* tests/fuzz/harness.h — what the fuzz targets share.
 *
 * Each target (tests/fuzz/fuzz_*.c) defines LLVMFuzzerTestOneInput, and LLVMFuzzerInitialize to
 * build the heap once as a worker would. libFuzzer calls them in `make fuzz`; tests/fuzz/replay.c
 * calls them on the kept crash inputs and seeds in `make check`. The helpers run C code of the
 * solvers under a request's CPU and memory limits, so that a limit or an engine error ends one
 * input cleanly (as it ends a request) instead of being reported as a hang or an abort.
 */
#ifndef TIRBOX_FUZZ_HARNESS_H
#define TIRBOX_FUZZ_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's entry points; each target defines the second with HARNESS_INITIALIZE. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Defines LLVMFuzzerInitialize as one statement of set-up, run once before any input. */
#define HARNESS_INITIALIZE(setup)                          \
    int LLVMFuzzerInitialize(int *argc, char ***argv)      \
    {                                                      \
        (void)argc;                                        \
        (void)argv;                                        \
        setup;                                             \
        return 0;                                          \
    }

#define HARNESS_TIME_MS 200.0                 /* per input, CPU time */
#define HARNESS_MEMORY ((size_t)128 << 20)    /* per input, heap + library bytes */
#define HARNESS_HEAP ((size_t)1 << 30)        /* address space reserved for the heap */

/* Builds the collected heap with the symbolic engine's constants and seals it (no language). */
void harness_init_solvers(void);

/* Runs fn(ctx) under the limits above; a SymErr, the CPU budget or the memory limit ends it.
 * Resets the young heap afterwards. False when a limit ended it (library temporaries may then be
 * stranded, as in a worker that retires); true when fn returned or raised a SymErr. */
bool harness_run(void (*fn)(void *ctx), void *ctx);

/* A malloc'd copy of the input with a NUL after it (request strings always have one). */
char *harness_text(const uint8_t *data, size_t size);

/* Library memory (GMP, FLINT, Arb, Calcium) held now, once the libraries' own caches of
 * constants are emptied (they are kept on purpose, and bounded). */
size_t harness_library_bytes(void);

/* Library memory must be back where it was once a run that hit no limit is over: every block
 * owning some was finalised by the heap reset. Traps otherwise. */
void harness_check_library(size_t before, const char *what);

#endif
