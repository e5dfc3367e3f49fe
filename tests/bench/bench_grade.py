#!/usr/bin/env python3
"""tests/bench/bench_grade.py — answer grading speed: the labelled cases of
../shared/corpus/grader.public.jsonl graded by `tirbox serve --workers 1` (`grade` requests) and by
the sympy-based reference grader tests/bench/sympy_grader.py in this process, in the same run.

Both use one core. Times are CPU seconds (this machine is shared, and CPU time does not count
the waits of a loaded machine): for tirbox, the server's and its worker's CPU for the whole run
less that of a run that answers only a ping (start-up); for the reference, the grading loop's
CPU in this process, sympy already imported. The RESULT line gives the time per case of each and
tirbox's speed as a ratio (target >= 100x), with each grader's accuracy against the labels for
context, and the wall times. FAIL when tirbox leaves a case unanswered. BENCH_GRADE_CASES
overrides the case file.
"""
import json
import os
import resource
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import sympy_grader  # noqa: E402
from servebench import Server  # noqa: E402

CASES = os.environ.get('BENCH_GRADE_CASES') or os.path.join(ROOT, '..', 'shared', 'corpus', 'grader.public.jsonl')


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def tirbox_serve(cases):
    """CPU and wall seconds of a `tirbox serve --workers 1` that grades the cases, and its verdicts."""
    cpu0 = children_cpu()
    s = Server([os.environ['TIRBOX'], 'serve', '--workers', '1'])
    s.warm()
    data = b''.join(json.dumps({'id': i, 'op': 'grade', 'pred': c['pred'], 'gold': c['gold']}).encode() + b'\n'
                    for i, c in enumerate(cases))
    t0 = time.monotonic()
    s.feed(data)
    got = [json.loads(line) for line in s.replies(len(cases))]
    wall = time.monotonic() - t0
    s.finish()
    return children_cpu() - cpu0, wall, {r['id']: r.get('equal') for r in got if isinstance(r.get('equal'), bool)}


def tirbox_run(cases):
    cpu, wall, verdicts = tirbox_serve(cases)
    startup, _, _ = tirbox_serve([])
    return max(cpu - startup, 1e-9), wall, verdicts


def sympy_run(cases):
    cpu0, t0 = time.process_time(), time.monotonic()
    verdicts = {i: sympy_grader.equal(c['pred'], c['gold']) for i, c in enumerate(cases)}
    return time.process_time() - cpu0, time.monotonic() - t0, verdicts


def main():
    with open(CASES, encoding='utf-8') as f:
        cases = [json.loads(line) for line in f if line.strip()]
    n = len(cases)
    ts, tw, tv = tirbox_run(cases)
    ps, pw, pv = sympy_run(cases)
    right = lambda v: sum(v.get(i) is c['equal'] for i, c in enumerate(cases))  # noqa: E731
    for name, cpu, wall, v in (('tirbox', ts, tw, tv), ('sympy grader', ps, pw, pv)):
        print('  %-13s %8.3f ms CPU per case (%.3f ms wall), %d/%d right'
              % (name, 1000 * cpu / n, 1000 * wall / n, right(v), n))
    print('RESULT grade_ratio: %.0fx (CPU per case: tirbox %.3f ms, sympy grader %.2f ms, over %d cases; '
          'wall ratio %.0fx; right: tirbox %.1f%%, sympy grader %.1f%%)'
          % (ps / ts, 1000 * ts / n, 1000 * ps / n, n, pw / tw, 100.0 * right(tv) / n, 100.0 * right(pv) / n))
    if len(tv) != n:
        print('FAIL grade: tirbox answered %d of %d cases' % (len(tv), n))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
