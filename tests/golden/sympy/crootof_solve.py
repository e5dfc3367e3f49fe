from sympy import *

x, t = symbols('x t')

# solve(): CRootOf for the factors sympy cannot solve, radicals and rationals for the others
for f in [x**5 - x + 1, x**5 - 5*x + 1, x**6 + x + 1, x**7 - 3*x**3 + x**2 - 1,
          2*x**5 + 3*x**4 - 7, x**5 + x + 3]:
    g = expand(f)
    var = list(g.free_symbols)[0]
    print(solve(g, var))
    print(roots(g, var))
    print(Poly(g, var).all_roots())
    print(real_roots(g))
    print(nroots(g, n=20) if g.coeff(x, 0) == 3 else nroots(g))


