# Floats in solve and nfloat as evalf gives them: a -1 and a factor I of a product stay exact.
from sympy import *
x, y = symbols('x y')
sol = solve(y - (1/2)*x**4 + 4, x)
print(sol)
print(sol[0]**2, sol[1]**2, sol[2]**2)
print((-1.0*I*(2.0*y + 8.0)**0.25)**2)
print((1.0*I*x)**2, (I*x)**2*1.0, -1.0*x, 1.0*x, (2.0*I*x)**2)
print((I*x).evalf(), (-I*x).evalf(), N(I), (2*I*x).evalf(), (-2*I*x).evalf(), (I*sqrt(2)*x).evalf(), (I*x**Rational(1,4)).evalf(), (-x).evalf(), (-I).evalf(), (-I*x + 1).evalf(), (I*x+I*y).evalf())
print(nfloat(-I*x), nfloat(I*(2*y+8)**Rational(1,4)), nfloat(-I*(2*y+8)**Rational(1,4)), nfloat(-2*I*x))
