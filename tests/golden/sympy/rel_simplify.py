from sympy import *
x, y, z, t = symbols('x y z t')
print(simplify(Eq(x + 1, 3)), Eq(x + 1, 3).simplify(), simplify(Eq(2*x, 4*x + 6)), simplify(Eq(9 - 4*x, 7*x + 42)))
print(simplify(x > 1), simplify(x + 1 > 3), simplify(Eq(x**2, 4)), simplify(Eq(x / 2 + 1, x)), simplify(Eq(-440*t, 0)))
print(expand(Eq((x + 1)**2, 3)), factor(Eq(x**2 - 1, 0)), simplify(Eq(x, x)), simplify(Eq(x + y, 2)))
