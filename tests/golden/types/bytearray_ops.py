# request: {"prelude": "sympy"}
N = 100
s = bytearray([1]) * (N + 1)
s[0] = s[1] = 0
for i in range(2, int(N**0.5) + 1):
    if s[i]:
        s[i*i::i] = bytearray(len(s[i*i::i]))
print([i for i in range(N + 1) if s[i]], sum(s), s.count(1), len(s))
t = bytearray(b'\x01') * 10
t[2::3] = b'\x00' * len(range(2, 10, 3))
print(t, list(t), t[1:4], t[::-1][:3], bytes(t[:3]))
b = bytearray()
b.append(65); b.extend([66, 67]); b += b'DE'; b.extend(b'F')
print(b, b.decode(), len(b), b.pop(), b.pop(0), b, 67 in b, b'CD' in b, b.find(b'D'), b.index(68))
print(bytearray(3), bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), bytearray('hi', 'ascii'), bytearray(b'x') == b'x')
c = bytearray(range(10))
del c[::2]
print(c)
del c[0]
c[1:3] = [9, 9, 9]
print(c, c.copy(), bool(bytearray()), bytearray(b'abc') < bytearray(b'abd'))
c.reverse(); print(c, type(c).__name__, isinstance(c, bytearray))
for bad in [lambda: c.__setitem__(0, 256) if False else c.pop(99), lambda: c.pop(-99), lambda: c[99], lambda: c['a'],
            lambda: c[1:3],
            lambda: bytearray().pop(), lambda: hash(c), lambda: bytearray(-1), lambda: c.append('a'),
            lambda: c.index(77)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
s = bytearray([1]) * 10**6
for i in range(2, 1001):
    if s[i]:
        s[i*i::i] = bytearray(len(range(i*i, 10**6, i)))
print(sum(s) - 2)
for v in [256, -1, 'a']:
    try:
        c[0] = v
    except Exception as e:
        print(type(e).__name__, e)
try:
    c[99] = 1
except IndexError as e:
    print(e)
try:
    c[0:4:2] = b'abc'
except ValueError as e:
    print(e)
try:
    c[0:2] = 5
except TypeError as e:
    print(e)
c[0:2] = 'ab'.encode()
print(c, c * 2, 2 * bytearray(b'z'), c * 0, c[0:0])
