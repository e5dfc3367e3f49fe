"""Shared by the driver tests: where the examples and the binary are, and PASS/FAIL reporting."""
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(ROOT, 'examples')
sys.path[:0] = [os.path.join(EXAMPLES, 'python'), EXAMPLES]
TIRBOX = os.environ.get('TIRBOX') or os.path.join(ROOT, 'tirbox')
SERVE = [TIRBOX, 'serve']


def run_checks(checks):
    """Runs each (name, function); a function passes when it returns without raising."""
    failed = 0
    for name, fn in checks:
        try:
            fn()
            print('PASS %s' % name)
        except Exception as e:  # noqa: B902 -- any failure is reported, then the next check runs
            failed += 1
            detail = str(e) or type(e).__name__
            print('FAIL %s: %s' % (name, detail.replace('\n', ' | ')[:600]))
            traceback.print_exc(file=sys.stderr)
        sys.stdout.flush()
    return 1 if failed else 0


def expect(got, want, what=''):
    """Raises AssertionError unless got == want."""
    if got != want:
        raise AssertionError('%sgot %r, want %r' % (what + ': ' if what else '', got, want))
