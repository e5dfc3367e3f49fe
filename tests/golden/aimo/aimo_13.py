# request: {"prelude": "sympy"}
# ---- grid_paths
R, C = 8, 8
grid = [[0]*C for _ in range(R)]
grid[0][0] = 1
blocked = {(2, 3), (4, 4), (5, 1)}
for i in range(R):
    for j in range(C):
        if (i, j) in blocked: grid[i][j] = 0; continue
        if i: grid[i][j] += grid[i-1][j]
        if j: grid[i][j] += grid[i][j-1]
print(grid[-1][-1])
for row in grid[:3]: print(row)
# ---- string_ops
s = "The quick brown fox"
print(s.split(), s.upper(), s[::-1], s.find('q'), s.count('o'), s.replace(' ', '_'))
print("{:>10}|{:<5}|{:^7}|".format('r', 'l', 'c'), f"{42:05d}", f"{3.14159:.2f}", f"{1234567:,}")
print('abc'.zfill(6), 'x'.center(5, '*'), str(12).rjust(4), '%5.1f%%' % 12.345)
# ---- lcm_sympy
print(ilcm(4, 6, 10), igcd(12, 18, 30), lcm([4, 6, 10]), gcd([12, 18]))
print(integer_nthroot(10**20 + 1, 3), perfect_power(2**10 * 3**10), is_square(49) if False else None)
# ---- solve_loop
x = symbols('x', real=True)
found = []
for a in range(-5, 6):
    s = solve(x**2 + a*x + 4, x)
    if s and all(v.is_integer for v in s):
        found.append((a, s))
print(found)
# ---- solve_param
x, k = symbols('x k', real=True)
s = solve(x**2 - 2*k*x + k + 6, x)
print(s)
disc = discriminant(x**2 - 2*k*x + k + 6, x)
print(disc, solve(disc, k), solve(disc >= 0, k))
# ---- overflow
print(math.exp(1000))
