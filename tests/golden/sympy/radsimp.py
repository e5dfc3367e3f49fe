# radsimp: denominators with one to three square-root groups rationalised (numeric and symbolic,
# I as sqrt(-1)), sympy's printed forms: numerator multiplied out over a positive rational
# denominator, content and signs normalised; symbolic=False leaves symbolic denominators alone.
from sympy import *
x, y, a, b = symbols('x y a b')
p = symbols('p', positive=True)
es = [1/(1 + sqrt(2)), 1/(sqrt(3) - sqrt(2)), 1/(2 - sqrt(3)), 3/(sqrt(5) + 1),
      (1 + sqrt(2))/(1 - sqrt(2)), 1/(sqrt(x) + 1), 1/(sqrt(x) - sqrt(y)), x/(sqrt(x) + 2),
      1/(sqrt(2) + sqrt(3) + sqrt(5)), sqrt(2)/(sqrt(2) + 1), 1/(1 + sqrt(2)*I), 1/(2*sqrt(3) + 3),
      1/(a + b*sqrt(2)), (sqrt(3) + 1)/(sqrt(3) - 1), 1/(sqrt(p) + 1), 1/sqrt(2), 2/sqrt(8),
      x/(1 + sqrt(2)) + 1, 1/(1 + 2**Rational(1, 3)), 1/(sqrt(2) + sqrt(2)*x), sqrt(2)/(2*sqrt(3)),
      1/(1 + sqrt(5)) + 1/(1 - sqrt(5)), 5/(3 - sqrt(7)), (2 + sqrt(3))**2/(2 - sqrt(3)),
      1/(x + sqrt(x**2 + 1)), 1/(sqrt(x + 1) - sqrt(x)), 2/sqrt(x + 1), 2/sqrt(x), x/2 + y/2,
      1/(3 - 2*sqrt(x + 1)), (x + 1)/(-3*sqrt(x) + sqrt(7)), sqrt(2)/(-3*sqrt(x + 1) - 2),
      x/(-3 + 2*sqrt(6)), 1/(2 - sqrt(x + 1)), 2/(-2*sqrt(x + 1) - 1 + sqrt(7)),
      -3/(-1 + 3*sqrt(2) + 3*sqrt(5)), sqrt(2)/(3*sqrt(x) + 2*sqrt(x + 1) - 3),
      -3/(-2*sqrt(x + 1) - 3 - 3*I), 1/(2*sqrt(x) + 4)]
for e in es:
    print(radsimp(e), '|', radsimp(e, symbolic=False), '|', e.radsimp())
