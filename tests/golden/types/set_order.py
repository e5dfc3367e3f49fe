# set/frozenset: iteration order as CPython's table gives it, operators, methods
print({x * 7 % 100 for x in range(40)})
print(set(range(20, 0, -3)) | set([100, 64, 32]), set([-1, -2, 5, 1000000, 2**61, 2**62, 3.5, -0.5]))
print(set([(1, 2), (3, 4), (0, 0), (5, 1)]), {(i, j) for i in range(3) for j in range(3)})
s = set(range(30))
for x in range(0, 30, 3):
    s.discard(x)
s.update(range(100, 110))
print(s)
print(s.pop(), s.pop(), s)
a = set([1, 2, 3, 4, 5, 40, 33])
b = set([4, 5, 6, 7, 33, 65])
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a, a.union([100, 9], (8,)), a.intersection(b, {4, 5}), a.difference([1], [2]))
print(a.symmetric_difference([2, 99]), a.issubset(range(100)), a.issuperset({1}), a.isdisjoint({0}), a <= a | b, a < a, a == set(a))
c = set(a); c &= b; print(c); c |= {1, 9}; print(c); c -= {9}; print(c); c ^= {1, 50}; print(c)
c.intersection_update(range(40)); c.difference_update([5]); c.symmetric_difference_update([7, 8]); print(c)
print(frozenset([3, 1, 2]), frozenset(), set(), frozenset({1}) | {2}, {1} | frozenset({2}), frozenset([1, 2]) == {1, 2})
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), (3, 4)])), {frozenset({1}): 2})
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), len(set([1, 1.0, True])), set([1, 1.0, True]))
big = set()
for i in range(1000):
    big.add(i * 7919 % 10007)
for i in range(0, 1000, 2):
    big.discard(i * 7919 % 10007)
print(len(big), list(big)[:20], list(big)[-10:])
print(set([5, 3, 11, 1, 2**40, -3]), set([0.5, 1.5, 2.25, -0.0, 1e10]), set(dict.fromkeys([9, 17, 1, 33])))
print(set([8, 16, 24, 1]), {x for x in [31, 63, 95, 127, 159]}, set((i * 37) % 64 for i in range(64)) == set(range(64)))
for t in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {1} < [1], lambda: {1} | [1], lambda: {[1]},
          lambda: set(1), lambda: {1}.add([1]), lambda: hash({1})]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
