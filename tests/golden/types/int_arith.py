# int: floor division and modulo signs, true division, powers, shifts, bit operations
for a in [7, -7, 0, 1, -1, 10**20, -10**20, 2**62, -2**62, 2**63 - 1]:
    for b in [2, -2, 3, -3, 10**19, -(10**19)]:
        print(a, b, a // b, a % b, divmod(a, b), a / b, a * b, a + b, a - b)
print(2**100, (-2)**63, 3**-2, 0**0, (-1)**(10**20 + 1), 2**-1074, 10**-5)
print(1 << 62, 1 << 63, -1 << 70, (2**70) >> 3, -5 >> 1, -(2**70) >> 100, 5 >> 100)
print(6 & 3, 6 | 3, 6 ^ 3, ~5, -6 & 0xff, (2**70) & (2**70 - 1), -(2**65) | 7, (2**64) ^ -1)
print(True + True, True * 5, -True, ~False, True & False, True | False, True ^ True, 5 & True)
print((5).bit_length(), (-(2**70)).bit_length(), (0).bit_length(), (255).bit_count(), abs(-(2**80)))
print(int("  -0x_ff ", 16), int("0b101", 0), int("z", 36), int(" 12_345 "), int(-3.9), int(2.5e20), int("007"))
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1))
print(10**400 // 7**100, (10**400) % 12345, 10**30 / 3, 2**1000 / 2**999, (2**53 + 1) / 1, 123456789 * 987654321)
print(1 / 10**400, -1 / 10**400, 10**308 / 10**-10 if False else 7 / 2, (-7) / 2)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 3), round(15, -1))
print((12).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), int.from_bytes(b'\x01\x00', 'big'), (-1).to_bytes(2, 'big', signed=True))
print(hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(True))
print(int(True), bool(0), bool(-3), 3 == 3.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308)
print(str(10**50), repr(-10**30), hex(-255), oct(8), bin(10), hex(2**70))
