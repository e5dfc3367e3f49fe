# sys, os, time and typing as far as programs use them in the sandbox
import sys, os, time
import os.path
from typing import List, Dict, Optional, Union, Any, Tuple, Callable, TypeVar, cast, NamedTuple

def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

print(sys.maxsize, sys.maxunicode, sys.version_info, sys.version_info.major, sys.version_info[:2] >= (3, 8))
print(sys.float_info, sys.float_info.epsilon, sys.int_info.default_max_str_digits, sys.byteorder, sys.platform)
print(sys.argv, sys.getrecursionlimit(), sys.version.split()[0], 'sys' in sys.modules)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(3000))
sys.setrecursionlimit(1009)
tests = [
    lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit('a'), lambda: sys.set_int_max_str_digits(100),
    lambda: sys.get_int_max_str_digits(), lambda: sys.exit(3), lambda: sys.exit('bye'), lambda: sys.exit(),
    lambda: sys.intern('abc'), lambda: sys.stdout.write('written\n'),
    lambda: os.name, lambda: os.sep, lambda: os.linesep, lambda: os.path.join('a', 'b', 'c.txt'),
    lambda: os.path.join('/x', '/y', 'z'), lambda: os.path.join('a/', 'b'), lambda: os.path.split('/a/b/c.py'),
    lambda: os.path.basename('/a/b/c.py'), lambda: os.path.dirname('/a/b/c.py'), lambda: os.path.splitext('x/y.tar.gz'),
    lambda: os.path.splitext('.bashrc'), lambda: os.path.split('c.py'), lambda: os.path.split('/'), lambda: os.path.isabs('/a'),
    lambda: type(time.time()).__name__, lambda: time.time() > 1e9, lambda: time.perf_counter() >= 0,
    lambda: type(time.time_ns()).__name__, lambda: time.sleep(0), lambda: time.sleep(-1),
    lambda: List[int], lambda: Dict[str, List[int]], lambda: Optional[float], lambda: Union[int, str], lambda: Any,
    lambda: Tuple[int, ...], lambda: Callable[[int], str], lambda: TypeVar('T'), lambda: cast(int, '3'), lambda: List(),
]
for t in tests:
    show(t)

def f(xs: List[int], d: Optional[Dict[str, int]] = None) -> Tuple[int, int]:
    return min(xs), max(xs)

print(f([3, 1, 2]))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point(1, 2).x)
start = time.time()
total = sum(range(1000))
elapsed = time.time() - start
print(total, elapsed >= 0)
