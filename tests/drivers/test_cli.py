#!/usr/bin/env python3
"""The command line: --help, --version, bad usage, and `make install` with the man page."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from common import ROOT, TIRBOX, expect, run_checks


def tirbox(*args):
    p = subprocess.run([TIRBOX] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
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
        if not out.startswith('usage: tirbox COMMAND') or '\n  grade ' not in out:
            raise AssertionError('%s: %r' % (' '.join(args), out[:300]))


def bad_usage():
    for args in (('bogus',), ('help', 'bogus'), ('--bogus',)):
        rc, out, err = tirbox(*args)
        expect((rc, out), (2, ''), ' '.join(args))
        if not err.startswith("tirbox: unknown command '%s'\nusage: tirbox COMMAND" % args[-1]):
            raise AssertionError('%s: stderr %r' % (' '.join(args), err[:300]))
    rc, out, err = tirbox()
    expect((rc, out), (2, ''), 'no command')
    if not err.startswith('usage: tirbox COMMAND'):
        raise AssertionError('no command: stderr %r' % err[:300])


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
        ('install_and_man_page', install),
    ]))
