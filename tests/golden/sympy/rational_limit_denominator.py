# request: {"prelude": "sympy"}
r = Rational(22, 7)
print(r.limit_denominator(5), Rational(355, 113).limit_denominator(100), Rational(3, 1).limit_denominator(), Integer(5).limit_denominator(2))
print(nsimplify(pi.evalf(30)).limit_denominator(1000) if False else Rational(314159, 100000).limit_denominator(1000))
print(Rational(-7, 3).limit_denominator(2), type(Rational(1, 3).limit_denominator(10)).__name__)
try:
    Rational(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
x = symbols('x', real=True)
p = Poly(x**2 + 3*x + 1, x)
print(p.coeff_monomial(x), p.as_expr().coeff(x))
print(p.coeff(x))
