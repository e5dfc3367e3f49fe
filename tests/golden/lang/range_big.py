r = range(2, 10**30)
print(r, 10**20 in r, r[5], r[-1], bool(r), r.index(10**25), r.count(3))
for i in range(10**19, 10**19 + 30, 7):
    print(i)
print(list(reversed(range(10**20, 10**20 + 5))), range(10**20) == range(0, 10**20, 1), hash(range(10**20)) == hash(range(0, 10**20)))
print(range(5)[1:3], list(range(10, 0, -3)), 3 in range(1, 10, 2), range(1, 10**19, 2)[1])
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
