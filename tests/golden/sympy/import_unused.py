# names imported but never called: the import must work even where tirbox lacks them
from sympy import symbols, solve, groebner, dsolve, Function, plot, Derivative
x = symbols('x')
print(solve(x**2 - 4, x))
