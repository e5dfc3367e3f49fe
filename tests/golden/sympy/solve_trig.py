from sympy import *
x, y = symbols('x y')
for e in [sin(x) + cos(x) - 1, sin(x) - cos(x), 2*sin(x)*cos(x) - sin(x), sin(x)**2 - cos(x), sin(x) + cos(x), 2*cos(x)**2 + sin(x) - 1,
          cos(x) + sqrt(3)*sin(x) - 1, sin(x) - sqrt(3)*cos(x), Eq(sin(x), cos(x)), 3*sin(x) + 4*cos(x), sin(x)**2 - cos(x)**2, sin(x)*cos(x),
          2*sin(x)**2 - 3*cos(x), sin(2*x) + cos(2*x), sec(x) - 2*cos(x), csc(x) - 2*sin(x), sin(x) + cos(x) - sqrt(2), sin(x/2) - cos(x/2), 4*sin(x)*cos(x) - 1,
          sin(x)**2 + cos(x) - 1, cos(x)**2 - sin(x)**2 - S.Half]:
    try: print(e, '->', solve(e, x))
    except Exception as ex: print(e, '-> ERR', type(ex).__name__)
for e in [exp(x)*(x - 1), x*sin(x), (x - 1)*log(x), sqrt(x)*(x - 2), (x**2 - 4)*exp(-x), x*(x - 1)*sin(x), (sin(x) - S.Half)*cos(x), (x - 2)/(x*exp(x)),
          (2**x - 8)*(x - 1), x*exp(x), (x-1)*(sqrt(x) - 3), log(x)*(x**2 - 9)]:
    try: print(e, '->', solve(e, x))
    except Exception as ex: print(e, '-> ERR', type(ex).__name__)
print(atan(1 - sqrt(2)), atan(sqrt(3) - 2), asin(-S(1)/4 + sqrt(2)/4))
