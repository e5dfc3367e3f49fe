# tuple: repr, slicing, comparison, hashing (CPython 3.11's scheme), methods
STR = "x"
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, (), (1,), ((1,),), t[2:5], t[::-1], t[-1], t.count(1), t.index(4), t.index(1, 2), len(t), 9 in t)
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), () * 5, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, "a") == (1, "a"), (1,) > ())
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), (3, 4))), hash((-1,)), hash((1.5, -2)), hash((None,)) == hash((None,)))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in range(3)))
a, *b = (1, 2, 3); print(a, b)
d = {(i, j): i * j for i in range(3) for j in range(3)}
print(d[(2, 2)], (1, 2) in d, len(d))
print(sorted({(1, 2), (0, 5), (1, -1), (3, 3)}), max([(1, "b"), (1, "c"), (0, "z")]))
for f in [lambda: (1,)[5], lambda: (1,).index(2), lambda: (1,) + [2], lambda: (1, 2) < (1, "a"), lambda: hash(([],)), lambda: (1, 2)[STR]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
