#!/usr/bin/env python3
"""tests/hardening/soak.py — the soak (`make soak`): N requests (default 10^6) through one
`tirbox serve`, corpus programs mixed with bombs, sessions, grading, pings and bad lines.

    tests/hardening/soak.py [--requests N] [--tirbox ./tirbox] [--workers W]

Every request has a unique id; the responses are counted per id: lost (no response) and
duplicated (more than one) must both be 0. The supervisor's resident memory is sampled at
every 1% of the responses: its growth from the end of the first 10% of the run (once the
server's buffers and its queue of waiting requests have reached their working size) to the last
10% (the median of its samples) must stay under 5%. Prints the figures and one PASS/FAIL line each.
"""
import argparse
import json
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from bombs import BOMBS  # noqa: E402

CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus')


def jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def rss_kb(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Mix:
    """The request of each index: mostly corpus programs (one-shot), one in 500 a bomb under
    tight limits, one in 200 a three-request session (with its close), and pings, grades and bad
    lines among them."""

    def __init__(self):
        recs = jsonl(os.path.join(CORPUS, 'programs.public.jsonl'))
        self.programs = []
        for rec in recs:
            if rec.get('ref_ms', 0) > 200:   # the slow ones would only time out
                continue
            q = dict(rec['requests'][-1])
            q.pop('session', None)
            q['limits'] = {'time_ms': 250, 'memory_mb': 256}
            self.programs.append(q)
        self.grades = [{'op': 'grade', 'pred': g['pred'], 'gold': g['gold']}
                       for g in jsonl(os.path.join(CORPUS, 'grader.public.jsonl'))]
        self.bombs = [{'code': code, 'limits': dict({'time_ms': 50, 'memory_mb': 64}, **{
            k: v for k, v in limits.items() if k == 'output_bytes'})} for _, code, _, limits, _ in BOMBS]

    def lines(self, i):
        """The request line(s) for index i; every request line carries a unique id."""
        k = i % 1000
        if k == 0:
            return ['{"id":%d,"op":"ping"}' % i]
        if k == 1:
            return ['{"id":%d,"op":"dance"}' % i]
        if k == 2:
            return ['{"id":%d,"code":' % i]   # cut short: not JSON
        if k % 500 == 3:
            q = dict(self.bombs[(i // 500) % len(self.bombs)], id=i)
            return [json.dumps(q)]
        if k % 200 == 4:
            s = 'soak%d' % i
            return [json.dumps({'id': '%d.a' % i, 'session': s, 'mode': 'cell', 'code': 'x = %d' % i}),
                    json.dumps({'id': '%d.b' % i, 'session': s, 'mode': 'cell', 'code': 'x + 1'}),
                    json.dumps({'id': '%d.c' % i, 'op': 'close', 'session': s})]
        if k % 50 == 5:
            return [json.dumps(dict(self.grades[(i // 50) % len(self.grades)], id=i))]
        return [json.dumps(dict(self.programs[i % len(self.programs)], id=i))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--requests', type=int, default=10 ** 6)
    ap.add_argument('--tirbox', default=os.path.join(ROOT, 'tirbox'))
    ap.add_argument('--workers', type=int, default=0)
    a = ap.parse_args()
    mix = Mix()
    expected = {}   # id -> responses seen
    bad_lines = 0   # lines cut short: answered with id null
    for i in range(a.requests):
        for line in mix.lines(i):
            if line.endswith(':'):
                bad_lines += 1
            else:
                expected[str(json.loads(line)['id'])] = 0
    total = len(expected) + bad_lines
    args = [a.tirbox, 'serve'] + (['--workers', str(a.workers)] if a.workers else [])
    p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = []
    threading.Thread(target=lambda: err.append(p.stderr.read()), daemon=True).start()

    def feed():
        buf = []
        for i in range(a.requests):
            buf.extend(mix.lines(i))
            if len(buf) >= 256:
                p.stdin.write(('\n'.join(buf) + '\n').encode())
                buf = []
        if buf:
            p.stdin.write(('\n'.join(buf) + '\n').encode())
        p.stdin.close()
    threading.Thread(target=feed, daemon=True).start()
    t0 = time.monotonic()
    samples = []   # (responses so far, rss kB)
    got = dup = unknown = nulls = 0
    statuses = {}
    step = max(1, total // 100)
    for line in p.stdout:
        r = json.loads(line)
        st = r.get('status')
        statuses[st] = statuses.get(st, 0) + 1
        got += 1
        rid = r.get('id')
        if rid is None:
            nulls += 1
        elif str(rid) in expected:
            expected[str(rid)] += 1
            dup += expected[str(rid)] > 1
        else:
            unknown += 1
        if got % step == 0:
            samples.append((got, rss_kb(p.pid)))
    rc = p.wait()
    wall = time.monotonic() - t0
    lost = sum(1 for v in expected.values() if v == 0) + max(0, bad_lines - nulls)
    first = [kb for n, kb in samples if kb and n <= total // 10]
    last = [kb for n, kb in samples if kb and n > total - total // 10]
    # The first tenth is where the server's working set is built: up to 4096 requests wait in the
    # pool with their serialized programs (some 12 MB of them when the writer runs ahead). Its
    # level is taken at its end; the last tenth's is its median, because the response buffer
    # swells for a moment when a batch of large outputs waits for the reader, and is given back.
    f_kb = first[-1] if first else 0
    f_med = sorted(first)[len(first) // 2] if first else 0
    l_kb = sorted(last)[len(last) // 2] if last else 0
    growth = (l_kb - f_kb) / f_kb * 100 if f_kb else float('inf')
    print('# soak: %d request lines, %d responses in %.0f s (%.0f/s), exit %s' % (total, got, wall, got / wall, rc))
    print('# statuses: %s' % json.dumps(statuses, sort_keys=True))
    print('# lost %d, duplicated %d, unexpected ids %d, id null %d (for %d lines cut short)' % (
        lost, dup + max(0, nulls - bad_lines), unknown, nulls, bad_lines))
    print('# supervisor RSS: end of the first 10%% %.0f kB, median of the last 10%% %.0f kB, growth %.2f%% '
          '(from the first tenth\'s median, %.0f kB: %.2f%%); highest %d kB' % (
              f_kb, l_kb, growth, f_med, (l_kb - f_med) / f_med * 100 if f_med else 0,
              max(kb for n, kb in samples if kb)))
    print('# RSS (kB) at each tenth: %s' % ' '.join(str(kb) for n, kb in samples[9::10]))
    print('# RSS (kB) at each percent of the first tenth: %s' % ' '.join(str(kb) for n, kb in samples[:10]))
    ok = True
    for name, cond in (('soak_nothing_lost', lost == 0), ('soak_nothing_duplicated', dup == 0 and unknown == 0 and nulls <= bad_lines),
                       ('soak_clean_exit', rc == 0), ('soak_rss_growth_under_5_percent', growth < 5)):
        print('%s %s' % ('PASS' if cond else 'FAIL', name))
        ok = ok and cond
    if rc:
        sys.stdout.write(err[0].decode('utf-8', 'replace')[-2000:] if err and err[0] else '')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
