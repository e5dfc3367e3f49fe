# request: {"prelude": "sympy"}
# ---- ineq_real
x = symbols('x', real=True)
print(solve(x**2 - 4 < 0, x))
print(solve(x**2 - 3*x + 2 >= 0, x))
print(reduce_inequalities([x > 1, x < 5], x))
# ---- abs_solve
x = symbols('x', real=True)
print(solve(Abs(x - 3) - 5, x))
print(solve(Abs(2*x + 1) - Abs(x - 4), x))
# ---- nsolve_ex
x = symbols('x', real=True)
r = nsolve(x**3 - 2*x - 5, x, 2)
print(r)
print(round(float(r), 6))
# ---- subs_eval
x, y = symbols('x y', real=True)
e = x**2 + 3*x*y - y**2
print(e.subs({x: 2, y: 3}), e.subs(x, y + 1).expand())
val = e.subs({x: Rational(1, 2), y: sqrt(2)})
print(val, simplify(val), N(val))
# ---- eq_solve_dict
a, b, c = symbols('a b c', real=True)
eqs = [Eq(a + b + c, 6), Eq(a*b + b*c + c*a, 11), Eq(a*b*c, 6)]
sol = solve(eqs, [a, b, c], dict=True)
print(len(sol))
print(sol[0])
# ---- numpy_import
import numpy as np
a = np.array([1, 2, 3])
print(a.sum())
