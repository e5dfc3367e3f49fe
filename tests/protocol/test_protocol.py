#!/usr/bin/env python3
"""tests/protocol/test_protocol.py — the wire contract of `tirbox serve` (protocol/PROTOCOL.md):
every field and status, sessions and ordering, bad requests, limits, and what happens at EOF,
on SIGTERM, on a closed or slow stdout. Expected responses are those of the reference server
(../shared/tools/pyserve, CPython 3.11) for the same lines; where tirbox words a bad_request
differently (JSON syntax errors), only the type and the `not JSON:` prefix are checked.
"""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serveproc import Check, Reader, children, cpu_ticks, exchange, requests, start  # noqa: E402

EXEC_KEYS = ['id', 'status', 'stdout', 'tora', 'truncated', 'time_ms', 'mem_kb']


def bad(msg, rid=None):
    return {'id': rid, 'status': 'bad_request', 'error': {'type': 'BadRequest', 'message': msg, 'line': None}}


def test_ping(check):
    resps, out, rc, _ = exchange(b'{"id":"p","op":"ping"}\n')
    check('ping', out == b'{"id":"p","status":"ok"}\n' and rc == 0, out)


def test_bad_requests(check):
    cases = [
        (b'[1]', bad('a request must be a JSON object')),
        (b'{"id":true}', bad('id must be a string or a number', True)),
        (b'{"op":5}', bad('unknown op 5')),
        (b'{"id":"u","op":"run"}', bad("unknown op 'run'", 'u')),
        (b'{"code":1}', bad('exec needs code (a string)')),
        (b'{"code":"","limits":{"time_ms":0}}', bad('limits.time_ms must be a positive number')),
        (b'{"code":"","limits":{"memory_mb":"9"}}', bad('limits.memory_mb must be a positive number')),
        (b'{"code":"","limits":[]}', bad('limits must be an object')),
        (b'{"code":"","call":"for"}', bad('call must be an identifier')),
        (b'{"code":"","call":"a","var":"b"}', bad('call and var are exclusive')),
        (b'{"op":"close"}', bad('close needs a session')),
        (b'{"code":"","mode":"x"}', bad('mode must be "script" or "cell"')),
        (b'{"code":"","prelude":"x"}', bad('prelude must be one of none, sympy, pot')),
        (b'{"code":"","session":[]}', bad('session must be a string')),
    ]
    data = b''.join(line + b'\n' for line, _ in cases)
    resps, _, rc, _ = exchange(data)
    got = sorted(json.dumps(r, sort_keys=True) for r in resps)
    want = sorted(json.dumps(w, sort_keys=True) for _, w in cases)
    check('bad_request_messages', got == want and rc == 0, set(got) ^ set(want))


def test_not_json(check):
    lines = [b'', b'nope', b'{"code":"\xff"}', b'{"code":"a\x00b"}', b'{"id":1', b'   ', b'{"a":1} 2']
    resps, _, rc, _ = exchange(b''.join(l + b'\n' for l in lines) + b'{"id":"after","op":"ping"}\n')
    ok = len(resps) == len(lines) + 1 and rc == 0
    for r in resps[:-1]:
        ok = ok and r['status'] == 'bad_request' and r['id'] is None and r['error']['type'] == 'BadRequest' \
            and r['error']['message'].startswith('not JSON') and r['error']['line'] is None
    check('not_json_and_blank_lines', ok and resps[-1] == {'id': 'after', 'status': 'ok'}, resps)


def test_one_reply_per_line(check):
    lines = []
    for i in range(300):
        k = i % 5
        lines.append([b'{"id":%d,"op":"ping"}' % i, b'{"id":%d,"op":"nope"}' % i, b'garbage %d' % i,
                      b'{"id":%d,"op":"close","session":"none"}' % i, b'{"id":%d}' % i][k])
    resps, out, rc, _ = exchange(b'\n'.join(lines) + b'\n')
    check('one_reply_per_line', len(resps) == 300 and out.endswith(b'\n') and rc == 0, len(resps))


def test_last_line_without_newline(check):
    resps, _, rc, _ = exchange(b'{"id":1,"op":"ping"}\n{"id":2,"op":"ping"}')
    check('last_line_without_newline', [r['id'] for r in resps] == [1, 2] and rc == 0, resps)


def test_max_line(check):
    if os.environ.get('TIRBOX_REFERENCE'):
        return
    long = b'{"id":"long","code":"' + b'x' * 300 + b'"}'
    resps, _, rc, _ = exchange(long + b'\n{"id":"next","op":"ping"}\n' + long, args=['--max-line', '100'])
    want = [bad('line longer than 100 bytes'), {'id': 'next', 'status': 'ok'}, bad('line longer than 100 bytes')]
    check('max_line', resps == want and rc == 0, resps)


def test_max_line_default(check):
    """A line over the default 16 MiB is refused without being kept."""
    if os.environ.get('TIRBOX_REFERENCE'):
        return
    huge = b'{"id":"huge","code":"' + b'x' * (17 << 20) + b'"}\n'
    resps, _, rc, _ = exchange(huge + b'{"id":"next","op":"ping"}\n')
    check('max_line_default', resps == [bad('line longer than 16777216 bytes'), {'id': 'next', 'status': 'ok'}]
          and rc == 0, str(resps)[:300])


def test_id_echo(check):
    resps, out, _, _ = exchange(b'{"id":1.0,"op":"ping"}\n{"id":12345678901234567890123,"op":"ping"}\n'
                                b'{"id":"\\u00e9\\n","op":"ping"}\n{"op":"ping"}\n')
    want = (b'{"id":1.0,"status":"ok"}\n{"id":12345678901234567890123,"status":"ok"}\n'
            b'{"id":"\xc3\xa9\\n","status":"ok"}\n{"id":null,"status":"ok"}\n')
    check('id_echoed_verbatim', out == want, out)


def test_exec_fields(check):
    got, _ = requests([
        {'id': 'ok', 'code': 'print(1)'},
        {'id': 'err', 'code': 'x = 1\n1/0'},
        {'id': 'syn', 'code': 'x ='},
        {'id': 'cell', 'code': 'x = 1\nx + 1', 'mode': 'cell'},
        {'id': 'none', 'code': 'x = None\nx', 'mode': 'cell'},
        {'id': 'var', 'code': 'ans = 6 * 7', 'var': 'ans'},
        {'id': 'call', 'code': 'def solution():\n    return 3 / 4', 'call': 'solution'},
        {'id': 'empty', 'code': 'x = 1'},
        {'id': 'raise', 'code': 'raise KeyError()'},
        {'id': 'nl', 'code': 'raise ValueError("a\\nb")'},
        {'id': 'crlf', 'code': 'x = 2\r\nprint(x)\r\n'},
    ])
    r = got.get('ok', {})
    check('exec_ok_fields', list(r) == EXEC_KEYS and r['status'] == 'ok' and r['stdout'] == '1\n' and r['tora'] == '1'
          and r['truncated'] is False and isinstance(r['time_ms'], float) and isinstance(r['mem_kb'], int), r)
    r = got.get('err', {})
    check('exec_error', r.get('status') == 'error' and r.get('stdout') == '' and
          r.get('error') == {'type': 'ZeroDivisionError', 'message': 'division by zero', 'line': 2} and
          r.get('tora') == 'ZeroDivisionError: division by zero' and
          r.get('traceback') == 'Traceback (most recent call last):\n  File "<string>", line 2, in <module>\n'
                                'ZeroDivisionError: division by zero\n' and
          list(r) == ['id', 'status', 'stdout', 'error', 'tora', 'traceback', 'truncated', 'time_ms', 'mem_kb'], r)
    r = got.get('syn', {})
    check('exec_syntax_error', r.get('error') == {'type': 'SyntaxError', 'message': 'invalid syntax', 'line': 1}
          and r.get('tora') == 'SyntaxError: invalid syntax', r)
    r = got.get('cell', {})
    check('exec_cell_display', r.get('display') == '2' and r.get('tora') == 'Done' and
          list(r) == ['id', 'status', 'stdout', 'display', 'tora', 'truncated', 'time_ms', 'mem_kb'], r)
    check('exec_cell_none_not_displayed', 'display' not in got.get('none', {'display': 1}), got.get('none'))
    check('exec_var', got.get('var', {}).get('value') == '42', got.get('var'))
    check('exec_call', got.get('call', {}).get('value') == '0.75', got.get('call'))
    check('exec_empty_is_done', got.get('empty', {}).get('tora') == 'Done', got.get('empty'))
    r = got.get('raise', {})
    check('exec_empty_message', r.get('tora') == 'KeyError' and r.get('error', {}).get('message') == '', r)
    check('exec_tora_last_line', got.get('nl', {}).get('tora') == 'b', got.get('nl'))
    check('exec_crlf', got.get('crlf', {}).get('stdout') == '2\n', got.get('crlf'))


def test_output_limits(check):
    got, _ = requests([
        {'id': 'tr', 'code': 'print("ab" * 10)', 'limits': {'output_bytes': 5}},
        {'id': 'long', 'code': 'print("a" * 300 + "b" * 300)'},
        {'id': 'flood', 'code': 'for i in range(10**5):\n    print("flood" * 100)', 'limits': {'output_bytes': 1000}},
        {'id': 'endless', 'code': 'while True:\n    print("flood" * 100)', 'limits': {'output_bytes': 1000, 'time_ms': 2000}},
    ])
    r = got.get('tr', {})
    check('output_truncated', r.get('stdout') == 'ababa' and r.get('truncated') is True and r.get('tora') == 'ababa', r)
    r = got.get('long', {})
    check('tora_cut_to_400', r.get('tora') == 'a' * 200 + '...' + 'b' * 200 and r.get('truncated') is False, r)
    r = got.get('flood', {})
    check('output_flood', r.get('status') == 'ok' and r.get('truncated') is True and r.get('stdout') == ('flood' * 100 + '\n') * 1
          + ('flood' * 100)[:1000 - 501], r.get('stdout', '')[:100])
    r = got.get('endless', {})
    check('output_flood_endless', r.get('status') == 'timeout' and r.get('truncated') is False, r)


def test_timeout(check):
    got, _ = requests([{'id': 't', 'code': 'while True:\n    pass', 'limits': {'time_ms': 300}}])
    r = got.get('t', {})
    check('timeout', r.get('status') == 'timeout' and r.get('stdout') == '' and
          r.get('error') == {'type': 'TimeoutError', 'message': 'Timed Out', 'line': None} and
          r.get('tora') == 'TimeoutError: Timed Out', r)
    # CPU time used: the limit plus the supervisor's margin (100 ms + 2%) at most.
    check('timeout_within_margin', 300 <= r.get('time_ms', 0) < 300 + 106 + 50, r.get('time_ms'))


def test_memory(check):
    got, _ = requests([{'id': 'm', 'code': 'x = [0] * (10**9)\nprint(len(x))', 'limits': {'memory_mb': 64}},
                       {'id': 'm2', 'code': 's = "a"\nwhile True:\n    s = s + s', 'limits': {'memory_mb': 64}},
                       {'id': 'after', 'code': 'print(2)'}])
    for k in ('m', 'm2'):
        r = got.get(k, {})
        check('memory_' + k, r.get('status') == 'memory' and r.get('error', {}).get('type') == 'MemoryError'
              and r.get('tora') == 'MemoryError', r)
    check('memory_then_served', got.get('after', {}).get('stdout') == '2\n', got.get('after'))


def test_crash(check):
    """A worker killed from outside: `crash`, and the next request is still served."""
    p = start(['--workers', '1'])
    rd = Reader(p.stdout)
    p.stdin.write(b'{"id":"spin","code":"while True:\\n    pass","limits":{"time_ms":60000}}\n')
    p.stdin.flush()
    victim, end = None, time.monotonic() + 20
    while victim is None and time.monotonic() < end:
        for k in children(p.pid):
            if cpu_ticks(k) > 5:
                victim = k
        time.sleep(0.05)
    if victim:
        os.kill(victim, signal.SIGKILL)
    p.stdin.write(b'{"id":"next","code":"print(3)"}\n')
    p.stdin.close()
    lines = rd.wait_for(2)
    p.wait(timeout=60)
    got = {r['id']: r for r in lines}
    r = got.get('spin', {})
    check('crash_reported', victim is not None and r.get('status') == 'crash' and
          r.get('error', {}).get('type') == 'WorkerCrash' and r['error']['message'] == 'worker died: signal 9' and
          r.get('tora') == 'WorkerCrash: worker died: signal 9', r)
    check('crash_next_served', got.get('next', {}).get('stdout') == '3\n', got.get('next'))


def test_sessions(check):
    got, order = requests([
        {'id': 's1', 'session': 'a', 'mode': 'cell', 'code': 'x = 1'},
        {'id': 'b1', 'session': 'b', 'mode': 'cell', 'code': 'x = 100'},
        {'id': 's2', 'session': 'a', 'mode': 'cell', 'code': 'x += 1\nx'},
        {'id': 's3', 'session': 'a', 'mode': 'cell', 'code': 'x *= 10\nx'},
        {'id': 'b2', 'session': 'b', 'mode': 'cell', 'code': 'x'},
        {'id': 'c1', 'op': 'close', 'session': 'a'},
        {'id': 's4', 'session': 'a', 'mode': 'cell', 'code': 'x'},
        {'id': 'c2', 'op': 'close', 'session': 'a'},
        {'id': 'c3', 'op': 'close', 'session': 'never'},
        {'id': 'c4', 'op': 'close', 'session': 'b'},
    ])
    check('session_state', got.get('s2', {}).get('display') == '2' and got.get('s3', {}).get('display') == '20'
          and got.get('b2', {}).get('display') == '100', order)
    ids_a = [r['id'] for r in order if r['id'] in ('s1', 's2', 's3', 'c1', 's4', 'c2')]
    check('session_in_order', ids_a == ['s1', 's2', 's3', 'c1', 's4', 'c2'], ids_a)
    check('session_close', all(got.get(c) == {'id': c, 'status': 'ok'} for c in ('c1', 'c2', 'c3', 'c4')), order)
    r = got.get('s4', {})
    check('session_fresh_after_close', r.get('error') == {'type': 'NameError', 'message': "name 'x' is not defined",
                                                          'line': 1}, r)


def test_session_timeout_loses_namespace(check):
    got, _ = requests([
        {'id': 1, 'session': 't', 'mode': 'cell', 'code': 'x = 5'},
        {'id': 2, 'session': 't', 'mode': 'cell', 'code': 'while True:\n    pass', 'limits': {'time_ms': 200}},
        {'id': 3, 'session': 't', 'mode': 'cell', 'code': 'x'},
        {'id': 4, 'op': 'close', 'session': 't'},
    ])
    check('session_timeout', got.get(2, {}).get('status') == 'timeout' and
          got.get(3, {}).get('error', {}).get('type') == 'NameError', got)


def test_isolation(check):
    """Nothing of one request is visible to the next, on the same worker: globals, functions and
    classes, attributes of a module (`builtins`), rebound and added builtins."""
    setter = ('x = 5\nimport builtins\nbuiltins.divmod = None\nbuiltins.zz = 1\nbuiltins.abs = len\n'
              'def print_it():\n    pass\nclass K:\n    pass\nK.attr = 2\nglobals()["len"] = 5\n')
    probe = ('import builtins\nprint(divmod(7, 2), abs(-3), len("ab"))\nprint(hasattr(builtins, "zz"))\n'
             'print("x" in globals(), "print_it" in globals(), "K" in globals(), "len" in globals())\n')
    reqs = []
    for i in range(20):
        reqs.append({'id': 'set%d' % i, 'code': setter})
        reqs.append({'id': 'probe%d' % i, 'code': probe})
    got, _ = requests(reqs, args=['--workers', '1'])
    want = "(3, 1) 3 2\nFalse\nFalse False False False\n"
    bad_ones = [(k, r) for k, r in got.items() if k.startswith('probe') and (r.get('status'), r.get('stdout')) != ('ok', want)]
    check('isolation_between_requests', len(got) == 40 and not bad_ones, bad_ones[:2])
    sets = [r for k, r in got.items() if k.startswith('set')]
    check('isolation_setter_ran', all(r.get('status') == 'ok' for r in sets), sets[:1])


def test_out_of_order(check):
    got, order = requests([{'id': 'slow', 'code': 'while True:\n    pass', 'limits': {'time_ms': 1500}},
                           {'id': 'fast', 'code': 'print(1)'}], args=['--workers', '2'])
    check('replies_out_of_order', [r['id'] for r in order] == ['fast', 'slow'], order)


def test_eof_finishes_in_flight(check):
    resps, _, rc, _ = exchange(b'{"id":"t","code":"while True:\\n    pass","limits":{"time_ms":500}}\n'
                               b'{"id":"p","code":"print(5)"}\n')
    ids = sorted(r['id'] for r in resps)
    check('eof_finishes_in_flight', ids == ['p', 't'] and rc == 0, (resps, rc))


def test_stop_signals(check):
    for sig in (signal.SIGTERM, signal.SIGINT):
        p = start()
        rd = Reader(p.stdout)
        p.stdin.write(b'{"id":"t","code":"while True:\\n    pass","limits":{"time_ms":700}}\n{"id":"p","op":"ping"}\n')
        p.stdin.flush()
        rd.wait_for(1)
        time.sleep(0.2)
        p.send_signal(sig)
        rc = p.wait(timeout=30)
        lines = rd.wait_for(2, timeout=5)
        check('%s_finishes_in_flight' % sig.name.lower(), sorted(r['id'] for r in lines) == ['p', 't'] and rc == 0,
              (lines, rc))
        p.stdin.close()


def test_sigpipe(check):
    p = start()
    p.stdout.close()
    try:
        p.stdin.write(b'{"id":1,"op":"ping"}\n' * 20000 + b'{"id":2,"code":"print(1)"}\n')
        p.stdin.close()
    except BrokenPipeError:
        pass
    rc = p.wait(timeout=60)
    check('sigpipe_exit_0', rc == 0, rc)


def test_slow_reader(check):
    n = 200
    reqs = ''.join(json.dumps({'id': i, 'code': 'print("%d" * 30000)' % (i % 10)}) + '\n' for i in range(n))
    p = start()

    def feed():
        p.stdin.write(reqs.encode())
        p.stdin.close()
    import threading
    threading.Thread(target=feed, daemon=True).start()
    got = []
    time.sleep(1.0)   # let the server fill the pipe and back off
    for line in p.stdout:
        got.append(json.loads(line))
        if len(got) % 20 == 0:
            time.sleep(0.05)
    rc = p.wait(timeout=60)
    ok = sorted(r['id'] for r in got) == list(range(n)) and all(
        r.get('stdout') == str(r['id'] % 10) * 30000 + '\n' for r in got)
    check('slow_reader_loses_nothing', ok and rc == 0, (len(got), rc))


def main():
    check = Check()
    for fn in (test_ping, test_bad_requests, test_not_json, test_one_reply_per_line, test_last_line_without_newline,
               test_max_line, test_max_line_default, test_id_echo, test_exec_fields, test_output_limits, test_timeout, test_memory,
               test_crash, test_sessions, test_session_timeout_loses_namespace, test_isolation, test_out_of_order,
               test_eof_finishes_in_flight, test_stop_signals, test_sigpipe, test_slow_reader):
        check.run(fn)
    check.exit()


if __name__ == '__main__':
    main()
