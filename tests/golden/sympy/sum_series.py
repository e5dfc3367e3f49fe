from sympy import *
x = symbols('x')
k = symbols('k', integer=True)
# infinite sums of the exponential, logarithmic, arctangent and zeta families
for t, a in [(x**k/factorial(k), 0), (2**k/factorial(k), 0), (1/factorial(k), 0), (1/factorial(k), 1), ((-1)**k/factorial(k), 0),
             (k/factorial(k), 0), (k**2/factorial(k), 1), ((k**2 + 1)/factorial(k), 0), (1/factorial(k + 1), 0), (1/(2**k*factorial(k)), 1),
             (k*x**k/factorial(k), 0), (3**k/factorial(k), 0), ((-2)**k/factorial(k), 0), (1/factorial(k - 1), 1),
             ((-1)**(k + 1)/k, 1), ((-1)**k/k, 1), (1/(k*2**k), 1), (1/(k*2**k), 2), (1/(3**k*k), 1), ((-1)**k/(k + 1), 0),
             ((-1)**k/(2*k + 1), 0), ((-1)**k/(2*k - 1), 1), ((-1)**k/(2*k + 3), 0), ((-1)**k/(4*k + 2), 0), (2*(-1)**k/(2*k + 1), 0),
             (1/(2*k - 1)**2, 1), (1/(2*k + 1)**2, 0), (1/(2*k - 1)**2, 2), ((-1)**(k + 1)/k**2, 1), ((-1)**k/k**2, 1),
             ((-1)**(k + 1)/k**4, 1), (1/(2*k + 1)**4, 0), ((-1)**k/(k + 1)**2, 0), (1/(2*k + 1)**3, 0), ((-1)**(k + 1)/k**3, 1),
             (1/(k + 2)**2, 0), (1/(3*k + 3)**2, 0)]:
    print(t, a, summation(t, (k, a, oo)))
print(Sum(1/factorial(k), (k, 0, oo)).doit(), Sum((-1)**k/(2*k + 1), (k, 0, oo)).doit())
