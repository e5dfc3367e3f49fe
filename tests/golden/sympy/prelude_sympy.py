# request: {"prelude": "sympy"}
x = symbols('x')
print(solve(x ** 2 - 4, x), math.sqrt(16), pi)
