# request: {"prelude": "sympy"}
def p_sympy_prod_sum():
    k = symbols('k', integer=True)
    print(product(1 + Rational(1, k), (k, 1, 10)), Product(k, (k, 1, 5)).doit())
    print(Sum(1/k**2, (k, 1, oo)).doit(), summation(Rational(1, 2)**k, (k, 0, oo)))


def p_math_errs():
    print(math.sqrt(-1))


def p_math_domain_log():
    print(math.log(0))


def p_isqrt_neg():
    print(math.isqrt(-4))


def p_comb_neg():
    print(math.comb(5, -1))


def p_err_solve_type():
    x = symbols('x', real=True)
    sols = solve(x**2 - 4, x)
    print(sols)
    print(sols + 1)


def p_err_dict_sol():
    x, y = symbols('x y', real=True)
    sol = solve([x + y - 3, x - y - 1], [x, y])
    print(sol)
    print(sol[0])


def p_err_list_sol_key():
    x = symbols('x', real=True)
    sol = solve(x**2 - 9, x, dict=True)
    print(sol)
    print(sol[x])


def p_err_relational_bool():
    x = symbols('x', real=True)
    print(max(x, 2))


def p_err_sym_index():
    x = symbols('x', real=True)
    e = x + 1
    print(e[0])


def p_err_iter_sym():
    x = symbols('x', real=True)
    for t in x**2 + x:
        print(t)


def p_err_range_float():
    n = 10 / 2
    for i in range(n):
        print(i)


def p_err_list_mul_float():
    a = [0] * 2.0


def p_err_str_mul():
    print("ab" * "c")


def p_err_unhashable():
    s = set()
    s.add([1, 2])


def p_err_unhashable_dict():
    d = {}
    d[[1]] = 2


def p_err_call_args():
    def f(a, b):
        return a + b
    print(f(1))


def p_err_call_many():
    def g(a):
        return a
    print(g(1, 2))


def p_err_kw():
    def h(a):
        return a
    print(h(b=2))


def p_err_not_iter():
    for i in 5:
        print(i)


for f in [p_sympy_prod_sum, p_math_errs, p_math_domain_log, p_isqrt_neg, p_comb_neg, p_err_solve_type, p_err_dict_sol, p_err_list_sol_key, p_err_relational_bool, p_err_sym_index, p_err_iter_sym, p_err_range_float, p_err_list_mul_float, p_err_str_mul, p_err_unhashable, p_err_unhashable_dict, p_err_call_args, p_err_call_many, p_err_kw, p_err_not_iter]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
