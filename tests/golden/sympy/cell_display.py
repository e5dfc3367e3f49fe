# request: {"mode": "cell"}
from sympy import symbols, Eq, solve, Matrix
x, y = symbols('x y')
print(Matrix([[1, 2], [3, 4]]))
solve([Eq(x + y, 10), Eq(x - y, 2)], (x, y)), Matrix([[1, 2], [3, 4]])
