# functools: reduce, partial, lru_cache/cache, wraps, cmp_to_key, total_ordering, cached_property
import functools as ft
from functools import lru_cache, reduce, partial, wraps, cmp_to_key, total_ordering, cache

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: ft.reduce(lambda a, b: a * b, range(1, 6)), lambda: ft.reduce(lambda a, b: a * b, [], 7),
    lambda: ft.reduce(lambda a, b: a * b), lambda: ft.reduce(1, [1, 2]), lambda: ft.reduce(lambda a, b: a * b, 5),
    lambda: ft.reduce(lambda a, b: a + b, []), lambda: reduce(max, [3, 9, 2]), lambda: reduce(lambda a, b: a + b, ['a', 'b'], '>'),
    lambda: ft.partial(1), lambda: ft.partial(), lambda: ft.partial(ft.partial(pow, 2), 3)(),
    lambda: ft.partial(ft.partial(pow, 2), 3).args, lambda: ft.partial(int, '10', base=2)(),
    lambda: ft.partial(int, base=2)('11', base=3), lambda: ft.partial(int, base=2), lambda: ft.partial(pow, 2).func,
    lambda: ft.partial(pow, 2).keywords, lambda: list(map(partial(pow, 2), range(5))),
    lambda: ft.lru_cache(3.5), lambda: ft.lru_cache(maxsize=-5)(abs).cache_info(), lambda: ft.lru_cache('a'),
    lambda: sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)), lambda: ft.cmp_to_key(lambda a, b: a - b)(1) < 2,
    lambda: hash(ft.cmp_to_key(lambda a, b: a - b)(1)), lambda: ft.cache(abs)(-3),
    lambda: sorted(['bb', 'a', 'ccc', 'dd'], key=cmp_to_key(lambda x, y: len(x) - len(y) or (x > y) - (x < y))),
]
for t in tests:
    show(t)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
for n in [400, 499, 500, 600]:
    fib.cache_clear()
    try:
        print(n, fib(n) % 1000)
    except RecursionError as e:
        print(n, 'RecursionError', e)

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
print(sq(2.0), sq(2), sq(x=2), sq.cache_info(), sq.cache_parameters())

@cache
def ways(n, k=2):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1, k) + ways(n - k, k)

print(ways(30), ways(30, k=3), ways.cache_info())

@lru_cache
def plain(x):
    return x + 1

print(plain(1), plain(1), plain.cache_info())

class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    @ft.cached_property
    def area(self):
        print('area computed')
        return self.n * self.n

g = Grid(5)
print(g.paths(10, 10), g.area, g.area)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k) * 2
    return inner

@deco
def base(x):
    return x + 1

print(base(3), base.__name__, base.__doc__, base.__wrapped__(3))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v

a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a >= V(1), sorted([V(3), V(1), V(2)]), max(V(3), V(5)))

@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v

print(W(1) < W(2), W(1) <= W(1), W(3) > W(2), W(2) > W(2))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print('ValueError', e)
