# powsimp: exponents of a common base added, perfect-power bases and rational coefficients
# folded in, numeric exponent coefficients moved into the base, bases joined under a common
# exponent when the assumptions allow (or force=True); signsimp; expand_power_exp.
from sympy import *
x, y, z, a, b, n = symbols('x y z a b n')
p, q = symbols('p q', positive=True)
es = [x**a*x**b, 2**x*2**y, exp(x)*exp(y), 2*2**n, 2**x/4, Rational(3, 4)*2**x, 4**x*2,
      3**n*3**(n + 1), 5**(2*x), 5**(-x), (1 - 5**(2*x))/5**x, sqrt(x)*sqrt(y), sqrt(p)*sqrt(q),
      sqrt(2)*sqrt(x), x**a*y**a, p**a*q**a, 2**x*3**x, x**(2*a)*y**a, 1000*(1 + x/100)**n,
      100**(-n)*1000, exp(2*x)*exp(-x), x*x**a, 2**(n + 1)/2**n, 2**n*4**n, x**y*x**z*x,
      4**x*8**y, 3*9**x, 16**x*4, 12**x*2, Rational(1, 4)**x*2, Rational(4, 9)**x*Rational(2, 3),
      64**x*2, (-8)**x*2, Rational(1, 5)**x, exp(x)*exp(2*x)*E]
for e in es:
    print(powsimp(e), '|', powsimp(e, combine='exp'), '|', powsimp(e, combine='base'), '|',
          powsimp(e, force=True), '|', powsimp(e, deep=True), '|', e.powsimp())
print(signsimp(x*(1 - x)), signsimp((1 - x)**3), signsimp(sqrt(1 - x)), signsimp(1 - x))
print(expand_power_exp(x**(a + 2)), expand_power_exp(exp(x + 1)), expand_power_exp(2**(n + 1)))
try:
    powsimp(x*y, combine='both')
except ValueError as e:
    print('ValueError', e)
