# request: {"prelude": "sympy"}
# ---- lcm_range_loop
from math import lcm
L = 1
ans = []
for k in range(1, 30):
    L = lcm(L, k)
    ans.append(L % 1000)
print(ans)
# ---- gen_fn_poly
x = symbols('x')
g = expand(prod([(1 + x**k) for k in range(1, 11)]))
print(Poly(g, x).coeff_monomial(x**10), g.coeff(x, 20), Poly(g, x).degree())
