# request: {"prelude": "sympy"}
# ---- floor_sum
import math
s = sum(math.floor(math.sqrt(k)) for k in range(1, 1001))
print(s)
print(sum(k // 3 for k in range(100)))
print(math.floor(1000 / 7), math.ceil(1000 / 7))
# ---- sqrt_simplify
print(sqrt(8), sqrt(12) + sqrt(27), nsimplify(sqrt(2)*sqrt(8)))
print(simplify(sqrt(3 + 2*sqrt(2))), sqrtdenest(sqrt(3 + 2*sqrt(2))))
print((sqrt(5) + 1)/2, N((sqrt(5)+1)/2, 20))
# ---- vieta
x = symbols('x', real=True)
p = x**3 - 7*x + 6
r = solve(p, x)
print(r, sum(r), prod(r))
print(Poly(p, x).all_coeffs())
# ---- dict_dp
from collections import defaultdict
ways = defaultdict(int)
ways[0] = 1
for coin in [1, 5, 10, 25, 50]:
    for v in range(coin, 101):
        ways[v] += ways[v - coin]
print(ways[100])
d = {k: v for k, v in ways.items() if v > 200}
print(len(d), max(d))
# ---- sympy_sum
k, n = symbols('k n', integer=True, positive=True)
print(summation(k**2, (k, 1, n)))
print(factor(summation(k**3, (k, 1, n))))
print(summation(1/(k*(k+1)), (k, 1, 100)))
# ---- string_err
n = 12345
print("Digits: " + str(n))
print("Total: " + sum(map(int, str(n))))
