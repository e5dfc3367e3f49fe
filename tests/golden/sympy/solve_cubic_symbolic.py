# An irreducible cubic with symbolic or irrational coefficients is solved by Cardano's formula, as
# roots() does (the general branch when the sign of q is unknown).
from sympy import *
x, y, a = symbols('x y a')
for e in [x**3 - x**2 - 250*sqrt(2), y**3 - y - 2*x*y - x - y**2, x**3 + a*x + 1, x**3 - pi*x - 1, x**3 + x**2 + a, x**3 + sqrt(2)*x + 1, x**3 - 3*x + sqrt(3)]:
    print(solve(e, x if e.has(x) and not e.has(y) else y))
p = symbols('p', positive=True)
for e in [a*x**3 + x + 1, x**3 + p*x + 1, x**3 - p*x**2 + 1, x**3 - 3*a*x + 2, 2*x**3 + sqrt(3)*x**2 - 1, x**3 + x + a**2, x**3 - E]:
    print(solve(e, x))
