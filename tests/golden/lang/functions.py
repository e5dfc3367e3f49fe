def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, z=0))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
print(c(), c(), c(10))
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
square = lambda v: v * v
print(square(7), (lambda *a, **k: (a, k))(1, 2, x=3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    return "hello " + name
print(hello("bob"))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
args = [1, 2]
kwargs = {"c": 3}
print(f(*args, **kwargs), f(*[0], **{"c": 1, "k": 2}))
def gen_fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fib = gen_fib()
print([next(fib) for _ in range(10)])
print(hello.__name__, square.__name__, fact.__name__)
def doc():
    """A docstring."""
    return 1
print(doc(), doc.__doc__)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([adder(10) for adder in make_adders()])
