# Terms of a sum of numbers print real ones first, then by imaginary part (complex() of each
# term); a square root of a negative radicand whose imaginary parts cancel is on the +I branch.
from sympy import *
x = symbols('x')
c = (Rational(125,16) + 125*sqrt(95919)*I/144)**Rational(1,3)
A = sqrt(Rational(1,4) + 250/(3*c) + 2*c)
B = sqrt(Rational(1,2) - 2*c - 1/(4*A) - 250/(3*c))
print(Rational(1,4) - A/2 + B/2)
print(Rational(1,4) - A/2)
print(Rational(1,4) + B/2)
print(-A/2 + B/2)
d = (Rational(125,16) + 125*sqrt(95919)/144)**Rational(1,3)
A2 = sqrt(Rational(1,4) + 250/(3*d) + 2*d)
B2 = sqrt(Rational(1,2) - 2*d - 1/(4*A2) - 250/(3*d))
print(Rational(1,4) - A2/2 + B2/2)
print(-A2/2 + B2/2)
print(1 + sqrt(2 + I) + sqrt(3 + x))
print(1 + sqrt(2 + I) + sqrt(3 + 2*I))
