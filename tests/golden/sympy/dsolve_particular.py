from sympy import *
x, y = symbols('x y')
f, g = Function('f'), Function('g')
# undetermined coefficients, first-order equations, initial values
for a, rhs in [(-1, x), (1, sin(x)), (-2, exp(2*x)), (3, x**2), (1, x*exp(-x)), (2, cos(3*x)), (-1, exp(x)*sin(x))]:
    print(dsolve(f(x).diff(x) + a*f(x) - rhs, f(x)))
for a, rhs in [(-1, x*exp(x)), (1, x*sin(x)), (4, sin(2*x)), (1, exp(x)*sin(x)), (0, x)]:
    print(dsolve(f(x).diff(x, 2) + a*f(x) - rhs, f(x)))
print(dsolve(f(x).diff(x, 2) - 3*f(x).diff(x) - 4*f(x) - x*exp(x), f(x)))
print(dsolve(f(x).diff(x, 2) - 5*f(x).diff(x) + 6*f(x) - exp(x), f(x)))
print(dsolve(f(x).diff(x, 2) + f(x).diff(x) - 2*f(x) - x*exp(-2*x), f(x)))
print(dsolve(f(x).diff(x) - x*f(x), f(x)), dsolve(x*f(x).diff(x) - f(x), f(x)), dsolve(f(x).diff(x) + f(x)/x - x, f(x)))
print(dsolve(f(x).diff(x) - x*exp(x), f(x)), dsolve(f(x).diff(x) - y*f(x), f(x)), dsolve(Eq(g(x).diff(x, 2) + g(x), 0)))
print(dsolve(f(x).diff(x, 2) + 4*f(x), f(x), ics={f(0): 1, f(x).diff(x).subs(x, 0): 2}))
print(dsolve(f(x).diff(x, 2) - f(x), f(x), ics={f(0): 1, f(x).diff(x).subs(x, 0): 0}))
print(dsolve(f(x).diff(x) - x, f(x), ics={f(1): 2}), dsolve(f(x).diff(x) - f(x), f(x), ics={f(0): 1}).rhs.subs(x, 1))
print(f(x).diff(x).subs(x, 0), f(x).diff(x, 2).subs(x, 1).free_symbols)
