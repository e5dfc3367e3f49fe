from sympy import *
x, y, z, a, b, c = symbols('x y z a b c')
A, M, R = symbols('A M R')
# equations free of the unknowns are dropped
print(solve((Eq(R, A + 45), Eq(R, 80)), A), solve([x + y - 3, y - 1], x))
print(solve([x + y - 3, y - 1, z - 2], x), solve([x ** 2 + y - 3, y - 1], x))
print(solve([x ** 2 + y - 3, y - 1], x, dict=True), solve([x + z - 3, y - 1, x - z], [x, z]))
print(solve([x - 1, y ** 2 - 1], x), solve([x ** 2 - 1, sin(y)], x), solve([x - 1, y - 1, z], [x, z]))
# a remaining condition on the parameters is no solution
print(solve([x ** 2 + y - 3, x - 1], x), solve([x + y - 3, x - y - 1], x), solve([x - 1, x * y - 1], [x]))
# back-substitution through algebraic values
print(solve([x ** 2 + z - 3, x - z], [x, z]), solve([x ** 2 + z - 3, y - 1, x - z], [x, z]))
print(solve([x * y - z, x + y - 3], [x, y]), solve([x ** 2 + y ** 2 - 3, x - y], [x, y]))
# non-symbols solved for through a Dummy
print(solve(2 * x * y - 40, x * y), solve(x ** 4 + x ** 2 - 6, x ** 2), solve(sin(x) ** 2 - sin(x), sin(x)))
print(solve(a ** 2 * x / b ** 2 + 1, b ** 2), solve([x * y - 6, x + y - 5], [x * y, x]), solve(x ** 2 + x + 1, x ** 2))
# a Matrix is the system of its entries
print(solve(Matrix([x - 1, y - 2]), [x, y]), solve(Matrix([[x - 1, y - 2], [x + y - 3, 0]]), [x, y]))
print(solve(Matrix([x - 1, y - 2])), solve(Matrix([x ** 2 - 1, y - 2]), [x, y]), solve([Matrix([x - 1, y - 2])], [x, y]))
print(solve(Matrix([[1 - 5 * x, x - x * z], [14.0 - 1.4 * y, 2.8 * z - 0.1 * y - 1.8]]), (x, y, z)))
# undetermined coefficients
print(solve(a * x + b - 3 * x - 2, (a, b)), solve(a * x + b - 3 * x - 2, a, b), solve(a * x + b, [a, b]))
print(solve(Eq(a * x ** 2 + b * x + c, 2 * x ** 2 - 3), [a, b, c]), solve(a * x + b - x, [a]))
print(solve(a ** 2 * x + b - x, [a, b]), solve(a * x + b * y - 3 * x - 2 * y, [a, b]), solve(a * x + a - b * x, [a, b]))
print(solve(a * b - c, [a, b]), solve(x + y - z, [x, y]), solve(x + y - z, x, y))
print(solve(a * x + b - 3 * x - 2, (a, b), dict=True), solve((a * x + b) / (x + 1) - 3, (a, b)))
print(solve(a * sin(x) + b * cos(x) - 2 * sin(x), (a, b)), solve(a * x + b * x - 3 * x + 1, (a, b)))
q, r = div((a * x + b) * (x ** 5 + 1) - (5 * x + 1), x ** 2 + 1)
print(solve(r, (a, b)))
# one equation, several unknowns: linear ones first
print(solve((y - 1) * (x ** 2 - 4), [x, y]), solve(x + y - 3, [x, y]), solve(x * y - 3, [x, y]))
print(solve(x ** 2 + y ** 2 - 3, [x, y]), solve(x ** 2 + y - 3, [x, y]), solve(x ** 2 + y - 3, x, y))
print(solve(x ** 2 + y ** 2 - 3, x, y), solve(x ** 2 + y ** 2 - 3), solve(x ** 2 - 4 * x * y + 3 * y ** 2, x, y))
print(solve(x ** 2 - 4 * x * y + 3 * y ** 2, [x, y], dict=True), solve(sqrt(x) + y - 3, [x, y]), solve(exp(x) + y ** 2, [x, y]))
