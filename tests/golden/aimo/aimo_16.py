# request: {"prelude": "sympy"}
# ---- complex_roots
x = symbols('x')
print(solve(x**4 + 1, x))
print(solve(x**3 - 1, x))
z = symbols('z')
print(expand((1 + I)**10), Abs(3 + 4*I), arg(1 + I), re((2 + 3*I)**2), im((2 + 3*I)**2))
# ---- inequality_count
cnt = 0
for a in range(1, 100):
    for b in range(a, 100):
        c2 = a*a + b*b
        c = math.isqrt(c2)
        if c*c == c2 and a + b + c <= 100:
            cnt += 1
print(cnt)
# ---- mod_sympy
x = symbols('x', integer=True)
print(Mod(x**2, 4), Mod(7*x + 3, 7))
print([n for n in range(100) if (n**2 + n + 41) % 43 == 0])
# ---- solve_abs_real
x = symbols('x', real=True)
print(solve(Eq(Abs(x**2 - 4), 3), x))
print(solveset(Abs(x - 1) < 2, x, S.Reals))
# ---- exp_log_solve
x = symbols('x', real=True)
print(solve(2**x - 32, x))
print(solve(log(x, 2) + log(x - 2, 2) - 3, x))
print(solve(exp(2*x) - 5*exp(x) + 6, x))
# ---- float_conv
x = symbols('x', real=True)
print(float(sqrt(2) + 1))
print(float(x + 1))
