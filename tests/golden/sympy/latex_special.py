# latex of the combinatorial and special functions
from sympy import *
x,y,n,k=symbols('x y n k')
for e in [factorial2(n), rf(x,k), ff(x,k), subfactorial(n), fibonacci(n), fibonacci(n,x), lucas(n), tribonacci(n), harmonic(n), harmonic(n,2), bernoulli(n), bernoulli(n,x), bell(n), bell(n,x), euler(n), euler(n,x), catalan(n), genocchi(n), partition(n), mobius(n), primenu(n), primeomega(n), reduced_totient(n), carmichael(n),
          sech(x), csch(x), acoth(x), asech(x), acsch(x), LambertW(x), LambertW(x,-1), erf(x), erfc(x), erfi(x), erfinv(x), zeta(x), zeta(x,y), polylog(n,x), dirichlet_eta(x), loggamma(x), polygamma(0,x), polygamma(n,x), lowergamma(x,y), uppergamma(x,y), beta(x,y), Heaviside(x), Heaviside(x,1), DiracDelta(x), DiracDelta(x,1), KroneckerDelta(x,y), LeviCivita(x,y,n), sinc(x), sech(x)**2, zeta(x)**2, fibonacci(n)**2, erf(x)**2, Heaviside(x)**2, gamma(x)**2,
          factorial2(n+1), subfactorial(n)**2, zeta(3)+1, 2*polylog(2,x)**2, LambertW(x)**2, DiracDelta(x)**3, factorial2(n)**2, rf(x,k)**2]:
    print(repr(latex(e)))
