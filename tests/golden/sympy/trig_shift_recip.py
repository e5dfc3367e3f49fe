# cot, sec and csc of an angle shifted by a multiple of pi/2 (or of pi/6 - x ...): the reciprocal
# function of what sin, cos or tan give there
from sympy import symbols, sin, cos, tan, cot, sec, csc, pi

x = symbols('x')
for a in [x + pi/3, x - pi/3, x + 2*pi/3, x - 2*pi/3, x + 5*pi/6, x - pi/6, x + pi/2, x - pi/2,
          x + 3*pi/4, x + pi, x - pi, x + 7*pi/4, pi/3 - x, 2*pi/3 - x, x + pi/4, 3*pi/2 - x]:
    print(a, '|', sin(a), '|', cos(a), '|', tan(a), '|', cot(a), '|', sec(a), '|', csc(a))
