from sympy import factorint, primefactors, totient, divisor_count
# word-size factorisation: powers of two, squares of the trial primes and of the first prime past
# them, products of primes on both sides of 1000 and of 2**32, the largest words
ns = [2, 3, 4, 8, 2 ** 40, 2 ** 63, 2 ** 64 - 1, 2 ** 63 - 1, 3 ** 40, 997 ** 2, 1009 ** 2, 997 * 991 * 2 ** 10,
      999983 * 1000003, 4294967291 * 4294967279, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39, 10 ** 12 + 399]
print([factorint(n) for n in ns])
print([factorint(n) for n in range(1, 300)])
print(sum(totient(n) for n in range(1, 2000)), sum(divisor_count(n) for n in range(1, 2000)),
      sum(len(primefactors(n)) for n in range(1, 2000)))
