# dict: insertion order, methods, views and their set operations, |, repr, errors
d = {"b": 1, "a": 2}
d["c"] = 3; d["b"] = 10; del d["a"]; d["a"] = 4
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()), "a" in d, "z" in d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.setdefault("a", 99), d.pop("e"), d.pop("z", "dflt"))
print(d.popitem(), d, d.copy(), dict.fromkeys("xy"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=0); print(d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, c=3), dict(zip("ab", [1, 2])), dict(), dict({}))
k = {1: "a", 2: "b", 3: "c"}.keys()
print(k, {1: 2}.values(), {1: 2}.items(), k & {2, 3, 4}, k | [9], k - {1}, k ^ {3, 4}, {2: 0}.keys() <= k, k == {1, 2, 3})
print({(1, 2): 3}.items() & {(1, 2)}, len(k), 2 in k, list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
print({1: 2} | {3: 4}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a": [1, {2: (3,)}]}, {1.5: None, None: True, (): ""})
e = {}
e |= {"q": 1}
e[1] = e
print(e, {i: i * i for i in range(6)}, {s: len(s) for s in ["aa", "b"]})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
m = dict.fromkeys(range(100))
for i in range(0, 100, 2):
    del m[i]
m[7.0] = "float key"; m[True] = "bool key"
print(len(m), list(m)[:5], m[1], m[7])
for t in [lambda: {}[1], lambda: {}.pop(1), lambda: {}.popitem(), lambda: dict(1), lambda: dict([1]),
          lambda: dict([(1, 2, 3)]), lambda: {1: 2} | [1], lambda: {1: 2} < {1: 2}, lambda: {[1]: 2},
          lambda: {"a": 1}["b"], lambda: hash({}), lambda: {1: 2}.update(5)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
it = {1: 2}
try:
    for key in it:
        it[key + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
u = {1: 2}
u |= [(3, 4)]
v = [1]
v += (2, 3)
v += "ab"
print(u, v)
try:
    v += 5
except TypeError as e:
    print("TypeError", e)
try:
    u |= 5
except TypeError as e:
    print("TypeError", e)
