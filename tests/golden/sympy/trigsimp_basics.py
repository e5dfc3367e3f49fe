# trigsimp (sympy's futrig): ratios to tan, Pythagorean identities, double angles both ways,
# products to sums, sums of angles, reciprocal functions, and the same inside simplify
from sympy import symbols, sin, cos, tan, cot, sec, csc, sqrt, pi, trigsimp, simplify, Rational, exp, diff

x, y, t, a = symbols('x y t a')
cases = [
    sin(x)/cos(x), cos(x)/sin(x), 2*sin(x)*cos(x), sin(x)*cos(x), 1 - sin(x)**2, 1 - cos(x)**2,
    cos(x)**2 - sin(x)**2, sin(x)**2/cos(x)**2, tan(x)*cos(x), cot(x)*sin(x), tan(x)*cot(x),
    1 + tan(x)**2, 1 + cot(x)**2, sec(x)**2 - tan(x)**2, csc(x)**2 - cot(x)**2,
    sin(x)*cos(y) + cos(x)*sin(y), cos(x)*cos(y) - sin(x)*sin(y), cos(x)*cos(y) + sin(x)*sin(y),
    sin(x)*cos(y) - cos(x)*sin(y), sin(2*x)/sin(x), 2*cos(x)**2 - 1, 1 - 2*sin(x)**2,
    sin(x)**4 - cos(x)**4, sin(x)**4 + 2*sin(x)**2*cos(x)**2 + cos(x)**4, sin(x)/(1 + cos(x)),
    sin(x) + cos(x), sin(x) - cos(x), sqrt(3)*sin(x) + cos(x), cos(x) - sin(x), a*sin(x)**2 + a*cos(x)**2,
    sin(x)**3 + sin(x)*cos(x)**2, tan(x) + cot(x), 1/(1 + tan(x)**2), sin(x)*tan(x) + cos(x),
    sin(x)**2*cos(x)**2, sin(2*x)**2 + cos(2*x)**2, cos(2*x) + 2*sin(x)**2,
    sin(3*x)*cos(x) - cos(3*x)*sin(x), (sin(x) + cos(x))**2, (sin(x) + cos(x))**2 - 1,
    exp(x)*sin(x)**2 + exp(x)*cos(x)**2, csc(x)/sin(x) - cot(x)/tan(x), tan(x)*sec(x) - 1,
    2*tan(x)/(1 + tan(x)**2), (1 - tan(x)**2)/(1 + tan(x)**2), cos(x)**2/(1 + sin(x)),
    sqrt(sin(x)**2 + cos(x)**2), 4*sin(x)*cos(x)*cos(2*x), sin(x + y) - sin(x)*cos(y),
    3*sin(x/2)*csc(x)*sin(y), sqrt(3)*csc(pi/3 - x)/sin(x - y), (1 - cos(x))*(1 + cos(x)),
]
for e in cases:
    print(trigsimp(e), '|', simplify(e))
print(simplify(1/(1 - tan(x)**2) + 1/(1 - cot(x)**2)))
print(simplify(sqrt(diff(3*sin(t/4), t)**2 + diff(3*cos(t/4), t)**2)))
print(simplify(sqrt(1 - sin(x)**2)), simplify(sin(3*pi)/cos(3*pi)))
print(trigsimp(Rational(9, 16)*sin(t/4)**2 + Rational(9, 16)*cos(t/4)**2))
print((sin(x)**2 + cos(x)**2 + x).trigsimp())
