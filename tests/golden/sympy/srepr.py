# srepr: constructor form, sums and products in printing order, Floats with their precision
from sympy import *
x, y = symbols('x y')
f = Function('f')
for e in [x**2 + 1, x + y + 1, -x, x/2, sqrt(x), S(1), S.Half, Rational(-3, 4), Float('1.25', 30),
          Float(0.1), Float(1e-20), Float(1e100), pi, E + I, oo, -oo, zoo, nan, sin(x)*cos(y), f(x),
          Eq(x, 1), x < 2, x >= 1, Ne(x, 1), Tuple(1, x), exp(x), Abs(x), 2*I, (x + 1)**2/(x - 1),
          GoldenRatio, factorial(x), And(x > 0, y < 1), Max(x, y), -x - 1, x - y, x**2*y + 3*x*y**2 - 5,
          sqrt(2)/2, sin(x)**2 + cos(x)**2, atan2(y, x)]:
    print(srepr(e))
print(srepr([x, 1]), srepr((x, 2)), srepr({x: 1}), srepr(3), srepr('a'), srepr(0.5), srepr((1,)))
