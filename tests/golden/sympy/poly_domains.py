from sympy import *
x, y, z, n = symbols('x y z n')
for t in ["Poly(2.5*n*tan(z) + 2.5*y*tan(z), x)", "Poly(0.5*n + 5.0, x)", "Poly(zoo*y*z**2, x)", "Poly(I, x)", "Poly(I*n + 4, x)", "Poly(-I, x)",
          "Poly(0.25*sqrt(2)/y, x)", "Poly(-sqrt(n)*x - n**Rational(3,2) - pi*sqrt(n) + 3*sqrt(n), x)", "Poly(z*x**2 + z/(n*y)*x, x)",
          "Poly(2.5*sqrt(2), x)", "Poly(y + z - 0.5 + exp(Rational(1,2)), x)", "Poly(pi*exp(n)*exp(-y), x)", "Poly(I*x/2 + 1, x)",
          "latex(-Rational(3,4)*(n + x)/y)", "latex(exp(tan(n))*(x - n))", "latex(-x*(x + 1))", "latex(3*(x + 1)/y)", "latex(2*x*(x-1)/(y+1))",
          "S.Zero.func()", "S.One.func(*S.One.args)", "S.Half.func()", "pi.func()", "S.true.func()", "oo.func()"]:
    try:
        print(t, '=>', eval(t))
    except Exception as e:
        print(t, '=>', type(e).__name__)
