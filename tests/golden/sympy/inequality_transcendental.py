from sympy import *
# solve() of inequalities with exp, log and radicals: sign tests between zeros and domain ends;
# x < oo is dropped for real symbols and for transcendental inequalities
u = Symbol('u')
x = Symbol('x', real=True)
p = Symbol('p', positive=True)
for v in (u, x, p):
    for f in [exp(v) < 2, sqrt(v) > 2, 1/(v - 1) > 0, Abs(v) > 1, Abs(v - 1) < 3, log(v) < 1,
              2**v > 1, exp(v) + exp(-v) > 3, v*exp(v) > 0, sqrt(v**2 - 1) < 1, v**Rational(1, 3) > 2,
              log(v**2) > 0, v**2 > 4, v**2 - 3*v < 0, sqrt(v) < 2, 3**v < 9, log(v) > 5,
              sqrt(v + 3) > v + 1]:
        print(f, '->', solve(f, v))
for f in [x*Abs(x) - 4, x*Abs(x) + 4, Abs(x)**2 + Abs(x) - 6, Abs(x**2 - 1) - x - 1,
          x**2 - Abs(x) - 2, Abs(x)*x**2 + 8]:
    print(f, solve(f, x))
