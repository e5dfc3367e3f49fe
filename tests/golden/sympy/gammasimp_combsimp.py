# gammasimp / combsimp and simplify of ratios of gamma functions, factorials and binomials
from sympy import symbols, gamma, factorial, binomial, gammasimp, combsimp, simplify, Rational, sin

x, y, k = symbols('x y k')
n, m = symbols('n m', integer=True)
cases = [
    gamma(x + 1)/gamma(x), gamma(x + 2)/gamma(x), gamma(x)/gamma(x + 3), gamma(x + 3)/gamma(x + 1),
    factorial(n + 1)/factorial(n), factorial(n)/factorial(n - 2), factorial(n + 2)/factorial(n),
    factorial(n)/factorial(n + 1), factorial(2*n + 2)/factorial(2*n), binomial(n + 1, k)/binomial(n, k),
    binomial(n, k)/binomial(n, k - 1), binomial(n + 1, k + 1)/binomial(n, k), binomial(n, 2),
    factorial(n + 1)/factorial(n - 1), x*gamma(x)/gamma(x + 2), factorial(n)**2/factorial(n - 1)**2,
    factorial(n + 1)/(n + 1), 2*factorial(n)/factorial(n - 1), factorial(n)/factorial(m),
    factorial(n + 1)/factorial(n) + 1, gamma(x)*gamma(1 - x), gamma(x)/gamma(y), x*gamma(x),
    gamma(x + 1)/x, factorial(n)/n, factorial(n + 1)*factorial(n - 1)/factorial(n)**2, binomial(n, 3),
    gamma(x + Rational(1, 2))/gamma(x - Rational(1, 2)), factorial(n)*(n + 1),
    factorial(n)/factorial(n - 1) + factorial(n + 1)/factorial(n), gamma(n + 1)/factorial(n),
    binomial(2*n, n)/binomial(2*n - 2, n - 1), sin(x)*gamma(x + 1)/gamma(x),
]
for c in cases:
    print(c, '|', combsimp(c), '|', gammasimp(c), '|', simplify(c))
