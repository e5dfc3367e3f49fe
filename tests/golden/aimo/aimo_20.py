# request: {"prelude": "sympy"}
# ---- simplify_rational
x, y = symbols('x y', real=True)
e = (x**2 - y**2)/(x - y) + (x**3 + y**3)/(x + y)
print(simplify(e), cancel(e), factor(e))
print(together(1/x + 1/y), apart(1/(x**2 - 1), x), radsimp(1/(1 + sqrt(2))))
# ---- sympy_solve_many
a, b = symbols('a b', real=True)
print(solve([a**2 + b**2 - 25, a - b - 1], [a, b]))
print(solve([a**2 + b**2 - 25, a - b - 1], [a, b], dict=True))
print(solve(a**2 - 2*a*b + b**2, a))
# ---- loops_break_else
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        if n > 40: print("prime", n)
i = 0
while True:
    i += 1
    if i * i > 500: break
print(i)
# ---- enumerate_zip
a = [3, 1, 4, 1, 5, 9, 2, 6]
for i, (u, v) in enumerate(zip(a, a[1:])):
    if u > v: print(i, u, v)
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('abc', range(3))))
print(any(x > 8 for x in a), all(x > 0 for x in a), min(a), max(a, default=0), sum(a) / len(a))
# ---- lambda_map_filter
sq = list(map(lambda t: t * t, range(10)))
ev = list(filter(lambda t: t % 2 == 0, sq))
from functools import reduce
print(sq, ev, reduce(lambda a, b: a * b, range(1, 11)), reduce(math.gcd, [12, 18, 24]))
# ---- list_idx
lst = [1, 2, 3]
print(lst[5])
