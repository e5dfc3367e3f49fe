from sympy import *
x, y = symbols('x y')
f = Function('f')
d = Derivative(x**2, x)
print(d, d.doit(), Derivative(x**3, x, 2), Derivative(x**3, x, x), Derivative(x**2*y, x, y), Derivative(5, x), Derivative(y, x))
print(d.expr, d.variables, Derivative(sin(x), x).doit(), Eq(Derivative(x**2, x), 2*x).doit(), repr(Derivative(f(x), x)))
print(diff(f(x), x), diff(f(x)**2, x), Derivative(x**2 + 1, x).doit() + 1, type(d).__name__, d.free_symbols)
print(Derivative(x**2, (x, 2)), Derivative(x**2, (x, 2)).doit(), d.variables, Derivative(x**3, (x, 2)).variables)
