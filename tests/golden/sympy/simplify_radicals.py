# simplify on quotients with radicals and I: a numeric denominator with one radical rationalised.
from sympy import *
x=symbols('x')
es=[1/(1+sqrt(2)), 1/(sqrt(3)-sqrt(2)), 1/(2-sqrt(3)), 3/(sqrt(5)+1), (1+sqrt(2))/(1-sqrt(2)), 1/(sqrt(x)+1), x/(sqrt(x)+2), sqrt(2)/(sqrt(2)+1), 1/(2*sqrt(3)+3),
 (sqrt(3)+1)/(sqrt(3)-1), 5/(3-sqrt(7)), (2+sqrt(3))**2/(2-sqrt(3)), 1/(x+sqrt(2)), (x+1)/(x+sqrt(3)), 1/(1+sqrt(2))+1/(1-sqrt(2)), (1+sqrt(5))/2*(1-sqrt(5))/2, 4/(sqrt(5)-1), sqrt(2)/(1-sqrt(2))**2,
 1/(sqrt(2)+sqrt(3)+1), (3-sqrt(5))/(3+sqrt(5)), 2/(1+I), 1/(2+3*I), (1+I)/(1-I), x/(1+sqrt(2)*x)]
for e in es:
    print(simplify(e))
