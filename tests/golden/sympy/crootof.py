from sympy import *

x, t = symbols('x t')

# the nodes themselves
r = CRootOf(x**5 - x + 1, 0)
print(r, repr(r), r.is_real, r.is_negative, r.free_symbols, r + 1, 2*r, r**2, r.subs(x, 1))
print(r == CRootOf(x**5 - x + 1, 0), r == CRootOf(x**5 - x + 1, 1), r < 0, float(r))
print([CRootOf(x**7 - 3*x**3 + x**2 - 1, k).is_real for k in range(7)])
print([rootof(x**5 - 5*x + 1, k) for k in range(-5, 5)])
print(N(CRootOf(x**5 - 5*x + 1, 1), 40), CRootOf(x**5 - 5*x + 1, 3).evalf())
