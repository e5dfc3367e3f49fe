from sympy import *
r,s,x,a,b=symbols('r s x a b')
for e in [x**2 - 5*a*x + 6*a**2, x**2 + a*x + a**2, x**2 - a*x - a**2, x**2 + 2*a*x - 2*a**2, 2*x**2 + 3*a*x - a**2, x**3 - a**3, x**3 + a*x**2 + a**2*x + a**3,
          x**2 - 2*a*b*x + 3*a**2*b**2, x**2 + a**2, x**2 - 2*a, x**4 + a**2*x**2 + a**4, x**2 + b*x + a]:
    try: print(e, solve(e, x), roots(e, x))
    except Exception as ex: print(e, 'ERR', type(ex).__name__)
print(solve(Eq(r + s, r*s/(r + s)), s), solve(s**2 - 4*r*s + 4*r**2, s), solve(x**2 - 3*a*b*x + 2*a**2*b**2, x))
print(solve(x**3 - 6*a*x**2 + 11*a**2*x - 6*a**3, x), solve(9*x**2 - a**2, x))
