# request: {"prelude": "sympy"}
# ---- real_sym_props
x = symbols('x', real=True)
print((x**2).is_nonnegative, (x**2 + 1).is_positive, (x - 1).is_positive, sqrt(x**2 + 1).is_real)
print(Abs(x).is_nonnegative, exp(x).is_positive, (x**3).is_real)
# ---- vieta_sums
x = symbols('x', real=True)
r = symbols('r1:4')
p = x**3 - 3*x**2 + 5*x - 7
rts = Poly(p, x).all_roots()
print(len(rts))
s2 = simplify(sum(t**2 for t in solve(p, x)))
print(s2)
# ---- newton_sums
e1, e2, e3 = 3, 5, 7
p1 = e1
p2 = e1*p1 - 2*e2
p3 = e1*p2 - e2*p1 + 3*e3
print(p1, p2, p3)
# ---- func_sympy_seq
n = symbols('n', integer=True, positive=True)
a = Function('a')
print(rsolve(a(n) - 2*a(n-1) - 1, a(n), {a(1): 1}))
print(rsolve(a(n) - a(n-1) - a(n-2), a(n), {a(0): 0, a(1): 1}))
# ---- seq_loop
a = [0]*30
a[1] = 1; a[2] = 1
for i in range(3, 30):
    a[i] = a[i-1] + 2*a[i-2]
print(a[1:12])
print(a[29] % 1000)
# ---- name_err_func
def compute():
    return helper(3)
print(compute())
