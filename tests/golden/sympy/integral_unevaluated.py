from sympy import *
x, y, a = symbols('x y a')
# integrands sympy cannot do stay Integral, with the factors free of x outside
for e in [x**x, x + x**x, 2*x**x, y*x**x]:
    print(integrate(e, x), '|', integrate(e, (x, 0, 1)), '|', integrate(e, (x, a)))
print(integrate(3*exp(sin(x)) + sin(x), x), integrate((y + 1)*exp(sin(x))/2, x))
print(integrate(x**x, (x, 0, 1), (y, 0, 2)), integrate(x**x*y, (y, 0, 1), (x, 0, 1)))
print(integrate(x**x, (x, 0, y)))
i = integrate(x**x, (x, 0, 1))
print(i.doit(), i.is_number, i.free_symbols, i.function, i.limits, i.variables)
print(Integral(x**x, x).evalf(), Integral(exp(y*sin(x)), (x, 0, 1)).evalf())
