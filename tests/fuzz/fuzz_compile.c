/* tests/fuzz/fuzz_compile.c — the lexer, parser, symbol table and compiler on mutated programs.
 *
 * Each input is compiled as a notebook cell and as an eval() expression, under a request's
 * limits: a SyntaxError (or any exception) is a fine answer; a crash, a sanitizer report, a hang
 * or library memory left behind is not. */
#include <stdint.h>
#include <stdlib.h>

#include "runtime/lang.h"
#include "runtime/lang/code.h"
#include "runtime/lang/exc.h"
#include "tests/fuzz/harness.h"

typedef struct Source {
    const char *text;
    size_t len;
    int mode;
} Source;

static void compile_one(void *ctx)
{
    const Source *src = ctx;
    ExcJump j;
    EXC_TRY(j) {
        CodeObj *trailing = NULL;
        compile_module(src->text, src->len, false, src->mode, &trailing);
        exc_pop(&j);
    } else {
        (void)j.exc;
    }
}

HARNESS_INITIALIZE(lang_init(HARNESS_HEAP))

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = harness_text(data, size);
    static const int modes[] = {COMPILE_CELL, COMPILE_EVAL};
    for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
        Source src = {text, size, modes[i]};
        size_t before = harness_library_bytes();
        bool retire;
        if (lang_run_native(compile_one, &src, HARNESS_TIME_MS, HARNESS_MEMORY, &retire) == LANG_OK)
            harness_check_library(before, "compile");
    }
    free(text);
    return 0;
}
