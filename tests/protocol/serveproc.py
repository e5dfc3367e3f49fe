"""tests/protocol/serveproc.py — helpers for script tests that drive `tirbox serve` (stdlib only).

The binary is $TIRBOX; `Check` prints the PASS/FAIL lines that tests/run counts.
"""
import json
import os
import subprocess
import sys
import threading
import time

TIRBOX = os.environ.get('TIRBOX') or os.path.join(os.path.dirname(__file__), '..', '..', 'tirbox')


class Check:
    def __init__(self):
        self.failed = 0

    def __call__(self, name, ok, why=''):
        if ok:
            print('PASS %s' % name)
        else:
            self.failed += 1
            print('FAIL %s%s' % (name, ': ' + str(why)[:800] if why else ''))
        sys.stdout.flush()

    def run(self, fn):
        """Runs one test function; an exception is a failure, not a crash of the script."""
        try:
            fn(self)
        except Exception as e:  # noqa: BLE001 -- report and go on
            self(fn.__name__, False, '%s: %s' % (type(e).__name__, e))

    def exit(self):
        sys.exit(1 if self.failed else 0)


def start(args=()):
    return subprocess.Popen([TIRBOX, 'serve'] + list(args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def exchange(data, args=(), timeout=120):
    """Sends raw bytes to a fresh server, closes stdin; returns (response dicts, raw stdout, rc, stderr)."""
    p = start(args)
    try:
        out, err = p.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        raise AssertionError('server did not finish within %ss' % timeout)
    resps = [json.loads(l) for l in out.decode('utf-8').splitlines()]
    return resps, out, p.returncode, err.decode('utf-8', 'replace')


def requests(reqs, args=(), timeout=120):
    """Sends request dicts; returns {id: response} (ids must be unique) and the list in arrival order."""
    data = ''.join(json.dumps(r) + '\n' for r in reqs).encode('utf-8')
    resps, _, rc, err = exchange(data, args, timeout)
    if rc != 0:
        raise AssertionError('serve exited %s: %s' % (rc, err[-500:]))
    return {r.get('id'): r for r in resps}, resps


def children(pid):
    """The pids of a process's children (its workers)."""
    kids = []
    try:
        for tid in os.listdir('/proc/%d/task' % pid):
            with open('/proc/%d/task/%s/children' % (pid, tid)) as f:
                kids += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return kids


def cpu_ticks(pid):
    try:
        with open('/proc/%d/stat' % pid, 'rb') as f:
            fields = f.read().rsplit(b')', 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return -1


class Reader(threading.Thread):
    """Collects a server's stdout lines as parsed responses."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.lines, self.cond = stream, [], threading.Condition()
        self.start()

    def run(self):
        for line in self.stream:
            with self.cond:
                self.lines.append(json.loads(line))
                self.cond.notify_all()

    def wait_for(self, n, timeout=60):
        end = time.monotonic() + timeout
        with self.cond:
            while len(self.lines) < n and time.monotonic() < end:
                self.cond.wait(0.1)
            return list(self.lines)
