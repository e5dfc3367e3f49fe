import sys
sys.setrecursionlimit(10**6)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(5000) % 1000000007)
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("caught", e)
