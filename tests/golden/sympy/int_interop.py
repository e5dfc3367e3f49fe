# sympy Integers with Python ints and bools: bitwise ops, shifts, pow with a modulus, sequence
# repetition and indexing, bools in arithmetic, division and modulo by zero, Float zeros, Mod of
# real constants.
import math
from sympy import *
x = Symbol('x')
n = Integer(3)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))


for f in [lambda: [0] * n, lambda: n * [0], lambda: "ab" * n, lambda: list(range(n)),
          lambda: [1, 2, 3, 4][n], lambda: [1, 2, 3, 4][Integer(1):n],
          lambda: n & 1, lambda: n | 4, lambda: n >> 1, lambda: n << 2, lambda: 1 << n, lambda: 5 & n,
          lambda: n ^ 1, lambda: ~n, lambda: n << -1, lambda: n >> Integer(1), lambda: n ^ x,
          lambda: Rational(1, 2) & 1, lambda: n >> 2.5, lambda: x << 1,
          lambda: pow(n, 2, 5), lambda: pow(2, n, 5), lambda: pow(2, 3, n), lambda: pow(n, -1, 5),
          lambda: pow(n, 2, 0), lambda: pow(Integer(6), -1, 4), lambda: pow(Rational(1, 2), 2, 5),
          lambda: pow(x, 2, 5), lambda: pow(n, 2, 5.0), lambda: pow(n, Rational(1, 2), 5),
          lambda: pow(2.0, 2, 5), lambda: pow("a", 2, 5), lambda: pow(2, 2, 5.0), lambda: pow(True, 2, 5),
          lambda: True + n, lambda: n * True, lambda: n - True, lambda: True - n, lambda: n % True,
          lambda: True % n, lambda: True // n, lambda: n // True, lambda: True / n, lambda: n ** True,
          lambda: divmod(n, True), lambda: True << n, lambda: n & True, lambda: x + True,
          lambda: Rational(1, 2) + True,
          lambda: n // 0, lambda: n % 0, lambda: 7 // Integer(0), lambda: 7 % Integer(0),
          lambda: Rational(1, 2) // 0, lambda: Rational(1, 2) % 0, lambda: Float(1.5) // 0,
          lambda: Float(1.5) % 0, lambda: n / 0, lambda: Float(1.5) / 0, lambda: Float(1.5) / 0.0,
          lambda: Float(1.5) // 0.0, lambda: Float(1.5) % 0.0, lambda: Integer(3) / 0.0,
          lambda: divmod(n, 0), lambda: x % 0, lambda: Mod(n, 0), lambda: x / 0,
          lambda: floor(0.0), lambda: ceiling(0.0), lambda: Abs(0.0), lambda: Abs(-0.0),
          lambda: floor(-0.0), lambda: floor(2.0), lambda: Rational(0.0), lambda: Float(1.5) * 0.0,
          lambda: math.inf // Rational(1, 2), lambda: floor(oo),
          lambda: Mod(2.5, Rational(1, 2)), lambda: Mod(Float(2.5), 1), lambda: Mod(3, Float(1.5)),
          lambda: Float(3) % 1, lambda: 2.5 % Rational(1, 2), lambda: 0.0 % Rational(1, 2),
          lambda: Float(4.5) % Float(1.5), lambda: Mod(Float(4.5), 3), lambda: Float(2.0) % 2,
          lambda: Integer(7) % 2.0, lambda: 7.5 % Integer(2), lambda: Float(7.5) // 2,
          lambda: Float(1e20) % 7, lambda: Mod(-2.5, 1), lambda: Float(0) % 3,
          lambda: hex(n), lambda: bin(n), lambda: "{:05d}".format(n), lambda: "%d" % n,
          lambda: f"{n:b}", lambda: divmod(7, n), lambda: math.comb(n, 2), lambda: math.gcd(n, 6)]:
    t(f)
n = Symbol('n', integer=True)
for e in [Mod(sqrt(3),5), Mod(sqrt(3),1), Mod(pi,3), Mod(3*sqrt(2),2), Mod(-sqrt(2),1), Mod(E,Rational(1,2)), Mod(pi, sqrt(2)), Mod(I,2), Mod(sqrt(3),Float(1.5)), Mod(Float(2.5), sqrt(2)), Mod(sqrt(2)+sqrt(3), 1), Mod(pi**2, 4), Mod(exp(10), 7), Mod(log(3),1), Mod(2*sqrt(2), sqrt(2)), Mod(x, 3), Mod(x + 5, 3), Mod(2*n, 2), Mod(n**2+n, 2), Mod(sqrt(2)*x, 1), Mod(oo, 2), Mod(pi, -3), Mod(-pi, 3), Mod(sqrt(3)*I + 1, 2)]: print(e)
