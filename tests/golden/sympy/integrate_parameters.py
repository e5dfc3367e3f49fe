from sympy import *
x=symbols('x'); k=symbols('k',positive=True); a=symbols('a', nonzero=True)
for e in [x*exp(-k*x), x**2*exp(k*x), x*exp(a*x), 3*x*exp(-k*x), x*exp(-x/k), x*cosh(2*x), x**2*sinh(x), exp(-k*x), x*exp(x)*sin(x), x**2*exp(2*x)*cos(x)]:
  print(e, '=>', integrate(e,x))
