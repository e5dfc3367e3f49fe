"""tests/hardening/bombs.py — the catalogue of resource bombs and hostile programs.

Each bomb is a program that tries to exhaust a resource (CPU, memory, the C stack, output) or to
reach outside the sandbox (files, processes, the network, other fds, the clock, the CPU count).
Every one must end within its limits with a typed status — never `crash` (a crash is a worker
killed by seccomp or by a signal, which means the interpreter tried something it must not) —
and the server must go on serving.

A bomb: (name, code, allowed, limits, needs)
  allowed  the acceptable outcomes: a tuple of 'status' or 'status:ErrorType'
  limits   request limits (time_ms defaults to 1000 here, memory_mb to 256)
  needs    a module the bomb is about; while tirbox cannot import it, the bomb is reported as
           waiting (ModuleNotFoundError is then its answer) rather than as passed
"""

TIMEOUT = ('timeout',)
MEMORY = ('memory',)
HUGE = ('memory', 'error:MemoryError', 'error:OverflowError', 'error:ValueError', 'timeout')
RECURSION = ('error:RecursionError',)
SLOW = {'time_ms': 5000}   # building a million-deep structure or parsing megabytes takes a while
SOURCE = RECURSION + MEMORY + TIMEOUT   # source text nested too deep to compile


def deep(wrap, n=10 ** 6):
    return 'x = 0\nfor i in range(%d):\n    x = %s\n' % (n, wrap)


BOMBS = [
    # ---- CPU --------------------------------------------------------------------------------
    ('infinite_loop', 'while True:\n    pass', TIMEOUT, {}, None),
    ('huge_range_loop', 'for i in range(10**18):\n    pass', TIMEOUT, {}, None),
    ('sum_huge_range', 'print(sum(range(10**15)))', TIMEOUT + ('ok',), {}, None),
    ('try_finally_continue', 'while True:\n    try:\n        pass\n    finally:\n        continue', TIMEOUT, {}, None),
    ('exception_storm', 'while True:\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        pass',
     TIMEOUT, {}, None),
    ('generator_chain', 'g = iter(range(10**12))\nfor _ in range(500):\n    g = (x + 1 for x in g)\nprint(sum(g))',
     TIMEOUT + RECURSION, {}, None),
    ('nested_comprehension', 'print(len([[[0 for k in range(10**4)] for j in range(10**4)] for i in range(10**4)]))',
     TIMEOUT + MEMORY, {}, None),
    ('print_forever', 'while True:\n    print("spam")', TIMEOUT, {}, None),
    ('sort_forever', 'x = list(range(10**5))\nwhile True:\n    x.sort(key=lambda v: -v)',
     TIMEOUT, {}, None),
    ('busy_sleep', 'import time\ntime.sleep(3600)', TIMEOUT + ('error', 'ok'), {}, 'time'),
    # ---- the C stack --------------------------------------------------------------------------
    ('recursion', 'def f(n):\n    return f(n + 1)\nf(0)', RECURSION, {}, None),
    ('mutual_recursion', 'def f(n):\n    return g(n)\ndef g(n):\n    return f(n)\nf(0)', RECURSION, {}, None),
    ('recursive_repr', 'class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())', RECURSION, {}, None),
    ('recursive_str', 'class A:\n    def __str__(self):\n        return str(self)\nprint(A())', RECURSION, {}, None),
    ('recursive_eq', 'class A:\n    def __eq__(self, o):\n        return self == o\nprint(A() == A())', RECURSION, {}, None),
    ('recursive_hash', 'class A:\n    def __hash__(self):\n        return hash(self)\n{A(): 1}', RECURSION, {}, None),
    ('recursive_getattr', 'class A:\n    def __getattr__(self, n):\n        return self.x\nA().y', RECURSION, {}, None),
    ('recursive_len', 'class A:\n    def __len__(self):\n        return len(self)\nlen(A())', RECURSION, {}, None),
    ('recursive_iter', 'class A:\n    def __iter__(self):\n        return iter(self)\nlist(A())', RECURSION, {}, None),
    ('recursive_bool', 'class A:\n    def __bool__(self):\n        return bool(self)\nif A():\n    pass', RECURSION, {}, None),
    ('recursive_yield_from', 'def g(n):\n    yield from g(n + 1)\nnext(g(0))', RECURSION, {}, None),
    ('recursive_init', 'class A:\n    def __init__(self):\n        A()\nA()', RECURSION, {}, None),
    ('deep_list_repr', deep('[x]') + 'print(x)', RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_dict_repr', deep('{1: x}') + 'print(x)', RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_tuple_hash', deep('(x,)') + 'print(hash(x) != 0)', RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_list_eq', deep('[x]') + 'y = 0\nfor i in range(10**6):\n    y = [y]\nprint(x == y)',
     RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_list_lt', deep('[x]') + 'y = 1\nfor i in range(10**6):\n    y = [y]\nprint(x < y)',
     RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_tuple_in_set', deep('(x,)') + 'print(len({x}))', RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_str_of_list', deep('[x]') + 'print(len(str(x)))', RECURSION + MEMORY + TIMEOUT, SLOW, None),
    ('deep_frozenset', deep('frozenset([x])', 10 ** 5) + 'print(len({x}))', RECURSION + MEMORY + TIMEOUT + ('ok',),
     SLOW, None),
    ('deep_power_source', 'x = 2' + '**2' * 100000, SOURCE + ('error:SyntaxError',), SLOW, None),
    ('deep_lambda_source', 'x = ' + 'lambda: ' * 100000 + '1', SOURCE + ('error:SyntaxError',), SLOW, None),
    ('deep_attribute_source', 'x = a' + '.b' * 1000000, SOURCE, SLOW, None),
    ('deep_call_source', 'x = f' + '()' * 1000000, SOURCE, SLOW, None),
    ('deep_subscript_source', 'x = a' + '[0]' * 100000, SOURCE, SLOW, None),
    ('deep_ternary_source', 'x = 1' + ' if 1 else 1' * 100000, SOURCE + ('error:SyntaxError',), SLOW, None),
    ('deep_parentheses_source', 'x = ' + '(' * 100000 + ')' * 100000, ('error:SyntaxError',), {}, None),
    ('deep_indent_source', ''.join(' ' * i + 'if 1:\n' for i in range(3000)) + ' ' * 3000 + 'pass',
     ('error:IndentationError', 'error:SyntaxError'), {}, None),
    ('deep_eval', 'eval("(" * 10**5 + ")" * 10**5)', ('error:SyntaxError',), {}, None),
    ('deep_nested_fstring', 'x = f"{f\'{1:{2}}\'}"\n' * 10000 + 'print(x)', ('ok',) + TIMEOUT, {}, None),
    ('many_fstring_fields', 'x = f"' + '{1}' * 100000 + '"\nprint(len(x))', ('ok',) + TIMEOUT, {}, None),
    # ---- memory and sizes ---------------------------------------------------------------------
    ('power_tower', 'print(10**10**10)', HUGE, {}, None),
    ('two_to_two_to_40', 'x = 2**2**40', HUGE, {}, None),
    ('pow_builtin', 'x = pow(7, 10**10)', HUGE, {}, None),
    ('shift_huge', 'x = 1 << 10**12', HUGE, {}, None),
    ('big_str_repeat', 'x = "a" * 10**12', HUGE, {}, None),
    ('big_list_repeat', 'x = [0] * 10**12', HUGE, {}, None),
    ('big_tuple_repeat', 'x = (1, 2) * 10**12', HUGE, {}, None),
    ('big_bytes', 'x = bytes(10**12)', HUGE, {}, None),
    ('big_range_list', 'x = list(range(10**10))', HUGE, {}, None),
    ('big_dict', 'd = {i: i for i in range(10**9)}', HUGE, {}, None),
    ('big_set', 's = set(range(10**9))', HUGE, {}, None),
    ('string_doubling', 's = "a"\nwhile True:\n    s = s + s', HUGE, {}, None),
    ('list_doubling', 'l = [0]\nwhile True:\n    l = l + l', HUGE, {}, None),
    ('append_forever', 'l = []\nwhile True:\n    l.append("x" * 1000)', MEMORY + TIMEOUT, {}, None),
    ('shared_dag_repr', 'x = [1]\nfor i in range(64):\n    x = [x, x]\nprint(len(repr(x)))', HUGE, {}, None),
    ('format_width', 'print("{:>1000000000000}".format(1))', HUGE, {}, None),
    ('percent_width', 'print("%0*d" % (10**12, 1))', HUGE, {}, None),
    ('fstring_width', 'w = 10**12\nprint(f"{1:{w}}")', HUGE, {}, None),
    ('int_from_huge_str', 'x = int("9" * 10**7)\nprint(x % 10)', HUGE, {}, None),
    ('str_of_huge_int', 'x = 10**200000\nprint(len(str(x)))', HUGE + ('ok',), {}, None),
    ('huge_float_format', 'print(len(f"{1e308:.100000f}"))', HUGE + ('ok',), {}, None),
    ('join_generator', 'print(len("".join("ab" for _ in range(10**10))))', HUGE, {}, None),
    ('output_flood', 'print("x" * 10**7)', ('ok',), {'output_bytes': 1000}, None),
    ('tiny_memory_limit', 'print(1)', MEMORY, {'memory_mb': 0.0001}, None),
    ('small_memory_limit', 'print(1)', MEMORY, {'memory_mb': 0.01}, None),
    ('tiny_time_limit', 'while True:\n    pass', TIMEOUT, {'time_ms': 0.001}, None),
    ('memory_then_small_limit', 'x = [0] * 10**7', MEMORY + ('error:MemoryError',), {'memory_mb': 16}, None),
    ('exception_chain', 'e = None\nwhile True:\n    try:\n        raise ValueError(e)\n    except ValueError as x:\n'
     '        e = x', MEMORY + TIMEOUT, {}, None),
    ('math_factorial', 'import math\nprint(math.factorial(10**9))', HUGE, {}, 'math'),
    ('math_comb', 'import math\nprint(math.comb(10**9, 10**8))', HUGE, {}, 'math'),
    ('itertools_count', 'import itertools\nlist(itertools.count())', MEMORY + TIMEOUT, {}, 'itertools'),
    ('itertools_product', 'import itertools\nlist(itertools.product(range(100), repeat=100))', MEMORY + TIMEOUT, {},
     'itertools'),
    ('sympy_expand', 'from sympy import *\nx = symbols("x")\nprint(expand((x + 1)**10**6))', HUGE + ('error',), {},
     'sympy'),
    ('sympy_factorint', 'from sympy import factorint\nprint(factorint(2**512 + 1))', HUGE + ('error',), {}, 'sympy'),
    ('sympy_isprime', 'from sympy import isprime\nprint(isprime(10**(10**6) + 1))', HUGE + ('error', 'ok'), {}, 'sympy'),
    ('sympy_fibonacci', 'from sympy import fibonacci\nprint(fibonacci(10**12))', ('error:ValueError',), {}, 'sympy'),
    ('sympy_partition', 'from sympy import partition\nprint(partition(10**9))', ('error:ValueError',), {}, 'sympy'),
    ('sympy_bernoulli', 'from sympy import bernoulli\nprint(bernoulli(10**7))', ('error:ValueError',), {}, 'sympy'),
    ('sympy_discrete_log', 'from sympy import discrete_log\nprint(discrete_log(10**40 + 1, 3, 2))', ('error:ValueError',),
     {}, 'sympy'),
    ('sympy_matrix', 'from sympy import Matrix\nM = Matrix(10**4, 10**4, lambda i, j: i + j)\nprint(M.det())',
     HUGE + ('error',), {}, 'sympy'),
    ('sympy_solve_degree', 'from sympy import *\nx = symbols("x")\nprint(solve(x**10**5 - 2, x))', HUGE + ('error',),
     {}, 'sympy'),
    # ---- hostile: outside the sandbox ---------------------------------------------------------
    ('open_file', 'print(open("/etc/passwd").read())', ('error',), {}, None),
    ('open_write', 'open("/tmp/tirbox-bomb", "w").write("x")', ('error',), {}, None),
    ('import_os_system', 'import os\nos.system("echo pwned")', ('error',), {}, None),
    ('import_os_listdir', 'import os\nprint(os.listdir("/"))', ('error',), {}, None),
    ('os_fork', 'import os\nprint(os.fork())', ('error',), {}, None),
    ('os_kill_parent', 'import os\nos.kill(os.getppid(), 9)', ('error',), {}, None),
    ('os_cpu_count', 'import os\nprint(os.cpu_count() > 0)', ('error', 'ok'), {}, None),
    ('os_environ', 'import os\nprint(len(os.environ) >= 0)', ('error', 'ok'), {}, None),
    ('os_urandom', 'import os\nprint(len(os.urandom(8)))', ('error', 'ok'), {}, None),
    ('sys_stderr_write', 'import sys\nsys.stderr.write("x\\n")\nprint("after")', ('error', 'ok'), {}, None),
    ('print_to_stderr', 'import sys\nprint("x", file=sys.stderr)\nprint("after")', ('error', 'ok'), {}, None),
    ('sys_stdin_read', 'import sys\nprint(sys.stdin.read())', ('error', 'ok'), {}, None),
    ('sys_exit', 'import sys\nsys.exit(3)', ('error',), {}, None),
    ('builtin_exit', 'exit(3)', ('error:SystemExit',), {}, None),
    ('input_builtin', 'input()', ('error:EOFError',), {}, None),
    ('dunder_import_os', '__import__("os").system("id")', ('error',), {}, None),
    ('eval_import', 'eval("__import__(\'subprocess\')")', ('error',), {}, None),
    ('exec_import', 'exec("import socket\\nsocket.socket()")', ('error',), {}, None),
    ('subprocess', 'import subprocess\nsubprocess.run(["id"])', ('error',), {}, None),
    ('socket', 'import socket\nsocket.create_connection(("127.0.0.1", 80))', ('error',), {}, None),
    ('ctypes', 'import ctypes\nctypes.CDLL(None)', ('error',), {}, None),
    ('multiprocessing_cpus', 'import multiprocessing\nprint(multiprocessing.cpu_count())', ('error', 'ok'), {}, None),
    ('threading', 'import threading\nthreading.Thread(target=print).start()', ('error', 'ok'), {}, None),
    ('signal_alarm', 'import signal\nsignal.alarm(1)', ('error',), {}, None),
    ('subclasses_escape', 'print(len(().__class__.__base__.__subclasses__()) >= 0)', ('error', 'ok'), {}, None),
    ('globals_builtins', 'b = globals()["__builtins__"]\nprint(getattr(b, "open", None))', ('error', 'ok'), {}, None),
    ('code_object_tamper', 'def f():\n    pass\nprint(f.__code__.co_code)', ('error', 'ok'), {}, None),
    ('del_raises', 'class A:\n    def __del__(self):\n        raise ValueError("x")\na = A()\ndel a\nprint("after")',
     ('ok', 'error'), {}, None),
    ('time_now', 'import time\nprint(time.time() > 0)', ('ok', 'error'), {}, 'time'),
    ('datetime_now', 'import datetime\nprint(datetime.datetime.now().year > 2000)', ('ok', 'error'), {}, 'datetime'),
    ('random_system', 'import random\nprint(random.SystemRandom().random() < 1)', ('ok', 'error'), {}, 'random'),
    ('random_seed_none', 'import random\nrandom.seed()\nprint(random.random() < 1)', ('ok', 'error'), {}, 'random'),
    ('help_builtin', 'help(len)', ('ok', 'error'), {}, None),
    ('breakpoint_builtin', 'breakpoint()', ('ok', 'error'), {}, None),
]
