# as_coefficients_dict is a defaultdict(int): a missing term reads as 0 (and is then in the dict).
from sympy import *
x, y = symbols('x y')
d = (3*x + 2*y + 5).as_coefficients_dict()
print(d, type(d).__name__, d[x**2], d)
print((2*x*y).as_coefficients_dict(), S(7).as_coefficients_dict(), (x + x*y/2 - sqrt(2)*x).as_coefficients_dict())
