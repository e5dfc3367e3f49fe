# request: {"prelude": "sympy"}
# ---- spf_sieve
N = 100000
spf = list(range(N + 1))
for i in range(2, int(N**0.5) + 1):
    if spf[i] == i:
        for j in range(i*i, N + 1, i):
            if spf[j] == j:
                spf[j] = i
def omega(n):
    s = set()
    while n > 1:
        s.add(spf[n]); n //= spf[n]
    return len(s)
print(sum(1 for n in range(2, N + 1) if omega(n) == 3))
# ---- dp_knap
items = [(w, (w * 37) % 23 + 1) for w in range(1, 40)]
W = 100
dp = [0] * (W + 1)
for w, v in items:
    for c in range(W, w - 1, -1):
        dp[c] = max(dp[c], dp[c - w] + v)
print(dp[W], max(dp))
# ---- dp_string
from functools import lru_cache
@lru_cache(None)
def count(n, last, run):
    if n == 0:
        return 1
    total = 0
    for c in 'AB':
        if c == last:
            if run < 2: total += count(n - 1, c, run + 1)
        else:
            total += count(n - 1, c, 1)
    return total
print(count(20, '', 0))
# ---- bfs_graph
from collections import deque
def bfs(start, target):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        if u == target: return dist[u]
        for v in (u * 2, u - 1, u + 3):
            if 0 <= v <= 1000 and v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return -1
print(bfs(1, 100), bfs(7, 999))
# ---- dict_iter
scores = {}
for n in range(1, 60):
    k = len(str(n * n))
    scores.setdefault(k, []).append(n)
for k, v in sorted(scores.items()):
    print(k, len(v), v[:3])
print(list(scores.keys()), max(scores, key=lambda k: len(scores[k])))
# ---- poly_err
x, y = symbols('x y', real=True)
print(Poly(x**2 + 1, x).degree())
print(degree(sin(x), x))
