# request: {"prelude": "sympy"}
# ---- fstring_various
val = Rational(7, 3)
x = symbols('x', real=True)
print(f"{val}", f"{val!r}", f"{x**2 + 1}", f"{sqrt(2)}", f"{float(val):.4f}", f"{N(pi, 5)}")
print(f"{'abc':>6}", f"{12:+d}", f"{0.000123:.2e}", f"{1/3:.3%}", f"{255:#x}", f"{10**6:_}")
print(f"{[1, 2]}", f"{(1,)}", f"{ {'a': 1} }", f"{None}", f"{True + 1}")
# ---- fstring_sympy_fmt
val = sqrt(2)
print(f"{val:.5f}")
# ---- sympy_float_fmt
print(f"{N(pi):.3f}", format(Float(2.5), '.2f'), "%.4f" % N(E), "%d" % Integer(5), "%s" % Rational(1, 2))
# ---- prime_digit_loop
cnt = 0
for p in primerange(10, 10000):
    s = str(p)
    if s == s[::-1]:
        cnt += 1
print(cnt)
print([p for p in primerange(2, 200) if isprime(int(str(p)[::-1])) and p != int(str(p)[::-1])])
# ---- expr_eval_loop
n = symbols('n', integer=True)
expr = n**2 + n + 41
bad = [k for k in range(100) if not isprime(expr.subs(n, k))]
print(bad[:5])
# ---- tuple_unpack_err
a, b = (1, 2, 3)
