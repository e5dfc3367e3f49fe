# request: {"prelude": "sympy"}
# ---- func_eq
def f(n):
    if n == 1: return 1
    if n % 2 == 0: return 2 * f(n // 2)
    return f(n - 1) + 1
print([f(n) for n in range(1, 20)], sum(f(n) for n in range(1, 1025)))
# ---- sum_digits_pow
res = [n for n in range(2, 10**6) if n == sum(int(d)**5 for d in str(n))] if False else [4150, 4151, 54748, 92727, 93084, 194979]
print(sum(res))
tot = 0
for n in range(10, 100000):
    if n == sum(int(d)**4 for d in str(n)): tot += n
print(tot)
# ---- floor_div_neg
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-7, 3), -7 / 2, int(-3.7), round(-2.5), pow(-2, 3), (-8) ** (1/3))
# ---- float_precision
print(0.1 * 3, 1e-10, 1.0e22, 1e21, 12345678.9, 2**0.5, 10**-3, 3.0, float(2**60), 1/7)
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e300 * 1e10, math.inf - math.inf)
# ---- str_methods2
s = "Mississippi"
print(s.lower().count('ss'), s.index('ss'), s.rfind('s'), s.startswith('Mi'), s.isalpha(), s.isdigit(), '123'.isdigit())
print(s.partition('ss'), s.split('ss'), list(s)[:3], ''.join(sorted(s)), s.strip('Mi'), 'a,b,,c'.split(','))
# ---- tuple_sort_dict
data = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2)]
data.sort(key=lambda t: (-t[1], t[0]))
print(data)
inv = {}
for name, v in data: inv.setdefault(v, []).append(name)
print(inv, sorted(inv.items(), reverse=True))
# ---- poly_roots_int
x = symbols('x', real=True)
for c in range(-10, 11):
    p = x**3 + c*x + 6
    rs = [r for r in roots(p, x) if r.is_integer]
    if len(rs) >= 2: print(c, rs)
# ---- binomial_identity
n = 20
print(sum(binomial(n, k)**2 for k in range(n + 1)) == binomial(2*n, n))
print(sum(k * math.comb(n, k) for k in range(n + 1)), n * 2**(n - 1))
print([catalan(i) for i in range(10)], [bell(i) for i in range(8)], fibonacci(50), lucas(10))
# ---- ap_gp
a1, d = symbols('a1 d', real=True)
eqs = [Eq(a1 + 4*d, 13), Eq(5*a1 + 10*d, 45)]
sol = solve(eqs, [a1, d])
print(sol, sol[a1] + 99*sol[d])
r = symbols('r', positive=True)
print(solve(Eq(3*r**4, 48), r))
# ---- quadratic_vieta_real
x, m = symbols('x m', real=True)
p = x**2 - (m + 1)*x + m
r1, r2 = solve(p, x)
print(r1, r2, simplify(r1 + r2), simplify(r1 * r2))
# ---- complex_str_fmt
z = (1 + 2j) ** 3
print(z, abs(z), f"{z.real:.1f}", complex('1+2j'), 2j * 2j, (1j) ** 2)
# ---- nested_lists_copy
import copy
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
g2 = [[0] * 3 for _ in range(3)]; g2[0][0] = 1
print(g2, copy.deepcopy(g2) == g2)
# ---- generator_expr_yield
def gen_primes():
    n = 2
    while True:
        if isprime(n): yield n
        n += 1
g = gen_primes()
print([next(g) for _ in range(10)])
def tri():
    a = 0
    for i in range(1, 6):
        a += i
        yield a
print(list(tri()), sum(tri()))
# ---- sets_frozen_count
seen = set()
for a in range(1, 20):
    for b in range(1, 20):
        seen.add(frozenset({a * b, a + b}))
print(len(seen))
# ---- math_fns
print(math.gcd(0, 5), math.lcm(4, 6), math.isqrt(10**20), math.comb(100, 3), math.perm(10, 3), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.cos(0), math.trunc(-2.5), math.copysign(1, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.log(8, 2), math.exp(2), math.pow(2, 10), math.fabs(-3), math.factorial(0))
# ---- solve_cubic_real
x = symbols('x', real=True)
print(solve(x**3 - 3*x + 1, x))
# ---- solve_quartic_real
x = symbols('x', real=True)
print(solve(x**4 - 5*x**2 + 4, x), solve(x**4 + x**2 - 6, x))
# ---- piecewise_loop
x = symbols('x', real=True)
f = Piecewise((2*x, x < 1), (x**2, x < 3), (9, True))
print([f.subs(x, v) for v in range(5)])
print(integrate(f, (x, 0, 4)))
# ---- float_round_issue
vals = [round(k * 0.1, 2) for k in range(10)]
print(vals, round(1234.5678, -2), round(0.5), round(1.5), round(-0.5))
print(int(1e18), int(1.9999999999999999), 10**18 == int(1e18))
# ---- err_int_sym_float
x = symbols('x', real=True)
r = solve(x**3 - 2, x)
print(r)
print(int(r[0]))
