# div() without generators divides recursively in the first generator (sympy's dmp_ff_div):
# it stops where a leading coefficient does not divide, so div(c*d + 35, d + 4) is (0, c*d + 35).
from sympy import *
d, c, x, y = symbols('d c x y')
print(div(6*d**5 + 19*d**2 + c*d + 35, 2*d + 8))
print(div(6*d**5 + 19*d**2 + c*d + 35, d + 4))
print(div(x**2 + 2*x*y + 3, 2*x + 4))
print(div(x**2 + y*x + 3, x + 1))
print(div(6*d**5 + 19*d**2 + c*d + 35, 2*d + 8, d))
print(rem(6*d**5 + 19*d**2 + c*d + 35, 2*d + 8), quo(x**3+c*x, 2*x+2))
print(div(x**3 + 1, 2*x + 1))
print(div(6*x**5 + 3, 4*x + 8))
a, b, z = symbols('a b z')
tests = [(x**3*y + x*y**2 + 1, x*y + 1), (x**2*y + y**3, y*x - 1), (a*x**2 + b*x + c, x - 2), (x**2 + y**2, x + y), (x**2*y**2 + x, 2*x*y + 3), (y**3 + x*y, x + y**2), (a**2*b + b**3 + a, a*b + b**2), (x**4 - y**4, x**2 - y), (3*x*y**2 + 2*y, 6*y + 4*x), (z*x**2 + y, 2*z*x)]
for f, g in tests:
    print(div(f, g), rem(f, g), quo(f, g))
    try: print(exquo(f, g))
    except Exception as e: print(type(e).__name__)
