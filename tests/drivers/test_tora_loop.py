#!/usr/bin/env python3
"""examples/tora_loop.py against the scripted fake model (examples/fake_model.py) with `$TIRBOX serve`
executing the programs: the loop must rebuild each recorded completion byte for byte.

data/tora-70b-gsm8k-sample.jsonl: 42 of ToRA-70B's released GSM8K completions (the first 41 but
row 30, whose sympy solve tirbox does not answer yet (see data/README.md); one whose question
contains "boxed" so nothing runs; one whose program is a SyntaxError).
data/tora-synthetic.jsonl: made for this test, outputs by CPython 3.11 (through the reference
server): four programs without an answer (the call limit), the last-line rule, the 50 + ... + 50 cut,
errors.
"""
import json
import os
import sys
import urllib.error

from common import HERE, SERVE, expect, run_checks

import fake_model
import tirbox
import tora_loop


def load(name):
    with open(os.path.join(HERE, 'data', name), encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def replay(name):
    def check():
        rows = load(name)
        server, url = fake_model.start(rows)
        try:
            with tirbox.Client(SERVE) as c:
                out, stats = tora_loop.run(rows, tora_loop.Model(url, 'tora'), c, jobs=8)
        finally:
            server.shutdown()
        for row, got in zip(rows, out):
            expect(got['code'][0], row['code'][0], 'completion %s' % row['idx'])
        expect(stats['same_as_recorded'], len(rows))
        expect(stats['calls'], sum(r['code'][0].count('```output') for r in rows), 'programs executed')
    return check


def loop_rules():
    """No program runs in a round that mentions boxed; the last ```python block of a round runs."""
    expect(tora_loop.last_python_block('```python\na = 1\n```\ntext\n```python\nb = 2\nc = 3\n```'),
           'b = 2\nc = 3\n')
    expect(tora_loop.last_python_block('no code'), '')
    expect(tora_loop.shorten('x' * 101), 'x' * 50 + '...' + 'x' * 50)
    expect(tora_loop.shorten('x' * 100), 'x' * 100)
    rows = load('tora-70b-gsm8k-sample.jsonl')
    boxed = [r for r in rows if 'boxed' in r['question']]
    expect('```output' in boxed[0]['code'][0], False, 'recorded completion of the boxed question')


def fake_model_http():
    """The endpoint speaks the completions API and refuses prompts it has no recording for."""
    rows = load('tora-synthetic.jsonl')
    server, url = fake_model.start(rows)
    try:
        model = tora_loop.Model(url, 'tora')
        first = model.complete(tora_loop.TEMPLATE.format(question=rows[1]['question']), tora_loop.STOP)
        expect(first, rows[1]['code'][0].split('```output')[0])
        try:
            model.complete('an unknown question', tora_loop.STOP)
            raise AssertionError('unknown prompt answered')
        except urllib.error.HTTPError as e:
            expect(e.code, 400)
    finally:
        server.shutdown()


if __name__ == '__main__':
    sys.exit(run_checks([
        ('tora_loop_rules', loop_rules),
        ('fake_model_http', fake_model_http),
        ('tora_loop_replays_recorded_gsm8k', replay('tora-70b-gsm8k-sample.jsonl')),
        ('tora_loop_call_limit_and_cuts', replay('tora-synthetic.jsonl')),
    ]))
