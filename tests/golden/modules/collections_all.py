# collections: Counter, defaultdict, OrderedDict, deque, namedtuple
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: Counter(1, 2), lambda: Counter(3), lambda: Counter('abracadabra'),
    lambda: Counter('abracadabra').most_common(3), lambda: Counter('abracadabra').most_common(-1),
    lambda: Counter('abracadabra').most_common(0), lambda: Counter('abracadabra').most_common(),
    lambda: Counter(a=3, b=-1), lambda: Counter({'a': 2}) + Counter({'a': -5, 'b': 1}),
    lambda: Counter(a=1) == Counter(a=1, b=0), lambda: Counter(a=1) == {'a': 1}, lambda: Counter(a=1) <= Counter(a=2),
    lambda: Counter(a=1) < Counter(a=1), lambda: Counter(a=1) < Counter(a=2), lambda: -Counter(a=-2, b=3),
    lambda: +Counter(a=-2, b=3), lambda: Counter(a=2) - Counter(a=5, b=-3),
    lambda: Counter(a=2, c=1) | Counter(a=5, b=3), lambda: Counter(a=2, c=1) & Counter(a=5, b=3),
    lambda: Counter(a=2).total(), lambda: list(Counter(a=2, b=0, c=1).elements()), lambda: Counter.fromkeys('ab'),
    lambda: Counter(), lambda: Counter(a=1)['zz'], lambda: Counter([1, 1, 2]).get(3), lambda: Counter(a=2) + 1,
    lambda: Counter(a=2) + {'a': 1}, lambda: sorted(Counter('hello').items()), lambda: Counter([3, 1, 3, 2, 1, 3]),
    lambda: Counter('hello world').most_common(2), lambda: dict(Counter('banana')), lambda: list(Counter('banana')),
    lambda: Counter({'x': 1, 'y': 1}) == Counter({'y': 1, 'x': 1}), lambda: len(Counter('aabbc')),
    lambda: Counter(['a', 'b']) + Counter(['b', 'c']), lambda: max(Counter('aaabbc').items(), key=lambda kv: kv[1]),
    lambda: isinstance(Counter(), dict), lambda: Counter('ab').copy(), lambda: type(Counter('ab').copy()),
    lambda: defaultdict(int), lambda: defaultdict(list, {'a': [1]}), lambda: defaultdict(1), lambda: defaultdict(),
    lambda: defaultdict(None, a=1), lambda: defaultdict(lambda: 5)['x'], lambda: defaultdict(int).default_factory,
    lambda: defaultdict(int, [(1, 2)], x=3), lambda: defaultdict()['missing'], lambda: defaultdict(set).copy(),
    lambda: OrderedDict(a=1, b=2), lambda: OrderedDict(), lambda: OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]),
    lambda: OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), lambda: OrderedDict([(1, 2), (3, 4)]) == {3: 4, 1: 2},
    lambda: deque([1, 2, 3]), lambda: deque([1, 2, 3], maxlen=2), lambda: deque([1, 2, 3], 2), lambda: deque(maxlen=-1),
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
    lambda: deque([1, 2]).index(5), lambda: deque('abc') + deque('d'), lambda: deque([1]) * 3, lambda: 2 * deque('ab'),
    lambda: deque([1, 2]) == deque([1, 2]), lambda: deque([1, 2]) < deque([1, 3]), lambda: deque(1),
    lambda: deque([1, 2, 3]).rotate(1), lambda: len(deque([1, 2])), lambda: deque([1, 2])[-1], lambda: deque([1, 2, 3], 2).maxlen,
    lambda: deque([1]) + [2], lambda: deque([1, 2, 3]).count(2), lambda: 3 in deque([1, 2, 3]), lambda: bool(deque()),
    lambda: list(reversed(deque([1, 2, 3]))), lambda: deque(range(5))[1:3], lambda: hash(deque()),
    lambda: namedtuple('P', 'x y')(1, 2), lambda: namedtuple('P', 'x, y')(1), lambda: namedtuple('P', ['x', 'y'])(1, 2, 3),
    lambda: namedtuple('P', 'x y')(1, z=2), lambda: namedtuple('P', 'x y')(1, x=2), lambda: namedtuple('P', 'x y', defaults=[0])(1),
    lambda: namedtuple('P', 'x y', defaults=[0])(1, 2, 3), lambda: namedtuple('P', 'x y z')(),
    lambda: namedtuple('P', 'x y z')(1), lambda: namedtuple('P', '1x'), lambda: namedtuple('P', 'x class'),
    lambda: namedtuple('P', '_x'), lambda: namedtuple('P', 'x x'), lambda: namedtuple('1P', 'x'),
    lambda: namedtuple('P', 'x _1 x', rename=True)._fields, lambda: namedtuple('P', 'x y')._fields,
    lambda: namedtuple('P', 'x y', defaults=[1])._field_defaults, lambda: namedtuple('P', 'x y')(1, 2)._asdict(),
    lambda: namedtuple('P', 'x y')(1, 2)._replace(y=5), lambda: namedtuple('P', 'x y')(1, 2)._replace(z=5),
    lambda: namedtuple('P', 'x y')._make([3, 4]), lambda: namedtuple('P', 'x y')._make([3]), lambda: namedtuple('P', 'x y'),
    lambda: namedtuple('P', 'x y')(1, 2).x, lambda: namedtuple('P', 'x y')(1, 2)[1], lambda: namedtuple('P', 'x y')(1, 2) == (1, 2),
    lambda: isinstance(namedtuple('P', 'x y')(1, 2), tuple), lambda: namedtuple('P', 'x y').__doc__,
    lambda: namedtuple('P', 'x y').x, lambda: namedtuple('P', 'x y')(y=1, x=2), lambda: namedtuple('P', 'x y', defaults=[1, 2])(),
    lambda: namedtuple('P', 'x y', defaults=[1, 2, 3]), lambda: len(namedtuple('P', 'a b c')(1, 2, 3)),
    lambda: sorted([namedtuple('P', 'x y')(2, 1), namedtuple('P', 'x y')(1, 5)]),
]
for t in tests:
    show(t)

P = namedtuple('P', 'x y')
p = P(1, 2)
def set_x():
    p.x = 5

def set_z():
    p.z = 5

for f in [set_x, set_z]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
x, y = p
print(x, y, p, p._fields, sum(p), max(p), p + (3,), p * 2, hash(p) == hash((1, 2)))

class Point(namedtuple('Point', ['x', 'y'])):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

q = Point(3, 4)
print(q, q.norm(), q.x, q[1], isinstance(q, tuple))
Card = namedtuple('Card', 'rank suit')
deck = [Card(r, s) for s in 'SH' for r in '23']
print(deck, deck[1].suit)

d = deque([1, 2, 3, 4, 5]); d.rotate(2); print(d); d.rotate(-3); print(d); d.extendleft([9, 8]); print(d)
d.insert(2, 'x'); print(d); d.reverse(); print(d); d.append(0); d.appendleft(-1); print(d, d.pop(), d.popleft())
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d); d.appendleft(9); print(d); d.extend([7, 7]); print(d); del d[0]; print(d); d[0] = 'z'; print(d)
d = deque([1, 2]); d += [3]; print(d); d *= 2; print(d); d.clear(); print(d, len(d))
q = deque([(0, 'start')])
seen = {0}
while q:
    n, path = q.popleft()
    if n == 6:
        print('found', path)
        break
    for m in (n + 1, n * 2):
        if m not in seen and m <= 6:
            seen.add(m)
            q.append((m, path + '>' + str(m)))

c = Counter()
for w in 'the cat and the hat and the bat'.split():
    c[w] += 1
print(c, c.most_common(1), c['dog'], 'dog' in c)
c.update('aab'); c.update({'the': 10}); c.subtract(the=5); print(c)
del c['zzz']; del c['a']; print(c)
c2 = Counter(a=3, b=1); c2 += Counter(a=-1, b=-2); print(c2)
g = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    g[k].append(v)
print(g, dict(g), g['zz'], len(g))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(list(od)); od.move_to_end('d', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
