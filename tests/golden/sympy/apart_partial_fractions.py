# apart() of rational functions with rational coefficients (sympy 1.14).
from sympy import *
x,y=symbols('x y')
for f in [1/(x**2-1), (x**3+1)/(x**2-4), 1/(x*(x+1)*(x+2)), 1/(x**2+1)/(x-1), (2*x+3)/(x-1)**3, 1/(x**4-1), x**2/(x+1)**2, 1/(25*x**2 + 45*x + 14), Rational(1,2)/(x**2+x), (x+1)/(3*x**2-3), 1/((x-1)**2*(x**2+x+1)), x, 5, 1/(2*x+1)**2]:
    print(apart(f), apart(f, x))
