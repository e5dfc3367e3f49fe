# request: {"prelude": "sympy"}
# ---- symbol_real_simplify
x = symbols('x', real=True)
print(sqrt(x**2), Abs(x)**2, simplify(sqrt(x**2)), (x**2)**Rational(1, 2))
p = symbols('p', positive=True)
print(sqrt(p**2), simplify(log(p**3)), expand_log(log(p**3), force=True))
# ---- expand_multinomial
x, y, z = symbols('x y z', real=True)
e = expand((x + y + z)**4)
print(len(e.args), e.coeff(x**2*y*z), Poly(e, x, y, z).total_degree())
print(Poly((x + 2)**10, x).coeffs()[:4])
# ---- coeff_poly
x = symbols('x', real=True)
p = expand((1 + x + x**2)**10)
print(p.coeff(x, 10), Poly(p, x).coeff_monomial(x**5), Poly(p).degree())
print(sum(Poly(p, x).all_coeffs()[::2]))
# ---- solve_rational_eq
x = symbols('x', real=True)
print(solve(1/x + 1/(x + 1) - Rational(5, 6), x))
print(solve(sqrt(x + 5) - x + 1, x))
print(solve(x**3 - x**2 - x + 1, x))
# ---- functions_recursion_memo
memo = {}
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    if (n, k) in memo: return memo[(n, k)]
    r = ways(n - k, k) + ways(n, k - 1)
    memo[(n, k)] = r
    return r
print(ways(50, 50), ways(100, 10))
# ---- typeerror_call
f = 5
print(f(2))
