# cancel keeps the numerator's sign inside it (only the denominator's leading coefficient is made
# positive); collect(..., evaluate=False) with several symbols keys each term by the first one it
# holds; factor_terms leaves a fractional content in the terms when one becomes an integer.
from sympy import *
x, y, a, b, c = symbols('x y a b c')
for e in [(x/2 + 1)/(x + 3), (x + 1)/2, -x*(x - 2)/(2*(x + 1)), (-x - 1)/(1 - x), -(x + 1)/(x - 1),
          (x**2 - 1)/(2*x - 2), (1 - x)/(x**2 - 1), Rational(3, 4)*(x + 1)/(x**2 - 1),
          -Rational(3, 4)*(x + 1)/(x - 1), x/3 - y/6, (2*x + 2)/(4*x - 4), -(x**2 - 2*x)/(2*x + 2),
          -x - 1, 1 - x, (1 - x)*exp(-x), diff(x/(1 - x)**2, x), diff(log(x)/x, x)]:
    print(cancel(e), '|', simplify(e))
for e, s in [(expand((x + y + 1)**2), [x, y]), (a*x + b*x + a*y, [x, y]), (x*y + 2*x + y**2 + 3, (y, x)),
             (a*x**2 + b*x**2 + a*x - b*x + c, x)]:
    print(collect(e, s), '|', collect(e, s, evaluate=False))
print(factor_terms((6 - y)/2), factor_terms(x/2 + 3), simplify(3 - (x**2 - 1)**2*2**x/2))
for e in [(x - 1)*(x + 1) - x**2, (x + 1)**3 - (x**3 + 3*x**2 + 3*x + 1), ((x + 1)**2 - x**2 - 2*x)/2,
          (sqrt(5) + 1)/2*(sqrt(5) - 1)/2]:
    print(factor(e), cancel(e))
