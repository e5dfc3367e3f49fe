# sec(x) = t and csc(x) = t: -+acos(1/t) and asin(1/t), +-pi - asin(1/t), as sympy finds them
from sympy import symbols, solve, sec, csc, sqrt

x = symbols('x')
for e in [sec(x) + 1, csc(x) + 2, sec(x) - sqrt(2), csc(x) - 2]:
    print(e, solve(e, x))
