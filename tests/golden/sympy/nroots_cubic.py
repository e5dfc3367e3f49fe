from sympy import *
x = symbols('x')
print(nroots(x**3 - x - 1), Poly(x**3 - x - 1).nroots(), Poly(x**3 - x - 1).count_roots())
print(nroots(x**3 - 3*x + 1), real_roots(x**2 - 2), Poly(x**4 - 2).all_roots())
