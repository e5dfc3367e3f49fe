#!/usr/bin/env python3
"""The `traceback` response field (a tirbox extension) and the tracebacks `tirbox run` prints.

Expected texts are CPython 3.11's for the same program run from a file (source lines shown) or
exec'd from a string (none shown); CPython's caret lines (~~^~~), which need column positions,
are the one part tirbox leaves out."""
import json
import os
import subprocess
import sys
import tempfile

TIRBOX = os.environ.get('TIRBOX', './tirbox')
PROGRAM = 'def helper(x):\n    return x / 0\n\ndef main():\n    return helper(3)\n\nprint("start")\nmain()\n'
FRAMES = [(8, '<module>', 'main()'), (5, 'main', 'return helper(3)'), (2, 'helper', 'return x / 0')]


def check(name, ok, why=''):
    print(('PASS %s' % name) if ok else ('FAIL %s: %s' % (name, why)))


def main():
    req = json.dumps({'id': 1, 'code': PROGRAM}) + '\n'
    out = subprocess.run([TIRBOX, 'serve'], input=req.encode(), stdout=subprocess.PIPE).stdout.decode()
    resp = json.loads(out)
    want = 'Traceback (most recent call last):\n' + ''.join(
        '  File "<string>", line %d, in %s\n' % (ln, fn) for ln, fn, _ in FRAMES) + 'ZeroDivisionError: division by zero\n'
    check('serve_traceback_field', resp.get('traceback') == want, repr(resp.get('traceback')))
    ok_req = json.dumps({'id': 2, 'code': 'print(1)'}) + '\n'
    out = subprocess.run([TIRBOX, 'serve'], input=ok_req.encode(), stdout=subprocess.PIPE).stdout.decode()
    check('no_traceback_when_ok', 'traceback' not in json.loads(out), out)
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(PROGRAM)
    try:
        p = subprocess.run([TIRBOX, 'run', f.name], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        want = 'Traceback (most recent call last):\n' + ''.join(
            '  File "%s", line %d, in %s\n    %s\n' % (f.name, ln, fn, src) for ln, fn, src in FRAMES) + \
            'ZeroDivisionError: division by zero\n'
        check('run_traceback_with_source', p.stderr.decode() == want and p.stdout == b'start\n' and p.returncode == 1,
              repr(p.stderr.decode()))
    finally:
        os.unlink(f.name)
    return 0


if __name__ == '__main__':
    sys.exit(main())
