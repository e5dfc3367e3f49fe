# rad and deg (sympy.geometry's x*pi/180 and 180*x/pi), as ToRA programs use them for angles.
from sympy import rad, deg, pi, Symbol, S, sin, cos, Rational
x = Symbol('x')
print(rad(180), rad(x), rad(45.0), rad(S(1) / 2), rad(Rational(3, 4)), rad(-90))
print(deg(pi), deg(1), deg(x), deg(pi / 6), deg(2.5), deg(3 * pi / 4))
print(sin(rad(30)), cos(rad(60)), type(rad(30)).__name__, type(deg(pi)).__name__)
print(rad(deg(x)), [rad(a) for a in range(0, 361, 90)])
try:
    rad('a')
except TypeError as e:
    print('TypeError', e)
