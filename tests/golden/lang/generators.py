def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
def inner():
    yield 1
    yield 2
    return "done"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
gen = (x * x for x in range(6) if x % 2 == 0)
print(next(gen), list(gen))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
def take(n, g):
    out = []
    for x in g:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    k = 0
    while True:
        yield k
        k += 1
print(take(5, naturals()))
print(list(zip(countdown(3), "abc")), dict(zip("xy", countdown(2))))
