# operator, heapq and bisect
import operator as op
import heapq
import bisect
from operator import itemgetter, attrgetter, methodcaller

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: op.add(2, 3), lambda: op.sub(2, 3), lambda: op.mul('a', 3), lambda: op.truediv(7, 2), lambda: op.floordiv(7, 2),
    lambda: op.mod(7, 3), lambda: op.pow(2, 10), lambda: op.neg(5), lambda: op.abs(-3), lambda: op.not_(0),
    lambda: op.truth([]), lambda: op.eq(1, 1.0), lambda: op.lt(1, 2), lambda: op.ge('b', 'a'), lambda: op.and_(6, 3),
    lambda: op.or_(6, 3), lambda: op.xor(6, 3), lambda: op.invert(5), lambda: op.lshift(1, 4), lambda: op.concat([1], [2]),
    lambda: op.concat(1, 2), lambda: op.contains([1, 2], 2), lambda: op.countOf([1, 2, 1], 1), lambda: op.indexOf('abc', 'c'),
    lambda: op.indexOf('abc', 'z'), lambda: op.getitem([1, 2, 3], 1), lambda: op.is_(None, None), lambda: op.index(7),
    lambda: op.add(1), lambda: op.truediv(1, 0), lambda: op.iadd([1], [2]), lambda: op.length_hint([1, 2]),
    lambda: itemgetter(1)([4, 5, 6]), lambda: itemgetter(0, 2)('abc'), lambda: itemgetter('a')({'a': 9}), lambda: itemgetter(1),
    lambda: itemgetter(1, 'x'), lambda: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)),
    lambda: attrgetter('real')(3 + 4j), lambda: attrgetter('real', 'imag')(3 + 4j), lambda: attrgetter('x'),
    lambda: methodcaller('upper')('abc'), lambda: methodcaller('split', ',')('a,b'), lambda: methodcaller('replace', 'a', b='x'),
    lambda: methodcaller('count', 'a')('banana'), lambda: max([(1, 'z'), (3, 'y')], key=itemgetter(0)),
    lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.nlargest(3, [5, 1, 8, 3, 9, 2]),
    lambda: heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]), lambda: heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len),
    lambda: heapq.nsmallest(0, [1]), lambda: heapq.nlargest(10, [3, 1]), lambda: list(heapq.merge([1, 4, 7], [2, 5], [0, 9])),
    lambda: list(heapq.merge([5, 3], [4, 1], reverse=True)), lambda: list(heapq.merge(['b', 'aa'], ['c'], key=len)),
    lambda: bisect.bisect_left([1, 2, 2, 3], 2), lambda: bisect.bisect_right([1, 2, 2, 3], 2), lambda: bisect.bisect([1, 2, 2, 3], 2),
    lambda: bisect.bisect_left([1, 2, 3], 2, lo=-1), lambda: bisect.bisect_left([1, 2, 3, 4], 3, 1, 2),
    lambda: bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=itemgetter(0)), lambda: bisect.bisect_right([], 5),
]
for t in tests:
    show(t)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 4), data, heapq.heapreplace(data, 10), data)
tasks = []
for pr, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(tasks, (pr, name))
print([heapq.heappop(tasks) for _ in range(4)])
dist = {'A': 0}
pq = [(0, 'A')]
graph = {'A': [('B', 4), ('C', 1)], 'C': [('B', 2), ('D', 5)], 'B': [('D', 1)], 'D': []}
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 1e18):
        continue
    for v, w in graph[u]:
        if d + w < dist.get(v, 1e18):
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print(sorted(dist.items()))
a = [1, 3, 5]
bisect.insort(a, 4)
bisect.insort_left(a, 3)
bisect.insort_right(a, 0)
print(a)
grades = [bisect.bisect([60, 70, 80, 90], s) for s in [33, 99, 77, 70, 89, 90, 100]]
print(['FDCBA'[g] for g in grades])
