# copy: shallow and deep copies, shared and cyclic structure
import copy
from collections import Counter, defaultdict, deque, OrderedDict
from fractions import Fraction

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
shared = [0]
d = copy.deepcopy([shared, shared])
print(d[0] is d[1], d[0] is shared)
cyc = [1]
cyc.append(cyc)
e = copy.deepcopy(cyc)
print(e[1] is e, e is cyc)

class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.items)

p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(3)
print(p, q, r, type(r).__name__, q.items is p.items, r.items is p.items)

class Custom:
    def __init__(self):
        self.v = 1
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deepcopy'

print(copy.copy(Custom()), copy.deepcopy(Custom()))
ct = Counter('aab')
dd = defaultdict(list, {'x': [1]})
dq = deque([[1], [2]], maxlen=3)
od = OrderedDict([('a', [1])])
for obj in [ct, dd, dq, od, {1, 2}, frozenset({3}), 'str', 5, 2.5, Fraction(1, 3), None, range(3)]:
    s, dc = copy.copy(obj), copy.deepcopy(obj)
    print(repr(s), repr(dc), s == obj, dc == obj)
dd2 = copy.deepcopy(dd)
dd2['x'].append(2)
dd2['new'].append(0)
print(dd, dd2, copy.deepcopy(dq)[0] is dq[0], copy.copy(dq)[0] is dq[0])
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid)
g2[0][0] = 7
print(grid, g2)
