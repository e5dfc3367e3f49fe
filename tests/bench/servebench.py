"""tests/bench/servebench.py — drives a JSON-lines server for the benchmarks (stdlib only)."""
import json
import subprocess
import threading
import time


class Server:
    """A running server: feed() writes lines from a thread, replies() reads them as they come."""

    def __init__(self, cmd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  bufsize=1 << 20)

    def warm(self):
        """Waits until the server answers (start-up is not part of any measurement)."""
        self.p.stdin.write(b'{"id":"warm","op":"ping"}\n')
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        assert json.loads(line)['id'] == 'warm', line

    def feed(self, data, close=True):
        def run():
            try:
                self.p.stdin.write(data)
                if close:
                    self.p.stdin.close()
                else:
                    self.p.stdin.flush()
            except BrokenPipeError:
                pass
        t = threading.Thread(target=run, daemon=True)
        t.start()
        return t

    def replies(self, n):
        out = []
        for _ in range(n):
            line = self.p.stdout.readline()
            if not line:
                break
            out.append(line)
        return out

    def finish(self, timeout=600):
        try:
            self.p.stdin.close()
        except (BrokenPipeError, ValueError):
            pass
        rest = self.p.stdout.read()
        self.p.wait(timeout=timeout)
        return rest, self.p.returncode


def throughput(cmd, lines, check):
    """Requests per second for `lines` (bytes, one request each) sent at once to a warm server."""
    s = Server(cmd)
    s.warm()
    t0 = time.monotonic()
    s.feed(b''.join(lines))
    got = s.replies(len(lines))
    dt = time.monotonic() - t0
    s.finish()
    bad = [g for g in got if not check(json.loads(g))]
    return len(got) / dt, len(got), bad
