from sympy import *
x, y, z, a, b, R, A = symbols('x y z a b R A')
f = Function('f')
# unknowns that are not symbols
print(solve(x - y - 2, x - y), solve(x - y - 2, x - y, dict=True), solve(f(x) - 2*x, f(x)))
print(solve(sin(x)**2 - Rational(1, 4), sin(x)), solve(x**2 - 4, x**2), solve([x + y - 3, x*y - 2], [x*y, x]))
print(solve([f(x) + y - 3, y - 1], [f(x), y]), solve(x + y + z - 3, y + z), solve(2*x*y - 4, x*y))
print(solve(a**2/b**2*x + 1, b**2), solve([x - y - 1, x + y - 5], x - y, x))
# equations without the unknowns are left out of a system
print(solve((Eq(R, A + 45), Eq(R, 80)), A), solve([x - 1, y - 2], x), solve([x - y, y - 3], x), solve([x - 1, 0], x))
print(solve([x - 1, 2], x), solve([Eq(y, 2)], x))
# matrices stand for their entries
print(solve(Matrix([x - 1, y - 2]), (x, y)), solve(Matrix([[x - 1, y - 2]])), solve([Matrix([x - 1]), y - 2]))
e = Eq(Matrix([x, 1]), Matrix([2, y]))
print(e, solve(e, [x, y]), solve(Eq(0.5*Matrix([1, -2]), Matrix([y/3, -2*y/3]))))
print(Eq(Matrix([1, 2]), Matrix([1, 2])), Eq(Matrix([1, 2]), Matrix([1, 3])), Eq(Matrix([1, 2]), 1), Eq(Matrix([1, 2]), Matrix([1, 2, 3])))
print([Matrix([x, 2])], (Matrix([1, 2]),), Eq(Matrix([[x, 2]]), Matrix([[1, 2]])))
# an inequality in one symbol is solved for it
print(solve(y > 0, x), solve(y**2 < 4, x), solve(x > 1, y), solve(2*x - 1 <= 3, [y]))
