# request: {"prelude": "sympy"}
x,y,z=symbols('x y z')
print((x*sin(x)).coeff(x), (x*sin(x)+x**2*y).coeff(x), (12*x**2*y*z+x*y).coeff(x*y), (2*x*y+4*x*y*z).coeff(2*x*y), (x*y*x**2).coeff(x*y), (3*x*y).coeff(x*y), (x*y+x*y*z).coeff(x*y))
e = expand((x + y + z)**4)
print(e.coeff(x**2*y*z), e.coeff(x, 2), e.coeff(x**2), e.coeff(y*z), (x**2+3*x+1).coeff(x,0), (2*x+3).coeff(x))
