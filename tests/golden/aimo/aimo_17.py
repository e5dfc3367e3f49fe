# request: {"prelude": "sympy"}
# ---- large_loop
cnt = 0
for n in range(1, 300000):
    if n % 3 == 0 or n % 5 == 0:
        cnt += n
print(cnt)
# ---- nested_func_lists
def mat_mult(A, B):
    return [[sum(A[i][k]*B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]
def mat_pow(M, p):
    R = [[1 if i == j else 0 for j in range(len(M))] for i in range(len(M))]
    while p:
        if p & 1: R = mat_mult(R, M)
        M = mat_mult(M, M); p >>= 1
    return R
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
# ---- long_concat1
from itertools import permutations
def is_valid(p):
    return all(p[i] != i + 1 for i in range(len(p)))
count = sum(1 for p in permutations(range(1, 7)) if is_valid(p))
print(count)
from math import factorial
def derangements(n):
    return round(factorial(n) / math.e)
print(derangements(6), [derangements(k) for k in range(1, 10)])
d = [1, 0]
for n in range(2, 15):
    d.append((n - 1) * (d[-1] + d[-2]))
print(d)
print(subfactorial(14), d[14] == subfactorial(14))
# ---- long_concat2
x = symbols('x', real=True)
f = x**4 - 4*x**3 + 6*x**2 - 4*x + 1
print(factor(f))
g = f.subs(x, x + 1)
print(expand(g))
crit = solve(diff(f, x), x)
print(crit)
print([f.subs(x, c) for c in crit])
print(integrate(f, (x, 0, 2)))
h = Piecewise((x**2, x < 0), (x, True))
print(h.subs(x, -3), h.subs(x, 3), h)
# ---- sieve_list
N = 200000
is_p = [True] * (N + 1)
is_p[0] = is_p[1] = False
for i in range(2, int(N**0.5) + 1):
    if is_p[i]:
        for j in range(i*i, N + 1, i):
            is_p[j] = False
print(sum(is_p))
twins = sum(1 for i in range(2, N - 1) if is_p[i] and is_p[i + 2])
print(twins)
# ---- int_conv
x = symbols('x', real=True)
print(int(x))
