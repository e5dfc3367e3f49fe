from sympy import *

x, t = symbols('x t')

# construction: normalised polynomials, reducible ones, bad indices and arguments
print(CRootOf(2*x**5 - 2*x + 2, -1), RootOf(x**4 - 10*x**2 + 1, 1), ComplexRootOf(x**5 - x + 1, x, 3))
print(CRootOf(x**2 - 2, 0), CRootOf(x**2 - 4, 0), CRootOf(3*x - 1, 0), CRootOf((x - 1)*(x**5 - x + 1), 1))
for bad in [lambda: CRootOf(x**5 - x + 1, 5), lambda: CRootOf(x**5 - x + 1, -6),
            lambda: CRootOf(x**5 - x*t + 1, 0), lambda: CRootOf(sin(x), 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
