# request: {"prelude": "sympy"}
# ---- solve_quadratic_real
x = symbols('x', real=True)
sols = solve(x**2 - 5*x + 3, x)
print(sols)
print([s.evalf() for s in sols])
print(sum(sols), simplify(sols[0]*sols[1]))
# ---- solve_system
x, y = symbols('x y', real=True)
sol = solve([x + y - 10, x*y - 21], [x, y])
print(sol)
for s in sol:
    print(s[0]**2 + s[1]**2)
# ---- rational_arith
r = Rational(3, 7) + Rational(5, 11)
print(r, r.p, r.q, float(r))
from fractions import Fraction
f = Fraction(3, 7) + Fraction(5, 11)
print(f, f.numerator, f.denominator)
print(Rational(1, 3)**5, Fraction(2, 3)**-2)
# ---- gcd_lcm
from math import gcd, lcm
from functools import reduce
print(reduce(lcm, range(1, 21)))
print(gcd(2**20 - 1, 2**30 - 1), 2**10 - 1)
cnt = sum(1 for a in range(1, 101) for b in range(1, 101) if gcd(a, b) == 1)
print(cnt)
# ---- isqrt_squares
import math
squares = [n for n in range(1, 2000) if math.isqrt(n)**2 == n]
print(len(squares))
c = 0
for a in range(1, 200):
    for b in range(a, 200):
        s = a*a + b*b
        r = math.isqrt(s)
        if r*r == s:
            c += 1
print(c)
# ---- valueerror_int
s = "12a"
total = 0
for ch in "12345":
    total += int(ch)
print(total)
print(int(s))
