/* tests/unit/test_int.c — int: small and big values, text conversion and its limits, hashing,
 * refusal of hopeless sizes; expectations printed by CPython 3.11. */
#include "runtime/lang/int.h"
#include "tests/unit/check.h"
#include "tests/unit/types_check.h"

static Obj *parse(const char *s) { return int_from_text(s, strlen(s), 10); }

static void test_small_boundaries(void)
{
    Obj *max = int_from_i64(SMALL_MAX);
    CHECK(is_small(max));
    Obj *over = obj_binop(max, small_new(1), OP_ADD);
    CHECK(!is_small(over));
    CHECK_STR(str_cstr(int_to_str(over)), "4611686018427387904");
    CHECK(is_small(obj_binop(over, small_new(1), OP_SUB)));
    Obj *under = obj_binop(int_from_i64(SMALL_MIN), small_new(1), OP_SUB);
    CHECK(!is_small(under));
    CHECK(is_small(obj_binop(under, small_new(1), OP_ADD)));
    CHECK(small_value(obj_binop(under, small_new(1), OP_ADD)) == SMALL_MIN);
    CHECK(is_small(obj_binop(small_new(1), under, OP_ADD)));
    CHECK_STR(str_cstr(int_to_str(obj_binop(under, under, OP_MUL))), "21267647932558653975684285001340289025");
    CHECK_STR(str_cstr(int_to_str(obj_unop(int_from_i64(SMALL_MIN), UNARY_NEG))), "4611686018427387904");
    CHECK_STR(str_cstr(obj_repr(obj_binop(small_new(-7), small_new(2), OP_FLOORDIV))), "-4");
    CHECK_STR(str_cstr(obj_repr(obj_binop(small_new(-7), small_new(2), OP_MOD))), "1");
}

static void test_text(void)
{
    CHECK_STR(str_cstr(int_to_str(parse("-123456789012345678901234567890"))), "-123456789012345678901234567890");
    CHECK_STR(str_cstr(int_to_base(parse("-255"), 16, true)), "-0xff");
    CHECK(small_value(int_from_text(" 0x_1f ", 7, 16)) == 31);
    CHECK(small_value(int_from_text("0o17", 4, 0)) == 15);
}

static Obj *to_str(Obj *o) { return int_to_str(o); }
static Obj *from_text(Obj *s) { return int_from_text(str_cstr(s), str_bytes(s), 10); }
static Obj *from_text0(Obj *s) { return int_from_text(str_cstr(s), str_bytes(s), 0); }

static void test_limits(void)
{
    Obj *big = obj_binop(small_new(10), small_new(4300), OP_POW);
    CHECK_STR(raised(to_str, big), "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                                   "use sys.set_int_max_str_digits() to increase the limit");
    CHECK_STR(raised(to_str, obj_binop(big, small_new(10), OP_FLOORDIV)), "");
    CHECK_STR(raised(from_text, str_repeat(str_from_cstr("1"), 5000)),
              "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
              "use sys.set_int_max_str_digits() to increase the limit");
    CHECK_STR(raised(from_text, str_from_cstr("1__0")), "ValueError: invalid literal for int() with base 10: '1__0'");
    CHECK_STR(raised(from_text0, str_from_cstr("010")), "ValueError: invalid literal for int() with base 0: '010'");
}

static Obj *huge_power(Obj *e) { return obj_binop(small_new(10), e, OP_POW); }
static Obj *huge_shift(Obj *e) { return obj_binop(small_new(1), e, OP_LSHIFT); }

static void test_hopeless_sizes(void)
{
    CHECK_STR(raised(huge_power, obj_binop(small_new(10), small_new(10), OP_POW)), "MemoryError: ");
    CHECK_STR(raised(huge_shift, obj_binop(small_new(10), small_new(12), OP_POW)), "MemoryError: ");
    CHECK_STR(raised(huge_shift, obj_binop(small_new(10), small_new(20), OP_POW)),
              "OverflowError: too many digits in integer");
}

static void test_hash(void)
{
    Obj *p100 = obj_binop(small_new(2), small_new(100), OP_POW);
    CHECK(obj_hash(p100) == 549755813888LL);
    CHECK(obj_hash(obj_unop(p100, UNARY_NEG)) == -549755813888LL);
    CHECK(obj_hash(small_new(-1)) == -2);
    CHECK(obj_hash(True) == 1);
}

static void test_pow_mod(void)
{
    CHECK(small_value(int_pow3(small_new(2), small_new(-1), small_new(7))) == 4);
    CHECK(small_value(int_pow3(small_new(2), small_new(3), small_new(-5))) == -2);
    CHECK_STR(str_cstr(int_to_str(int_pow3(parse("12345678901234567890"), small_new(65537), parse("99999999999999999989")))),
              "47016500252045332333");
}

int main(void)
{
    types_start();
    RUN(test_small_boundaries);
    RUN(test_text);
    RUN(test_limits);
    RUN(test_hopeless_sizes);
    RUN(test_hash);
    RUN(test_pow_mod);
    return types_stop(CHECK_EXIT());
}
