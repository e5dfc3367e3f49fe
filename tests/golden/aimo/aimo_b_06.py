# request: {"prelude": "sympy"}
def p_err_max_empty():
    print(max([]))


def p_err_min_empty():
    print(min(x for x in []))


def p_err_next_stop():
    it = iter([])
    next(it)


def p_err_sympy_float_nan():
    x = symbols('x', real=True)
    print(float(oo))
    print(float(zoo))


def p_err_sympy_zero_div():
    print(Integer(1) / 0, S(0)**-1)
    print(1 % Integer(0))


def p_err_matrix_shape():
    A = Matrix([[1, 2], [3, 4]])
    B = Matrix([[1, 2, 3]])
    print(A * B)


def p_err_matrix_inv():
    A = Matrix([[1, 2], [2, 4]])
    print(A.inv())


def p_err_nonsquare_det():
    print(Matrix([[1, 2, 3], [4, 5, 6]]).det())


def p_err_solve_bad():
    print(solve(x**2 - 1, x))


def p_err_symbols_bad():
    a = symbols('a b')
    print(a + 1)


def p_err_subs_bad():
    x = symbols('x', real=True)
    print((x**2).subs(y, 2))


def p_err_poly_nonpoly():
    x = symbols('x', real=True)
    print(Poly(sin(x) + x, x))


def p_err_poly_nonpoly2():
    x = symbols('x', real=True)
    print(Poly(1/x, x))


def p_err_nsolve_fail():
    x = symbols('x', real=True)
    print(nsolve(x**2 + 1, x, 1))


def p_err_factorint_neg():
    print(factorint(-12), factorint(0))
    print(factorint(1.5))


def p_err_isprime_float():
    print(isprime(7.0))


def p_err_binomial_float():
    print(binomial(5, 2), binomial(5.5, 2))
    print(math.comb(5.5, 2))


def p_err_factorial_float():
    print(math.factorial(5.0))


def p_err_gcd_float():
    print(math.gcd(4.0, 2))


def p_err_fraction_zero():
    from fractions import Fraction
    print(Fraction(1, 0))


for f in [p_err_max_empty, p_err_min_empty, p_err_next_stop, p_err_sympy_float_nan, p_err_sympy_zero_div, p_err_matrix_shape, p_err_matrix_inv, p_err_nonsquare_det, p_err_solve_bad, p_err_symbols_bad, p_err_subs_bad, p_err_poly_nonpoly, p_err_poly_nonpoly2, p_err_nsolve_fail, p_err_factorint_neg, p_err_isprime_float, p_err_binomial_float, p_err_factorial_float, p_err_gcd_float, p_err_fraction_zero]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
