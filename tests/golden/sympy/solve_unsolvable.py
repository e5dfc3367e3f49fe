from sympy import *
x = symbols('x')
for e in [2**x + 3**x - 10, exp(x) + x**2 - 5, log(x) + x**3 - 2, Eq(2**x + 3**x, 10), Eq(x*exp(x) + x, 5)]:
    try:
        print(solve(e, x))
    except NotImplementedError as ex:
        print(repr(str(ex)))
