from sympy import *
x, y, z, a = symbols('x y z a')
A, b = linear_eq_to_matrix([x + y - 3, x - y - 1], [x, y])
print(A, b)
print(linear_eq_to_matrix([Eq(2*x + 3*y, 5), Eq(x - z, a)], x, y, z))
print(linear_eq_to_matrix(3*x + 2, x), linear_eq_to_matrix([x/2 + y, 2*y - x + 1], (x, y)))
print(ZZ, QQ, RR, Poly(x**2 + 1, x, domain=QQ), Poly(x**2/2 + 1, x, domain=QQ), repr(QQ))
