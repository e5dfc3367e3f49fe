from sympy import *
x, y, z = symbols('x y z')
print(simplify(Eq(2*x + 4*y, 6)), simplify(x**2 + 2*x > 3), simplify(Eq(x**2+2*x, 3)), simplify(2*x + 3*y < 2*x))
print(simplify(Ne(x + 1, 3)), simplify(Eq(-x, y)), simplify(Eq(x, -y)), simplify(3 > 2), simplify(Eq(2*x+2*y, 0)))
print(Eq(x, 1).canonical, (x > 1).reversedsign, (x > 1).negated, (2 < x).canonical, Eq(-x, -y).canonical, (y < x).canonical)
print(simplify(Eq(x + 1.5, 2.0)), simplify(Eq(2*x*y, 4)), simplify(Ge(4*x**2, 8)), simplify(Eq(sqrt(2)*x, 2)))
print(simplify(Eq(sin(x)**2 + cos(x)**2, x)), simplify(Lt(x, x+1)), simplify(Eq(x*(x+1), x**2)))
