#!/usr/bin/env python3
"""tests/sandbox/test_serve_workers.py — the workers of the real `tirbox serve` binary are caged:
seccomp filter mode and no-new-privs in /proc/<worker>/status, the rlimits in /proc/<worker>/limits,
only their two pipes open, and they die with their supervisor (PR_SET_PDEATHSIG). The forbidden
syscalls themselves are tried in tests/unit/test_sandbox.c, under the same filter.
"""
import os
import signal
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'protocol'))
from serveproc import Check, Reader, children, start  # noqa: E402

SANITIZER = bool(os.environ.get('TIRBOX_SANITIZER'))


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ''


def alive(pid):
    st = read('/proc/%d/status' % pid)
    return bool(st) and '\nState:\tZ' not in st


def test_worker_cage(check):
    p = start(['--workers', '2'])
    rd = Reader(p.stdout)
    p.stdin.write(b'{"id":1,"op":"ping"}\n')
    p.stdin.flush()
    rd.wait_for(1)
    kids, end = [], time.monotonic() + 10
    while len(kids) < 2 and time.monotonic() < end:
        kids = children(p.pid)
        time.sleep(0.05)
    time.sleep(0.3)   # the workers enter the sandbox right after fork
    check('two_workers_forked', len(kids) == 2, kids)
    for i, k in enumerate(kids):
        st = read('/proc/%d/status' % k)
        check('worker_seccomp_filter%d' % i, '\nSeccomp:\t2\n' in st, st[-400:])
        check('worker_no_new_privs%d' % i, '\nNoNewPrivs:\t1\n' in st, '')
        lim = read('/proc/%d/limits' % k)
        rows = {l[:26].strip(): l[26:].split() for l in lim.splitlines()[1:]}
        check('worker_rlimits%d' % i, rows.get('Max file size', [])[:2] == ['0', '0'] and
              rows.get('Max processes', [])[:2] == ['0', '0'] and rows.get('Max core file size', [])[:2] == ['0', '0']
              and rows.get('Max cpu time', [])[:2] == ['7200', '7200'] and
              (SANITIZER or rows.get('Max address space', ['unlimited'])[0] != 'unlimited'), rows)
        fds = sorted(int(x) for x in os.listdir('/proc/%d/fd' % k))
        check('worker_fds%d' % i, fds == ([2, 3, 4] if SANITIZER else [3, 4]), fds)
    # The supervisor dies without cleaning up: its workers must follow it.
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    end = time.monotonic() + 10
    while any(alive(k) for k in kids) and time.monotonic() < end:
        time.sleep(0.05)
    check('workers_die_with_supervisor', kids and not any(alive(k) for k in kids), kids)


def main():
    check = Check()
    check.run(test_worker_cage)
    check.exit()


if __name__ == '__main__':
    main()
