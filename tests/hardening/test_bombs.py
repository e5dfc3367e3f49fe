#!/usr/bin/env python3
"""tests/hardening/test_bombs.py — the bomb catalogue (tests/hardening/bombs.py) through one
`tirbox serve`: each bomb must end with one of its allowed typed statuses (never `crash`), within
its CPU limit plus the supervisor's margin, and the server must answer a request sent after all
of them. A bomb about a module tirbox cannot import yet is reported as SKIP (not counted).

    TIRBOX=./tirbox tests/hardening/test_bombs.py [--time-ms 300] [--only NAME]
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'protocol'))
from bombs import BOMBS  # noqa: E402
from serveproc import Check, requests  # noqa: E402

MARGIN_MS = 250   # the supervisor's kill margin (100 ms + 2%) and the clock reading's granularity


def outcome(r):
    st = r.get('status')
    return st, (r.get('error') or {}).get('type')


def missing_modules(names):
    """The modules of `names` that tirbox cannot import."""
    if not names:
        return set()
    got, _ = requests([{'id': n, 'code': 'import %s' % n} for n in sorted(names)])
    return {n for n in names if (got.get(n, {}).get('error') or {}).get('type') == 'ModuleNotFoundError'}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--time-ms', type=float, default=300)
    ap.add_argument('--only')
    a = ap.parse_args()
    check = Check()
    bombs = [b for b in BOMBS if not a.only or a.only in b[0]]
    waiting = missing_modules({b[4] for b in bombs if b[4]})
    reqs = []
    for name, code, allowed, limits, needs in bombs:
        lim = {'time_ms': a.time_ms, 'memory_mb': 256}
        lim.update(limits)
        reqs.append({'id': name, 'code': code, 'limits': lim})
    reqs.append({'id': 'after', 'code': 'print(6 * 7)'})
    t0 = time.monotonic()
    got, _ = requests(reqs, args=['--workers', '2'], timeout=900)
    wall = time.monotonic() - t0
    passed = 0
    for (name, code, allowed, limits, needs), req in zip(bombs, reqs):
        r = got.get(name)
        if r is None:
            check('bomb/' + name, False, 'no response')
            continue
        st, et = outcome(r)
        if needs in waiting:
            print('SKIP bomb/%s: needs module %s (answered %s %s)' % (name, needs, st, et))
            continue
        typed = st in allowed or '%s:%s' % (st, et) in allowed
        limit = req['limits']['time_ms']
        bounded = r.get('time_ms', 0) <= limit + MARGIN_MS + limit / 50
        ok = typed and bounded and st != 'crash'
        passed += ok
        why = '' if ok else 'got %s %s %r in %s ms (limit %s), allowed %s' % (
            st, et, ((r.get('error') or {}).get('message') or '')[:120], r.get('time_ms'), limit, allowed)
        check('bomb/' + name, ok, why)
    check('bombs_then_served', got.get('after', {}).get('stdout') == '42\n', got.get('after'))
    print('# %d bombs passed, %d waiting for a module, %.1f s wall' % (passed, sum(b[4] in waiting for b in bombs), wall))
    check.exit()


if __name__ == '__main__':
    main()
