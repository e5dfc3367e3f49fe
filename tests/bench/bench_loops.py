#!/usr/bin/env python3
"""bench_loops — brute-force loops as models write them: tirbox against CPython 3.11.

Runs each program of tests/bench/data/loops.jsonl REPS times through `tirbox serve` ($TIRBOX) and
through the reference server ($PYSERVE: CPython 3.11 + sympy) in the same run, and compares the
CPU time each server reports for running the program (`time_ms`, process start-up excluded on
both sides). Prints one RESULT line per program (median ratio CPython/tirbox) and an overall
geometric mean; fails when a program's output differs from CPython's.
"""
import json
import math
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPS = 5


def run(server, programs):
    reqs = []
    for rep in range(REPS):
        for p in programs:
            reqs.append({'id': '%s#%d' % (p['id'], rep), 'code': p['code'],
                         'limits': {'time_ms': 60000, 'memory_mb': 2048}})
    payload = ''.join(json.dumps(r) + '\n' for r in reqs).encode()
    out = subprocess.run([server, 'serve'] if server.endswith('tirbox') else [server, '--jobs', '1'],
                         input=payload, stdout=subprocess.PIPE, check=True).stdout.decode()
    got = {}
    for line in out.splitlines():
        r = json.loads(line)
        got.setdefault(r['id'].split('#')[0], []).append(r)
    return got


def bench(data, label):
    """Runs the programs of tests/bench/data/DATA on both servers; RESULT lines name them LABEL."""
    tirbox, pyserve = os.environ['TIRBOX'], os.environ['PYSERVE']
    with open(os.path.join(HERE, 'data', data)) as f:
        programs = [json.loads(line) for line in f]
    ours, ref = run(tirbox, programs), run(pyserve, programs)
    ratios, failed = [], 0
    for p in programs:
        a, b = ours[p['id']], ref[p['id']]
        if any(r.get('stdout') != p['expect_stdout'] for r in a):
            print('FAIL %s: output differs from CPython\'s' % p['id'])
            failed += 1
            continue
        t_ours = statistics.median(max(r['time_ms'], 0.05) for r in a)
        t_ref = statistics.median(r['time_ms'] for r in b)
        ratios.append(t_ref / t_ours)
        print('RESULT %s %s: %.1fx faster than CPython (tirbox %.1f ms, CPython %.1f ms, median of %d)'
              % (label, p['id'], t_ref / t_ours, t_ours, t_ref, REPS))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print('RESULT %s: geometric mean %.1fx faster than CPython 3.11 over %d programs (slowest ratio %.1fx)'
              % (label, gm, len(ratios), min(ratios)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(bench('loops.jsonl', 'loops'))
