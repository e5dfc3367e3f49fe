from sympy import *
x, y, n = symbols('x y n')
print(apart(1/(x**2 - 1)), apart(1/(x**3 - 1)), apart((x**3 + 1)/(x**2 - 4)), apart(1/(n*(n + 1))), apart(1/(n*(n + 2)), n))
print(apart((2*x + 3)/((x - 1)**2*(x + 2))), apart(x/(x**2 + 1)), apart(1/((x + 1)*(x**2 + 1))), apart(3/(2*x + 4)), apart(x**2 + 1))
print(apart((x**4 + 1)/(x**3 - x)), apart(1/(4*n**2 - 1)), apart(Rational(1, 2)/(x*(x+3))), apart(1/(x**2*(x**2+2))))
print(apart(1/(n*(n+1)*(n+2))))
