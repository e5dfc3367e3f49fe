/* tests/unit/test_float.c — float: shortest round-trip repr, correctly rounded int/int and
 * int-to-float, hashing; expectations printed by CPython 3.11. */
#include <math.h>

#include "runtime/lang/float.h"
#include "runtime/lang/int.h"
#include "tests/unit/check.h"
#include "tests/unit/types_check.h"

static const struct {
    double v;
    const char *repr;
} reprs[] = {
    {0x1.999999999999ap-4, "0.1"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1.0000000000000p-24, "5.960464477539063e-08"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {-0x0.0p+0, "-0.0"},
    {0x1.d6f3454800000p+26, "123456789.125"},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.52d02c7e14af6p+76, "1e+23"},
    {0x1.3333333333333p-2, "0.3"},
    {-0x1.9636c7e539dabp-52, "-3.5233447033367523e-16"},
    {-0x1.fc9a3478e6886p-73, "-2.1035300715365295e-22"},
    {-0x1.fdb2171aa62e6p+32, "-8551274266.649145"},
    {-0x1.d87eac625d965p+42, "-8117399161206.349"},
    {-0x1.513855c2e23dap+26, "-88400215.04505864"},
    {-0x1.0d75bf42df9d1p-64, "-5.706036383286766e-20"},
    {-0x1.827136e4d30a4p+35, "-51867399974.595"},
    {-0x1.382e6ac735b85p+90, "-1.5096162171497206e+27"},
    {0x1.9363b88d0fb00p+116, "1.3090738838615944e+35"},
    {-0x1.3aa41000b9cfdp+52, "-5535220707859709.0"},
    {0x1.915930f0678d8p-73, "1.6599380892081465e-22"},
    {INFINITY, "inf"},
    {-INFINITY, "-inf"},
    {NAN, "nan"},
};

static void test_repr(void)
{
    for (size_t i = 0; i < sizeof reprs / sizeof reprs[0]; i++) {
        char buf[40];
        float_repr_buf(reprs[i].v, buf);
        CHECK_STR(buf, reprs[i].repr);
    }
}

/* int / int, correctly rounded (subnormal and huge operands included). */
static const struct {
    const char *a, *b, *repr;
} quotients[] = {
    {"1", "3", "0.3333333333333333"},
    {"1208925819614629174706177", "3", "4.029752732048764e+23"},
    {"-1000000000000000000000000000000", "7", "-1.4285714285714285e+29"},
    {"9007199254740993", "1", "9007199254740992.0"},
    {"-1152921504606846977", "128", "-9007199254740992.0"},
};

static void test_true_division(void)
{
    for (size_t i = 0; i < sizeof quotients / sizeof quotients[0]; i++) {
        Obj *a = int_from_text(quotients[i].a, strlen(quotients[i].a), 10);
        Obj *b = int_from_text(quotients[i].b, strlen(quotients[i].b), 10);
        CHECK_STR(str_cstr(obj_repr(obj_binop(a, b, OP_TRUEDIV))), quotients[i].repr);
    }
    /* 1 / 10**320 is subnormal: one rounding only. */
    Obj *big = obj_binop(small_new(10), small_new(320), OP_POW);
    CHECK_STR(str_cstr(obj_repr(obj_binop(small_new(1), big, OP_TRUEDIV))), "1e-320");
}

static void test_hash(void)
{
    CHECK(obj_hash(float_new(1.5)) == 1152921504606846977LL);
    CHECK(obj_hash(float_new(-2.25)) == -576460752303423490LL);
    CHECK(obj_hash(float_new(1e300)) == 1224995262755759164LL);
    CHECK(obj_hash(float_new(2.0)) == obj_hash(small_new(2)));
    CHECK(obj_hash(float_new(-1.0)) == -2);
}

static Obj *float_of_text(Obj *s) { return float_from_text(str_cstr(s), str_bytes(s)); }

static void test_parse(void)
{
    CHECK(float_value(float_of_text(str_from_cstr(" 1_000.5 "))) == 1000.5);
    CHECK(isinf(float_value(float_of_text(str_from_cstr("-Infinity")))));
    CHECK_STR(raised(float_of_text, str_from_cstr("1e")), "ValueError: could not convert string to float: '1e'");
    CHECK_STR(raised(float_of_text, str_from_cstr("0x10")), "ValueError: could not convert string to float: '0x10'");
}

int main(void)
{
    types_start();
    RUN(test_repr);
    RUN(test_true_division);
    RUN(test_hash);
    RUN(test_parse);
    return types_stop(CHECK_EXIT());
}
