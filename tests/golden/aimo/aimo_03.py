# request: {"prelude": "sympy"}
# ---- factor_expr
x, y = symbols('x y', real=True)
print(factor(x**4 - y**4))
print(factor(x**3 - 6*x**2 + 11*x - 6))
print(expand((x - 2*y)**4))
print(simplify((x**2 - 1)/(x - 1)))
# ---- factorint_loop
from sympy import factorint
for n in [360, 1001, 2**10 * 3**5, 123456789]:
    print(n, factorint(n))
best = max(range(1, 1000), key=lambda n: len(divisors(n)))
print(best, len(divisors(best)))
# ---- crt
from sympy.ntheory.modular import crt
print(crt([3, 5, 7], [2, 3, 2]))
for n in range(1, 200):
    if n % 3 == 2 and n % 5 == 3 and n % 7 == 2:
        print(n)
        break
# ---- totient_sum
print(totient(100), sum(totient(k) for k in range(1, 101)))
print([n for n in range(1, 50) if totient(n) == 12])
# ---- nested_sum
total = 0
for a in range(1, 50):
    for b in range(1, 50):
        if (a * b) % (a + b) == 0:
            total += 1
print(total)
# ---- zero_div
vals = [1, 2, 3, 0]
res = [Fraction(1, 1) for v in vals] if False else []
for v in vals:
    res.append(10 // v)
print(res)
