#!/usr/bin/env python3
"""tests/hardening/test_faults.py — server fault injection on `tirbox serve`.

Workers SIGKILLed at random mid-request and SIGSTOPped, stdin flooded, stdout closed early, a
reader that stalls, a client that vanishes. Every time: exactly one response per request that can
still be delivered, no worker left a zombie or alive after the server, no file descriptor leaked
by the supervisor, exit status 0.
"""
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'protocol'))
from serveproc import TIRBOX, Check, Reader, children, cpu_ticks, start  # noqa: E402

CLK = os.sysconf('SC_CLK_TCK')


def fds(pid):
    try:
        return len(os.listdir('/proc/%d/fd' % pid))
    except OSError:
        return -1


def state(pid):
    try:
        with open('/proc/%d/stat' % pid, 'rb') as f:
            return f.read().rsplit(b')', 1)[1].split()[0].decode()
    except OSError:
        return None


def zombies(pid):
    return [k for k in children(pid) if state(k) == 'Z']


def wait_gone(pids, timeout=10):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        alive = [k for k in pids if state(k) not in (None, 'Z')]
        if not alive:
            return []
        time.sleep(0.05)
    return alive


def settle(p, n_workers, timeout=20):
    """Waits until the server has its n one-shot workers and no zombie; returns its fd count."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        kids = children(p.pid)
        if len(kids) == n_workers and not zombies(p.pid):
            return fds(p.pid)
        time.sleep(0.05)
    return -1


def one_each(lines, ids):
    seen = {}
    for r in lines:
        seen[r.get('id')] = seen.get(r.get('id'), 0) + 1
    want = set(ids)
    lost = [i for i in ids if i not in seen]
    dup = [i for i, c in seen.items() if c > 1]
    extra = [i for i in seen if i not in want]
    return lost, dup, extra


def test_sigkill_random_workers(check):
    """Workers killed at random while 600 requests run: each gets one response (crash for those
    hit), the server replaces its workers, holds no more fds than before, leaves no zombie."""
    p = start(['--workers', '2'])
    rd = Reader(p.stdout)
    p.stdin.write(b'{"id":"warm","code":"print(1)"}\n')
    p.stdin.flush()
    rd.wait_for(1)
    fd0 = settle(p, 2)
    reqs = []
    for i in range(600):
        kind = i % 4
        code = ('print(%d)' % i if kind == 0 else
                'x = 0\nfor k in range(3 * 10**5):\n    x += k\nprint(x)' if kind == 1 else
                'while True:\n    pass' if kind == 2 else '1/0')
        reqs.append({'id': i, 'code': code, 'limits': {'time_ms': 150}})
    stop = threading.Event()
    kills = []

    def killer():
        rng = random.Random(7)
        while not stop.is_set():
            kids = children(p.pid)
            if kids:
                k = rng.choice(kids)
                try:
                    os.kill(k, signal.SIGKILL)
                    kills.append(k)
                except OSError:
                    pass
            time.sleep(rng.uniform(0.01, 0.08))
    t = threading.Thread(target=killer, daemon=True)
    t.start()
    p.stdin.write(''.join(json.dumps(r) + '\n' for r in reqs).encode())
    p.stdin.flush()
    lines = rd.wait_for(601, timeout=240)
    stop.set()
    t.join()
    time.sleep(0.5)   # the last worker killed is dead, and seen dead, before the next request
    lost, dup, extra = one_each(lines[1:], list(range(600)))
    statuses = {}
    for r in lines[1:]:
        statuses[r.get('status')] = statuses.get(r.get('status'), 0) + 1
    wrong = [r for r in lines[1:] if r.get('status') not in ('ok', 'error', 'timeout', 'crash') or
             (r.get('status') == 'ok' and r['id'] % 4 == 0 and r.get('stdout') != '%d\n' % r['id'])]
    check('sigkill_one_reply_each', not lost and not dup and not extra and not wrong and len(kills) > 20,
          'lost %s dup %s extra %s wrong %s kills %d' % (lost[:5], dup[:5], extra[:5], wrong[:2], len(kills)))
    check('sigkill_crashes_reported', statuses.get('crash', 0) > 0, statuses)
    fd1 = settle(p, 2)
    check('sigkill_no_fd_leak', fd0 > 0 and fd1 == fd0, (fd0, fd1))
    check('sigkill_no_zombie', not zombies(p.pid), zombies(p.pid))
    kids = children(p.pid)
    p.stdin.write(b'{"id":"last","code":"print(7)"}\n')
    p.stdin.close()
    lines = rd.wait_for(602, timeout=60)
    rc = p.wait(timeout=60)
    check('sigkill_then_served', lines[-1].get('stdout') == '7\n' and rc == 0, (lines[-1:], rc))
    check('sigkill_workers_gone_after_exit', not wait_gone(kids), wait_gone(kids))


def test_sigstop_worker(check):
    """A stopped worker uses no CPU: the wall-clock limit (time_ms + 10 s) ends its request, and
    the next request is served by its successor."""
    p = start(['--workers', '1'])
    rd = Reader(p.stdout)
    p.stdin.write(b'{"id":"warm","code":"print(1)"}\n')
    p.stdin.flush()
    rd.wait_for(1)
    victim = children(p.pid)[0]
    os.kill(victim, signal.SIGSTOP)
    t0 = time.monotonic()
    p.stdin.write(b'{"id":"stuck","code":"print(2)","limits":{"time_ms":100}}\n{"id":"next","code":"print(3)"}\n')
    p.stdin.close()
    lines = rd.wait_for(3, timeout=60)
    wall = time.monotonic() - t0
    rc = p.wait(timeout=30)
    got = {r['id']: r for r in lines}
    check('sigstop_timeout', got.get('stuck', {}).get('status') == 'timeout' and 9 < wall < 30, (got.get('stuck'), wall))
    check('sigstop_next_served', got.get('next', {}).get('stdout') == '3\n' and rc == 0, (got.get('next'), rc))
    check('sigstop_worker_reaped', state(victim) is None, state(victim))


def test_flood_stdin(check):
    """200,000 lines written as fast as the pipe takes them (pings, programs, bad lines): one
    response each, in a bounded time."""
    n = 200000
    lines = []
    for i in range(n):
        k = i % 5
        lines.append('{"id":%d,"op":"ping"}' % i if k < 2 else
                     '{"id":%d,"code":"print(%d)"}' % (i, i) if k < 4 else '{"id":%d,"op":"nope"}' % i)
    payload = ('\n'.join(lines) + '\n').encode()
    p = start()
    t0 = time.monotonic()
    out, _ = p.communicate(payload, timeout=600)
    wall = time.monotonic() - t0
    resps = [json.loads(l) for l in out.splitlines()]
    lost, dup, extra = one_each(resps, list(range(n)))
    bad = [r for r in resps if r['status'] != ('bad_request' if r['id'] % 5 == 4 else 'ok')]
    check('flood_one_reply_each', not lost and not dup and not extra and not bad and p.returncode == 0,
          'lost %d dup %d extra %d bad %s rc %s' % (len(lost), len(dup), len(extra), bad[:2], p.returncode))
    print('# flood: %d lines in %.1f s' % (n, wall))


def test_close_stdout_in_flight(check):
    """The reader closes stdout while requests run: the server stops at once (exit 0) and takes
    its workers with it."""
    p = start(['--workers', '2'])
    p.stdin.write(b'{"id":1,"code":"while True:\\n    pass","limits":{"time_ms":60000}}\n' * 4)
    p.stdin.flush()
    time.sleep(0.5)
    kids = children(p.pid)
    p.stdout.close()
    p.stdin.write(b'{"id":2,"code":"print(1)"}\n')
    p.stdin.flush()
    try:
        rc = p.wait(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = 'hung'
    check('close_stdout_exit_0', rc == 0, rc)
    check('close_stdout_workers_gone', kids and not wait_gone(kids), (kids, wait_gone(kids)))
    p.stdin.close()


def test_stalled_reader(check):
    """Nobody reads stdout for 3 s while 300 requests of 60 kB output each complete: the server
    holds back, then every response arrives whole."""
    n = 300
    p = start(['--workers', '2'])
    rd_lines = []

    def feed():
        for i in range(n):
            p.stdin.write(('{"id":%d,"code":"print(\\"%d\\" * 60000)"}\n' % (i, i % 10)).encode())
        p.stdin.close()
    threading.Thread(target=feed, daemon=True).start()
    time.sleep(3)
    stalled_fds = fds(p.pid)
    for line in p.stdout:
        rd_lines.append(json.loads(line))
    rc = p.wait(timeout=60)
    lost, dup, extra = one_each(rd_lines, list(range(n)))
    whole = all(r.get('stdout') == str(r["id"] % 10) * 60000 + '\n' for r in rd_lines)
    check('stalled_reader_one_reply_each', not lost and not dup and not extra and whole and rc == 0,
          (len(lost), len(dup), whole, rc, stalled_fds))


def test_client_vanishes(check):
    """The client dies with requests in flight (both pipes closed at once): the server exits 0
    and no worker outlives it."""
    r, w = os.pipe()
    r2, w2 = os.pipe()
    p = subprocess.Popen([TIRBOX, 'serve', '--workers', '2'], stdin=r, stdout=w2,
                         stderr=subprocess.DEVNULL)
    os.close(r)
    os.close(w2)
    os.write(w, b'{"id":1,"code":"while True:\\n    pass","limits":{"time_ms":60000}}\n' * 3 +
             b'{"id":2,"session":"s","code":"x = 1"}\n{"id":3,"session":"s","code":"while True:\\n    pass"}\n')
    time.sleep(0.7)
    kids = children(p.pid)
    os.close(w)
    os.close(r2)
    try:
        rc = p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = 'hung'
    check('client_vanishes_exit_0', rc == 0, rc)
    check('client_vanishes_workers_gone', len(kids) >= 2 and not wait_gone(kids), (kids, wait_gone(kids)))


def test_session_worker_killed(check):
    """A session's worker killed mid-request: that request is a crash, the session starts afresh,
    and its later requests are answered in order."""
    p = start(['--workers', '1'])
    rd = Reader(p.stdout)
    settle(p, 1)
    oneshot = set(children(p.pid))
    p.stdin.write(b'{"id":1,"session":"s","mode":"cell","code":"x = 5"}\n'
                  b'{"id":2,"session":"s","mode":"cell","code":"while True:\\n    pass","limits":{"time_ms":30000}}\n')
    p.stdin.flush()
    rd.wait_for(1)
    # The victim is the session's worker (the one child not there before the session) once it has
    # spun for 0.3 s of CPU since reply 1: by then it runs request 2. Picking any running child
    # could hit a one-shot worker still starting up, or the session's worker still ending
    # request 1 before request 2 was handed to it (both happen on a loaded machine).
    end = time.monotonic() + 30
    victim, base = None, {}
    while victim is None and time.monotonic() < end:
        for k in children(p.pid):
            c = cpu_ticks(k)
            if k not in oneshot and c >= 0 and c - base.setdefault(k, c) >= 0.3 * CLK:
                victim = k
        time.sleep(0.05)
    if victim:
        os.kill(victim, signal.SIGKILL)
    p.stdin.write(b'{"id":3,"session":"s","mode":"cell","code":"x"}\n{"id":4,"op":"close","session":"s"}\n')
    p.stdin.close()
    lines = rd.wait_for(4, timeout=60)
    rc = p.wait(timeout=30)
    got = {r['id']: r for r in lines}
    check('session_killed_crash', got.get(2, {}).get('status') == 'crash', got.get(2))
    check('session_killed_fresh_namespace', (got.get(3, {}).get('error') or {}).get('type') == 'NameError' and
          [r['id'] for r in lines] == [1, 2, 3, 4] and rc == 0, lines)


def main():
    check = Check()
    for t in (test_sigkill_random_workers, test_sigstop_worker, test_flood_stdin, test_close_stdout_in_flight,
              test_stalled_reader, test_client_vanishes, test_session_worker_killed):
        if len(sys.argv) < 2 or sys.argv[1] in t.__name__:
            check.run(t)
    check.exit()


if __name__ == '__main__':
    main()
