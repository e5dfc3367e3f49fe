# request: {"prelude": "sympy"}
# ---- while_collatz
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3*n + 1
        steps += 1
    return steps
best = max(range(1, 10000), key=collatz)
print(best, collatz(best))
# ---- try_except
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
print(safe_div(1, 0), safe_div(6, 4))
try:
    int("abc")
except ValueError as e:
    print(repr(e))
# ---- print_star
vals = [i**2 for i in range(5)]
print(*vals)
print(*vals, sep=', ')
print("a", "b", end="|\n")
print(", ".join(map(str, vals)))
# ---- global_nonlocal
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5): inc()
def outer():
    c = 0
    def inner():
        nonlocal c
        c += 2
    inner(); inner()
    return c
print(counter, outer())
# ---- sympy_integer_ops
a = Integer(17)
print(a // 5, a % 5, a / 5, a**Rational(1, 2), S(1)/3 + S(2)/3, S.Half)
print(Integer(10)**20, isinstance(a, Integer), a.is_prime, type(a / 5))
# ---- assert_fail
total = sum(range(10))
assert total == 45, "bad"
assert total == 46, f"expected 46, got {total}"
