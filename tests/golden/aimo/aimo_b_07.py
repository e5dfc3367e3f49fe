# request: {"prelude": "sympy"}
def p_err_fraction_float():
    from fractions import Fraction
    print(Fraction(1.5, 2))


def p_err_isqrt_float():
    print(math.isqrt(16.0))


def p_err_recursion_lru():
    from functools import lru_cache
    @lru_cache(None)
    def f(n):
        return n if n < 2 else f(n - 1) + f(n - 2)
    print(f(5000))


def p_err_deep_recursion():
    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)
    print(depth(900))
    print(depth(5000))


def p_egcd():
    def egcd(a, b):
        if b == 0: return (a, 1, 0)
        g, x, y = egcd(b, a % b)
        return (g, y, x - (a // b) * y)
    print(egcd(240, 46), gcdex(240, 46), igcdex(240, 46))


def p_err_poly_coeff_type():
    x = symbols('x', real=True)
    p = Poly(x**2 + 1, x)
    print(p.coeff(2))


def p_err_solve_tuple_index():
    x, y = symbols('x y', real=True)
    s = solve([x + y - 2, x - y], [x, y])
    print(s)
    print(s[0][0])


def p_err_lambda_args():
    f = lambda a, b: a * b
    print(f(3))


def p_err_nested_func_name():
    def outer():
        def inner():
            return undefined_var + 1
        return inner()
    print(outer())


def p_err_float_mod_sym():
    x = symbols('x', real=True)
    print(solve(x**2 - 2, x)[0] % 1)
    print(math.floor(solve(x**2 - 2, x)[1]))
    print(str(solve(x**2-2, x)[1])[0:3] + 1)


def p_err_comparison_complex():
    x = symbols('x')
    r = solve(x**2 + 1, x)
    print(r, sorted(r))


def p_err_sort_sym():
    x = symbols('x', real=True)
    print(sorted([x, 1, 2]))


for f in [p_err_fraction_float, p_err_isqrt_float, p_err_recursion_lru, p_err_deep_recursion, p_egcd, p_err_poly_coeff_type, p_err_solve_tuple_index, p_err_lambda_args, p_err_nested_func_name, p_err_float_mod_sym, p_err_comparison_complex, p_err_sort_sym]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
