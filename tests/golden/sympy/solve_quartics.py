from sympy import *
x = symbols('x')
# f(f(x)) and f(f(f(x))): factors solved by the quartic formulas
f = x**2 - 3*x + 2
ff = f.subs(x, f)
fff = f.subs(x, ff)
print(solve(ff, x))
print(solve(fff, x))
print(len(solve(fff, x)), len(roots(fff, x)))
# one irreducible factor: solved through its decomposition q(x**2 + b*x)
for p in [x**4 - 6*x**3 + 8*x**2 + 3*x + 1, 2*x**4 - 12*x**3 + 16*x**2 + 6*x + 2, x**4 + 2*x**3 + 3*x**2 + 2*x + 5,
          x**4 - 6*x**3 + 10*x**2 - 3*x - 1, x**4 - 10*x**2 + 1]:
    print(solve(p, x))
# irreducible quartic factors of reducible polynomials: Descartes-Euler, Ferrari's depressed cases
for p in [(x + 1)*(x**4 - 4*x**3 + 2*x**2 - 5), (x - 3)*(x**4 + 4*x**3 + 2*x + 1), (x - 1)*(x**4 - 3*x**2 + 6*x - 2),
          (x - 2)*(x**4 + 4*x**2 + 8*x + 4), (x + 2)*(x**4 - 2*x**3 - 2*x + 1)]:
    print(solve(p, x))
