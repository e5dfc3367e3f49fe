# request: {"prelude": "sympy"}
# ---- decimal_ctx
from decimal import Decimal, getcontext
getcontext().prec = 50
print(Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
print(Decimal('0.1') + Decimal('0.2'))
# ---- frac_limit
from fractions import Fraction
print(Fraction(math.pi).limit_denominator(1000), Fraction(0.75), Fraction('3/4') * 2)
print(Fraction(1, 3) + 1, Fraction(5, 10) == 0.5, float(Fraction(1, 7)))
# ---- complex_num
import cmath
z = complex(3, 4)
print(abs(z), z.conjugate(), z * z, cmath.sqrt(-1), cmath.exp(1j * math.pi))
print((1 + 2j) / (3 - 4j), z.real, z.imag)
# ---- bigint
n = 2**1000
print(len(str(n)), sum(int(d) for d in str(n)))
print(int(str(n)[::-1]) % 1000007, divmod(10**20 + 7, 97))
print(math.factorial(100) % (10**9 + 7), math.prod(range(1, 30)))
# ---- generators_misc
from itertools import accumulate, chain, groupby, islice, count, cycle, combinations_with_replacement
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a*b)))
print([(k, len(list(g))) for k, g in groupby('aaabbc')])
print(list(islice(count(5, 3), 4)), list(islice(cycle('ab'), 5)))
print(len(list(combinations_with_replacement(range(5), 3))), list(chain([1], [2, 3])))
# ---- unbound
def g():
    total += 1
    return total
total = 0
print(g())
