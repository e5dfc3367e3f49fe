# N(number, 1) (sympy's special case: 2 digits rounded to one), evalf of zero as exact 0, Expr.round of large and small numbers (sympy's rest-at-one-digit rule), float() of large Integers correctly rounded (sympy 1.14).
from sympy import *
import random
random.seed(7)
x=symbols('x')
vals=[pi, E, sqrt(2), Rational(1,3), Rational(22,7), exp(10), exp(-10), log(2), pi**10, 1/pi**10, sqrt(2)*10**20, Rational(1,10**20), factorial(30), catalan(10) if False else Catalan, EulerGamma, GoldenRatio, sin(1), atan(Rational(1,7)), 2**Rational(1,3), -pi, 123456789*pi, pi/10**6, Integer(10)**15+Rational(1,3), Float(0.1), Float('1e-30'), Float(123.456), Rational(5,4), zeta(3), I*pi, 1+I, sqrt(-2), exp(I), Integer(0), Float(0), Integer(10)**20, 10**15*E]
for v in vals:
    out=[]
    for n in [1,2,3,5,10,15,20,30]:
        try: out.append(str(N(v, n)))
        except Exception as e: out.append(type(e).__name__)
    print(' | '.join(out), '|', v.evalf(), '|', round(v.evalf(),3) if v.is_real else '-', '|', float(v) if v.is_real else complex(v))
import random
random.seed(11)
out=[]
for i in range(500):
    k=random.randrange(6)
    if k==0: v=Float(random.uniform(-1000,1000))
    elif k==1: v=Rational(random.randrange(-10**6,10**6), random.randrange(1,1000))
    elif k==2: v=Float(random.uniform(0,1)*10**random.randrange(-8,20))
    elif k==3: v=(random.randrange(1,50)*pi/random.randrange(1,30)).evalf()
    elif k==4: v=sqrt(random.randrange(2,1000))*10**random.randrange(0,18)
    else: v=Float(round(random.uniform(-10,10),3))
    n=random.randrange(-3,6)
    try: r=round(v, n)
    except Exception as e: r=type(e).__name__
    out.append(str(r))
    if i%3==0: out.append(str(N(v,1)))
    if i%5==0: out.append(str(float(Integer(random.randrange(10**17, 10**40)))))
print('\n'.join(out))
