from sympy import *
x, y, a, b = symbols('x y a b')
w = Symbol('width', positive=True)
h = Symbol('height', positive=True)
# solutions sorted by their (unknown, value) items in the unknowns' canonical order
print(solve([w * h - 15, 2 * (w + h) - 16], [w, h], dict=True), solve([w * h - 15, 2 * (w + h) - 16], [w, h]))
print(solve([a * b - 15, 2 * (a + b) - 16], [a, b], dict=True), solve([b * a - 15, 2 * (a + b) - 16], [b, a], dict=True))
print(solve([b * a - 15, 2 * (a + b) - 16], [b, a]), solve([y * x - 6, x + y - 5], [y, x]))
# the held-back unknown from the common root of the equations at algebraic values
s = solve((Eq(x**2 + y**2, 7), Eq(x**3 + y**3, 10)), (x, y))
print(s)
print([simplify(p[0] + p[1]) for p in s])
print(solve([x**2 + y**2 - 10, x*y - 3], [x, y]), solve([x**2 - y - 1, x + y**2 - 4], [x, y]) == solve([x**2 - y - 1, x + y**2 - 4], [x, y]))
