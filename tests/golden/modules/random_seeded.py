# random: with a seed, the same numbers as CPython's Mersenne Twister
import random

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for seed in [0, 1, 42, -7, 2**100, 1.5, True, 'hello', b'hello', '', 'a' * 200, 12345678901234567890]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.random(), random.getrandbits(70), random.randint(1, 6))
random.seed(2024)
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5), random.randrange(50, 5, -7))
print([round(random.uniform(1, 2), 6) for _ in range(3)], random.choice('abcdef'), random.choice([1, 2, 3]))
x = list(range(20))
random.shuffle(x)
print(x)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 3))
print(random.sample(['a', 'b', 'c'], 2, counts=[3, 1, 2]), random.sample(range(40), 30)[:5])
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=5))
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10], k=4))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.expovariate(2.0), random.triangular(), random.triangular(0, 10, 2), random.lognormvariate(0, 1))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2))
print(random.gammavariate(1, 3), random.betavariate(2, 3), random.getrandbits(0), random.getrandbits(32))
print(random.randrange(10**30), random.randint(-10**20, 10**20), random.random())
r = random.Random(5)
print(r.random(), r.randint(1, 10), random.Random(5).random(), random.Random('x').random())
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random())
tests = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 1), lambda: random.randrange(1.5), lambda: random.randrange(5.0),
    lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1), lambda: random.getrandbits(-1),
    lambda: random.choices([1, 2], [1]), lambda: random.choices([1, 2], 2), lambda: random.choices([1, 2], weights=[0, 0]),
    lambda: random.seed([1]), lambda: random.uniform(1), lambda: random.Random, lambda: random.shuffle((1, 2)),
    lambda: random.randint(1), lambda: random.gammavariate(0, 1),
]
for t in tests:
    show(t)
