# The first allocation-failure sweep crashed here: a sympy Float whose mpfr_t was never
# initialised had it cleared by its finaliser.
from sympy import Float, sqrt, pi
print(Float(1.5) * 3, sqrt(2).evalf(30), pi.evalf(20))
