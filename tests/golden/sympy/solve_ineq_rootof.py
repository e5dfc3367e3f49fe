# A polynomial inequality has the real_roots() of its factors as ends: CRootOf where there are no
# radicals (irreducible, degree 3 or more, not a binomial).
from sympy import *
x, t = symbols('x t')
for e in [x**3 - 5*x + 7 > 0, x**3 - 3*x + 1 > 0, x**3 - 2 > 0, x**3 + x + 1 < 0, x**3 - 6*x**2 + 11*x - 6 > 0, x**3 - 5*x + 7 < 0, x**3 - 2*x - 5 >= 0, x**4 - 5*x + 1 > 0]:
    print(solve(e, x))
for e in [(x**3 - 5*x + 7)/(x - 1) > 0, x**2 - 2 > 0, (x**2 - 2)/(x**3 - 3) <= 0, t**3 - 3*t + 1 >= 0, x**5 - x + 1 > 0, 2*x**2 - 3*x - 1 < 0, x**3 > 2*x + 1, (x-1)**2*(x+2) >= 0, x**3 - x > 0]:
    print(solve(e), reduce_inequalities(e))
print(solve([x**3 - 5*x + 7 > 0, x < 3], x))
