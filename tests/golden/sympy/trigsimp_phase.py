# a*sin(x) + b*cos(x) with b/a in +-1, +-sqrt(3), +-sqrt(3)/3 as one sin or cos of x plus a special angle
from sympy import symbols, sin, cos, sqrt, pi, trigsimp
x=symbols('x')
for e in [sin(x)+cos(x), sin(x)-cos(x), cos(x)-sin(x), -sin(x)-cos(x), sqrt(3)*sin(x)+cos(x), sin(x)+sqrt(3)*cos(x), sqrt(3)*sin(x)-cos(x), sin(x)-sqrt(3)*cos(x), cos(x)-sqrt(3)*sin(x), sqrt(3)*cos(x)-sin(x), -sqrt(3)*sin(x)-cos(x), 2*sin(x)+2*cos(x), sin(x)/2+sqrt(3)*cos(x)/2, sqrt(3)*sin(x)/2-cos(x)/2, sin(pi/3-x)**2*sin(x), (sqrt(3)*cos(x)-sin(x))**2, 3*sin(x)+sqrt(3)*cos(x)]:
    print(trigsimp(e))
