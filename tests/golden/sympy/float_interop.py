# sympy numbers through Python's number protocol: math.trunc (Integer(self)), format() of a Float
# (the Decimal of its str, so specs and rounding are Decimal's), Float powers of negative numbers
# (a half-integer exponent takes a square root: no rounding error in the vanishing part).
import math
from decimal import Decimal
from sympy import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))


for f in [lambda: math.trunc(Symbol('x')), lambda: math.trunc(oo), lambda: math.trunc(zoo), lambda: math.trunc(nan),
          lambda: math.trunc(-pi), lambda: math.trunc(Float(-2.7)), lambda: type(math.trunc(pi)).__name__,
          lambda: math.trunc(I), lambda: math.trunc(Rational(7, 2)), lambda: math.trunc(Integer(-3)),
          lambda: math.trunc(sqrt(8) / 2), lambda: math.trunc(2 + I),
          lambda: format(Float(2.5), '10.3f'), lambda: format(Float(2.5), '<10'),
          lambda: '{:,.2f}'.format(Float(12345.678)), lambda: format(Float(2.5), 'g'), lambda: format(Float(2.5), ''),
          lambda: format(Float(2.5), 'e'), lambda: format(Float(-0.0), '.2f'), lambda: format(Float(1e20), '.2f'),
          lambda: format(Float(1) / 3, '.30f'), lambda: format(Float(2.675), '.2f'), lambda: format(Float(0.125), '.2f'),
          lambda: format(Float(2.5), 'd'), lambda: format(Float(2.5), '.0%'), lambda: f"{Float(3.14159):.3f}",
          lambda: f"{Float(1) / 3:.2e}", lambda: f"{N(pi, 30):.20f}", lambda: f"{N(sqrt(2)):.4f}",
          lambda: f"{Float(123.456):08.2f}", lambda: f"{Float(-1.5):+.1f}", lambda: f"{Float(1.5):x}",
          lambda: Integer(-3)**Float(-0.5), lambda: Integer(-3)**1.5, lambda: Integer(-8)**(1 / 3),
          lambda: Float(-2.0)**0.5, lambda: Rational(-1, 4)**0.5, lambda: Integer(-4)**0.5, lambda: Integer(-3)**2.0,
          lambda: Integer(-3)**0.25, lambda: Integer(-3)**0.5, lambda: (-3)**Float(0.5),
          lambda: Float(-3)**Rational(1, 2), lambda: Float(-3)**Rational(3, 2), lambda: Float(-2)**Float(2.5),
          lambda: Float(-2)**-2.0, lambda: sqrt(Float(-2)), lambda: (-1)**Float(0.5), lambda: Integer(-1)**1.5,
          lambda: Float(-0.5)**0.5]:
    t(f)
for s, f in [('1.5', 'x'), ('1.5', 'c'), ('1.5', '10.35%'), ('1.5', '.40e'), ('-0.000', '.2f'),
             ('12345.678', '.50g'), ('2.5', '.0f'), ('3.5', '.0f'), ('1e30', '.2f'), ('0.333333333333333', '.30f')]:
    t(lambda: format(Decimal(s), f))
x = Symbol('x')
for a, b in [(Integer(7), 2), (Float(2.5), 2), (x, 2), (7, Integer(2)), (Rational(7, 2), Rational(1, 3)), (sqrt(8), 1),
             (Float(-2.5), Integer(2))]:
    r = divmod(a, b)   # Numbers give a sympy Tuple (its Floats print short), other expressions a tuple
    print(type(r).__name__, r, repr(r), r[0], type(r[1]).__name__)
q, m = divmod(Integer(17), 5)
print(q * 5 + m, [q, m], {q: m})
