# request: {"prelude": "sympy"}
# ---- ntheory_funcs
from sympy.ntheory import primitive_root, n_order, legendre_symbol, discrete_log
print(primitive_root(17), n_order(2, 17), legendre_symbol(3, 17))
print(discrete_log(17, 9, 3))
print(mod_inverse(17, 100), divisor_sigma(28), mobius(30), primepi(1000), prime(100), nextprime(1000))
# ---- digits_fn
from sympy.ntheory.digits import digits
print(digits(2023, 2))
print(digits(255, 16))
print(bin(2023), oct(2023), hex(2023), bin(2023).count('1'))
print(int('11111100111', 2), format(2023, 'b'), f"{2023:08b}")
# ---- counter_stuff
from collections import Counter, deque
c = Counter(str(2**100))
print(c.most_common(3))
print(sorted(c.items()))
dq = deque([1, 2, 3])
dq.rotate(1)
print(dq, list(dq))
# ---- heap_bisect
import heapq, bisect
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
arr = sorted([i*i % 17 for i in range(30)])
print(arr, bisect.bisect_left(arr, 8), bisect.bisect_right(arr, 8))
# ---- float_fmt
import math
print(math.pi, math.e, math.sqrt(2), 1/3, 2/3, 0.1 + 0.2)
print(f"{math.pi:.10f}", "%.3f" % math.e, "{:.2e}".format(12345.678))
print(round(2.5), round(3.5), round(2.675, 2), math.log(1000, 10), math.log2(1024), math.log10(1e-5))
print(1e16, 1e15, 123456789012345678.0, 1.5e-7, float('inf'), -0.0)
# ---- index_err
sols = solve(symbols('x', real=True)**2 + 1, symbols('x', real=True))
print(sols)
print(sols[0])
