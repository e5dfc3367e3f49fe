# request: {"prelude": "sympy"}
# ---- perms
from itertools import permutations
cnt = 0
for p in permutations(range(1, 8)):
    if all(abs(p[i] - p[i+1]) != 1 for i in range(6)):
        cnt += 1
print(cnt)
# ---- combos_sum
from itertools import combinations
cnt = 0
for c in combinations(range(1, 21), 3):
    if sum(c) % 5 == 0:
        cnt += 1
print(f"Number of triples: {cnt}")
# ---- product_dice
from itertools import product
from fractions import Fraction
good = 0
total = 0
for a, b, c in product(range(1, 7), repeat=3):
    total += 1
    if a + b + c == 10:
        good += 1
p = Fraction(good, total)
print(p, float(p))
print(p.numerator + p.denominator)
# ---- lru_fib
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    if n < 2:
        return n
    return f(n-1) + f(n-2)
print(f(100))
print(f(200) % 10**9)
print(f.cache_info())
# ---- dp_partitions
N = 100
dp = [0] * (N + 1)
dp[0] = 1
for part in range(1, N + 1):
    for s in range(part, N + 1):
        dp[s] += dp[s - part]
print(dp[100], npartitions(100))
# ---- typeerror_end
from math import comb
n = symbols('n', real=True)
print(comb(n, 2))
