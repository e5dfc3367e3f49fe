# request: {"prelude": "sympy"}
# ---- matrix_det
M = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(M.det(), M.inv())
print(M.eigenvals())
print(M**2)
# ---- roots_poly
x = symbols('x', real=True)
print(roots(x**3 - 3*x + 2, x))
print(real_roots(x**3 - 2))
print(Poly(x**4 - 10*x**2 + 1, x).nroots())
print(minimal_polynomial(sqrt(2) + sqrt(3), x))
# ---- trig_simpl
x = symbols('x', real=True)
print(trigsimp(sin(x)**2 + cos(x)**2), simplify(sin(2*x)/cos(x)))
print(cos(pi/3), sin(pi/4), tan(pi/6), cos(pi/5))
print(expand_trig(sin(3*x)), N(cos(pi/7), 15))
# ---- limits_series
x, n = symbols('x n', real=True)
print(limit(sin(x)/x, x, 0), limit((1 + 1/n)**n, n, oo))
print(series(exp(x), x, 0, 5))
print(diff(x**3 * sin(x), x), integrate(x**2, (x, 0, 3)))
# ---- floor_sympy
n = symbols('n', integer=True)
print(floor(Rational(7, 2)), ceiling(-Rational(7, 2)), floor(sqrt(50)), Mod(17, 5))
print(binomial(10, 3), factorial(20), ff(10, 3), rf(3, 4))
print(floor(log(1000, 2)), frac(Rational(22, 7)))
# ---- key_err
d = {1: 'a', 2: 'b'}
print(d[1])
print(d[3])
