/* tests/fuzz/fuzz_exec.c — the interpreter on mutated corpus programs, under a small budget.
 *
 * Each input runs as one cell request (lang_exec) with a 200 ms CPU budget, 128 MiB of memory and
 * 4 KiB of output. Whatever the program does must become a status: the result must be well
 * formed, and a request that hit no limit must leave no library memory behind. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/gc.h"
#include "base/mem.h"
#include "runtime/lang.h"
#include "tests/fuzz/harness.h"

#define OUTPUT_CAP 4096

HARNESS_INITIALIZE(lang_init(HARNESS_HEAP))

static void check_result(const LangResult *r)
{
    if (!r->out || r->out_len > OUTPUT_CAP || strlen(r->out) > r->out_len)
        __builtin_trap();
    if (r->display && strlen(r->display) > OUTPUT_CAP)
        __builtin_trap();
    if (r->status != LANG_OK && (!r->error_type || !r->error_message || !r->error_qualname))
        __builtin_trap();
    /* A limit that stopped the program retires the worker; an exception never does. A MemoryError
     * may be either: raised by the program, or the heap's limit. */
    if ((r->status == LANG_TIMEOUT && !r->retire) || ((r->status == LANG_OK || r->status == LANG_ERROR) && r->retire))
        __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *code = harness_text(data, size);
    LangRequest req = {
        .code = code, .code_len = size, .cell = true, .prelude = "none", .time_ms = HARNESS_TIME_MS,
        .memory_bytes = HARNESS_MEMORY, .output_bytes = OUTPUT_CAP,
    };
    LangResult res;
    size_t before = harness_library_bytes();
    lang_exec(&req, &res);
    check_result(&res);
    if (!res.retire) {
        harness_check_library(before, "exec");
        if (gc_young_bytes() != 0 || mem_in_use() != mem_library_bytes())
            __builtin_trap();
    }
    lang_result_free(&res);
    free(code);
    return 0;
}
