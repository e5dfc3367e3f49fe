# list: methods, slicing (get, set, delete with steps), sorting, comparison, repr
FLOAT, STR = 1.0, "a"


def setitem(l, i, v):
    l[i] = v


def delitem(l, i):
    del l[i]


a = [5, 3, 8, 1, 9, 2]
a.append(7); a.extend([0, 4]); a.insert(2, 6); a.insert(-1, 10); a.insert(100, 11)
print(a, len(a), a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8); print(a, a.index(9), a.count(3), a.index(2, 1), 9 in a, 100 in a)
a.sort(); print(a); a.sort(reverse=True); print(a); a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
print(a[1:4], a[::2], a[::-1], a[-3:], a[5:1:-2], a[100:], a[-100:2], a[::3])
c = list(range(10)); c[2:5] = ["x"]; print(c)
c = list(range(10)); c[::2] = "abcde"; print(c)
c = list(range(10)); c[1:1] = [100, 200]; print(c)
c = list(range(10)); c[8:2:-2] = [0, 0, 0]; print(c)
c = list(range(10)); del c[::3]; print(c)
c = list(range(10)); del c[7:2:-2]; print(c)
c = list(range(10)); del c[2:5]; del c[0]; del c[-1]; print(c)
c = list(range(5)); c[-1] = 99; c[1:3] = (); print(c)
c = [1, 2, 3]; c[len(c):] = [4, 5]; c += (6,); c *= 2; print(c)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, -1, 2, 0.5, 10**20, -2.5]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([[2, 1], [1, 2], [1]]))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, 2] == [1, 2.0], [] < [0], [[1]] == [[1]])
print([1] * 3, [0] * 0, [[0] * 2] * 2, [1, 2] + [3], [None] * -1, list("abc"), list((1, 2)), list({1: 2}), list(range(3)))
x = [1, 2]; x.append(x); print(x, [x, [x]])
nested = [[1, 2], [3, [4, 5]], "s", (6,), {7: 8}, {9}, 1.5, None, True]
print(nested, repr(nested), str(nested))
print(list(reversed([1, 2, 3])), [i * i for i in range(5)], max([3, 1, 4]), min([3, 1, 4]), sum([1, 2, 3]))
for t in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 2].index("a"),
          lambda: [1][5], lambda: setitem([1, 2, 3], slice(0, 3, 2), [1]), lambda: [1, 2][FLOAT], lambda: [1][STR],
          lambda: sorted([1, "a"]), lambda: [1] + (2,), lambda: [1, 2] < (1, 3), lambda: list(5), lambda: [1, 2, 3][1:2:0],
          lambda: [3, 1].sort(reverse=None), lambda: list(1, 2), lambda: [] * 1.5, lambda: hash([])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
for t in [lambda: setitem([1], 5, 0), lambda: delitem([1], 5), lambda: setitem([1, 2, 3], slice(0, 1), 5)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([2, 1, nan, 0, 5, 4]), sorted([1, 0, nan, 3, 2, nan, -1]), sorted([nan, 3, 1], reverse=True))
print(sorted([(1, "b"), (nan, "a"), (0, "c")]), sorted([5, nan, 4, 3, 2, 1, nan, 0], key=lambda v: -v))
