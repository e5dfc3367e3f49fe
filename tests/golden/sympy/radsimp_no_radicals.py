# radsimp leaves a denominator without radicals as it was (no sign change), so simplify(-1/(1 - E)) is 1/(-1 + E) as sympy (sympy 1.14).
from sympy import *
x=symbols("x")
print(radsimp(1/(-1+E)), radsimp(1/(-1+E), symbolic=False, max_terms=1), radsimp(1/(E-pi)), radsimp(1/(x-1)), radsimp(1/(1-x)), radsimp(2/(-3+pi)), radsimp(1/(-1+sqrt(2))), radsimp(1/(1-sqrt(2))))
print(simplify(-1/(1 - E)), simplify(1/(1-x)), simplify(-1/(1-x)), simplify(2/(1-pi)), solve(x + 1 - E*x, x), simplify(-1/(2 - sqrt(2))))
