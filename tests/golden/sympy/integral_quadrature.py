from sympy import *
x, y = symbols('x y')
# evalf of a definite Integral is numeric quadrature, as mpmath's quad
for f, lim in [(x**x, (x, 0, 1)), (sqrt(1 + x**3), (x, 0, 1)), (exp(-x**2), (x, 0, 1)), (sin(x**2), (x, 0, 1)),
               (1/(1 + x**4), (x, 0, 1)), (log(1 + x)/x, (x, 0, 1)), (sqrt(x)*exp(-x), (x, 0, 2)),
               (sin(x)/x, (x, 1, 2)), (exp(-x), (x, 0, oo)), (1/(1 + x**2), (x, -oo, oo)),
               (exp(-x**2), (x, -oo, oo)), (1/sqrt(x), (x, 0, 1)), (log(x)*x**x, (x, 0, 1)),
               (x**x, (x, 1, 0)), (sqrt(x - 2), (x, 0, 1)), (exp(sin(x)), (x, 0, 2*pi)),
               (exp(-x**2/2)/sqrt(2*pi), (x, -1, 1)), (x**2, (x, 0, 1)), (exp(-x)*x**3, (x, 2, oo)),
               (1/(x**2 + 1), (x, -oo, 0)), (cos(x)*exp(-x), (x, 0, oo)), (atan(x)/x, (x, 0, 1))]:
    i = Integral(f, lim)
    print(i.evalf(), N(i, 30), i.n(5))
print(float(Integral(x**x, (x, 0, 1))), (Integral(x**x, (x, 0, 1)) + 1).evalf())
print(Integral(x**x*y, (x, 0, 1), (y, 0, 2)).evalf(), Integral(exp(x*y), (x, 0, 1), (y, 0, 1)).evalf())
print(N(integrate(exp(sin(x)), (x, 0, pi))), integrate(cos(x**3), (x, 0, 2)).evalf(20))
