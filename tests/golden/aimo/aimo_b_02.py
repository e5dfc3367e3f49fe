# request: {"prelude": "sympy"}
# ---- many_symbols
a, b, c, d = symbols('a:d', real=True)
print(a, d, expand((a + b)*(c + d)))
xs = symbols('x0:5', real=True)
print(xs, sum(xs))
# ---- mixed_types_sum
vals = [Rational(1, 2), 0.5, 1, Integer(2)]
print(sum(vals), type(sum(vals)).__name__, max(vals), sorted(vals))
# ---- floor_log_digits
n = 2**2023
print(len(str(n)), floor(2023 * log(2, 10)) + 1, int(2023 * math.log10(2)) + 1)
print(str(n)[:5], n % 10**5)
# ---- last_nonzero
f = math.factorial(100)
s = str(f).rstrip('0')
print(s[-1], len(str(f)) - len(s))
# ---- sol_dict_iter
x, y = symbols('x y', real=True)
sols = solve([x**2 + y**2 - 13, x*y - 6], [x, y], dict=True)
for s in sols:
    print(s[x], s[y], s[x] + s[y])
print(max(s[x] + s[y] for s in sols))
# ---- evalf_digits
print(pi.evalf(50))
print(N(sqrt(2), 30), E.evalf(5), (pi**2/6).evalf())
print(N(Rational(1, 7), 20), float(N(pi, 5)), N(exp(pi*sqrt(163)), 40))
# ---- is_checks
x = symbols('x', real=True)
vals = [sqrt(16), sqrt(18), Rational(6, 3), pi, sqrt(2)**2, log(8, 2), exp(0)]
print([(v, v.is_integer, v.is_rational) for v in vals])
# ---- floor_expr
n = symbols('n', integer=True, positive=True)
print(floor(sqrt(2)*10**5), floor(pi*10**10), ceiling(E**5), floor(-sqrt(3)))
print([floor(k*sqrt(2)) for k in range(1, 11)])
# ---- sympy_mod_big
print(Integer(2)**1000 % 1000, pow(Integer(3), 1000, 1000), Mod(2**1000, 997))
print(int(Integer(7)**77 % 100))
# ---- rational_frac
r = Rational(22, 7)
print(r.p, r.q, r.numerator, r.denominator, fraction(r), floor(r), r - floor(r), r.limit_denominator(5) if hasattr(r, 'limit_denominator') else None)
print(Rational('0.125'), Rational(0.125), Rational('3/8') + Rational(1, 8), nsimplify(0.125))
# ---- sum_series_numeric
s = sum(1 / k**2 for k in range(1, 10001))
print(s, math.pi**2 / 6 - s, f"{s:.10f}")
h = sum(Rational(1, k) for k in range(1, 21))
print(h, h.p % 1000, float(h))
# ---- combinatorics_sympy
from sympy.utilities.iterables import multiset_permutations, partitions
print(len(list(multiset_permutations('aabbc'))))
print(sum(1 for p in partitions(10)))
from sympy.functions.combinatorial.numbers import stirling
print(stirling(5, 2), stirling(10, 3))
# ---- sympy_ntheory2
from sympy.ntheory import factorint, totient, is_primitive_root
from sympy.ntheory.residue_ntheory import sqrt_mod
print(sqrt_mod(10, 13, all_roots=True), is_primitive_root(3, 7), quadratic_residues(11) if False else 0)
print(nthroot_mod(8, 3, 13, all_roots=True))
# ---- poly_roots_vieta2
x = symbols('x', real=True)
p = Poly(x**4 - 10*x**3 + 35*x**2 - 50*x + 24, x)
print(p.all_roots(), p.LC(), p.TC(), p.degree(), p.eval(5))
print(factor_list(p.as_expr()), sqf_list(x**3 - 3*x + 2))
# ---- expr_manip
x, y = symbols('x y', real=True)
e = (x + y)**3 - (x - y)**3
print(expand(e), factor(e), collect(expand((x + 2*y)**3), x), e.subs({x: 1, y: 2}))
print(e.free_symbols == {x, y}, e.has(x), e.atoms(Symbol) == {x, y})
# ---- ordinal_str
def ordinal(n):
    return str(n) + ('th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))
print([ordinal(i) for i in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]])
# ---- dict_comprehension_sorted
d = {n: sum(int(c) for c in str(n)) for n in range(1, 100)}
byval = {}
for k, v in d.items():
    byval.setdefault(v, []).append(k)
print({k: len(v) for k, v in sorted(byval.items())})
print(sorted(d, key=d.get)[:5], max(d.items(), key=lambda kv: (kv[1], -kv[0])))
# ---- matrix_power_fib
M = Matrix([[1, 1], [1, 0]])
print(M**10, (M**100)[0, 1] % 1000)
print(M.eigenvals(), M.det(), M.trace())
# ---- sympy_linear_system_params
a, b, c, x = symbols('a b c x', real=True)
eqs = [a + b + c - 1, 4*a + 2*b + c - 3, 9*a + 3*b + c - 7]
sol = solve(eqs, [a, b, c])
print(sol)
f = sol[a]*x**2 + sol[b]*x + sol[c]
print(f, f.subs(x, 10))
# ---- while_digits
n = 1
while True:
    n += 1
    if sorted(str(n)) == sorted(str(2*n)) == sorted(str(3*n)):
        break
print(n)
