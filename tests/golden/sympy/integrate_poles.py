from sympy import *
x, y = symbols('x y')
for e in [
    "integrate(1/x, (x, -1, 1))",
    "integrate(1/x**2, (x, -1, 1))",
    "integrate(1/(x-2), (x, 0, 3))",
    "integrate(1/(x**2-1), (x, 0, 2))",
    "integrate(1/x**2, (x, 0, 1))",
    "integrate(1/x, (x, 0, 1))",
    "integrate(1/sqrt(x), (x, 0, 1))",
    "integrate(1/(x-1)**2, (x, 0, 2))",
    "integrate(x/(x**2-4), (x, 0, 3))",
    "integrate(1/x**3, (x, -1, 1))",
    "integrate(1/(x**2+1), (x, -1, 1))",
    "integrate(1/x, (x, 1, 2))",
]:
    try: print(e, '=>', eval(e))
    except Exception as ex: print(e, '=>', type(ex).__name__, ex)
