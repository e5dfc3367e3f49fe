from sympy import *
x = symbols('x', positive=True)
r = symbols('r', real=True)
print(solve(Eq(1593*(1 + x/100)**3, 4719), x), solve(Eq(1557*(1 + x/100)**3, 5785), x))
print(solve(Eq(1000*(1 + x)**2, 1210), x), solve(Eq(2*(r + 1)**3, 7), r), solve(r**3 - 5, r))
print((3*(-S.Half - sqrt(3)*I/2)).is_real, (2*(1 + I)).is_real, (x*(1 + I)).is_real)
