from sympy import *
x, y, a, b, t, n = symbols('x y a b t n')
k = symbols("k", positive=True)
r = symbols("r")
tests = [
    'limit((x**3-27)/(x-3), x, 3)',
    'limit((sqrt(x)-3)/(x-9), x, 9)',
    'limit(sin(5*x)/sin(2*x), x, 0)',
    'limit((1-cos(x))/(x*sin(x)), x, 0)',
    'limit(x*cot(x), x, 0)',
    'limit((exp(3*x)-1)/(exp(x)-1), x, 0)',
    'limit(log(x)/(x-1), x, 1)',
    "limit((x**x-1)/x, x, 0, '+')",
    'limit(x**(1/(1-x)), x, 1)',
    'limit((1+2*x)**(1/x), x, 0)',
    'limit((cos(x))**(1/x**2), x, 0)',
    'limit((2*x**3-x)/(x**3+5), x, oo)',
    'limit((x**2+1)/(x**3-1), x, -oo)',
    'limit(exp(-x**2)*x**10, x, oo)',
    'limit(log(x)**3/sqrt(x), x, oo)',
    'limit(x**2/2**x, x, oo)',
    'limit((1+1/x)**(x/2), x, oo)',
    'limit((1-2/x)**(3*x), x, oo)',
    'limit(((x+2)/(x-1))**x, x, oo)',
    'limit(sqrt(x**2+4*x)-x, x, oo)',
    'limit(sqrt(x**2+4*x)+x, x, -oo)',
    'limit(x - sqrt(x**2-1), x, oo)',
    'limit((x**(Rational(1,3)) - 2)/(x-8), x, 8)',
    "limit(tan(x)-1/cos(x), x, pi/2, '-')",
    "limit(1/(1+exp(1/x)), x, 0, '+')",
    "limit(1/(1+exp(1/x)), x, 0, '-')",
    "limit(x*exp(1/x), x, 0, '-')",
    'limit(atan(x)/x, x, oo)',
    'limit(exp(x)/(exp(x)+1), x, oo)',
    'limit(exp(x)/(exp(x)+1), x, -oo)',
    'limit((exp(x)+exp(-x))/(exp(x)-exp(-x)), x, oo)',
    'limit(log(1+exp(x))/x, x, oo)',
    'limit(n*log(1+1/n), n, oo)',
    'limit((n**3+2*n)/(4*n**3+1), n, oo)',
    'limit(n**2/(n+1) - n, n, oo)',
    'limit(sqrt(n**2+n)-n, n, oo)',
    'limit(3**n/4**n, n, oo)',
    'limit((2**n+3**n)**(1/n), n, oo)',
    'limit(sin(n)/n, n, oo)',
    'limit(n**(1/n**2), n, oo)',
    'limit(cos(1/n)**(n**2), n, oo)',
    'limit(n*(exp(1/n)-1), n, oo)',
]
for tt in tests:
    try:
        print(tt, '=>', eval(tt))
    except Exception as e:
        print(tt, '=>', type(e).__name__, e)
