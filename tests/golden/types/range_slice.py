# range and slice: repr, len, indexing, slicing, containment, reversed, equality, indices()
for r in [range(5), range(1, 5), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-3, 3), range(0, -10, -3)]:
    print(r, len(r), list(r), list(reversed(r)), r[::-1], r[1:3] if len(r) > 2 else r[:0], 3 in r, -3 in r, bool(r))
r = range(0, 100, 7)
print(r[3], r[-1], r[2:10:3], r.index(49), r.count(49), r.count(50), r.start, r.stop, r.step, 49.0 in r, 50 in r)
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(0, 3)))
print(list(range(10))[slice(2, 8, 2)], slice(1, 2), slice(5), slice(None, 5, -1).indices(10), slice(-3, None).indices(5))
print(slice(1, 10, 3).indices(4), slice(1, 2) == slice(1, 2), slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step)
s = "abcdefghij"
for sl in [slice(None), slice(2, None), slice(None, -2), slice(None, None, -1), slice(8, 2, -2), slice(-100, 100, 3), slice(5, 1)]:
    print(sl, s[sl], list(range(10))[sl], tuple(range(10))[sl], range(10)[sl])
for t in [lambda: range(0, 5, 0), lambda: range(1.5), lambda: range(10)[10], lambda: range(10).index(11),
          lambda: range(), lambda: [1, 2, 3][::0], lambda: slice(0, 10, 0).indices(3), lambda: hash(slice(1, 2))]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
