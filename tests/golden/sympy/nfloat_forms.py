# nfloat: every number a Float of n digits (0 too), exponents, a leading -1 and a factor I kept;
# solve(..., rational=False)-style answers go through the same function.
from sympy import *
x, y = symbols('x y')
print(nfloat(0), nfloat(S(0)), nfloat(Rational(1, 2)), nfloat(Eq(x, Rational(1, 2))), nfloat(x*0 + 3*x))
print(nfloat(Rational(1, 3), n=5), nfloat(0, n=5), nfloat([0, x/2]), nfloat(Integer(0)*x + 1))
print(nfloat(-x/3), nfloat(I*x/2), nfloat(x**Rational(1, 2) + sqrt(2)), nfloat(Le(x, Rational(2, 3))))
print(solve(x**2 - Float(2), x), solve([x + y - Float(1.5), x - y], [x, y]))
