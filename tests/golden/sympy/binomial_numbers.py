# request: {"prelude": "sympy"}
x = symbols('x', real=True)
for a, b in [(5.5, 2), (-3.5, 2), (5, 2.0), (5.5, 2.5), (5, 2.5), (5.5, 0), (5.5, -1), (2.0, 5), (Rational(11, 2), 2),
             (10.0, 3), (4, 2.5), (0.5, 3), (Rational(1, 3), 4), (-3, Rational(1, 2)), (Rational(7, 2), Rational(3, 2)),
             (x, 2), (5, x), (Rational(-5, 2), 3), (100.5, 50)]:
    print(a, b, binomial(a, b))
