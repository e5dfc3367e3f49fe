# float: shortest round-trip repr in CPython's layout, and arithmetic corner cases
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 5e-324,
        1.7976931348623157e308, -0.0, 0.0, 1.0, -1.5, 100.0, 1e22, 1e23, 2.0**-1074, 2.0**60, 2.0**-30,
        float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.3, 1.1, 2.675, 4.35, 1e100]
for v in vals:
    print(repr(v), str(v), v.is_integer() if v == v and v not in (float('inf'), float('-inf')) else '-')
for k in range(-30, 30, 3):
    print(2.0**k, 10.0**k, 3.0**k, 7.0 / 3.0**k)
for x in [-7.5, 7.5, -0.5, 0.0, 3.0, -3.0]:
    for y in [2.0, -2.0, 0.75, -0.75]:
        print(x, y, x // y, x % y, divmod(x, y), x / y, x ** 2)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(123.456, -1), round(-0.0), round(1e300, -300), round(5e-324, 400), round(0.5), round(1.5), round(-0.5))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (0.1).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'))
print(float('  -InFiniTy '), float('1_000.5'), float('.5'), float('5.'), float('-1e-3'), float(' nan '))
print(hash(1.5), hash(-0.5), hash(1e300), hash(2.0), hash(float('inf')), hash(0.1), hash(-1.0))
print(2.0 ** 0.5, (-8.0) ** (1 / 3), 10.0 ** -400, 0.0 ** 0, float('nan') ** 0, 1.0 ** float('nan'))
print(int(1e20), int(-2.9), float(10**20), float(2**63), 1e308 * 10, -1e308 * 10, 3 * 0.1, 0.1 * 3)
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1e100, 1.0, -1e100]), 1.0 == 1, 0.1 + 0.2 == 0.3)
print(complex(1, 2), complex(0, 1), complex(-0.0, 1), complex(1, -0.0), 1e16j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j))
print((1 + 2j) ** 2, (1 + 2j) ** 0.5, abs(3 + 4j), (2j).real, (2j).imag, (1 + 2j).conjugate(), complex('1+2j'), complex('-j'))
print(hash(1 + 2j), hash(complex(1.5, 0)), 1 + 0j == 1, (1j) ** 2)
