# p-series through zeta and harmonic
from sympy import *
k, n = symbols('k n', integer=True, positive=True)
m = Symbol('m')
for t in ["Sum(1/k**2, (k, 1, oo)).doit()", "summation(1/k**4, (k, 1, oo))", "summation(1/k, (k, 1, n))", "summation(1/k**3, (k, 1, oo))", "summation(1/k**2, (k, 1, n))",
          "summation(1/k**2, (k, 2, oo))", "summation(1/k**3, (k, 3, oo))", "summation(1/k**2, (k, 3, n))", "summation(1/k, (k, 2, n))", "summation(1/k, (k, 1, oo))", "summation(1/k**2, (k, 1, 10))",
          "summation(1/k**2, (k, 1, m))", "summation(k**-6, (k, 1, oo))", "Sum(1/k**2, (k, 1, oo)).evalf()", "summation(1/k**2, (k, 5, 3))", "summation(1/k, (k, n, oo))"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, 'EXC', type(e).__name__, e)
