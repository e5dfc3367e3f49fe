# request: {"limits": {"time_ms": 120000}}
# solveset over an interval of equations in several trigonometric functions: the solutions as
# rational multiples of pi or atan forms, repeated roots, tan's poles left out, products
from sympy import *
x = symbols('x')
eqs = [sin(x) + cos(x), sin(x) - cos(x), sin(x)*cos(x), sin(2*x) - sin(x), sin(x) + cos(x) - 1,
       sin(x) - cos(2*x), cos(2*x) + cos(x), sin(x) + sqrt(3)*cos(x), 2*sin(x)*cos(x) - cos(x),
       sin(3*x) - sin(x), sin(x) + cos(x) - sqrt(2), 3*sin(x) + 4*cos(x), sin(x) + 2*cos(x) - 1,
       sin(x/2) - cos(x), sin(2*x) + cos(2*x) - 1, Eq(sin(x), cos(x)), sin(x)**2 + cos(x)**2 - 1,
       tan(x) - sin(x), x*sin(x), sin(x) + cos(x) + 2, cos(x)**2 - sin(x) - 1]
for d in [Interval(0, 2*pi), Interval(-pi, pi)]:
    for e in eqs:
        print(e, d, solveset(e, x, d))
count = len(solveset(sin(2*x) - cos(x), x, Interval(0, 2*pi)))
print(f"number of solutions: {count}")
