#!/usr/bin/env python3
"""tests/hardening/test_oomsweep.py — a short allocation-failure sweep in `make check`: every
golden program, with up to 12 of its allocations made to fail in turn (the whole sweep is
`make sweep`), and the regression programs of tests/hardening/oom/ with every one failing. Runs on the sanitizer pass only, where the sweep binary is built
(build-asan/tests/hardening/oomsweep, see its header for what each program must do)."""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    if not os.environ.get('TIRBOX_SANITIZER'):
        return 0
    exe = os.path.join(ROOT, 'build-asan', 'tests', 'hardening', 'oomsweep')
    if not os.access(exe, os.X_OK):
        print('FAIL oomsweep: no binary %s' % exe)
        return 1
    programs = sorted(glob.glob(os.path.join(ROOT, 'tests', 'golden', '*', '*.py')))
    env = dict(os.environ, ASAN_OPTIONS='detect_leaks=0')
    # The programs of tests/hardening/oom/ are small enough to fail every one of their allocations.
    full = sorted(glob.glob(os.path.join(HERE, 'oom', '*.py')))
    rc = 0
    for runs, group in (('12', programs), ('100000', full)):
        p = subprocess.run([exe, '--max-runs', runs] + [os.path.relpath(x, ROOT) for x in group], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=1200)
        sys.stdout.write(p.stdout)
        if p.returncode:
            sys.stdout.write(p.stderr[-3000:])
        rc = rc or p.returncode
    return rc


if __name__ == '__main__':
    sys.exit(main())
