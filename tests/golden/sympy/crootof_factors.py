from sympy import *

x, t = symbols('x t')

# products: rational, radical and CRootOf roots together, in sympy's orders
for f in [(x - 1)*(x**5 - x + 1)*(x**2 + 1), (x**2 - 2)*(x**5 - x + 1), (x**3 - x - 1)*(x**5 - x + 1),
          x**5 + x**4 + 1]:
    g = expand(f)
    print(solve(g, x), roots(g, x))
    print(Poly(g).all_roots(), real_roots(g), nroots(g, n=20))

print(solve(expand((x**5 - x + 1)**2), x), roots(expand((x**5 - x + 1)**2)))
print(Poly((x**5 - x + 1)**2).all_roots())

