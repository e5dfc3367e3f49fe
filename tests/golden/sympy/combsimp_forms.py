# combsimp answers with gamma when an argument is not known to be an integer, with factorials
# otherwise; sums term by term, or factored first
from sympy import symbols, factorial, binomial, gamma, combsimp, gammasimp, simplify
k = symbols('k')
n, m, r = symbols('n m r', integer=True, positive=True)
x = symbols('x')
for c in [factorial(n)/(factorial(k)*factorial(n-k)), binomial(n,k)*k/n, binomial(n,r)/binomial(n-1,r-1), factorial(n+3)/factorial(n+1)/(n+2),
          binomial(n, 1), binomial(n, 0), binomial(n+2, 2) - binomial(n, 2), factorial(n)*n + factorial(n),
          gamma(x+3)/(x+2), gamma(n)/gamma(n-2), (n+1)*factorial(n)/factorial(n+2), factorial(n-1)/factorial(n+1), 3*binomial(n,3)/binomial(n,2),
          factorial(n)**2/(factorial(n+1)*factorial(n-1)), binomial(x, 2), binomial(n, k)/factorial(n)]:
    print(c, '|', combsimp(c), '|', gammasimp(c), '|', simplify(c))
