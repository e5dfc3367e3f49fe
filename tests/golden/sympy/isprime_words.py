from sympy import isprime, Integer, sqrt, cbrt, root, Rational, pi, E, symbols
# isprime below and above 2**32: strong pseudoprimes to the bases 2, 7 and 61 one at a time,
# Carmichael numbers, squares of primes, primes next to 2**32
x = symbols('x')
cases = [2047, 3277, 4033, 121, 3215031751, 25326001, 1373653, 4759123141, 561, 41041, 825265,
         4294967291, 4294967295, 4294967296, 4294967311, 65521 * 65519, 65537 * 65537, 2 ** 61 - 1,
         2 ** 64 - 59, 2 ** 64 + 13, 10 ** 18 + 9, 2, 3, 4, 61, 63, 67, 4489, 4087, -7, 0, 1]
print([isprime(n) for n in cases], [isprime(Integer(n)) for n in cases[:6]])
print(sum(isprime(k) for k in range(4294967296 - 3000, 4294967296 + 3000)),
      sum(isprime(k) for k in range(10 ** 6, 10 ** 6 + 20000)), [k for k in range(1, 200) if isprime(k)][-5:])
# radicals of integers: square factors taken out, prime radicals left as they stand
print([sqrt(k) for k in (12, 72, 1000, 2 ** 15, 3 ** 7 * 5, 1073741827 * 4, 65537 ** 2 * 2)])
print([cbrt(k) for k in (16, 250, 2 ** 10 * 3 ** 2)], root(96, 5), Integer(200) ** Rational(3, 4), sqrt(-50))
print(E / 3, 2 * pi / 5, x / 7, 3 * x, -pi)
