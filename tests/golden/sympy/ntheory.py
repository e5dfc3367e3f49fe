from sympy import *
print(isprime(97), isprime(1), isprime(2 ** 61 - 1), nextprime(10), prevprime(10), prime(10), primepi(100))
print(list(primerange(1, 30)), factorint(360), factorint(2 ** 10 * 97), primefactors(360))
print(divisors(36), divisor_count(36), divisor_sigma(12), totient(36), mod_inverse(3, 11))
print(integer_nthroot(27, 3), integer_nthroot(28, 3), perfect_power(64), n_order(2, 7), primitive_root(7))
print(legendre_symbol(2, 7), jacobi_symbol(2, 15), crt([3, 5], [2, 3]))
print(type(prime(3)).__name__, type(divisors(10)[0]).__name__, type(totient(10)).__name__, type(isprime(5)).__name__)
print(sum(divisors(28)) - 28, [p for p in factorint(84)], sum(factorint(84).values()) / 2)
