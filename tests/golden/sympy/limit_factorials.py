# request: {"limits": {"time_ms": 120000}}
from sympy import *
n = symbols('n')
for e in ['limit(factorial(n)/n**n, n, oo)', 'limit(2**n/factorial(n), n, oo)', 'limit(binomial(2*n, n)/4**n, n, oo)', 'limit(n**n/factorial(n), n, oo)',
          'limit(100**n/factorial(n), n, oo)', 'limit(factorial(2*n)/factorial(n)**2, n, oo)', 'limit(factorial(n+1)/factorial(n), n, oo)',
          'limit(n**3/factorial(n), n, oo)', 'limit(factorial(n)/exp(n), n, oo)', 'limit(binomial(n, 2)/n**2, n, oo)', 'limit(gamma(n)/factorial(n), n, oo)',
          'limit(sqrt(n)*binomial(2*n, n)/4**n, n, oo)', 'limit(n**2/2**n, n, oo)']:
    try: print(e, '=>', eval(e))
    except Exception as ex: print(e, '=>', type(ex).__name__, ex)
