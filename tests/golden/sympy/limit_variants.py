from sympy import *
x, y, a, b, t, n = symbols('x y a b t n')
k = symbols("k", positive=True)
r = symbols("r")
tests = [
    'limit((x**2+3*x)/(2*x**2-1), x, oo)',
    'limit((1+3/x)**(2*x), x, oo)',
    'limit((x/(x+1))**x, x, oo)',
    'limit(x*(exp(1/x)-1), x, oo)',
    'limit(sin(2*x)/sin(3*x), x, 0)',
    'limit((1-cos(2*x))/x**2, x, 0)',
    'limit(x**2*log(x), x, 0)',
    'limit(sqrt(x)*log(x), x, 0)',
    'limit((log(x))**2/x, x, oo)',
    'limit(x**3*exp(-x**2), x, oo)',
    'limit(sqrt(4*x**2+x)-2*x, x, oo)',
    'limit(sqrt(x**2+2*x)-sqrt(x**2-2*x), x, oo)',
    'limit((3**x-1)/x, x, 0)',
    'limit(atan(x)/x, x, 0)',
    'limit(asin(x)/x, x, 0)',
    'limit((exp(x)-exp(-x))/x, x, 0)',
    "limit(1/(x-2), x, 2, '+')",
    'limit(x/(x-2)**2, x, 2)',
    'limit(exp(-x)*x**5, x, oo)',
    'limit(cos(x)/x, x, oo)',
    'limit((x+sin(x))/x, x, oo)',
    'limit(n*(2**(1/n)-1), n, oo)',
    'limit((n**2+1)/(n+1)-n, n, oo)',
    'limit(sqrt(n+1)/sqrt(n), n, oo)',
    'limit(log(n)/log(2*n), n, oo)',
    'limit((2*n+1)/(3*n-2), n, oo)',
    'limit(n/2**n, n, oo)',
    'limit(x*tan(1/x), x, oo)',
    'limit((x**2-1)/(x+1), x, -1)',
    'limit(tan(x)/sin(x), x, 0)',
    'limit(log(cos(x))/x**2, x, 0)',
    'limit((1+sin(x))**(1/x), x, 0)',
    'limit(x**(1/log(x)), x, oo)',
    'limit(exp(x)/exp(2*x), x, oo)',
    "limit(sign(x), x, 0, '-')",
    "limit(floor(x), x, 2, '-')",
    "limit(1/x**3, x, 0, '-')",
]
for tt in tests:
    try:
        print(tt, '=>', eval(tt))
    except Exception as e:
        print(tt, '=>', type(e).__name__, e)
