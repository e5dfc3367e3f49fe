# request: {"prelude": "sympy"}
x,y=symbols('x y', integer=True)
r=symbols('r', real=True)
for e in [Mod(7*x+3,7), Mod(7*x+10,7), Mod(14*x+3*y+9,7), Mod(7*r+3,7), Mod(3*x+3,7), Mod(6*x+4,2), Mod(6*x+4*y+1,2), Mod(x+7,7), Mod(7*x,7), Mod(7*x*y+1, 7), Mod(4*x+2,4), Mod(x**2+7*x, 7), Mod(21*x+14, 7), Mod(x+Rational(5,2),2), Mod(x+y+2, x), Mod(r+Rational(7,2), 1)]: print(e)
print(Poly(x**2 + 1, x).degree())
print(Poly(5))
