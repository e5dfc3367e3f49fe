# solve with tan/cot beside sin, cos, sec, csc: candidates in (-pi, pi], or (-2*pi, 2*pi] when the
# equation is odd in the half angle, each checked in the equation
from sympy import symbols, solve, sin, cos, tan, cot, sec, sqrt, Rational

x = symbols('x')
eqs = [
    tan(x) + sec(x) - 2*cos(x), tan(x) - sin(x), tan(x) - 2*sin(x), tan(x) + cot(x) - 2,
    tan(x) - cot(x), sin(x) - tan(x)*cos(x), tan(x)*cos(x) - Rational(1, 2), cot(x) + tan(x) - 4,
    tan(x)**2 - sec(x) - 1, cot(x) - sqrt(3), cot(x) + 1, cot(2*x) - 1, tan(x)*sin(x) + cos(x) - 2,
    tan(x)*cot(x) - 1, cos(x)*tan(x) - 1,
]
for e in eqs:
    print(e, solve(e, x))
print(len(solve(tan(x) + sec(x) - 2*cos(x), x)))
