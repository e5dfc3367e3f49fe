# Module-level names (the VM caches where each lives) changed behind the cache's back: through
# globals(), del, a function's `global`, exec, and builtins shadowed then uncovered.
total = 0
for k in range(5):
    total += k
    if k == 2:
        globals()['total'] = 100
print(total)

def bump():
    global total
    total += 1000
for k in range(3):
    bump()
    total += 1
print(total, k)

len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))

for i in range(3):
    x = i
    if i == 1:
        del x
        try:
            print(x)
        except NameError as e:
            print("NameError:", e)
print(x)

g = globals()
for j in range(4):
    g['name_%d' % j] = j * j
    w = j
print(name_3, w, sorted(k for k in g if k.startswith('name_')))

exec("acc = 7")
for i in range(3):
    acc += i
print(acc)
exec("t = 0\nfor i in range(5):\n    t += i\n    if i == 3:\n        globals()['t'] = 50\nprint(t, len('ab'))")
exec("del t\ntry:\n    t\nexcept NameError as e:\n    print(e)\nlen = max\nprint(len(3, 4))\ndel len\nprint(len('abc'))")

for v in range(2**62 - 3, 2**62 + 2):
    last = v
print(last, v)
for v in range(10, -11, -7):
    pass
print(v)
for v in range(-2**63, -2**63 + 2):
    pass
print(v)

def f():
    s = 0
    for i in range(2**62 - 2, 2**62 + 2, 3):
        s += i
    return s, i
print(f())
count = 0
for i in range(10):
    count += i % 3 == 0
print(count)
