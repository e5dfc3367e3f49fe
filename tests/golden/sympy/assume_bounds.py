from sympy import *
# signs of sums from the nearest value of their symbols (sympy's _monotonic_sign): k - 1 >= 0 for
# a positive integer k, k**2 + k - 2 >= 0, a prime minus 2...; Min/Max comparing through them
k, j = symbols('k j', integer=True, positive=True)
n = Symbol('n', integer=True, nonnegative=True)
p, q = symbols('p q', positive=True)
x = Symbol('x', real=True)
t = Symbol('t', nonnegative=True)
g = Symbol('g', negative=True)
gi = Symbol('gi', integer=True, negative=True)
pr = Symbol('pr', prime=True)
e = Symbol('e', even=True, positive=True)
o = Symbol('o', odd=True, positive=True)
c = Symbol('c', composite=True)
for z in [k - 1, k - 2, k - Rational(1, 2), n - 1, n + 1, p - 1, k**2 - 1, 2*k - 2, 2*k - 3, k + p - 1,
          k - 1 + x**2, k**2 + k - 2, k**2 - k, n**2 - 1, k*p - 1, 1 - k, 2 - k, k/2 - Rational(1, 2),
          k + j - 2, k*j - 1, pr - 2, pr - 3, e - 2, e - 3, o - 1, o - 2, c - 4, c - 5, g + 1, gi + 1,
          gi + 2, k**3 - 1, k**2 - 2*k + 1, k**2 - 3*k + 2, 3*k - 3, k**2 + 1, t - 1, t + 1, p**2 - 1,
          1/k - 1, k*p - p, (k - 1)*p, n**2 + n - 1, k**2 + 2*k - 3, -k**2 + 1, -k**2 - k + 2]:
    print(z, z.is_positive, z.is_nonnegative, z.is_negative, z.is_nonpositive)
print(Max(k, 1), Min(k, 1), Max(k, 2), Max(n, 0), Min(n, 0), Max(pr, 2), Max(e, 2), Max(2*k, 2))
print(Max(k**2, k), Min(k**2, k), Max(p**2, p), Max(2*p, p), Max(p*q, p), Max(k*p, p), Min(k*p, p))
print(Max(k**3, k**2), Max(n**2, n), Max(k**2, 2*k), Max(p + 1, p), Min(1/k, 1), Max(1/k, 1), Min(k - 1, 0))
# a product is solved factor by factor; only denominators reject a factor's roots
u = Symbol('u')
for v in (x, u, p):
    for f in [v*(2*log(v) + 1), v*log(v), v*(exp(v) - 2), sin(v)*(v - 1), v*log(v + 1), (v - 1)*log(v), v/log(v)]:
        print(f, solve(f, v))
