# Polynomial division and roots with complex roots in a Dummy variable: I is a coefficient, never
# the leading generator (sympy keeps it in the domain ZZ_I), whatever the variable's name.
from sympy import *
r = Dummy('r')
s = Symbol('s')
print(roots(s**4 + 2*s**2 + 1, s))
d = roots(r**4 + 2*r**2 + 1, r)
print(sorted(d.values()), len(d))
print(div(r**4 + 2*r**2 + 1, r - I)[1], div(s**4 + 2*s**2 + 1, s - I))
print(roots((r - 1)**3*(r + 2), r) == {1: 3, -2: 1})
z = symbols('z_1')
print(div(z**3 + I*z + 2, z - I), roots(z**2 + 4, z))
