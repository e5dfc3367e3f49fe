"""tirbox.py: a dependency-free Python 3 client for `tirbox serve` (stdlib only, Python >= 3.7).

    from tirbox import Client
    with Client() as tb:                       # starts `tirbox serve` ($TIRBOX or `tirbox` on PATH)
        r = tb.exec("print(2**100)")           # {'status': 'ok', 'stdout': '1267...\\n', 'tora': ...}
        fut = tb.submit({"code": "1/0"})       # concurrent.futures.Future, many may be in flight
        r = await tb.aexec("print(1)")         # asyncio

Drop-in replacements for the evaluation scripts' executors (one import line, see examples/README.md):

    from tirbox import ToraExecutor as PythonExecutor    # microsoft/ToRA src/utils/python_executor.py
    from tirbox import QwenExecutor as PythonExecutor    # QwenLM/Qwen2.5-Math evaluation/python_executor.py

Every request written to the server gets exactly one response line (PROTOCOL.md); the client pairs
them by id, so any number of threads (or asyncio tasks) can have requests in flight at once. If the
server process dies, every request in flight fails with ServerDied and the next request starts a
fresh server.
"""
import asyncio
import concurrent.futures
import itertools
import json
import os
import re
import shutil
import subprocess
import threading
import traceback

__all__ = ['Client', 'Session', 'ServerDied', 'ClientClosed', 'ServerError', 'Executor', 'ToraExecutor',
           'QwenExecutor', 'truncate']


class ServerDied(RuntimeError):
    """The `tirbox serve` process ended while this request was in flight (it is restarted)."""


class ClientClosed(RuntimeError):
    """The client was closed before this request was answered."""


def default_command():
    """[binary, 'serve']: the binary is $TIRBOX, else `tirbox` on PATH."""
    binary = os.environ.get('TIRBOX') or shutil.which('tirbox')
    if not binary:
        raise FileNotFoundError('tirbox binary not found: set $TIRBOX or put tirbox on PATH')
    return [binary, 'serve']


def _encode(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(',', ':')).encode('utf-8', 'surrogatepass') + b'\n'


class _Server:
    """One `serve` process with the requests it owes an answer to."""

    def __init__(self, cmd, env, stderr):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                     env=env)
        self.pending = {}          # id -> Future
        self.alive = True


class Client:
    """A `tirbox serve` subprocess shared by any number of threads.

    cmd: the server command (default: default_command()); any program speaking PROTOCOL.md works,
    e.g. ['../shared/tools/pyserve']. stderr: where the server's diagnostics go (default: inherited).
    """

    def __init__(self, cmd=None, env=None, stderr=None):
        self.cmd = list(cmd) if cmd else default_command()
        self.env, self.stderr = env, stderr
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server = None
        self._closed = False
        self.restarts = 0          # servers started after the first one died

    # -- process ---------------------------------------------------------------------------------
    def _running(self):
        """The live server, started if needed; called with the lock held."""
        if self._closed:
            raise ClientClosed('tirbox client is closed')
        if self._server is None:
            try:
                self._server = _Server(self.cmd, self.env, self.stderr)
            except OSError as e:
                raise ServerDied('cannot start %s: %s' % (' '.join(self.cmd), e)) from e
            threading.Thread(target=self._read, args=(self._server,), daemon=True).start()
        return self._server

    def _read(self, server):
        for line in server.proc.stdout:
            try:
                resp = json.loads(line)
                fut = server.pending.pop(resp['id'])
            except (ValueError, TypeError, KeyError):
                continue           # not a reply to us: the protocol allows none, so drop it
            try:
                fut.set_result(resp)
            except concurrent.futures.InvalidStateError:
                pass               # cancelled by the caller
        code = server.proc.wait()
        with self._lock:
            server.alive = False
            if self._server is server:
                self._server = None
                if not self._closed:
                    self.restarts += 1
            orphans = list(server.pending.values())
            server.pending.clear()
        if orphans:
            if self._closed:
                err = ClientClosed('tirbox client closed with %d requests unanswered' % len(orphans))
            else:
                err = ServerDied('tirbox serve exited (status %s) with %d requests in flight; they are '
                                 'lost, the next request starts a new server' % (code, len(orphans)))
            for fut in orphans:
                try:
                    fut.set_exception(err)
                except concurrent.futures.InvalidStateError:
                    pass

    @property
    def pid(self):
        """Process id of the running server, or None."""
        server = self._server
        return server.proc.pid if server else None

    def close(self, grace=10.0):
        """Ends the server (EOF on its stdin, then SIGKILL after `grace` seconds)."""
        with self._lock:
            self._closed = True
            server, self._server = self._server, None
        if server is None:
            return
        try:
            server.proc.stdin.close()
        except OSError:
            pass
        try:
            server.proc.wait(grace)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- requests --------------------------------------------------------------------------------
    def submit(self, request):
        """Sends one request (a dict; its `id` is set by the client); returns a Future of the response."""
        fut = concurrent.futures.Future()
        req = dict(request)
        with self._lock:
            server = self._running()
            rid = req['id'] = 'c%d' % next(self._ids)
            server.pending[rid] = fut
            try:
                server.proc.stdin.write(_encode(req))
                server.proc.stdin.flush()
            except (OSError, ValueError):
                pass               # the reader sees the death and fails this future with the rest
        return fut

    def request(self, request, timeout=None):
        """Sends one request and waits for its response."""
        return self.submit(request).result(timeout)

    async def arequest(self, request):
        """asyncio: awaits the response to one request."""
        return await asyncio.wrap_future(self.submit(request))

    def exec(self, code, **fields):
        """Runs a program; fields are the other request fields (mode, prelude, call, var, limits...)."""
        return self.request(dict(fields, op='exec', code=code))

    async def aexec(self, code, **fields):
        """asyncio version of exec()."""
        return await self.arequest(dict(fields, op='exec', code=code))

    def grade(self, pred, gold):
        """True when the model answer `pred` equals the reference `gold` (the server's grader)."""
        resp = self.request({'op': 'grade', 'pred': pred, 'gold': gold})
        _raise_unless_ok(resp)
        return resp['equal']

    def extract(self, text):
        """The final answer the server's grader pulls out of a completion, or None."""
        resp = self.request({'op': 'extract', 'text': text})
        _raise_unless_ok(resp)
        return resp.get('answer')

    def ping(self, timeout=None):
        """Round trip to the server."""
        return self.request({'op': 'ping'}, timeout)

    def session(self, name=None):
        """A persistent namespace (notebook-style cells); close it when done."""
        return Session(self, name or 's%d' % next(self._ids))


class ServerError(RuntimeError):
    """A grade/extract request was refused by the server."""


def _raise_unless_ok(resp):
    if resp.get('status') != 'ok':
        err = resp.get('error') or {}
        raise ServerError('%s: %s' % (err.get('type', resp.get('status')), err.get('message', '')))


class Session:
    """Cells run in order in one namespace; requests may be submitted without waiting."""

    def __init__(self, client, name):
        self.client, self.name = client, name

    def submit(self, code, **fields):
        """Future of one cell's response (mode 'cell' unless given)."""
        fields.setdefault('mode', 'cell')
        return self.client.submit(dict(fields, op='exec', code=code, session=self.name))

    def exec(self, code, **fields):
        """Runs one cell and waits for it."""
        return self.submit(code, **fields).result()

    async def aexec(self, code, **fields):
        """asyncio version of exec()."""
        return await asyncio.wrap_future(self.submit(code, **fields))

    def close(self):
        """Drops the namespace on the server."""
        self.client.request({'op': 'close', 'session': self.name})

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ------------------------------------------------------------------------------------------------
# Executors with the interface and texts of ToRA's and Qwen2.5-Math's PythonExecutor
# ------------------------------------------------------------------------------------------------
# What those executors return, read from their sources (microsoft/ToRA src/utils/python_executor.py,
# QwenLM/Qwen2.5-Math evaluation/python_executor.py); every call runs in a fresh namespace:
#   success        (result, "Done")
#   exception      ("", last line of the traceback: "Type: message", module-qualified when the type
#                   is not a builtin, e.g. "sympy.core.sympify.SympifyError: ...")
#   timeout        ("", "timeout_decorator.timeout_decorator.TimeoutError: 'Timed Out'"), or
#                  ("", "Timeout Error") when their pool gave up on the worker (here: when the server
#                   does not answer within `patience` seconds)
#   "input(" in the executed code (ToRA also "os.system("): ("", "RuntimeError"), nothing runs
#   ToRA, reading stdout: result is the last line of stdout, newline included; no output at all is
#                  an IndexError. No cut here (ToRA's inference loop cuts over 100 characters to
#                  50 + "..." + 50 itself).
#   Qwen2.5-Math:  the program is stripped first; when its last line contains "print(", result is the
#                  whole stdout, otherwise the other lines run and the last line is evaluated (whatever
#                  the constructor asked for). result and report are str()'d, stripped, and over 400
#                  characters cut to 200 + "..." + 200.
#   answer_symbol, answer_expr, no option (ToRA): the global / the expression / the last line's value
#                  after running. Here values come back as their str() (they live in the server), so
#                  their pickling check is not reproduced.
TIMEOUT_REPORT = "timeout_decorator.timeout_decorator.TimeoutError: 'Timed Out'"
POOL_TIMEOUT_REPORT = 'Timeout Error'
RESULT_NAME = '_tirbox_result'


def truncate(s, max_length=400):
    """Qwen2.5-Math's cut: longer than max_length -> first half + '...' + last half."""
    half = max_length // 2
    return s[:half] + '...' + s[-half:] if len(s) > max_length else s


def _eval_syntax_report(expr):
    """The report eval(expr) gives when expr is no expression, else None."""
    try:
        compile(expr.lstrip(' \t'), '<string>', 'eval')   # eval() ignores leading blanks
    except SyntaxError:
        return traceback.format_exc().split('\n')[-2]
    return None


def _error_report(resp):
    """The traceback's last line for a failed response, uncut when the server cut it at 400."""
    text = resp.get('tora') or ''
    err = resp.get('error') or {}
    if len(text) > 400 and ': ' in text[:200] and isinstance(err.get('message'), str):
        full = (text[:text.index(': ')] + ': ' + err['message']).split('\n')[-1]
        if full[:200] == text[:200] and full[-200:] == text[-200:]:
            return full
    return text


def _last_line(out):
    """io.StringIO(out).readlines()[-1]: lines end at '\n' only."""
    return out[out.rfind('\n', 0, len(out) - 1) + 1:]


class Executor:
    """PythonExecutor-compatible executor running programs in tirbox.

    style: 'tora' or 'qwen' (whose texts to reproduce; see the notes above). timeout_length is the
    CPU-time limit in seconds. client: a Client to share (default: one of its own). prelude,
    memory_mb, output_bytes: sent to the server with every program.
    """

    style = 'qwen'

    def __init__(self, runtime=None, get_answer_symbol=None, get_answer_expr=None,
                 get_answer_from_stdout=False, timeout_length=5, client=None, prelude='none',
                 memory_mb=512, output_bytes=1 << 20):
        if getattr(runtime, 'GLOBAL_DICT', None):
            raise TypeError('tirbox cannot inject Python objects (runtime.GLOBAL_DICT) into the sandbox; '
                            'define them in runtime.HEADERS code instead')
        self.headers = ''.join(h + '\n' for h in getattr(runtime, 'HEADERS', None) or [])
        self.answer_symbol = get_answer_symbol
        self.answer_expr = get_answer_expr
        self.get_answer_from_stdout = get_answer_from_stdout
        self.timeout_length = timeout_length
        self.patience = 10 * timeout_length + 60     # seconds to wait for the server's answer
        self._own_client = client is None
        self.client = client or Client()
        self.fields = {'prelude': prelude,
                       'limits': {'time_ms': int(timeout_length * 1000), 'memory_mb': memory_mb,
                                  'output_bytes': output_bytes}}

    def close(self):
        """Stops the server when this executor started it."""
        if self._own_client:
            self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def process_generation_to_code(self, gens):
        """Each generation as a list of lines, split as the original executor splits it."""
        if self.style == 'qwen':
            return [g.strip().split('\n') for g in gens]
        return [g.split('\n') for g in gens]

    def _refused(self, code):
        return 'input(' in code or (self.style == 'tora' and re.search(r'os.system\(', code))

    def _plan(self, lines):
        """(request, how to read its response) for one program given as lines."""
        whole, how = '\n'.join(lines), None
        if self.style == 'qwen' and 'print(' in lines[-1]:
            body, how = whole, 'stdout'
        elif self.style == 'qwen':
            body, expr = '\n'.join(lines[:-1]), lines[-1]
        elif self.get_answer_from_stdout:
            body, how = whole, 'last_line'
        elif self.answer_symbol:
            body, how = whole, 'value'
        elif self.answer_expr:
            body, expr = whole, self.answer_expr
        else:
            body, expr = '\n'.join(lines[:-1]), lines[-1]
        if self._refused(body):
            return None, ('report', 'RuntimeError')
        req = dict(self.fields, code=self.headers + body)
        if how == 'value':
            req['var'] = self.answer_symbol
        elif how is None:
            bad = _eval_syntax_report(expr)
            if bad is not None:        # the body still runs first: its own error wins
                return req, ('report', bad)
            req['code'] += '\n%s = (%s)' % (RESULT_NAME, expr.strip())
            req['var'], how = RESULT_NAME, 'value'
        return req, how

    def _read(self, resp, how):
        status = resp.get('status')
        if status == 'timeout':
            return '', TIMEOUT_REPORT
        if status != 'ok':
            return '', _error_report(resp)
        if isinstance(how, tuple):
            return '', how[1]
        if how == 'value':
            return resp.get('value', ''), 'Done'
        out = resp.get('stdout', '')
        if how == 'stdout':
            return out, 'Done'
        if not out:
            return '', 'IndexError: list index out of range'
        return _last_line(out), 'Done'

    def apply(self, code):
        """(result, report) for one program."""
        return self.batch_apply([code])[0]

    def batch_apply(self, batch_code):
        """[(result, report)] for a list of programs, all in flight at once."""
        plans = [self._plan(lines) for lines in self.process_generation_to_code(batch_code)]
        futures = [self.client.submit(req) if req else None for req, _ in plans]
        out = []
        for fut, (_, how) in zip(futures, plans):
            try:
                res, report = self._read(fut.result(self.patience), how) if fut else ('', how[1])
            except concurrent.futures.TimeoutError:
                res, report = '', POOL_TIMEOUT_REPORT
            if self.style == 'qwen':
                res, report = truncate(str(res).strip()), truncate(str(report).strip())
            out.append((res, report))
        return out


class ToraExecutor(Executor):
    """microsoft/ToRA's PythonExecutor, texts included."""

    style = 'tora'


class QwenExecutor(Executor):
    """QwenLM/Qwen2.5-Math's PythonExecutor, texts included."""

    style = 'qwen'
