# request: {"prelude": "sympy"}
def p_err_compare():
    print(sorted([1, 'a', 2]))


def p_err_none_compare():
    print(None < 1)


def p_err_sub_str():
    print("5" - 3)


def p_err_neg_shift():
    print(1 << -1)


def p_err_pow_zero():
    print(0 ** -1)


def p_err_float_div():
    print(1.0 / 0)


def p_err_mod_zero():
    print(5 % 0)


def p_err_int_parse():
    print(int("3.5"))


def p_err_float_parse():
    print(float("abc"))


def p_err_list_remove():
    a = [1, 2]
    a.remove(3)


def p_err_list_index():
    print([1, 2].index(5))


def p_err_pop_empty():
    [].pop()


def p_err_dict_pop():
    {}.pop('a')


def p_err_tuple_assign():
    t = (1, 2)
    t[0] = 5


def p_err_str_assign():
    s = "abc"
    s[0] = 'x'


def p_err_attr_list():
    a = [1, 2]
    a.push(3)


def p_err_attr_int():
    n = 5
    n.append(1)


def p_err_too_many_unpack():
    a, b = [1, 2, 3]


def p_err_not_enough_unpack():
    a, b, c = [1, 2]


def p_err_unpack_int():
    a, b = 5


for f in [p_err_compare, p_err_none_compare, p_err_sub_str, p_err_neg_shift, p_err_pow_zero, p_err_float_div, p_err_mod_zero, p_err_int_parse, p_err_float_parse, p_err_list_remove, p_err_list_index, p_err_pop_empty, p_err_dict_pop, p_err_tuple_assign, p_err_str_assign, p_err_attr_list, p_err_attr_int, p_err_too_many_unpack, p_err_not_enough_unpack, p_err_unpack_int]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
