/* tests/fuzz/fuzz_sym.c — sympify() of strings and the printers: sym_parse, then str() and
 * repr() of what it built, under a request's limits. A SympifyError or any typed engine error
 * is a fine answer; what the printer writes must read back without a crash either. */
#include <stdint.h>
#include <stdlib.h>

#include "solvers/sym_parse.h"
#include "solvers/sym_print.h"
#include "tests/fuzz/harness.h"

static void parse_print(void *ctx)
{
    Sym *e = sym_parse(ctx);
    sym_repr(e);
    sym_parse(sym_str(e));
}

HARNESS_INITIALIZE(harness_init_solvers())

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = harness_text(data, size);
    size_t before = harness_library_bytes();
    if (harness_run(parse_print, text))
        harness_check_library(before, "sym");
    free(text);
    return 0;
}
