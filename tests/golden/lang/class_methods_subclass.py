class D(dict):
    pass
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
print(dict.fromkeys([1]), int.from_bytes(b"\x01\x00", "big"), str.join(",", ["a","b"]))
