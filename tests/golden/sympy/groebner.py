# groebner(): reduced Groebner bases over ZZ (primitive) and QQ (monic) in lex, grlex and grevlex.
from sympy import symbols, groebner, Rational

x, y, z = symbols('x y z')
G = groebner([x**2 + y**2 - 25, x + y - 7], x, y, order='lex')
print(G)
print(list(G), len(G), G[0], G.exprs, G.gens, G.is_zero_dimensional)
print(groebner([x**2 + y**2 - 25, x + y - 7]))
print(groebner([x*y - 1, x**2 + y**2 - 4], x, y, order='grevlex'))
print(groebner([x*y - 1, x**2 + y**2 - 4], x, y, order='grlex'))
print(groebner([x**2/2 + y - Rational(1, 3), x - y], x, y))
print(groebner([x**2 + y, x*y + 1, z - x], x, y, z))
print(groebner([2*x**2 - 4, x*y - 2], x, y))
print(groebner([Rational(1, 2)*x**2 - 1], x))
print(groebner([x - 1, x - 2], x))
print(groebner([x + y, x - y], y, x))
print(groebner([x**3 - 2*x*y, x**2*y - 2*y**2 + x], x, y, order='grlex'))
print(groebner([x**2 + y*z - 2, y**2 + x*z - 3, z**2 + x*y - 5], x, y, z))
print(groebner([x**2 - y**3, x*y - 1], y, x, order='grevlex'))
for p in groebner([x**2 + y**2 - 1, x - y], x, y):
    print(p)
print(groebner([x**2*y + Rational(1, 3)*x - 2, x*y**2 - y], x, y, order='grevlex'))
