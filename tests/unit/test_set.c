/* tests/unit/test_set.c — set and tuple: CPython's iteration order after adds, discards and the
 * set algebra, and the tuple and frozenset hashes; expectations printed by CPython 3.11. */
#include "runtime/lang/int.h"
#include "runtime/lang/list.h"
#include "runtime/lang/range.h"
#include "runtime/lang/set.h"
#include "runtime/lang/tuple.h"
#include "tests/unit/check.h"
#include "tests/unit/types_check.h"

static const char *order(Obj *s) { return str_cstr(obj_repr(list_from_iterable(s))); }

static Obj *set_of_range(int64_t a, int64_t b, int64_t step)
{
    return set_from_iterable(&type_set, range_new(a, b, step));
}

static void test_add_discard_order(void)
{
    Obj *s = set_new();
    Obj *p61 = obj_binop(small_new(2), small_new(61), OP_POW);
    Obj *items[] = {small_new(5), small_new(13), small_new(21), p61, small_new(-1), small_new(-2),
                    small_new(1000003), small_new(29)};
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
        set_add(s, items[i]);
    CHECK_STR(order(s), "[2305843009213693952, 1000003, 5, 13, 21, -2, 29, -1]");
    set_discard(s, small_new(13));
    set_discard(s, p61);
    set_add(s, small_new(37));
    set_add(s, small_new(45));
    CHECK_STR(order(s), "[1000003, 5, 37, 45, 21, -2, 29, -1]");
}

static void test_algebra_order(void)
{
    Obj *t = set_of_range(0, 100, 7);
    CHECK_STR(order(obj_binop(t, set_of_range(0, 100, 3), OP_SUB)), "[98, 35, 70, 7, 77, 14, 49, 56, 91, 28]");
    CHECK_STR(order(obj_binop(t, set_of_range(50, 60, 1), OP_XOR)),
              "[0, 7, 14, 21, 28, 35, 42, 49, 50, 51, 52, 53, 54, 55, 57, 58, 59, 63, 70, 77, 84, 91, 98]");
    CHECK_STR(order(obj_binop(set_of_range(200, 0, -13), set_of_range(0, 200, 2), OP_AND)),
              "[96, 70, 44, 174, 18, 148, 122]");
    Obj *s = set_of_range(0, 30, 1);
    Obj *pop = obj_getattr_cstr(s, "pop");
    CHECK(small_value(obj_call0(pop)) == 0);
    CHECK(small_value(obj_call0(pop)) == 1);
}

static void test_hashes(void)
{
    CHECK(obj_hash(tuple_pack(3, small_new(1), small_new(2), small_new(3))) == 529344067295497451LL);
    CHECK(obj_hash(tuple_empty()) == 5740354900026072187LL);
    CHECK(obj_hash(tuple_pack(2, tuple_pack(2, small_new(1), small_new(2)), small_new(-5))) == 9050569994827369016LL);
    CHECK(obj_hash(set_from_iterable(&type_frozenset, range_new(1, 4, 1))) == -272375401224217160LL);
    CHECK(obj_hash(set_from_iterable(&type_frozenset, range_new(0, 20, 1))) == 7026028923906358870LL);
}

static Obj *hash_of(Obj *o) { return int_from_i64(obj_hash(o)); }

static void test_unhashable(void)
{
    CHECK_STR(raised(hash_of, set_new()), "TypeError: unhashable type: 'set'");
    CHECK_STR(raised(hash_of, list_new(0)), "TypeError: unhashable type: 'list'");
    CHECK_STR(raised(hash_of, tuple_pack(1, list_new(0))), "TypeError: unhashable type: 'list'");
}

int main(void)
{
    types_start();
    RUN(test_add_discard_order);
    RUN(test_algebra_order);
    RUN(test_hashes);
    RUN(test_unhashable);
    return types_stop(CHECK_EXIT());
}
