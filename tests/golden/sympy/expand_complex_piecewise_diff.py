# expand_complex and diff of Piecewise (sympy 1.14).
from sympy import *
x,y=symbols("x y")
for e in [exp(x+I*y), (1+I)**5, (x+I)**2, 1/(1+I), sqrt(2)*exp(I*pi/4), 3+4*I, x, cos(x+I*y), sin(2+3*I), cos(I), sin(x)]:
    print(expand_complex(e), e.expand(complex=True) if False else "")
p=Piecewise((x**2, x<0), (x, x<1), (1, True))
print(diff(p, x), diff(Piecewise((sin(x), x>0), (x**3, True)), x, 2))
