# itertools: every iterator, its order of results, and CPython's errors
import itertools as it
from itertools import permutations, combinations, product

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: it.islice([1, 2, 3], -1), lambda: it.islice([1, 2, 3], 'a'), lambda: it.islice([1, 2, 3], 1, 'a'),
    lambda: it.islice([1, 2, 3], 0, 2, 0), lambda: it.islice([1, 2, 3], 0, 2, -1), lambda: it.islice([1, 2, 3]),
    lambda: it.islice([1, 2, 3], 1, 2, 3, 4), lambda: list(it.islice(range(10), 2, None, 3)),
    lambda: list(it.islice(range(10), None)), lambda: list(it.islice('abcdefg', 2, 5)), lambda: list(it.islice(it.count(), 5)),
    lambda: it.permutations([1, 2], -1), lambda: it.permutations([1, 2], 'a'), lambda: it.combinations([1, 2]),
    lambda: it.combinations([1, 2], -1), lambda: len(it.permutations([1, 2])), lambda: it.permutations([1, 2])[0],
    lambda: it.product([1, 2], repeat=-1), lambda: list(it.product([1, 2], repeat=0)), lambda: list(it.product()),
    lambda: list(it.product('ab', range(2))), lambda: list(it.product([1, 2], repeat=2)), lambda: list(it.product([1], [])),
    lambda: it.count('a'), lambda: it.count(1, 2), lambda: it.count(1.0), lambda: it.count(), lambda: it.count(0, 1.5),
    lambda: list(it.islice(it.count(1, 0.5), 4)), lambda: list(zip('abc', it.count(10, -2))),
    lambda: it.repeat('a'), lambda: it.repeat('a', 3), lambda: it.repeat('a', -1), lambda: list(it.repeat('a', -1)),
    lambda: it.repeat(), lambda: list(it.repeat(7, 3)), lambda: list(map(pow, range(5), it.repeat(2))),
    lambda: list(it.chain(1)), lambda: list(it.chain('ab', [1, 2], ())), lambda: list(it.chain.from_iterable(['ab', 'cd'])),
    lambda: list(it.chain()), lambda: list(it.accumulate([1, 2, 3])), lambda: list(it.accumulate([1, 2, 3], initial=10)),
    lambda: list(it.accumulate([1, 2, 3], lambda a, b: a * b)), lambda: list(it.accumulate([], initial=5)),
    lambda: list(it.accumulate([3, 1, 4, 1, 5], max)), lambda: list(it.accumulate('abc')),
    lambda: list(it.zip_longest([1, 2], [3], fillvalue=0)), lambda: it.zip_longest([1], x=1),
    lambda: list(it.zip_longest('abc', 'de')), lambda: list(it.zip_longest()),
    lambda: list(it.pairwise('abcd')), lambda: list(it.pairwise('a')), lambda: list(it.starmap(pow, [(2, 3), (3, 2)])),
    lambda: list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), lambda: list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])),
    lambda: list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), lambda: list(it.filterfalse(None, [0, 1, 0, 2])),
    lambda: list(it.filterfalse(lambda x: x % 2, range(10))),
    lambda: [(k, list(g)) for k, g in it.groupby('aabbbc')],
    lambda: [(k, list(g)) for k, g in it.groupby([1, 2, 3, 4], key=lambda x: x % 2)],
    lambda: [(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))],
    lambda: [k for k, g in it.groupby('aaabbbcca')], lambda: [list(g) for k, g in list(it.groupby('aabb'))],
    lambda: list(it.combinations_with_replacement('abc', 2)), lambda: list(it.combinations_with_replacement('', 0)),
    lambda: list(it.combinations_with_replacement('', 2)), lambda: list(it.combinations_with_replacement('ab', 3)),
    lambda: list(it.permutations(range(3), 4)), lambda: list(it.combinations(range(3), 5)),
    lambda: list(it.permutations('abc')), lambda: list(it.permutations(range(4), 2)), lambda: list(it.permutations([])),
    lambda: list(it.permutations([1, 1, 2])), lambda: list(it.combinations('abcd', 2)), lambda: list(it.combinations('abc', 0)),
    lambda: list(it.combinations(range(5), 3)),
    lambda: [list(x) for x in it.tee([1, 2, 3], 3)], lambda: it.tee([1], -1), lambda: len(it.tee('ab')),
    lambda: type(it.permutations([1])), lambda: it.permutations, lambda: it.cycle(), lambda: it.groupby(),
    lambda: it.starmap(pow), lambda: list(it.starmap(pow, [1])), lambda: list(it.islice(it.cycle('abc'), 7)),
    lambda: list(it.cycle([])), lambda: sum(1 for _ in it.permutations(range(8))),
    lambda: sum(1 for _ in it.combinations(range(20), 4)), lambda: sum(map(sum, it.product(range(10), repeat=4))),
]
for t in tests:
    show(t)

a, b = it.tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
src = iter(range(10))
print(list(it.islice(src, 3)), list(src))
count = 0
for p in permutations(range(1, 6)):
    if p[0] < p[-1]:
        count += 1
print(count)
print([c for c in combinations([1, 2, 3, 4, 5], 3) if sum(c) == 9])
print(sorted(set(''.join(p) for p in permutations('aab'))))
print(max(product(range(3), repeat=3), key=lambda t: (t[0] * t[1] - t[2], t)))
