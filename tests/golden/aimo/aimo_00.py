# request: {"prelude": "sympy"}
# ---- digitsum
def digit_sum(n):
    return sum(int(d) for d in str(n))
count = 0
for n in range(1, 10001):
    if digit_sum(n) == 20 and n % 7 == 0:
        count += 1
print(count)
print(f"The answer is {count % 1000}")
# ---- divisors_count
from sympy import divisors, divisor_count
results = []
for n in range(1, 500):
    if divisor_count(n) == 12:
        results.append(n)
print(len(results), results[:10])
print(sum(results) % 1000)
# ---- primes_sum
primes = list(primerange(2, 1000))
print(len(primes), sum(primes))
s = 0
for p in primes:
    if (p**2 + 2) in primes or isprime(p**2 + 2):
        s += p
print("Sum:", s)
# ---- modpow
ans = pow(2, 2023, 1000)
print(ans)
print(pow(3, -1, 101))
print([pow(7, k, 13) for k in range(12)])
print(sum(pow(k, k, 1000) for k in range(1, 101)) % 1000)
# ---- comb_count
from math import comb, factorial
total = 0
for k in range(0, 11):
    total += comb(10, k) * (-1)**k * (10 - k)**10
print(total, factorial(10), total == factorial(10))
print(comb(50, 25) % 1000)
# ---- nameerror_end
x = symbols('x', real=True)
expr = expand((x + 1)**5)
print(expr)
print(coeff_sum)
