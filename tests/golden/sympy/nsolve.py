from sympy import *
x, y = symbols('x y')
for t in ['nsolve(x**2 - 2, x, 1)', 'nsolve(x**2 - 2, x, -1)', 'nsolve(cos(x) - x, x, 0)', 'nsolve(exp(x) - 3, x, 1)', 'type(nsolve(x**2 - 2, x, 1)).__name__',
          'nsolve(x**2 - 2, 1)', 'nsolve([x + y - 3, x - y - 1], [x, y], [0, 0])', 'nsolve(x**3 - x - 1, x, 1.5)', 'nsolve(Eq(x**2, 2), x, 1)',
          'nsolve(x**2 - 2, x, 1, prec=30)', 'nsolve([x**2 + y**2 - 4, x - y], [x, y], [1, 1])', 'nsolve(x*exp(x) - 1, x, 0.5)', 'nsolve(sin(x), x, 3)']:
    try:
        print(t, '=>', eval(t))
    except Exception as e:
        print(t, '=>', type(e).__name__)
