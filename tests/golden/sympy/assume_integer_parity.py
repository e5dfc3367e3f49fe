from sympy import *
# is_integer / is_even / is_odd of sums, products and powers of integer, even and odd symbols
n, m = symbols('n m', integer=True)
o, o2 = symbols('o o2', odd=True)
e, e2 = symbols('e e2', even=True)
x = Symbol('x', real=True)
k = Symbol('k', integer=True, positive=True)
for z in [n + sqrt(2), n + pi, n + x, n + I, n + S.Half, 2*n + S.Half, n + m/2, n + o/2,
          o/2 + S.Half, n + 0.5, n/2, o/2, 3*o/2, o/4, o/6, e/2, e/4, o/3, n/o, o/e, o/(2*n),
          e*o/2, e/o, 2/o, 1/o, 1/e, 1/(k + 1), 1/n, o**2/2, n**2/2, o*o2/2, e**2/4, e*e2/4,
          Rational(3, 2)*e, e/6, e*x/2, n**2 + S.Half]:
    print(z, z.is_integer, z.is_rational)
for z in [e**2/2, o**2, o**n, o**k, o**e, (o + e)**2, e**2, e**k, e**n, 2**k, 3**k, n*(n + 1),
          n*(n - 1), n*(n + 2), (n + 1)*(n + 3), m*n*(n + 1), 2*n*(n + 1), n*(m + 1), o*(o + 1),
          (n + 1)*(n + 2), n*(n + 1)/2, n**2 + n, o + o2, e*o + o, 2*n + Rational(3, 2)]:
    print(z, z.is_integer, z.is_even, z.is_odd)
