#!/usr/bin/env python3
"""tests/bench/bench_serve_throughput.py — trivial requests (`print(1)`) through `tirbox serve` and
through the reference server, in the same run: requests per second and their ratio (target >= 50).
Both use their default number of workers (one per core); start-up is excluded (a ping first)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servebench import throughput  # noqa: E402

N_TIRBOX = int(os.environ.get('BENCH_N', '100000'))
N_REFERENCE = max(200, N_TIRBOX // 50)


def ok(r):
    return r.get('status') == 'ok' and r.get('stdout') == '1\n'


def main():
    mk = lambda n: [b'{"id":%d,"code":"print(1)"}\n' % i for i in range(n)]  # noqa: E731
    tb, tn, tbad = throughput([os.environ['TIRBOX'], 'serve'], mk(N_TIRBOX), ok)
    pb, pn, pbad = throughput([os.environ['PYSERVE']], mk(N_REFERENCE), ok)
    print('RESULT serve_print1_ratio: %.1fx (tirbox %.0f req/s over %d requests, pyserve %.0f req/s over %d)'
          % (tb / pb, tb, tn, pb, pn))
    if tbad or pbad or tn != N_TIRBOX or pn != N_REFERENCE:
        print('FAIL serve_print1: %d/%d tirbox and %d/%d reference replies were wrong or missing' %
              (len(tbad) + N_TIRBOX - tn, N_TIRBOX, len(pbad) + N_REFERENCE - pn, N_REFERENCE))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
