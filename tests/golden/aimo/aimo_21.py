# request: {"prelude": "sympy"}
# ---- divisors_sympy
print(divisors(360))
print([n for n in range(1, 100) if sum(divisors(n)) - n == n])
print(proper_divisors(28), divisor_count(2**5 * 3**3), primefactors(360))
# ---- multiplicity_valuation
print(multiplicity(2, math.factorial(100)), multiplicity(5, math.factorial(100)))
v = 0
n = math.factorial(1000)
while n % 10 == 0:
    n //= 10; v += 1
print(v)
# ---- sympy_int_float_err
x = symbols('x', real=True)
vals = solve(x**2 - 2, x)
print(vals)
print(math.sqrt(vals[1]))
print(math.floor(vals[1] * 100))
# ---- range_sympy_err
n = Integer(10)
print(list(range(n)))
k = Rational(10, 2)
print(list(range(k)))
# ---- matrix_ops2
A = Matrix([[2, 1], [1, 3]])
print(A.eigenvects())
print(A.charpoly().as_expr(), A.rank(), A.T, A * A.inv())
v = Matrix([1, 2])
print(A * v, v.dot(v), A.solve(Matrix([3, 5])))
# ---- str_int_add
print(5 + "5")
