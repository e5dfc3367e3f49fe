# request: {"prelude": "sympy"}
# ---- err_rational_zero
print(Rational(1, 0))
# ---- err_setrecursion
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(20000))
# ---- coord_geom
ax, ay, bx, by = symbols('ax ay bx by', real=True)
A = (0, 0); B = (6, 0); C = (2, 4)
def dist(P, Q): return sqrt((P[0]-Q[0])**2 + (P[1]-Q[1])**2)
a, b, c = dist(B, C), dist(A, C), dist(A, B)
s = (a + b + c) / 2
area = sqrt(s*(s-a)*(s-b)*(s-c))
print(a, b, c, simplify(area), nsimplify(area))
R = a*b*c/(4*area)
print(simplify(R), N(R))
# ---- tangent_line
x, m = symbols('x m', real=True)
f = x**2
sol = solve(discriminant(f - (m*(x - 1) - 3), x), m)
print(sol)
# ---- circle_eq
x, y, h, k, r = symbols('x y h k r', real=True)
eqs = [(0-h)**2 + (0-k)**2 - r**2, (4-h)**2 + (0-k)**2 - r**2, (0-h)**2 + (2-k)**2 - r**2]
print(solve(eqs, [h, k, r]))
# ---- poly_remainder_th
x = symbols('x', real=True)
p = x**2023 + 2*x + 1
print(rem(p, x**2 - 1, x), rem(p, x - 2, x) == p.subs(x, 2))
print(Poly(p, x).eval(2) % 1000)
# ---- functional_eq_guess
a, b = symbols('a b', real=True)
x = symbols('x', real=True)
f = a*x + b
eq = expand(f.subs(x, x + 1) + f.subs(x, x - 1) - 2*x - 4)
print(eq, solve(Poly(eq, x).coeffs(), [a, b]))
# ---- trig_identity
t = symbols('t', real=True)
e = sin(t)**4 + cos(t)**4
print(simplify(e), trigsimp(e), e.rewrite(cos).simplify() if False else 0)
print(simplify(sin(t)*cos(t)*2), fu(sin(t)**2 + cos(t)**2 + tan(t)**2) if False else 0)
print(N(sin(pi/5)**2 + sin(2*pi/5)**2), nsimplify(sin(pi/5)**2 + sin(2*pi/5)**2))
# ---- complex_roots_unity
z = symbols('z')
rts = solve(z**6 - 1, z)
print(rts)
print(sum(rts), simplify(prod(rts)), [r for r in rts if r.is_real])
# ---- seq_recur_mod
a = [1, 1]
for i in range(2, 2024):
    a.append((a[-1] * a[-2] + 1) % 1000)
print(a[-1], a[:10])
# ---- expected_value
from fractions import Fraction
from itertools import product
E = Fraction(0)
for rolls in product(range(1, 7), repeat=4):
    E += Fraction(max(rolls), 6**4)
print(E, float(E), E.numerator + E.denominator)
# ---- prob_sympy
p = Rational(1, 6)
pr = sum(binomial(10, k) * p**k * (1 - p)**(10 - k) for k in range(3, 11))
print(pr, N(pr, 10))
# ---- lattice_count
cnt = 0
for x in range(-20, 21):
    for y in range(-20, 21):
        if x*x + y*y <= 400 and (x + y) % 3 == 0:
            cnt += 1
print(cnt)
# ---- pythag_triples
trip = set()
for m in range(2, 30):
    for n in range(1, m):
        if (m - n) % 2 == 1 and math.gcd(m, n) == 1:
            a, b, c = m*m - n*n, 2*m*n, m*m + n*n
            trip.add(tuple(sorted((a, b, c))))
print(len(trip), sorted(trip)[:5])
# ---- modular_inverse_sum
p = 1009
s = sum(pow(k, -1, p) for k in range(1, p)) % p
print(s, sum(pow(k, p - 2, p) for k in range(1, 10)) % p)
# ---- sympy_nroots
x = symbols('x')
print(Poly(x**5 - x - 1, x).nroots(n=10))
print(nroots(x**3 - 2*x + 2))
# ---- sympy_linsolve
x, y, z = symbols('x y z', real=True)
print(linsolve([x + y + z - 6, x - y + z - 2, 2*x + y - z - 1], (x, y, z)))
print(nonlinsolve([x**2 + y**2 - 4, x - y], [x, y]))
# ---- sympy_solveset
x = symbols('x', real=True)
print(solveset(x**2 - 5*x + 6, x))
print(solveset(sin(x), x, Interval(0, 10)))
print(solveset(x**2 > 4, x, S.Reals))
# ---- interval_ops
I1 = Interval(0, 5); I2 = Interval.open(3, 8)
print(I1 & I2, I1 | I2, I1 - I2, I1.measure, 4 in I2, I1.contains(5))
# ---- sympy_eq_print
x = symbols('x', real=True)
e = Eq(x**2, 4)
print(e, e.lhs, e.rhs, solve(e, x), e.subs(x, 2), Eq(2, 2), Ne(x, 1))
