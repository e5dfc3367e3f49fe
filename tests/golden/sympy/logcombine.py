# logcombine (force=False/True), expand_log (force=False/True) and simplify on logarithms:
# positive arguments and real coefficients combine, opposite coefficients divide.
from sympy import *
x, y, a, b, n = symbols('x y a b n')
p, q = symbols('p q', positive=True)
es = [log(x) + log(y), log(x*y), log(x**2), log(p*q), log(p**2), log(8)/log(2), log(x) - log(y),
      2*log(x), 2*log(p), log(p) + log(q), log(p) - log(q), exp(log(x)), log(exp(x)), log(exp(p)),
      log(2) + log(3), log(6) - log(2), 3*log(2), log(p/q), log(sqrt(p)), log(100)/log(10),
      log(p)/log(q), log(x)/2, log(4*p), log(2*x) + log(3*x), a*log(p) + b*log(q), log(p)**2,
      log(x*y) - log(x), x*log(p) - x*log(q), log(p)*log(q) + log(q), -log(p) - 2*log(q)]
for e in es:
    print(simplify(e), '|', expand_log(e), '|', expand_log(e, force=True), '|', logcombine(e), '|',
          logcombine(e, force=True), '|', e.expand(), '|', e.logcombine() if hasattr(e, 'logcombine') else '')
