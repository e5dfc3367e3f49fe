from sympy import *
from fractions import Fraction
import math
x = Symbol('x')
print(Rational(1, 3) + Fraction(1, 2), Fraction(1, 2) + Rational(1, 3), type(Fraction(1, 2) + Rational(1, 3)).__name__)
print(complex(1 + I), math.sqrt(Integer(4)), math.floor(Rational(7, 2)), math.ceil(Rational(7, 2)))
