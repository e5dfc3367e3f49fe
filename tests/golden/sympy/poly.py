from sympy import *
x, y, a, b = symbols('x y a b')
print(Poly(x**2 + 2*x + 1), Poly(x**2 / 2 + 1, x), Poly(0.5*x + 1, x), Poly(x**2 + y*x, x), Poly(x**2 + y*x))
print(Poly(sqrt(2)*x + 1, x), Poly(pi*x + 1, x), Poly(sqrt(2)*x + 1), Poly(x/y + 1, x), Poly(x*sin(y) + 1, x))
print(Poly(2.5*x**2 + y, x), Poly(x**2*y/3 + 1, x), Poly(-x**2 - 3*x, x), Poly(-x**2 + a*x - b, x), Poly((a + 1)*x**2 - x, x))
p = Poly(3*x**3 - x + 2, x)
print(p.coeffs(), p.all_coeffs(), p.degree(), p.LC(), p.TC(), p.eval(2), p(2), p.as_expr(), p.gens, p.domain, p.terms(), p.monoms())
print(p * 2, p + Poly(x, x), p - x, x * p, 2 + p, -p, p ** 2, p / (x + 1), p == Poly(3*x**3 - x + 2, x), p.diff(x))
print(Poly(x**4 - 1, x).factor_list(), factor_list(2*x**3 - 2*x), degree(x**3 + 1, x), degree(x**5 + x), LC(3*x**2 + 1))
print(Poly(x**2 + 3*x, x).coeff_monomial(x), Poly(x**3 - 1, x).nroots(), Poly(x**2 - 2, x).real_roots(), Poly(x**4 - 1, x).all_roots())
print(Poly(x**2 + 1, x).count_roots(), Poly((x - 1)**2, x).count_roots(), real_roots(x**3 - x), nroots(x**2 - 2))
print(Poly(x**2 + 1, x).rem(Poly(x + 1, x)), Poly(x**3 + 1, x).div(Poly(x + 1, x)), Poly(x**2 + y**3).as_dict(), Poly(2*x**2 + 4, x).monic())
print(poly(x**2 + 1), Poly(x, x, domain='ZZ'), Poly(x*y + 1, x, y), Poly(3, x), Poly(x**2 + 1, x).is_irreducible, Poly(x**2 + 1, x).subs(x, 2))
try:
    Poly(1/x + x, x)
except Exception as e:
    print(type(e).__name__, e)
