from sympy import *
x,y,z,a=symbols('x y z a')
p=symbols('p', positive=True)
for f in [x + y > 0, 2*x + y > 3, -x + y > 0, x - y <= 2*z, Ge(3*x, y + 1), Lt(-2*x + y, 4), x + y**2 >= 1, x*p > 1]:
    try: print(solve(f, x))
    except Exception as e: print('ERR', type(e).__name__, e)
for f in [x - y**2 <= 1, x + y**2 <= 1, -x + y**2 >= 1, -x - y**2 >= 1, x - 2*y >= 0, Le(x, y), Ge(x, y), x >= y**3, x < y, 2*x + 3*y <= 4*z + 1]:
    try: print(solve(f, x))
    except Exception as e: print('ERR', type(e).__name__, e)
