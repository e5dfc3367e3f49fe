from sympy import *
x, y, z = symbols('x y z')
print(cyclotomic_poly(6, x), cyclotomic_poly(12, x), cyclotomic_poly(1), cyclotomic_poly(5, 2), cyclotomic_poly(15, x, polys=True))
print(chebyshevt_poly(4, x), chebyshevu_poly(3, x), legendre_poly(3, x), hermite_poly(3, x), hermite_prob_poly(3, x), laguerre_poly(3, x))
print(chebyshevt_poly(0), legendre_poly(2), symmetric_poly(2, x, y, z), symmetric_poly(1, [x, y]), symmetric_poly(0, x, y), swinnerton_dyer_poly(2, x))
print(real_root(-8, 3), real_root(27, 3), real_root(-32, 5), real_root(16, 4), real_root(-2, 3), real_root(Rational(-1, 8), 3), real_root(8.0, 3))
print(interpolating_poly(3, x), interpolating_poly(2, x, [1, 2], [3, 5]))
print(legendre_poly(4, Rational(1, 2)), chebyshevt_poly(3, 2), jacobi_poly(2, 1, 1, x) if False else '', laguerre_poly(2, x, alpha=1) if False else '')
