from sympy import *
x, y, a, k, t = symbols('x y a k t')
tests = ['integrate(x**2+2*x, x)', 'integrate((x+1)**2, x)', 'integrate((2*x+1)**3, x)', 'integrate(a*x, x)', 'integrate(5, x)',
'integrate(1/x, x)', 'integrate(x**-2, x)', 'integrate(sqrt(x), x)', 'integrate(1/sqrt(x), x)', 'integrate(exp(2*x), x)',
'integrate(exp(x), x)', 'integrate(sin(2*x), x)', 'integrate(cos(x), x)', 'integrate(1/(2*x+1), x)', 'integrate((2*x+1)**Rational(1,2), x)',
'integrate(2**x, x)', 'integrate(x**2, (x, 0, 1))', 'integrate(x**2, (x, 0, a))', 'integrate(1, (x, 0, k))', 'integrate(exp(-x), (x, 0, oo))',
'integrate(x, (x, 0, oo))', 'integrate(1/x**2, (x, 1, oo))', 'integrate(x**2*y, x, y)', 'integrate(x*y, (x, 0, 1), (y, 0, 2))',
'integrate(3*x**2 - 2*x + 1, (x, -1, 2))', 'integrate(x**3/3 + Rational(1,2), x)', 'integrate(1/(x**2+1), x)', 'integrate(1/(x**2+4), x)',
'integrate(x**Rational(1,3), x)', 'integrate(1.5*x, x)', 'integrate(x**2, (x, 0, 1.5))', 'integrate(t**2, t)', 'integrate(sin(x), (x, 0, pi))',
'integrate(4, (x, 1, 3))', 'integrate(x**2)', 'integrate(integrate(1, (x, 0, y - 6)), (y, 0, oo))', 'integrate(integrate(1, (x, 0, k)), (x, 0, k))',
'integrate(5)', 'integrate(x*y)', 'integrate(x, 2)', 'integrate(x, (x, 1))', 'integrate(x, (x,))', 'integrate(x + x**2, (x, 0, 1))', 'integrate(x**2, (x, -oo, 0))',
'(x**2).integrate(x)', '(x**2).integrate((x, 0, 3))', 'integrate(3*exp(2*x), x)', 'integrate(x + 1/x, x)', 'integrate(exp(-2*x), (x, 0, oo))',
'limit(sin(x)/x, x, 0)', 'limit(1/x, x, 0)', "limit(1/x, x, 0, '-')", "limit(1/x, x, 0, '+-')", 'limit((x**2-1)/(x-1), x, 1)',
'limit((1+1/x)**x, x, oo)', 'limit(x*exp(-x), x, oo)', 'limit(exp(x), x, -oo)', 'limit((2*x**2+1)/(3*x**2-x), x, oo)', 'limit(x**3 - x, x, -oo)',
'limit(1/x**2, x, 0)', 'limit((1-cos(x))/x**2, x, 0)', 'limit(x, x, 2)', 'limit(log(x), x, 0)', 'limit(1/x, x, oo)', 'limit(x**2 + 3*x, x, 2)',
'(x**2).limit(x, 3)', 'limit((x**3 - 8)/(x - 2), x, 2)', 'limit(tan(x)/x, x, 0)', 'limit((exp(x) - 1)/x, x, 0)', 'limit(x/(x+1), x, oo)',
'limit(asin(t/3), t, 0)', 'limit(sqrt(x), x, 4)', 'limit(atan(x), x, oo)']
for tt in tests:
    try:
        print(tt, '=>', eval(tt))
    except Exception as e:
        print(tt, '=>', type(e).__name__, e)
