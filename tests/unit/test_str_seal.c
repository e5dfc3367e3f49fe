/* tests/unit/test_str_seal.c — strs built by concatenation before the heap is sealed stay intact
 * and never point at a request's blocks: appending to them starts a new buffer, and giving them
 * NUL-terminated bytes does not cache a request's copy in them. */
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/str.h"
#include "tests/unit/check.h"

static Obj *permanent, *permanent_longer;

static void test_sealed_builder(void)
{
    /* permanent's buffer was grown by permanent_longer before the seal: its bytes end without a
     * NUL. */
    const char *before = str_data(permanent);
    char *copy = gc_alloc_atomic(str_bytes(permanent) + 1);
    memcpy(copy, str_cstr(permanent), str_bytes(permanent) + 1);
    CHECK(str_data(permanent) == before);
    CHECK(strlen(copy) == 70);
    CHECK(copy[69] == 'a');
    /* Appending to the newest permanent str copies it into a buffer of the request. */
    Obj *grown = str_concat(permanent_longer, str_from_cstr("zz"));
    CHECK(str_data(grown) != str_data(permanent_longer));
    CHECK_STR(str_cstr(grown) + 69, "abzz");
    CHECK(str_data(permanent_longer)[71] == 0);
    gc_reset();
    CHECK(str_bytes(permanent) == 70);
    CHECK(str_data(permanent) == before);
    CHECK(memcmp(str_data(permanent_longer), str_data(permanent), 70) == 0);
}

int main(void)
{
    gc_init((size_t)1 << 30);
    permanent = str_concat(str_repeat(str_from_cstr("x"), 69), str_from_cstr("a"));
    permanent_longer = str_concat(permanent, str_from_cstr("b"));
    gc_seal();
    RUN(test_sealed_builder);
    gc_shutdown();
    return CHECK_EXIT();
}
