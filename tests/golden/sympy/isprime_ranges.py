# isprime over runs of consecutive numbers (tirbox sieves a window once enough queries fall in
# it), in several windows at once, across 2**32, and factorint of words past 2**32.
from sympy import isprime, factorint
print(sum(1 for k in range(10**9 - 40000, 10**9 + 40000) if isprime(k)))
print(sum(1 for k in range(2**32 - 50000, 2**32 + 3000) if isprime(k)))
twins = [p for p in range(3 * 10**8, 3 * 10**8 + 30000) if isprime(p) and isprime(p + 2)]
print(len(twins), twins[:3], twins[-1])
sg = [p for p in range(2 * 10**9, 2 * 10**9 + 20000) if isprime(p) and isprime(2 * p + 1)]
print(len(sg), sg[-2:])
print([k for k in range(0, 120) if isprime(k)])
print([n for n in range(2**40, 2**40 + 200) if isprime(n)])
print([factorint(10**15 + j) for j in (1, 37, 91)])
print(factorint(2**62 - 57), factorint((2**31 - 1) * (2**31 - 19)), factorint(4294967291**2))
print([factorint(k) for k in [0, 1, 2, 4, 12, -12, 97, 1000, 1009**2, 2**61 - 1, 2**62 - 1, 2**62, 2**63 + 1, 3**39]])
print([factorint(10**12 + j) for j in range(1, 40)][-5:], type(list(factorint(18))[0]))
