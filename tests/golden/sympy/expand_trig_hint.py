# expand(e, trig=True) as a function and as a method: trig functions of sums and multiples expanded.
from sympy import symbols, expand, sin, cos, tan, pi
x, y = symbols('x y')
print(expand(sin(x + y), trig=True))
print(expand(cos(2*x)*(x + 1)**2, trig=True))
print(expand(sin(3*x) + cos(x - y), trig=True))
print(expand(tan(x + y), trig=True))
print((sin(x + y)**2).expand(trig=True))
print(expand(cos(2*x + y)*sin(x), trig=True), expand(sin(x + y), trig=False), expand(sin(x + pi/2), trig=True))
