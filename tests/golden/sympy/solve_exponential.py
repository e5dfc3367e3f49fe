# Exponential equations: powers of one base rewritten in the common base and factored, one power
# a**g(x) = b with all its complex branches, equal bases, ratios of two powers, Float bases.
from sympy import symbols, solve, Eq, Rational, Float

x = symbols('x')
for e in [4**x - 2**x - 12, 9**x - 3**x - 6, 4**x - 3*2**x + 2, 8**x - 2**x, 4**x + 2**(x + 1) - 8,
          2**x - 3**x, 4**x - 2**(x + 3), 25**x - 5**x - 20, 2**(x + 1) - 2**x - 4,
          2**x + 3, 10**x + 3, 36**x - 6**x - 2,
          16**x - 4**x - 2, 9**x - 2*3**x - 3, 4**(x + 1) - 9*2**x + 2, 2**(2*x + 1) - 3*2**x + 1,
          5**(2*x) - 6*5**x + 5, 3**(x + 2) + 3**x - 90, 4**x - 2**(x + 1) - 3, 2**(x/2) - 4,
          7**(x - 1) - 49, Rational(3, 2)**x - Rational(27, 8), 12**x - 144]:
    print(e, solve(e, x))
print(solve(Eq((2**x - 2)*(5*2**x + 10), 3*4**x + 12), x))
print(solve(Eq((5**(1/2))**x, 125*(5**(1/2))), x))
print(solve(Float('2.5')**x - Float('15.625'), x))
print(solve(2**x*3**x - 6, x), solve(3*4**x - 12, x), solve(Rational(1, 2)**x - 8, x))
