from sympy import *
x, y, z, a = symbols('x y z a')
# expand through polynomial arithmetic: radicals, I, constants and functions as generators
print(expand((x + sqrt(2)) ** 4), expand((I + x) ** 5), expand((x + 1 / x) ** 3))
print(expand((sqrt(2) + sqrt(3) + x) ** 3), expand((x + pi) ** 2 * (x - E)))
print(expand((sin(x) + cos(y) + 1) ** 3), expand((2 ** Rational(1, 3) + x) ** 4))
print(expand((x + 2 * y + 3) ** 6).coeff(x, 2), expand((x + y) ** 20).coeff(y, 10))
print(expand((x + Rational(1, 3)) ** 5 * (y - Rational(2, 7)) ** 2))
print(expand(exp(x) * (exp(y) + 1) ** 2), expand((sqrt(x) + 1) ** 4))
# linear systems: exact rational elimination, free unknowns, no solution, parameters
print(solve([x + y - 2, x - y + z], [x, y, z]), solve([x + y - 2, 2 * x + 2 * y - 4], [x, y]))
print(solve([x + y - 2, x + y - 3], [x, y]), solve([x / 2 + y / 3 - 1, x - y], [x, y]))
print(solve([x + 2 * y + 3 * z - 1, 4 * x + 5 * y + 6 * z - 2, 7 * x + 8 * y + 9 * z - 3], [x, y, z]))
print(solve([a * x + y - 1, x - y], [x, y]), solve([x + y, x - y], dict=True))
print(solve([Rational(3, 7) * x + y - z, y - 2], [x, y, z]), solve([x - 1, y - 2, x + y - 4], [x, y]))
print(solve([2 * x + 0.5 * y - 3, x - y], [x, y]))
# the roots of quadratics, simplified one by one
print([solve(k * x ** 2 + 3 * x - 2 * k, x) for k in (1, 2, 7)], solve(x ** 2 + x + 1, x))
print(simplify(Rational(3, 7) - Rational(2, 3) * sqrt(12)), simplify(-Rational(1, 2) + sqrt(3) * I / 2))
