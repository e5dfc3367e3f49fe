#!/usr/bin/env python3
"""The Python client (examples/python/tirbox.py) against `$TIRBOX serve`: many requests in flight
from threads and asyncio, sessions, the server killed mid-batch, and the executors' texts.

Expected texts are what ToRA's and Qwen2.5-Math's executors give under CPython 3.11 (found by
running their logic in CPython: exec in a fresh namespace, stdout captured, the traceback's last line).
"""
import asyncio
import concurrent.futures
import os
import signal
import sys
import threading
import time

from common import SERVE, expect, run_checks

import tirbox


def concurrency():
    """400 requests from 8 threads, all in flight at once; every response pairs with its request."""
    with tirbox.Client(SERVE) as c:
        futures = {}
        lock = threading.Lock()

        def send(t):
            for k in range(50):
                n = t * 1000 + k
                f = c.submit({'code': 'n = %d\nprint(n * 3, n %% 7)' % n})
                with lock:
                    futures[n] = f
        threads = [threading.Thread(target=send, args=(t,)) for t in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        expect(len(futures), 400, 'requests sent')
        for n, f in futures.items():
            r = f.result(120)
            expect((r['status'], r['stdout']), ('ok', '%d %d\n' % (n * 3, n % 7)), 'request %d' % n)


def asyncio_many():
    """asyncio: 100 aexec calls gathered at once."""
    async def main(c):
        return await asyncio.gather(*[c.aexec('print(%d ** 2)' % i) for i in range(100)])
    with tirbox.Client(SERVE) as c:
        got = asyncio.run(main(c))
    expect([r['stdout'] for r in got], ['%d\n' % (i * i) for i in range(100)])


def session_cells():
    """A session's cells see each other's globals, in order; a trailing expression is displayed."""
    with tirbox.Client(SERVE) as c:
        with c.session() as s:
            futs = [s.submit('x = 20'), s.submit('x += 1\nx * 2'), s.submit('print(x)')]
            got = [f.result(60) for f in futs]
        expect(got[1].get('display'), '42')
        expect(got[2]['stdout'], '21\n')
        r = c.exec('print(x)')
        expect(r['tora'], "NameError: name 'x' is not defined", 'one-shot after the session')


def server_death():
    """The server is killed with 20 slow requests in flight: each fails with ServerDied, none hangs,
    and the next request runs on a new server."""
    with tirbox.Client(SERVE) as c:
        expect(c.exec('print(1)')['stdout'], '1\n')
        pid = c.pid
        slow = [c.submit({'code': 'while True:\n    pass', 'limits': {'time_ms': 3000}}) for _ in range(20)]
        time.sleep(0.5)
        os.kill(pid, signal.SIGKILL)
        done, pending = concurrent.futures.wait(slow, timeout=30)
        expect(len(pending), 0, 'requests still pending 30 s after the kill')
        for f in done:
            if not isinstance(f.exception(), tirbox.ServerDied):
                raise AssertionError('want ServerDied, got %r' % (f.exception() or f.result()))
        if 'in flight' not in str(slow[0].exception()):
            raise AssertionError('unclear error: %s' % slow[0].exception())
        r = c.exec('print(2)')
        expect(r['stdout'], '2\n', 'after the restart')
        expect(c.restarts, 1, 'restarts')
        if c.pid == pid:
            raise AssertionError('same server pid after the restart')


# (program, ToRA's (result, report) reading stdout, Qwen2.5-Math's (result, report))
TEXTS = [
    ('print(1)\nprint(2)', ('2\n', 'Done'), ('1\n2', 'Done')),
    ('x = 3\nx * 2', ('', 'IndexError: list index out of range'), ('6', 'Done')),
    ('print(1)\n1/0', ('', 'ZeroDivisionError: division by zero'), ('', 'ZeroDivisionError: division by zero')),
    ("s = 'ab'\ns * 2", ('', 'IndexError: list index out of range'), ('abab', 'Done')),
    ("print('%d' % 7 * 150)", ('7' * 150 + '\n', 'Done'), ('7' * 150, 'Done')),
    ("x = input('a')", ('', 'RuntimeError'), ('', 'SyntaxError: invalid syntax')),
    ("import os\nos.system('ls')", ('', 'RuntimeError'), None),
    ('x = 5\ny = 3 +', ('', 'SyntaxError: invalid syntax'), ('', 'SyntaxError: invalid syntax')),
    ("raise ValueError('v' * 500)", ('', 'ValueError: ' + 'v' * 500), ('', 'SyntaxError: invalid syntax')),
    ("x = 1\nprint(x, {}['k' * 500])", None, ('', tirbox.truncate("KeyError: '%s'" % ('k' * 500)))),
    ('print([i ** 2 for i in range(5)])\nsum(range(10))', ('[0, 1, 4, 9, 16]\n', 'Done'), ('45', 'Done')),
    ("  \nprint('hi')\n\n", ('hi\n', 'Done'), ('hi', 'Done')),
    ('from fractions import Fraction\nFraction(3, 4)', ('', 'IndexError: list index out of range'), ('3/4', 'Done')),
    ('print(undefined)', ('', "NameError: name 'undefined' is not defined"),
     ('', "NameError: name 'undefined' is not defined")),
    ('1 +\nprint(2)', ('', 'SyntaxError: invalid syntax'), ('', 'SyntaxError: invalid syntax')),
    ('def solution():\n    return 3 / 4', ('', 'IndexError: list index out of range'),
     ('', 'IndentationError: expected an indented block after function definition on line 1')),
]


def executor_texts(cls, column):
    def check():
        cases = [(code, row[column]) for row in TEXTS for code in [row[0]] if row[column] is not None]
        with tirbox.Client(SERVE) as c:
            ex = cls(get_answer_from_stdout=True, client=c)
            got = ex.batch_apply([code for code, _ in cases])
            expect(ex.apply(cases[0][0]), cases[0][1], 'apply')
        for (code, want), g in zip(cases, got):
            expect(g, want, repr(code))
    return check


def pal_answer_expr():
    """ToRA's PAL setting: get_answer_expr='solution()'."""
    with tirbox.Client(SERVE) as c:
        ex = tirbox.ToraExecutor(get_answer_expr='solution()', client=c)
        got = ex.batch_apply(['def solution():\n    return 3 / 4', "def solution():\n    return {}['k']", 'x = 1'])
    expect(got, [('0.75', 'Done'), ('', "KeyError: 'k'"), ('', "NameError: name 'solution' is not defined")])


def timeout_text():
    """A program over its time limit reports timeout_decorator's text, as both executors do."""
    with tirbox.Client(SERVE) as c:
        for cls in (tirbox.ToraExecutor, tirbox.QwenExecutor):
            ex = cls(get_answer_from_stdout=True, timeout_length=0.5, client=c)
            expect(ex.apply('while True:\n    print(1, end="")'),
                   ('', "timeout_decorator.timeout_decorator.TimeoutError: 'Timed Out'"), cls.__name__)


if __name__ == '__main__':
    sys.exit(run_checks([
        ('client_concurrency_400_in_flight', concurrency),
        ('client_asyncio_gather', asyncio_many),
        ('client_session_cells', session_cells),
        ('client_server_death_mid_batch', server_death),
        ('executor_tora_texts', executor_texts(tirbox.ToraExecutor, 1)),
        ('executor_qwen_texts', executor_texts(tirbox.QwenExecutor, 2)),
        ('executor_pal_answer_expr', pal_answer_expr),
        ('executor_timeout_text', timeout_text),
    ]))
