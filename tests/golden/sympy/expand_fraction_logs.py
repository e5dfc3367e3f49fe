# expand(): the denominator as sympy's fraction() sees it (exp and powers with negative exponents);
# expand of log splits off negative factors; (b**e)**(1/2) of a negative base as sympy's
# Pow._eval_power (sympy 1.14).
from sympy import *
x,y,z=symbols('x y z'); p=Symbol('p',positive=True); n=Symbol('n', negative=True)
print(expand(1/(E**2*(y+1)**2)), expand(1/(exp(x)*(y+1)**2)), expand(1/(x**2*(y+1)**2)), expand(z/(E*(y+1))), expand(1/(pi*(y+1)**2)))
print(expand(1/(sqrt(x)*(y+1))), expand(x**(-p)*(y+1)**-1/(z+1)), expand(3*exp(-x)*(y+2)/(z*(y+1))), expand(exp(-2)/(3*(y+1))))
print(expand(log(-2/(3*y))), expand(log(2*x)), expand(log(2*p)), expand(log(Rational(2,3)*x)), expand(log(-x/3)), expand(log(6)), expand(log(Rational(4,9))), expand(log(-1/y)), expand(log(n*p)), expand(log(-3*p)), expand(log(n*p*x)), expand(log(n**3*x)), expand(log(2*n*x)))
print(sqrt((Rational(1,2)-E)**3), ((1-sqrt(5))**3)**Rational(1,2), sqrt((-x)**2), (-(p+1))**3, sqrt((-p-1)**3), ((-2-p)**5)**Rational(1,3), ((1-pi)**5)**Rational(1,2), ((1-pi)**7)**Rational(-1,2), ((2-E)**3)**Rational(3,2), ((n-1)**3)**Rational(1,2))
