#!/usr/bin/env python3
"""tests/bench/bench_serve_load.py — 100,000 request lines through one `tirbox serve`, mixing
programs that succeed, raise, time out and crash (a thread SIGKILLs workers from outside),
bad_request lines of every kind, pings and session cells. Every line must get exactly one reply:
0 lost, 0 duplicated; each reply's status must be the one its line calls for (any exec may
instead be `crash` when its worker was killed)."""
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'protocol'))
from serveproc import children  # noqa: E402
from servebench import Server  # noqa: E402

N = int(os.environ.get('BENCH_LOAD_N', '100000'))


def make(i, rnd):
    """(line, expected status) for request i; a bad line's reply has a null id when the line is
    not a JSON object."""
    k = rnd.random()
    if k < 0.70:
        return json.dumps({'id': i, 'code': 'x = %d\nprint(x * 2)' % i}), 'ok'
    if k < 0.82:
        return json.dumps({'id': i, 'code': 'y = [1, 2]\ny[%d]' % (i % 7 + 2)}), 'error'
    if k < 0.825:
        return json.dumps({'id': i, 'code': 'while True:\n    pass', 'limits': {'time_ms': 20}}), 'timeout'
    if k < 0.86:
        bad = ['{"id":%d,' % i, '{"id":%d,"op":"fly"}' % i, '{"id":%d,"code":7}' % i, '[%d]' % i,
               '{"id":%d,"code":"","limits":{"time_ms":-1}}' % i]
        return bad[i % len(bad)], 'bad_request'
    if k < 0.90:
        return json.dumps({'id': i, 'op': 'ping'}), 'ok'
    s = 'sess%d' % (i % 17)
    if k < 0.905:
        return json.dumps({'id': i, 'op': 'close', 'session': s}), 'ok'
    return json.dumps({'id': i, 'session': s, 'mode': 'cell', 'code': 'n = %d\nn + 1' % i}), 'ok'


def main():
    rnd = random.Random(7)
    lines, want = [], {}
    for i in range(N):
        line, status = make(i, rnd)
        lines.append(line.encode() + b'\n')
        want[i] = status
    s = Server([os.environ['TIRBOX'], 'serve'])
    s.warm()
    stop = threading.Event()
    kills = [0]

    def killer():
        # A killed worker that was running a program, or a session's idle worker whose next cell
        # then finds it dead, makes a `crash` reply; an idle one-shot worker is just replaced.
        while not stop.wait(0.1):
            kids = children(s.p.pid)
            if kids:
                try:
                    os.kill(rnd.choice(kids), 9)
                    kills[0] += 1
                except OSError:
                    pass
    threading.Thread(target=killer, daemon=True).start()
    t0 = time.monotonic()
    s.feed(b''.join(lines))
    got = s.replies(N)
    stop.set()
    rest, rc = s.finish()
    dt = time.monotonic() - t0
    seen, dup, wrong, ids_null, counts = {}, 0, [], 0, {}
    for line in got + rest.splitlines():
        r = json.loads(line)
        rid = r.get('id')
        counts[r['status']] = counts.get(r['status'], 0) + 1
        if rid is None:   # a bad line that is not a JSON object
            ids_null += 1
            continue
        if rid in seen:
            dup += 1
        seen[rid] = r
        w = want.get(rid)
        # Only programs run in a worker, so only they can crash (pings, closes and bad lines cannot).
        crashed_program = r['status'] == 'crash' and w != 'bad_request' and b'"op"' not in lines[rid]
        if r['status'] != w and not crashed_program:
            wrong.append((rid, w, r['status']))
    null_expected = sum(1 for i in range(N) if want[i] == 'bad_request' and
                        (lines[i].startswith(b'[') or lines[i].endswith(b',\n')))
    lost = N - len(seen) - ids_null
    print('RESULT serve_load: %d lines in %.1f s (%.0f/s): lost %d, duplicated %d, wrong status %d; '
          'statuses %s; %d workers killed from outside; exit status %d'
          % (N, dt, N / dt, lost, dup, len(wrong), json.dumps(counts, sort_keys=True), kills[0], rc))
    ok = lost == 0 and dup == 0 and not wrong and rc == 0 and ids_null == null_expected and counts.get('crash', 0) > 0
    if not ok:
        print('FAIL serve_load: %s' % (wrong[:5] or 'null ids %d, expected %d, crashes %d' %
                                       (ids_null, null_expected, counts.get('crash', 0))))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
