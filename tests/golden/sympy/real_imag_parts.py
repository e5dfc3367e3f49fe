# re, im and as_real_imag of powers (multiplied out, or by the binomial sum), exp of complex arguments, and products as sympy's Mul.as_real_imag (sympy 1.14).
from sympy import *
x,y=symbols('x y'); r=Symbol('r', real=True)
z1=(1+I)**3; z2=(2-3*I)**4; z3=1/(1+2*I)**2; z4=exp(I*pi/3); z5=exp(2+I*pi/4); z6=(sqrt(2)+I)**5
for z in [z1,z2,z3,z4,z5,z6,(1+I)**-1, exp(I*r), exp(x+I*y), (3+4*I)**Rational(1,2), (1+I)**20, Abs((1+I)**3), arg((1+I)**3), exp(I*pi/7), (1+sqrt(3)*I)**6]:
    print(re(z), '|', im(z), '|', z.as_real_imag(), '|', expand_complex(z) if False else '')
print(x.as_real_imag(), (x**2).as_real_imag(), (r**3).as_real_imag(), (x**-1).as_real_imag(), re(x**2), im(x*y), (x*y).as_real_imag(), (I*x).as_real_imag(), (2*I*x*y).as_real_imag(), re((x+I)*(x-I)), (r*(1+I)).as_real_imag(), re(exp(I*x)*exp(-I*x)))
