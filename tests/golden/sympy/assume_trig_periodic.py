from sympy import *
# integer multiples of pi inside trig and exp arguments (symbols with integer/even/odd assumptions)
x = symbols('x', real=True)
n, m = symbols('n m', integer=True)
e, o = Symbol('e', even=True), Symbol('o', odd=True)
u = Symbol('u')
args = [n*pi + x, 2*n*pi + x, 2*n*pi + x + pi/2, 4*n*pi + x, n*pi/2 + x, 2*pi*m*n + x, e*pi + x,
        o*pi + x, 2*n*pi, 2*n*pi + pi/3, 3*n*pi + x, 2*n*pi + u, Rational(2, 3)*n*pi + x, n*pi,
        e*pi/2, o*pi/2, (2*n + 1)*pi/2, 2*n*pi + 2*m*pi + x, (n + Rational(3, 4))*pi + x]
for f in (sin, cos, tan, cot, sec, csc):
    print(f.__name__, [f(a) for a in args])
print([exp(a) for a in [2*pi*I*n, I*pi*n, 2*pi*I*n + x, 4*pi*I*n, pi*I*e, pi*I*o,
                        2*pi*I*n + pi*I, I*pi*n/2, 2*pi*I*n*m, I*pi*(2*n + S.Half)]])
print([Mod(a, S.Half) for a in [n, n + Rational(1, 3), n + Rational(3, 4), 2*n/3, n/2 + S.Half]])
print(Mod(x + 5, 3), Mod(2*n + x + 7, 2), Mod(3*n + x + 7, 3), Mod(n*x + 5*n, 5), Mod(6*n + 5, 4))
