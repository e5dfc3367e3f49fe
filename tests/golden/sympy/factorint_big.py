from sympy import factorint, divisors, totient, primefactors, divisor_count
# beyond a machine word: no quadratic sieve (it writes a file, which the sandbox kills)
print(factorint(2 ** 64 + 1), factorint(10 ** 20 + 1), factorint(2 ** 100 + 1))
print(factorint(2 ** 128 + 1), factorint(-(2 ** 67 - 1)), factorint(3 ** 40 * 2 ** 70))
print(primefactors(2 ** 65 - 1), divisor_count(2 ** 70 - 1), totient(10 ** 22 + 1))
print(factorint(2 ** 64 - 1), factorint(10 ** 12 + 39), factorint(999983 * 1000003), factorint(4294967291 ** 2))
print(len(divisors(10 ** 18)), factorint(1), factorint(-12))
