# Polynomial systems with more unknowns than equations: solved for the first unknowns by name,
# the others left free; radicands and polynomial values factored when they split.
from sympy import symbols, solve

x, y, z, a, b = symbols('x y z a b')
print(solve([x**2 + y**2 - 1], [x, y]))
print(solve([x*y - 6], [x, y]))
print(solve([x**2 - y], [x, y]))
print(solve([x + y**2 - 4], [x, y]))
print(solve([x*y + x - 3], [x, y]))
print(solve([x**2 + 2*x*y - 3], [x, y]))
print(solve([a*b - 2*a - b], [a, b]))
