# diff of Abs, re, im and sign for real, imaginary and complex arguments as sympy takes them; roots() of a Poly (sympy 1.14).
from sympy import *
x,y=symbols('x y'); r=Symbol('r',real=True); p=Symbol('p',positive=True); i=Symbol('i', imaginary=True)
for e in [Abs(x), Abs(2*x+1), Abs(r), Abs(r-1), Abs(r**2-4), Abs(i), Abs(x*y), re(x), im(x), re(r), re(2*x+1), Abs(p-3), Abs(sin(r)), re(i), im(i), Abs(x)**2]:
    print(diff(e, x), diff(e, r), diff(e, i) if i in e.free_symbols else '')
print(diff(Abs(x-1)+Abs(x-2), x))
print(diff(Abs(r-1)+Abs(r-2), r))
print(diff(sign(r-1),r), diff(sign(x),x), diff(sign(2*r), r))
print(solve(diff(Abs(r-1)+(r-2)**2, r), r))
print(roots(Poly(x**3-1)), roots(Poly(x**2-3*x+2, x)), roots(Poly(y**2-4, y), multiple=True))
