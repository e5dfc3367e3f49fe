# sympy.functions.combinatorial: factorial2, rf/ff, fibonacci ... partition, mobius; values, types, errors
from sympy import *
n, x = symbols('n x')
for e in [factorial2(7), factorial2(8), factorial2(-1), factorial2(0), factorial2(n), factorial2(-3), factorial2(-5), factorial2(-7)]:
    print(e, type(e).__name__)
for e in [rf(3,4), ff(5,3), rf(n,3), ff(n,2), rf(Rational(1,2),3), rf(x,-2), ff(x,-2), rf(2,Rational(1,2)), rf(2.5,3), ff(Rational(1,2),2), rf(-3,2), rf(3,0), ff(x,0), rf(oo,3), rf(2,-3), ff(2,-3), rf(-2,3), ff(-2,3), ff(3.5,2), rf(x,1), ff(x,3), ff(5,x), RisingFactorial(x, n)]:
    print(e, type(e).__name__)
for e in [subfactorial(5), subfactorial(n), subfactorial(0), subfactorial(-1), fibonacci(10), fibonacci(n), fibonacci(-3), fibonacci(-4), fibonacci(0), fibonacci(5, n), fibonacci(3, 2), fibonacci(3, x + 1), fibonacci(2.5), fibonacci(oo)]:
    print(e, type(e).__name__)
for e in [lucas(10), lucas(n), lucas(-3), lucas(-4), lucas(0), tribonacci(10), tribonacci(0), tribonacci(3, x), tribonacci(2, x), tribonacci(1, x), tribonacci(0, x), harmonic(5), harmonic(n), harmonic(5, 2), harmonic(0), harmonic(-1), harmonic(oo), harmonic(3, x), harmonic(2, -1), harmonic(Rational(1, 2)), harmonic(2.5), harmonic(x, 1), harmonic(n, 0), harmonic(3, 2)]:
    print(e, type(e).__name__)
for e in [bernoulli(4), bernoulli(1), bernoulli(3), bernoulli(n), bernoulli(2, n), bernoulli(0), bernoulli(-1), bernoulli(3, x), bernoulli(1, x), bernoulli(2, Rational(1, 2)), bernoulli(2.5), bernoulli(4.0), bernoulli(2, x + 1)]:
    print(e, type(e).__name__)
for e in [bell(5), bell(n), bell(4, n), bell(0), bell(3, x), bell(2, 3), bell(oo), euler(4), euler(5), euler(n), euler(0), euler(-1), euler(-2), euler(3, x), euler(2, Rational(1, 2)), euler(1, x)]:
    print(e, type(e).__name__)
for e in [catalan(5), catalan(n), catalan(Rational(1, 2)), catalan(0), catalan(-1), catalan(-2), catalan(2.5), genocchi(6), genocchi(1), genocchi(0), genocchi(3), genocchi(4), genocchi(4, x), genocchi(2, x), genocchi(1, x), genocchi(2.5), genocchi(-1)]:
    print(e, type(e).__name__)
for e in [partition(10), partition(0), partition(-1), partition(n), partition(100), motzkin(5), motzkin(7), mobius(30), mobius(1), mobius(4), mobius(n), primenu(30), primeomega(24), primenu(1), reduced_totient(30), reduced_totient(1), reduced_totient(64), reduced_totient(n), kronecker_symbol(3, 10), kronecker_symbol(2, -3), kronecker_symbol(3, 0), kronecker_symbol(x, 3), carmichael(5)]:
    print(e, type(e).__name__)
print(fibonacci(100), lucas(100), bernoulli(30), bell(30), euler(30), partition(1000), catalan(50))
print(fibonacci(n).subs(n, 12), sympify("fibonacci(7) + bell(3)"), fibonacci(n) + 1, 2*harmonic(n))
for bad in ["factorial2(-2)", "factorial2(Rational(1,2))", "factorial2(2.5)", "tribonacci(-1)", "bell(-1)", "bell(2.5)", "fibonacci(-2, x)", "fibonacci(0, x)", "partition(2.5)", "partition(oo)", "motzkin(n)", "motzkin(-1)", "mobius(0)", "mobius(2.5)", "primenu(-4)", "reduced_totient(2.5)", "kronecker_symbol(2.5, 3)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
