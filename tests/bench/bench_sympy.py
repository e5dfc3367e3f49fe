#!/usr/bin/env python3
"""bench_sympy — the sympy module on corpus-shaped work (expand, factor, solve of a linear system,
a quadratic and a rational equation, simplify, det/inv, diff, integrate, isprime/factorint,
evalf(50), solve + subs): tirbox against CPython 3.11 + sympy 1.14 in the same run, on the
programs of tests/bench/data/sympy.jsonl.

Both servers report the CPU time of each run (`time_ms`). A worker's CPU clock advances in
scheduler ticks on some machines, which a run of a millisecond or less does not reach, so tirbox
runs each program INNER times in one request (the program's lines inside a loop, the output
checked to be INNER copies of sympy's) and its time is divided by INNER. The reference runs the
program as it is. Prints one RESULT line per program (mean over REPS runs on each side) and the
geometric mean; fails when an output differs from sympy's.
"""
import json
import math
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPS = 3
INNER = 50


def repeated(code, n):
    return 'for _bench_rep in range(%d):\n' % n + ''.join('    ' + line + '\n' for line in code.splitlines())


def run(cmd, programs, inner):
    reqs = []
    for rep in range(REPS):
        for p in programs:
            code = repeated(p['code'], inner) if inner > 1 else p['code']
            reqs.append({'id': '%s#%d' % (p['id'], rep), 'code': code,
                         'limits': {'time_ms': 120000, 'memory_mb': 2048}})
    payload = ''.join(json.dumps(r) + '\n' for r in reqs).encode()
    out = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE, check=True).stdout.decode()
    got = {}
    for line in out.splitlines():
        r = json.loads(line)
        got.setdefault(r['id'].split('#')[0], []).append(r)
    return got


def main():
    with open(os.path.join(HERE, 'data', 'sympy.jsonl')) as f:
        programs = [json.loads(line) for line in f]
    ours = run([os.environ['TIRBOX'], 'serve'], programs, INNER)
    ref = run([os.environ['PYSERVE'], '--jobs', '1'], programs, 1)
    ratios, failed = [], 0
    for p in programs:
        a, b = ours[p['id']], ref[p['id']]
        if any(r.get('stdout') != p['expect_stdout'] * INNER for r in a):
            print('FAIL %s: output differs from sympy\'s' % p['id'])
            failed += 1
            continue
        t_ours = statistics.mean(r['time_ms'] for r in a) / INNER
        t_ref = statistics.mean(r['time_ms'] for r in b)
        ratios.append(t_ref / t_ours)
        print('RESULT sympy %s: %.0fx faster than sympy 1.14 (tirbox %.3f ms, sympy %.1f ms, means of %d runs)'
              % (p['id'], t_ref / t_ours, t_ours, t_ref, REPS))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print('RESULT sympy: geometric mean %.0fx faster than sympy 1.14 over %d programs (slowest ratio %.0fx)'
              % (gm, len(ratios), min(ratios)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
