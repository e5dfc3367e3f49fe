# fractions: construction, arithmetic, comparison, hashing, rounding, printing
import math
from fractions import Fraction as F

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: F(3, 4), lambda: F(6, -8), lambda: F(1, 0), lambda: F(0, 5), lambda: F(1.5), lambda: F(0.1),
    lambda: F(float('nan')), lambda: F(float('inf')), lambda: F('3/4'), lambda: F(' -3/4 '), lambda: F('1.5'),
    lambda: F('1e-3'), lambda: F('-1.25e2'), lambda: F('1_000'), lambda: F('1/0'), lambda: F('abc'),
    lambda: F('1/2.0'), lambda: F('.5'), lambda: F('5.'), lambda: F('+7'), lambda: F('3 / 4'), lambda: F('1/-2'),
    lambda: F('1.5e'), lambda: F('inf'), lambda: F('0x10'), lambda: F(' 0010 '), lambda: F('1__0'), lambda: F('_1'),
    lambda: F('1.2_5E+1_0'), lambda: F('.'), lambda: F(''), lambda: F('  1/2\n'),
    lambda: F(1.5, 2), lambda: F('1/2', 3), lambda: F([1]), lambda: F(F(1, 2), F(1, 3)), lambda: F(3, True),
    lambda: F(numerator=3, denominator=6), lambda: F(), lambda: F(5, 0), lambda: F('6/0'),
    lambda: F(1, 2) + F(1, 3), lambda: F(1, 2) + 1, lambda: 1 + F(1, 2), lambda: F(1, 2) + 0.5, lambda: F(1, 2) + 1j,
    lambda: F(1, 2) * 3, lambda: F(1, 2) - F(1, 2), lambda: F(1, 2) / F(1, 3), lambda: F(1, 2) / 0,
    lambda: F(-3, 4) / 0, lambda: F(0) / F(0), lambda: 3 / F(0), lambda: F(7, 2) // 2, lambda: F(7, 2) % 2,
    lambda: divmod(F(7, 2), F(1, 3)), lambda: F(7, 2) // 1.5, lambda: F(7, 2) % 1.5, lambda: F(-7, 2) // 2,
    lambda: F(3, 4) // 0, lambda: F(3, 4) % F(0), lambda: divmod(F(3, 4), 0), lambda: F(3, 4) / 0.0,
    lambda: 7 // F(2, 3), lambda: 7 % F(2, 3), lambda: divmod(7.5, F(2, 3)),
    lambda: F(2, 3) ** 2, lambda: F(2, 3) ** -2, lambda: F(-2, 3) ** -3, lambda: F(0) ** -1, lambda: F(4, 9) ** F(1, 2),
    lambda: F(2, 3) ** F(2), lambda: F(2, 3) ** 0.5, lambda: 2 ** F(2), lambda: 2 ** F(-2), lambda: 2 ** F(1, 2),
    lambda: 2.0 ** F(2), lambda: F(1, 2) ** (1 + 0j), lambda: (-F(1, 2)) ** 0.5, lambda: F(-8, 27) ** F(1, 3),
    lambda: F(2, 3) ** True, lambda: F(5, 7) ** 10, lambda: F(1, 2) + None,
    lambda: None + F(1, 2), lambda: F(1, 2) < 'a', lambda: F(1, 2) & 1,
    lambda: F(1, 2) == 0.5, lambda: F(1, 3) == 1 / 3, lambda: F(1, 2) < 0.6, lambda: F(1, 2) < 1,
    lambda: F(1, 2) > F(1, 3), lambda: F(1, 2) == 1, lambda: F(2, 1) == 2, lambda: F(1, 2) < float('inf'),
    lambda: F(1, 2) < float('nan'), lambda: F(1, 2) == 'a', lambda: F(3, 4) < True, lambda: F(1, 2) == (0.5 + 0j),
    lambda: 0.5 == F(1, 2), lambda: 1 < F(3, 2), lambda: F(1, 2) != F(2, 4),
    lambda: hash(F(1, 2)) == hash(0.5), lambda: hash(F(2)), lambda: hash(F(-1)), lambda: hash(F(1, 3)),
    lambda: hash(F(10**30, 7)), lambda: hash(F(1, 2**61 - 1)), lambda: hash(F(-5, 3)), lambda: {F(2): 'a'}[2],
    lambda: abs(F(-1, 2)), lambda: -F(1, 2), lambda: +F(1, 2), lambda: bool(F(0)), lambda: int(F(7, 2)),
    lambda: int(F(-7, 2)), lambda: float(F(1, 3)), lambda: float(F(10**400, 3)), lambda: complex(F(1, 2)),
    lambda: round(F(7, 2)), lambda: round(F(5, 2)), lambda: round(F(-5, 2)), lambda: round(F(1, 3), 2),
    lambda: round(F(12345, 1), -2), lambda: round(F(7, 2), None), lambda: round(F(1, 2), 0), lambda: round(F(25, 100), 1),
    lambda: math.floor(F(7, 2)), lambda: math.ceil(F(7, 2)), lambda: math.trunc(F(-7, 2)), lambda: F(7, 3).__floor__(),
    lambda: F(3, 4).numerator, lambda: F(3, 4).denominator, lambda: F(3, 4).as_integer_ratio(),
    lambda: F(3.141592653589793).limit_denominator(1000), lambda: F(3.141592653589793).limit_denominator(),
    lambda: F(1, 3).limit_denominator(0), lambda: F(1, 4).limit_denominator(2), lambda: F(7, 10).limit_denominator(3),
    lambda: F.from_float(0.25), lambda: F.from_float(2), lambda: F.from_float('a'),
    lambda: str(F(3, 4)), lambda: str(F(4, 2)), lambda: repr(F(4, 2)), lambda: format(F(1, 2)),
    lambda: format(F(1, 2), '.2f'), lambda: f'{F(1, 2)}', lambda: F(1, 2).is_integer(), lambda: F(1, 2).conjugate(),
    lambda: F(1, 2).real, lambda: F(1, 2).imag, lambda: sum([F(1, 2), F(1, 3)]), lambda: max(F(1, 2), 0.4),
    lambda: sorted([F(1, 2), 0.3, 1]), lambda: F(10**30, 3), lambda: type(F(1, 2) + True), lambda: F(3) * F(1, 3),
    lambda: F(1, 3) + F(1, 3) + F(1, 3), lambda: F(2**70) / 3, lambda: isinstance(F(1, 2), F), lambda: F.__name__,
    lambda: F, lambda: F(1, 2).__class__, lambda: [F(i, 6) for i in range(7)],
]
for t in tests:
    show(t)
x = F(0)
for i in range(1, 30):
    x += F(1, i * (i + 1))
print(x, float(x), x.limit_denominator(10))
print(str(F(1, 3) * 3), F(22, 7) - F(355, 113), F(1, 10) + F(2, 10) == F(3, 10))
