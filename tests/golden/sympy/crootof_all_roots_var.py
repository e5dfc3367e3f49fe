# CRootOf made by all_roots (solve, real_roots, Poly.all_roots) is written in x whatever the
# variable; CRootOf() called directly keeps it. Polynomial systems report only radical roots.
from sympy import *
t, y, a = symbols('t y a')
print(solve(14*t**5 + 22*t - 27, t))
print(solve(Eq(t**5, t - 1), t, dict=True)[0])
print(real_roots(t**5 - t + 1), Poly(y**5 - 4*y + 2).all_roots()[2])
print(CRootOf(t**5 - t**3 + 1, 0))
print(solve(t**5 - t + 1, t)[1] + t)
print(solve([t**5 - t + 1], t), solve([t**5 - t + 1, y - t**2], [t, y]))
print(solve([(t - 1)*(t**5 - t + 1)], t))
