# request: {"prelude": "sympy"}
# ---- sum_fraction
from fractions import Fraction
s = sum(Fraction(1, k*(k+1)) for k in range(1, 100))
print(s)
s2 = sum(Rational(1, k**2) for k in range(1, 20))
print(s2, N(s2))
# ---- continued_frac
from sympy import continued_fraction_periodic, continued_fraction_iterator
print(continued_fraction_periodic(0, 1, 7))
print(list(continued_fraction_iterator(Rational(415, 93))))
print(list(itertools.islice(continued_fraction_iterator(sqrt(2)), 5)) if False else 0)
# ---- base_conv
def to_base(n, b):
    ds = []
    while n:
        n, r = divmod(n, b)
        ds.append(r)
    return ds[::-1] or [0]
print(to_base(2024, 3), to_base(2024, 7), int('2024', 7))
pal = [n for n in range(1, 1000) if to_base(n, 2) == to_base(n, 2)[::-1] and str(n) == str(n)[::-1]]
print(pal)
# ---- sympy_floor_sum
k = symbols('k', integer=True)
print(Sum(floor(k/3), (k, 1, 30)).doit())
print(sum(floor(Rational(k, 3)) for k in range(1, 31)))
# ---- expr_compare
x = symbols('x', real=True)
a = (x + 1)**2
b = x**2 + 2*x + 1
print(a == b, expand(a) == b, simplify(a - b) == 0, a.equals(b))
# ---- relational_truth
x = symbols('x', real=True)
if x**2 + 1 > 0:
    print("pos")
if x > 2:
    print("big")
