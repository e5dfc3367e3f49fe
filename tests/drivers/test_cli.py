#!/usr/bin/env python3
"""The command line: --help, --version, bad usage, `tirbox run` (output, tracebacks, exit statuses,
limits), and `make install` with the man page.

Expected program output and messages are CPython 3.11's for the same programs (`python3 FILE`).
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from common import ROOT, TIRBOX, expect, run_checks


def tirbox(*args, stdin=None):
    p = subprocess.run([TIRBOX] + list(args), input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def version():
    with open(os.path.join(ROOT, 'tirbox.1'), encoding='utf-8') as f:
        th = re.search(r'^\.TH .*"(tirbox [0-9.]+)"', f.read(), re.M)
    for flag in ('--version', '-V'):
        expect(tirbox(flag), (0, th.group(1) + '\n', ''), flag + ', as the man page says')


def helps():
    for args in (('--help',), ('-h',), ('help',)):
        rc, out, err = tirbox(*args)
        expect((rc, err), (0, ''), ' '.join(args))
        if not out.startswith('usage: tirbox COMMAND') or '\n  grade ' not in out or '\n  repl ' not in out:
            raise AssertionError('%s: %r' % (' '.join(args), out[:300]))
    for args in (('run', '--help'), ('repl', '-h'), ('help', 'run')):
        rc, out, err = tirbox(*args)
        expect((rc, err), (0, ''), ' '.join(args))
        name = 'run' if 'run' in args else 'repl'
        if not out.startswith('usage: tirbox %s' % name) or '--time-ms' not in out:
            raise AssertionError('%s: %r' % (' '.join(args), out[:200]))


def bad_usage():
    for args in (('bogus',), ('help', 'bogus'), ('--bogus',)):
        rc, out, err = tirbox(*args)
        expect((rc, out), (2, ''), ' '.join(args))
        if not err.startswith("tirbox: unknown command '%s'\nusage: tirbox COMMAND" % args[-1]):
            raise AssertionError('%s: stderr %r' % (' '.join(args), err[:300]))
    cases = [(('run', '--bogus', 'f.py'), "tirbox run: unknown option '--bogus'"),
             (('run', '--time-ms', 'abc', 'f.py'), 'tirbox run: --time-ms wants a number'),
             (('run', '--prelude', 'numpy', 'f.py'), 'tirbox run: --prelude is none, sympy or pot'),
             (('run', '--memory-mb'), 'tirbox run: --memory-mb needs a value'),
             (('run',), 'tirbox run: which program?'),
             (('run', 'a.py', 'b.py'), 'tirbox run: one program at a time'),
             (('repl', 'extra'), "tirbox repl: unknown argument 'extra'"),
             (('run', '/nonexistent/x.py'), 'tirbox run: cannot read /nonexistent/x.py')]
    for args, msg in cases:
        rc, out, err = tirbox(*args)
        expect(rc, 2, ' '.join(args))
        if not err.startswith(msg):
            raise AssertionError('%s: stderr %r, want it to start with %r' % (' '.join(args), err, msg))
    rc, out, err = tirbox()
    expect((rc, out), (2, ''), 'no command')
    if not err.startswith('usage: tirbox COMMAND'):
        raise AssertionError('no command: stderr %r' % err[:300])


def run_program(code, *opts):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(code)
    try:
        return (f.name,) + tirbox('run', *(opts + (f.name,)))
    finally:
        os.unlink(f.name)


def run_outcomes():
    _, rc, out, err = run_program('def f(n):\n    return n * 6\n\nprint(f(7), [f(1)] * 2)\n')
    expect((rc, out, err), (0, '42 [6, 6]\n', ''), 'a program that prints')
    name, rc, out, err = run_program('print("before")\nx = 1/0\n')
    expect((rc, out), (1, 'before\n'), 'a program that raises')
    expect(err.splitlines()[0], 'Traceback (most recent call last):')
    expect(err.splitlines()[1:3], ['  File "%s", line 2, in <module>' % name, '    x = 1/0'])
    expect(err.splitlines()[-1], 'ZeroDivisionError: division by zero')
    _, rc, out, err = run_program('x = (1,\n')
    expect(rc, 1, 'a syntax error')
    expect(err.splitlines()[-1], "SyntaxError: '(' was never closed")
    _, rc, out, err = run_program('import sys\nprint(1)\nsys.exit(7)\n')
    expect((rc, out, err), (7, '1\n', ''), 'SystemExit(7)')
    _, rc, out, err = run_program("raise SystemExit('bye')\n")
    expect((rc, out, err), (1, '', 'bye\n'), "SystemExit('bye')")
    _, rc, _, err = run_program('while True:\n    pass\n', '--time-ms', '300')
    expect((rc, err), (3, 'TimeoutError: Timed Out\n'), 'over the time limit')
    _, rc, out, err = run_program("print('x' * 100)\n", '--output-bytes', '10')
    expect((rc, out), (0, 'x' * 10), 'output cut')
    if '--output-bytes' not in err:
        raise AssertionError('no word of the cut output: %r' % err)
    rc, out, _ = tirbox('run', '--cell', '-', stdin='x = 6\nx * 7\n')
    expect((rc, out), (0, '42\n'), 'run --cell from stdin')


def run_interrupted():
    """SIGINT (Ctrl-C) raises KeyboardInterrupt in the running program, whose traceback ends the
    output as python's does; status 130, as a shell shows for python. It is sent the moment the
    worker exists, before it can have read the program: an early Ctrl-C is kept, not lost."""
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write('while True:\n    pass\n')
    try:
        p = subprocess.Popen([TIRBOX, 'run', '--time-ms', '60000', f.name], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, universal_newlines=True)
        try:
            children = '/proc/%d/task/%d/children' % (p.pid, p.pid)
            end = time.monotonic() + 60
            while time.monotonic() < end:      # its worker is forked once Ctrl-C is handled
                with open(children) as c:
                    if c.read().strip():
                        break
                time.sleep(0.001)
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=60)
        finally:
            p.kill()
            p.wait()
    finally:
        os.unlink(f.name)
    lines = err.splitlines()
    expect((p.returncode, lines[0], lines[1][:len('  File "%s", line ' % f.name)], lines[-1]),
           (130, 'Traceback (most recent call last):', '  File "%s", line ' % f.name, 'KeyboardInterrupt'))


def install():
    if not shutil.which('groff'):
        raise AssertionError('groff is missing (make deps installs groff-base)')
    p = subprocess.run(['groff', '-man', '-ww', '-z', os.path.join(ROOT, 'tirbox.1')],
                       stderr=subprocess.PIPE, universal_newlines=True)
    expect((p.returncode, p.stderr), (0, ''), 'groff warnings on tirbox.1')
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.run(['make', '-s', 'install', 'DESTDIR=' + d, 'PREFIX=/usr'], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
        expect(p.returncode, 0, 'make install: ' + p.stdout[-500:])
        for path in ('usr/bin/tirbox', 'usr/share/man/man1/tirbox.1'):
            if not os.path.isfile(os.path.join(d, path)):
                raise AssertionError('make install did not install ' + path)


if __name__ == '__main__':
    sys.exit(run_checks([
        ('cli_version', version),
        ('cli_help', helps),
        ('cli_bad_usage', bad_usage),
        ('run_outcomes', run_outcomes),
        ('run_interrupted', run_interrupted),
        ('install_and_man_page', install),
    ]))
