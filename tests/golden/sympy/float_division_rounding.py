# Float division: one correctly rounded division at the larger precision, as Float.__truediv__ (sympy 1.14); a secant iteration at 21 digits stays bit-identical.
from sympy import *
import random
random.seed(5)
bad=0
for i in range(600):
    a = Float(random.random()*100, 21); b = Float(random.random()*10+0.1, 21)
    r = a/b
    print(r, a*b, a-b, b**2, b**-1, b**3, sqrt(b))
x0 = Float(1, 21); x1 = x0 + Float('0.25', 21)
f = lambda v: v**2 + 1
f0 = f(x0)
for i in range(30):
    f1 = f(x1); l = x1 - x0
    if l == 0: break
    s = (f1 - f0)/l
    if s == 0: break
    x0, x1 = x1, x1 - f1/s
    f0 = f1
    print(i, x1)
