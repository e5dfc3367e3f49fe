# symbols(..., cls=...): undefined functions (as models write ODEs), Dummies, Symbols with facts.
from sympy import *
x = symbols('x')
f, g = symbols('f g', cls=Function)
print(f(x), type(f), f(x).diff(x))
h = symbols('h', cls=Function)
print(h(x) + 1)
print(symbols('a:3', cls=Function))
print(symbols('u v', cls=Symbol, positive=True), symbols('u', cls=Symbol, positive=True).is_positive)
print(dsolve(f(x).diff(x) - f(x), f(x)))
print(dsolve(Eq(g(x).diff(x, 2) + g(x), 0), g(x)))
print(symbols('p', cls=Dummy), [type(s).__name__ for s in symbols('p q', cls=Dummy)])
print(symbols(['F', 'G'], cls=Function))
