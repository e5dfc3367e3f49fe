# wrong argument counts and keywords for builtins and methods: CPython's TypeError texts
tests = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: "a".upper(1), lambda: [].append(), lambda: [].append(1, 2),
         lambda: "a".split(",", 1, 2), lambda: "a".join(), lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: (1).bit_length(2),
         lambda: sorted(), lambda: divmod(1), lambda: pow(1), lambda: round(), lambda: max(key=len), lambda: "a".replace("a"),
         lambda: int(1, 2, 3), lambda: float(1, 2), lambda: str(1, 2, 3, 4), lambda: list(1, 2), lambda: range(1, 2, 3, 4),
         lambda: "a".startswith(), lambda: "{}".format(), lambda: set().add(), lambda: [].insert(1), lambda: [].pop(1, 2),
         lambda: "a".count(), lambda: [].index(), lambda: {}.pop(), lambda: tuple(1, 2), lambda: dict(1, 2), lambda: bool(1, 2),
         lambda: "a".encode("utf-8", "strict", 3), lambda: "x".zfill(), lambda: [].sort(1), lambda: [3, 1].sort(key=1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
