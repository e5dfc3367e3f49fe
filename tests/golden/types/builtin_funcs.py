# builtin functions: results and CPython's errors for common misuse
print(abs(-5), abs(-2.5), abs(3 + 4j), all([]), all([1, 0]), any([0, 0.0, ""]), any(iter([0, 1])))
print(bin(10), oct(64), hex(255), bin(-5), hex(2**64), bin(True), chr(65), chr(0x263A), ord("A"), ord("€"))
print(divmod(7, -2), divmod(-7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 0.5), round(2.675, 2), round(7.5))
print(max(3, 1, 4), max([1, 3, 2], key=lambda x: -x), max([], default=None), min("bca"), min([(1, "b"), (1, "a")]), max("a", "b", key=str.upper))
print(sum(range(101)), sum([0.1] * 10), sum([[1], [2]], []), sum((1.5, 2), 10), sum([2**62, 2**62, 2**62]), sum([1, 2], start=10))
print(sorted([3, 1, 2]), sorted("bac", reverse=True), sorted([[3], [1, 2]], key=len), sorted({"b": 1, "a": 2}.items()))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(zip("ab", [1, 2, 3])), list(zip()), list(zip(*[(1, 2), (3, 4)])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(6))))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({1: 2, 3: 4})), list(reversed([])))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("a", (int, (str,))), issubclass(bool, int), issubclass(int, (str, object)))
print(len("abc"), len([1]), len({1: 2}), len(range(10)), len(set()), hash(1) == hash(1.0), callable(len), callable(1), callable(int))
print(getattr(1, "real"), getattr(1, "nope", "default"), hasattr("a", "upper"), hasattr(1, "nope"), repr("x"), ascii("é"), format(1.5, ".3f"))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), complex(), int("12"), float("1.5"), bool([0]))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), list(iter([3, 4])), type(iter([])).__name__ if hasattr(type, "__name__") else "")
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
for t in [lambda: max([]), lambda: max(), lambda: max(1), lambda: max(1, 2, default=3), lambda: next(iter([])),
          lambda: next([1]), lambda: reversed(5), lambda: sum(["a"], ""), lambda: round("a"), lambda: abs("a"),
          lambda: chr(-1), lambda: ord(""), lambda: ord(5), lambda: isinstance(1, 5), lambda: issubclass(1, int),
          lambda: getattr(1, "x"), lambda: getattr(1, 5), lambda: pow(2.0, 3, 5), lambda: hex(1.5), lambda: format(5, 1),
          lambda: len(5), lambda: iter(5), lambda: list(zip([1, 2], [2], strict=True)), lambda: map(len),
          lambda: iter(5, 6), lambda: enumerate(5), lambda: sorted([1, 2], lambda x: x), lambda: divmod(1, 0), lambda: chr(0x110000)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
