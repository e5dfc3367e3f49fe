#!/usr/bin/env python3
"""`tirbox repl` through a pseudo-terminal (line editing, history) and through a pipe (plain lines).

Expected output is what CPython 3.11's own prompt shows for the same input (`python3 -i`).
"""
import os
import select
import subprocess
import sys
import time

from common import TIRBOX, expect, run_checks

UP = '\x1b[A'


class Terminal:
    """tirbox repl on a pseudo-terminal."""

    def __init__(self):
        import pty
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(TIRBOX, [TIRBOX, 'repl'])
        self.seen = ''

    def expect(self, text, timeout=60):
        """Reads until `text` appears; returns what came before it."""
        end = time.monotonic() + timeout
        while text not in self.seen:
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError('waited for %r; the screen shows %r' % (text, self.seen[-400:]))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b''
                if not chunk:
                    raise AssertionError('repl ended while waiting for %r; screen %r' % (text, self.seen[-400:]))
                self.seen += chunk.decode('utf-8', 'replace')
        before, self.seen = self.seen.split(text, 1)
        return before

    def send(self, keys):
        os.write(self.fd, keys.encode('utf-8'))

    def finish(self):
        """Ctrl-D; returns the exit status."""
        self.send('\x04')
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else status >> 8


def terminal_session():
    """A multi-line def, a displayed value, an error, history recall, Ctrl-C on a half-typed line."""
    t = Terminal()
    try:
        t.expect('>>> ')
        t.send('def f(n):\r')
        t.expect('... ')
        t.send('    return n * 6\r')
        t.expect('... ')
        t.send('\r')
        t.expect('>>> ')
        t.send('f(7)\r')
        expect(t.expect('>>> ').split('\r\n')[1:], ['42', ''], 'displayed value')
        t.send('1/0\r')
        shown = t.expect('>>> ')
        if 'ZeroDivisionError: division by zero\r\n' not in shown:
            raise AssertionError('no traceback: %r' % shown)
        t.send(UP + UP + '\r')               # f(7) again, from the history
        expect(t.expect('>>> ').rsplit('\r\n', 2)[-2], '42', 'recalled f(7)')
        t.send('f(')
        time.sleep(0.2)
        t.send('\x03')
        if 'KeyboardInterrupt' not in t.expect('>>> '):
            raise AssertionError('Ctrl-C did not drop the line')
        t.send('[f(1), f(2)]\r')
        expect(t.expect('>>> ').rsplit('\r\n', 2)[-2], '[6, 12]', 'after Ctrl-C')
    finally:
        status = t.finish()
    expect(status, 0, 'exit status after Ctrl-D')


def plain_lines():
    """Piped input: python -i's stdout for the same lines; the traceback on stderr."""
    src = 'x = 6\nx * 7\ndef g():\n    return [1, 2]\n\ng()\nprint("a")\n1/0\ny = 2\n"s" + "t"\n'
    p = subprocess.run([TIRBOX, 'repl'], input=src, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=120)
    expect((p.returncode, p.stdout), (0, "42\n[1, 2]\na\n'st'\n"))
    if 'ZeroDivisionError: division by zero\n' not in p.stderr:
        raise AssertionError('stderr: %r' % p.stderr)


def exit_call():
    """exit() leaves at once, with status 0; nothing after it runs."""
    p = subprocess.run([TIRBOX, 'repl'], input='print(1)\nexit()\nprint(2)\n', stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True, timeout=120)
    expect((p.returncode, p.stdout), (0, '1\n'))


if __name__ == '__main__':
    sys.exit(run_checks([
        ('repl_terminal', terminal_session),
        ('repl_plain_lines', plain_lines),
        ('repl_exit', exit_call),
    ]))
