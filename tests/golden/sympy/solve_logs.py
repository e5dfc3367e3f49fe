# Sums of logarithms combined into one equation (roots outside the logs' domain rejected by the
# check), and powers whose roots lie on several complex branches.
from sympy import symbols, solve, log, Rational

x = symbols('x')
for e in [log(x) + log(x - 1) - log(2), log(x, 2) + log(x - 2, 2) - 3, log(x - 1) + log(x + 1) - log(8),
          log(x, 3) + log(x - 8, 3) - 2, log(x) + log(x + 1) - 1,
          2*log(x) - log(x + 6), log(x, 10) + log(x - 3, 10) - 1, log(x) + log(x - 1),
          log(x) - log(x - 1) - log(3), log(x, 2) + log(x, 4) - 3, log(x**2 + 1) - log(x + 1) - log(2),
          log(x + 2) + log(x - 2) - log(5), log(x)/2 + log(x - 3)/2 - 1,
          log(x, Rational(1, 2)) + log(x - 1, Rational(1, 2)) + 1]:
    print(e, solve(e, x))
for e in [27**x - 9, 4**(x - 1) - 1, 8**(-x) - Rational(1, 4)]:
    print(e, solve(e, x))
