# A polynomial whose coefficients share a symbolic content (pi, sqrt(2), a) has the CRootOf roots
# of what is left; when what is left is not rational, solve keeps the roots roots() finds.
from sympy import *
x, a, k, y = symbols('x a k y')
print(solve(pi*x**5 - pi*x + pi, x))
print(solve(pi*x**5/3 - pi*x/2 + pi, x))
print(solve(sqrt(2)*x**5 - sqrt(2)*x + sqrt(2), x))
print(solve(Eq((x + 2)**2*pi, x**2*pi + 0.44*x**5*pi), x))
print(solve(k + 4*x**5 + 3*x, x), solve(x**5 - x + sqrt(2), x), solve(a*x**5 - a*x + a**2, x))
print(solve(expand((x - 1)*(x**5 - pi*x + pi)), x))
print(solve(expand((x**2 - 2)*(x**5 - a*x + 1)), x))
print(solve(expand((x - 2)*(x + 5)*(pi*x**5 - pi*x + pi)), x))
print(solve((x - a)*(x**5 - x + 1), x))
print(solve((x - a)*(x**2 - x - 1)*(x**5 - x + 1), x))
print(solve(20*x - y**5 - 50*y**4 - 1000*y**3 - 9999*y**2 - 50000*y - 100100, y))
