# number theory and special functions imported from sympy's submodules; stirling
from sympy.ntheory.modular import crt
from sympy.ntheory.factor_ import totient, divisors, factorint, primenu
from sympy.ntheory.generate import primerange, sieve, prime
from sympy.ntheory.residue_ntheory import sqrt_mod, primitive_root, discrete_log, n_order
from sympy.ntheory.continued_fraction import continued_fraction_periodic
from sympy.ntheory.egyptian_fraction import egyptian_fraction
from sympy.ntheory.multinomial import multinomial_coefficients
from sympy.functions.combinatorial.numbers import fibonacci, catalan, bell, stirling
from sympy.functions.combinatorial.factorials import binomial, factorial, rf
from sympy.functions.special.zeta_functions import zeta
from sympy.functions.special.gamma_functions import gamma, polygamma
from sympy.functions.special.error_functions import erf
from sympy.functions.elementary.miscellaneous import sqrt, Max
from sympy.functions.elementary.integers import floor
print(crt([3, 5, 7], [2, 3, 2]), totient(36), divisors(12), primenu(30), list(primerange(10, 30)), sieve[5], prime(10))
print(sqrt_mod(2, 7), primitive_root(7), discrete_log(7, 4, 2), n_order(3, 7))
print(continued_fraction_periodic(3, 2, 7), egyptian_fraction((3, 7)), multinomial_coefficients(2, 3))
print(fibonacci(10), catalan(5), bell(4), binomial(5, 2), factorial(5), rf(2, 3), zeta(2), gamma(5), polygamma(0, 1), erf(0), sqrt(8), Max(1, 2), floor(2.5))
import sympy.functions.combinatorial.numbers as N
print(N.lucas(5))
print(stirling(5, 2), type(stirling(5, 2)), stirling(5, 2, kind=1), stirling(5, 2, kind=1, signed=True), stirling(0, 0), stirling(3, 5))
try:
    stirling(-1, 2)
except ValueError as e:
    print(e)
import sympy
print(hasattr(sympy, 'stirling'))
