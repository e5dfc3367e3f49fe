from sympy import *
x, y = symbols('x y')
p = symbols('p', positive=True)
n = symbols('n', integer=True)
print(Q.prime(7), repr(Q.even), type(Q.prime(7)).__name__, ask(Q.rational(sqrt(2))), ask(Q.composite(9)), ask(Q.integer(n)), ask(Q.even(n)), ask(Q.nonnegative(p)), ask(Q.zero(0)))
print(ask(Q.real(I)), ask(Q.imaginary(2*I)), ask(Q.finite(oo)), ask(Q.irrational(pi)), ask(Q.negative(-3)), Q.positive, ask(Q.prime(7)), ask(Q.even(4)), ask(Q.positive(x)), ask(Q.odd(9)))
print(ratsimp((x**2 - 1)/(x - 1)), ratsimp(1/x + 1/y), ratsimp((x**2 + 1)/x), ratsimp(x/(x + 1) + 1/(x + 1)), ratsimp(sin(x)/x + 1), ratsimp(Rational(3, 6)), ratsimp((x**3 + 2*x + 1)/(x**2 + 1)))
print(series(sin(x), x, 0, 0), sqrtdenest(sqrt(x + 1 + sqrt(2))), Derivative(f(x), x).subs(f(x), x**2) if False else '')
for bad in [lambda: series(sin(x), x, 0, -1), lambda: Limit(x, x, 0, 'q'), lambda: exquo(x**2, x - 1), lambda: Q.nonexistent]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
