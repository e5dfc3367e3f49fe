from sympy import *
x, y, a = symbols('x y a')
for e in [Integral(x**2, (x, 0, 1)), Integral(sin(x), x), Integral(x*y, (x, 0, 1), (y, 0, 2)), Integral(x + 1, x),
          Integral(x*y, x, y), Integral(exp(-x), (x, 0, oo)), Integral(x, (x, 1)), Integral(x**2 + 1, (x, 0, 1)),
          Integral(1/x, (x, 1, E)), Integral(x*exp(x), (x, 0, a))]:
    print(e, '|', latex(e), '|', e.doit())
print(Integral(x**2).doit(), Integral(x*y, x).limits, Integral(x**2, (x, 0, 2)).function)
i = Integral(x**2, (x, 0, 3))
print(i.evalf(), N(i, 20), float(i.doit()), type(i).__name__)
print(Integral(exp(-x**2), (x, -oo, oo)).doit(), Integral(1/(1 + x**2), (x, 0, oo)).doit())
for bad in ['Integral(x*y)', 'Integral(x, 2)', 'Integral(x, (1, 2, 3))', 'Integral(x, x, 2)']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
