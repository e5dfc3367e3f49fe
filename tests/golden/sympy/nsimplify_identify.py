# nsimplify of bare floats: simple fractions, quadratic irrationals, given constants, logs
from sympy import *
import math
x, y = symbols('x y')
vals = [0.333333333333, 1.4142135623731, 0.6666666666666666, 1.618033988749895,
        0.8090169943749475, math.sqrt(6), 2**(1/3), 0.6931471805599453, 0.4142135623730951,
        0.30102999566398120, 123.456, 1e-10, 0.9999999999999999, 0.3333, 0.142857142857143,
        -1.4142135623730951, 0.1 + 0.2, 7.38905609893065, 0.36787944117144233, 0.0, 41.0]
for v in vals:
    print(v, nsimplify(v))
print(nsimplify(3.14159265358979, [pi]), nsimplify(0.3183098861837907, [pi]))
print(nsimplify(1.0471975511965976, [pi]), nsimplify(2.71828182845905, [E]))
print(nsimplify(N(pi**2/6), [pi]), nsimplify(N(pi/4 + 1), [pi]))
print(nsimplify(0.3333, tolerance=0.001), nsimplify(1.4142, tolerance=0.0001))
print(nsimplify(0.333333333333, rational=True), nsimplify(0.1, rational=True, rational_conversion='exact'))
print(nsimplify(0.5*x**2 + 1.5*x), nsimplify(1.4142135623731*x), nsimplify(0.3 + 0.2*I))
print(nsimplify(sin(pi/12).evalf()), nsimplify(N(sqrt(2) + sqrt(3))), nsimplify(sqrt(2)), nsimplify(pi))
side = math.sqrt(3) / 2 * 4
print(f"area = {nsimplify(side**2)}", nsimplify(math.cos(math.pi / 5)))
