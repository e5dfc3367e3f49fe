from sympy import *
# Abs through the conjugate, conjugates of entire functions, simplify gathering Abs factors
x, y = symbols('x y', real=True)
p = Symbol('p', positive=True)
u = Symbol('u')
print(Abs(x + I*y), Abs(x + I), Abs(3 + I*y), Abs(p*x + 2*I), Abs(u + I), Abs(x + I*u), Abs(exp(I*x)))
print(Abs((x + I*y)**2), Abs(x*(1 + I)), Abs(I*x), Abs(x + y*I - 1))
for f in (exp, sin, cos, tan, cot, sec, csc, sinh, cosh, tanh, sign, gamma, log, atan):
    print(f.__name__, conjugate(f(u)), conjugate(f(I*x)), conjugate(f(x)))
print(simplify(Abs(x)*Abs(y)), simplify(Abs(x)*Abs(y)*p), simplify(Abs(x)*Abs(u)), simplify(Abs(x)**2))
print(simplify(Abs(x)/Abs(y)), simplify(2*Abs(x)*Abs(y) + 1), simplify(2/Abs(u)), simplify(sqrt(Abs(x))*Abs(y)))
print(simplify(Abs(u)**2*Abs(x)), simplify(Abs(x)**u*Abs(y)), simplify(3*u*Abs(x)*Abs(y)))
print(simplify(sin(Abs(x)*Abs(y))), simplify(Abs(x - 1)*Abs(x + 1)), simplify(Abs(x*y) - Abs(x)*Abs(y)))
print(simplify(sqrt(x**2*y**2)), simplify(x/Abs(x)*Abs(y)))
