# nroots(f, n): the roots to n significant digits, n positional or by keyword.
from sympy import *
x = symbols('x')
print(nroots(x**3 - 2, n=10), nroots(x**2 - 2), nroots(x**2 - 2, n=5), nroots(x**2 + 1, n=20), Poly(x**2 - 3).nroots(n=8), nroots(x**3 - 2, 10))
print(nroots(x**4 - 5*x**2 + 6, n=30), nroots(2*x**2 - 3*x + 1), nroots(x**2 + x + 1, n=6))
