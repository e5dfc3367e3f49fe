#!/usr/bin/env python3
"""tests/fuzz/test_replay.py — every fuzz target replayed on its kept crash inputs
(tests/fuzz/crashes/TARGET/) and on its seeds, without libFuzzer, on the build under test.

The replay binaries (build/tests/fuzz/replay_T, or build-asan/... for the sanitizer build) run the
target's own checks: a crash, a sanitizer report, a malformed result or library memory left
behind fails the test, naming the input.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'protocol'))
from seeds import HERE, ROOT, SEEDS, write_seeds  # noqa: E402
from serveproc import TIRBOX, Check  # noqa: E402


def replay_dir():
    tb = os.path.abspath(TIRBOX)
    build = os.path.dirname(tb) if os.path.basename(os.path.dirname(tb)).startswith('build') else os.path.join(ROOT, 'build')
    return os.path.join(build, 'tests', 'fuzz')


def sanitizer_env():
    """The environment of a replay: library temporaries a limit strands are not leaks (see the
    suppression file); everything else LeakSanitizer reports still fails the replay."""
    env = dict(os.environ)
    supp = 'suppressions=' + os.path.join(HERE, 'lsan_stranded.supp')
    env['LSAN_OPTIONS'] = env['LSAN_OPTIONS'] + ':' + supp if env.get('LSAN_OPTIONS') else supp
    return env


def main():
    check = Check()
    bins = replay_dir()
    with tempfile.TemporaryDirectory() as tmp:
        for target in sorted(SEEDS):
            exe = os.path.join(bins, 'replay_' + target)
            if not os.access(exe, os.X_OK):
                check('replay_' + target, False, 'no binary %s' % exe)
                continue
            seeds, n = write_seeds(target, tmp)
            inputs = [seeds]
            kept = os.path.join(HERE, 'crashes', target)
            if os.path.isdir(kept):
                inputs.append(kept)
            p = subprocess.run([exe] + inputs, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1500,
                               universal_newlines=True, errors='replace', env=sanitizer_env())
            last = [l for l in p.stderr.splitlines() if l.startswith('replay: ')][-1:]
            # The sanitizer's own verdict goes on the FAIL line itself: tests/run keeps only that line.
            verdict = [l.strip() for l in p.stderr.splitlines()
                       if 'ERROR: ' in l or 'SUMMARY: ' in l or 'runtime error: ' in l or ' leak of ' in l][:4]
            check('replay_' + target, p.returncode == 0 and p.stdout.strip().endswith('inputs'),
                  'exit %d after %s: %s\n%s' % (p.returncode, last, ' | '.join(verdict), p.stderr[-2500:]))
    check.exit()


if __name__ == '__main__':
    main()
