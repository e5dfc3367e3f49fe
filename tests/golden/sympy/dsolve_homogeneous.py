from sympy import *
x = symbols('x')
f = Function('f')
D = lambda n: f(x).diff(x, n) if n else f(x)
# constant coefficients: real, repeated, complex and irrational roots, collected as sympy does
for c in [[1, -3, 2], [1, 0, -1], [1, 1, -6], [1, -4, 4], [1, 2, 5], [1, 0, 4], [1, -1, 0], [2, -3, 1], [1, 2, -1],
          [1, 1, 1], [1, 0, 0, -1], [1, -6, 11, -6], [1, -3, 3, -1], [1, 0, 2, 0, 1], [1, 2, 1, 0], [1, 0, -3, 2]]:
    n = len(c) - 1
    print(c, dsolve(sum(ci*D(n - i) for i, ci in enumerate(c)), f(x)))
print(dsolve(Eq(f(x).diff(x), 3*f(x)), f(x)), dsolve(Derivative(f(x), x, 2) + 9*f(x)))
