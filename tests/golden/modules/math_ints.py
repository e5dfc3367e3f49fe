# math: exact integer functions and float-to-int rounding
import math
from fractions import Fraction

print(math.factorial(0), math.factorial(20), math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(100) % 10**9 + 7)
print(math.comb(5, 2), math.comb(52, 5), math.comb(100, 50), math.comb(3, 5), math.comb(10**6, 3))
print(math.comb(10**30, 3), math.comb(7, 0), math.comb(0, 0), math.comb(10, 10))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(5, 0), math.perm(20, 10), math.perm(5, None))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(2**64, 6, -4), math.gcd(0, 0))
print(math.gcd(True, 4), math.gcd(2**100, 2**80 * 3), math.gcd(48, 180, 120))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, -10), math.lcm(2**100, 3), math.lcm(0, 5), math.lcm(-3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(True), math.isqrt(2**62 - 1))
print(math.isqrt(2**61), math.isqrt(4611686018427387903), math.isqrt(10**100 + 1))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1, 2], start=3), math.prod(range(1, 30)))
print(math.prod([0.5, 4]), math.prod([Fraction(1, 2), 3]), math.prod(['a'], start=3), math.prod([[1]], start=2))
for x in [2.5, -2.5, 2.0, -0.5, 1e20, 10**30, True, Fraction(7, 2), Fraction(-7, 2), 3]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.ceil(-2**70 + 0.5), math.floor(1e300) == 10**300, math.floor(-1e-300))

class Num:
    def __float__(self):
        return 2.25

class Idx:
    def __index__(self):
        return 7

class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'

print(math.sqrt(Num()), math.floor(Num()), math.factorial(Idx()), math.comb(Idx(), 2), math.gcd(Idx(), 21))
print(math.floor(Fl()), math.ceil(Fl()), math.sqrt(Idx()))
