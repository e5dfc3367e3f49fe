#!/usr/bin/env python3
"""`tirbox repl` through a pseudo-terminal (line editing, history) and through a pipe (plain lines).

Expected output is what CPython 3.11's own prompt shows for the same input (`python3 -i`).
"""
import codecs
import os
import select
import subprocess
import sys
import termios
import time

from common import EXAMPLES, TIRBOX, expect, run_checks

UP = '\x1b[A'


class Terminal:
    """tirbox repl on a pseudo-terminal."""

    def __init__(self):
        import pty
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(TIRBOX, [TIRBOX, 'repl'])
        self.seen = ''
        self.screen = ''        # everything shown so far
        self.decoder = codecs.getincrementaldecoder('utf-8')('replace')

    def show(self, chunk):
        text = self.decoder.decode(chunk)
        self.seen += text
        self.screen += text

    def expect(self, text, timeout=60):
        """Reads until `text` appears; returns what came before it."""
        self.read_until(lambda: text in self.seen, repr(text), timeout)
        before, self.seen = self.seen.split(text, 1)
        return before

    def prompt(self, timeout=60):
        """Reads until the screen ends with a prompt; returns it."""
        self.read_until(lambda: self.seen.endswith(('>>> ', '... ')), 'a prompt', timeout)
        shown, self.seen = self.seen[-4:], ''
        return shown

    def read_until(self, done, what, timeout):
        end = time.monotonic() + timeout
        while not done():
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError('waited for %s; the screen shows %r' % (what, self.seen[-400:]))
            if select.select([self.fd], [], [], left)[0]:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b''
                if not chunk:
                    raise AssertionError('repl ended while waiting for %s; screen %r' % (what, self.seen[-400:]))
                self.show(chunk)
        # libedit may show its prompt a moment before it puts the terminal in raw mode; keys typed
        # in between would be echoed twice, so wait, as a person would, until it reads keys.
        while termios.tcgetattr(self.fd)[3] & termios.ICANON:
            if time.monotonic() > end:
                raise AssertionError('the terminal stayed in line mode after %s' % what)
            time.sleep(0.002)

    def send(self, keys):
        os.write(self.fd, keys.encode('utf-8'))

    def finish(self, timeout=60):
        """Ctrl-D at the prompt; returns the exit status."""
        self.send('\x04')
        return self.wait(timeout)

    def wait(self, timeout=60):
        """Reads the rest of the screen and returns the exit status (the repl is killed if it does
        not leave in time)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if select.select([self.fd], [], [], 0.05)[0]:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:             # the terminal is gone with the process
                    chunk = b''
                self.show(chunk)
                if chunk:
                    continue
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.01)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        raise AssertionError('the repl did not leave; screen %r' % self.seen[-400:])


def terminal_session():
    """A multi-line def, a displayed value, an error, history recall, Ctrl-C on a half-typed line
    (also typed together with the keys), non-ASCII keys, Ctrl-C on a running program; then
    Ctrl-D leaves with status 0."""
    t = Terminal()
    status = None
    try:
        t.expect('>>> ')
        t.send('def f(n):\r')
        t.expect('... ')
        t.send('    return n * 6\r')
        t.expect('... ')
        t.send('\r')
        t.expect('>>> ')
        t.send('f(7)\r')
        expect(t.expect('>>> '), 'f(7)\r\n42\r\n', 'displayed value')
        t.send('1/0\r')
        shown = t.expect('>>> ')
        if not shown.endswith('\r\nZeroDivisionError: division by zero\r\n'):
            raise AssertionError('no traceback: %r' % shown)
        t.send(UP + UP)                      # f(7) again, from the history
        t.expect('f(7)')
        t.send('\r')
        t.expect('\r\n42\r\n>>> ')
        t.send('f(')
        t.expect('f(')
        t.send('\x03')
        expect(t.expect('>>> '), '\r\nKeyboardInterrupt\r\n', 'Ctrl-C on a half-typed line')
        t.send('g(')                         # Ctrl-C while the editor may still be echoing keys;
        t.send('\x03')                       # the terminal drops the keys it has not yet passed on
        shown = t.expect('>>> ')
        if shown not in [typed + '\r\nKeyboardInterrupt\r\n' for typed in ('', 'g', 'g(')]:
            raise AssertionError('Ctrl-C typed with the keys: %r' % shown)
        t.send('π = "é"\r')
        t.expect('>>> ')
        t.send('π + "∑"\r')
        expect(t.expect('>>> '), 'π + "∑"\r\n\'é∑\'\r\n', 'non-ASCII keys')
        t.send('[f(1), f(2)]\r')
        expect(t.expect('>>> '), '[f(1), f(2)]\r\n[6, 12]\r\n', 'the session after Ctrl-C at the prompt')
        t.send('while True: pass\r')       # a compound statement waits for an empty line
        t.expect('... ')
        t.send('\r')
        time.sleep(0.5)
        t.send('\x03')
        if 'KeyboardInterrupt' not in t.expect('>>> '):
            raise AssertionError('Ctrl-C did not stop the running program')
        t.send('f(7)\r')
        expect(t.expect('>>> '), 'f(7)\r\n42\r\n', 'the session keeps its names after Ctrl-C')
    finally:
        status = t.finish()
    expect(status, 0, 'exit status after Ctrl-D')


def replay_transcript(typed):
    """Types each line at the prompt of a terminal repl; returns (exit status, the screen as text)."""
    t = Terminal()
    try:
        for line in typed:
            t.prompt()
            t.send(line + '\r')
    finally:
        status = t.wait()
    return status, t.screen.replace('\r\n', '\n')


def transcript():
    """examples/repl.md is a real session: typing its lines again shows the same screen."""
    with open(os.path.join(EXAMPLES, 'repl.md'), encoding='utf-8') as f:
        text = f.read()
    session = text.split('\n```\n$ tirbox repl\n', 1)[1].split('\n```\n', 1)[0] + '\n'
    typed = [line[4:] for line in session.split('\n') if line[:3] in ('>>>', '...')]
    status, screen = replay_transcript(typed)

    def lines(s):                    # an editor may drop the blank after an empty line's '... '
        return [line.rstrip(' ') for line in s.split('\n')]
    expect((status, lines(screen)), (0, lines(session)))


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
        ('repl_transcript_in_examples', transcript),
    ]))
