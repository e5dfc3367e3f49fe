/* tests/unit/test_str.c — str: repr quoting, the builder behind `s += t`, interning, and the
 * format mini-language; expectations printed by CPython 3.11. */
#include "runtime/lang/float.h"
#include "runtime/lang/int.h"
#include "runtime/lang/strfmt.h"
#include "runtime/lang/tuple.h"
#include "tests/unit/check.h"
#include "tests/unit/types_check.h"

static const char *repr_of(const char *s) { return str_cstr(str_repr(str_from_cstr(s))); }

static void test_repr(void)
{
    CHECK_STR(repr_of("it's"), "\"it's\"");
    CHECK_STR(repr_of("both ' and \""), "'both \\' and \"'");
    CHECK_STR(repr_of("tab\there\n\\"), "'tab\\there\\n\\\\'");
    CHECK_STR(repr_of("\x01\x7f\xc2\x80\xc2\xa0\xc2\xad"), "'\\x01\\x7f\\x80\\xa0\\xad'");
    CHECK_STR(repr_of("\xc3\xa9\xe4\xb8\xad\xe2\x80\xa8"), "'\xc3\xa9\xe4\xb8\xad\\u2028'");
}

static void test_builder(void)
{
    Obj *a = str_repeat(str_from_cstr("x"), 70);
    Obj *b = str_concat(a, str_from_cstr("1"));
    Obj *c = str_concat(a, str_from_cstr("2"));
    Obj *d = str_concat(b, str_from_cstr("3"));
    Obj *e = str_concat(b, str_from_cstr("4"));
    CHECK(str_bytes(b) == 71 && str_bytes(d) == 72);
    CHECK_STR(str_cstr(b) + 68, "xx1");
    CHECK_STR(str_cstr(c) + 68, "xx2");
    CHECK_STR(str_cstr(d) + 69, "x13");
    CHECK_STR(str_cstr(e) + 69, "x14");
    /* Appending to the newest str of a buffer grows it in place. */
    Obj *s = str_empty();
    for (int i = 0; i < 1000; i++)
        s = str_concat(s, str_from_cstr("ab"));
    CHECK(str_bytes(s) == 2000 && str_nchars(s) == 2000);
    CHECK(str_equal(s, str_repeat(str_from_cstr("ab"), 1000)));
    CHECK(str_hash(s) == str_hash(str_repeat(str_from_cstr("ab"), 1000)));
}

static void test_intern(void)
{
    Obj *a = str_intern(str_from_cstr("some_name"));
    Obj *b = str_intern_cstr("some_name");
    CHECK(a == b);
    CHECK(str_intern(str_concat(str_from_cstr("some_"), str_from_cstr("name"))) == a);
}

static const char *fmt(Obj *v, const char *spec) { return str_cstr(obj_format(v, str_from_cstr(spec))); }

static void test_format_spec(void)
{
    CHECK_STR(fmt(small_new(1234), "08,"), "0,001,234");
    CHECK_STR(fmt(small_new(-1234), "08,"), "-001,234");
    CHECK_STR(fmt(small_new(255), "#010x"), "0x000000ff");
    CHECK_STR(fmt(small_new(123456789), "_x"), "75b_cd15");
    CHECK_STR(fmt(float_new(1.0), ".3"), "1.0");
    CHECK_STR(fmt(float_new(123456.0), ".3"), "1.23e+05");
    CHECK_STR(fmt(float_new(-0.001), "z.1f"), "0.0");
    CHECK_STR(fmt(float_new(1234567.891), "_"), "1_234_567.891");
    CHECK_STR(fmt(float_new(0.5), ".1%"), "50.0%");
    CHECK_STR(fmt(str_from_cstr("abc"), "*^7"), "**abc**");
    CHECK_STR(fmt(complex_new(1, 2), ".2f"), "1.00+2.00j");
}

static void test_percent(void)
{
    Obj *args = tuple_pack(3, float_new(3.14159), small_new(42), str_from_cstr("s"));
    CHECK_STR(str_cstr(str_mod(str_from_cstr("%08.3f|%-5d|%r"), args)), "0003.142|42   |'s'");
    CHECK_STR(str_cstr(str_mod(str_from_cstr("%#x %+d %%"), tuple_pack(2, small_new(255), small_new(5)))),
              "0xff +5 %");
}

int main(void)
{
    types_start();
    RUN(test_repr);
    RUN(test_builder);
    RUN(test_intern);
    RUN(test_format_spec);
    RUN(test_percent);
    return types_stop(CHECK_EXIT());
}
