from sympy import *
x = symbols('x', real=True)
p = symbols('p', positive=True)
n = symbols('n', integer=True)
z = symbols('z')
print(solve(Eq(Abs(6*x), 9), x), solve(Eq(Abs(-5*x + 4), 7), x), solve(Abs(2*x + 5) - 5, x))
print(solve(Eq(Abs(2*x + 7), 4*x + 9), x), solve(Eq(Abs(5*x + 9), 5*x + 7), x), solve(Eq(Abs(x + 6), -x - 5), x))
print(solve(Eq(Abs(x + 1), Abs(x - 3)), x), solve(Eq(Abs(x - 7), Abs(x + 6)), x, dict=True))
print(solve(Eq(Abs(x) + Abs(x - 2), 8), x), solve(Eq(Abs(x) + Abs(x - 5), 12), x))
print(solve(Eq(Abs(x**2 - 6), 6), x), solve(Eq(Abs(x**2 - 12), 7), x), solve(Eq(Abs(x**2 - 4), 3), x))
print(solve(Eq(Abs(p - 8), 4), p), solve(Eq(Abs(p**2 - 1), 7), p), solve(Eq(Abs(p - 4), Abs(p + 6)), p))
print(solve(Eq(Abs(n**2 - 7), 3), n), solve(Eq(Abs(n) + Abs(n - 6), 7), n))
print(solve(Eq(Abs(Abs(x - 1) - 2), 1), x), solve(Abs(x - 1) - Rational(1, 2), x))
for e in [Abs(z - 3) - 5, Abs(x) + Abs(x - 4) - 4]:
    try:
        print(solve(e, z if e.has(z) else x))
    except NotImplementedError as err:
        print(type(err).__name__, str(err)[:40] if e.has(z) else '')
