/* tests/unit/test_str_seal.c — strs made before the heap is sealed across requests: built ones
 * stay intact and never point at a request's blocks (appending starts a new buffer; giving them
 * NUL-terminated bytes caches no request's copy), and interning one in a request leaves it equal to
 * the next request's interned copy. */
#include <string.h>

#include "base/gc.h"
#include "runtime/lang/str.h"
#include "tests/unit/check.h"

static Obj *permanent, *permanent_longer, *permanent_name;

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

static void test_intern_across_requests(void)
{
    Obj *first = str_intern(permanent_name);
    CHECK(str_equal(first, permanent_name));
    gc_reset();
    str_reset_young_interns();
    Obj *second = str_intern(str_from_cstr("an_attribute"));
    CHECK(str_equal(second, permanent_name));
    CHECK(str_equal(permanent_name, second));
    gc_reset();
    str_reset_young_interns();
}

int main(void)
{
    gc_init((size_t)1 << 30);
    permanent = str_concat(str_repeat(str_from_cstr("x"), 69), str_from_cstr("a"));
    permanent_longer = str_concat(permanent, str_from_cstr("b"));
    permanent_name = str_from_cstr("an_attribute");
    str_intern_cstr("seal_marker");
    gc_seal();
    RUN(test_sealed_builder);
    RUN(test_intern_across_requests);
    gc_shutdown();
    return CHECK_EXIT();
}
