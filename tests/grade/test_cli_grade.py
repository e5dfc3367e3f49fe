#!/usr/bin/env python3
"""tests/grade/test_cli_grade.py — `tirbox grade` on files: ToRA's published accuracies on its own
GSM8K completions (examples/data, the figures from ToRA's .metrics files), bad rows counted,
shards merged back to the whole, the same verdicts with any number of workers, majority votes,
and --execute against outputs recorded by running the programs with CPython here (as ToRA's
executor shows them). Prints PASS/FAIL lines; finds the binary in $TIRBOX."""
import json
import os
import re
import subprocess
import sys
import tempfile

TIRBOX = os.environ.get('TIRBOX', './tirbox')
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples', 'data')


def cpython_output(code):
    """What ToRA's executor records for a program, computed with this machine's CPython: stdout
    stripped, or the last traceback line on an error, `Done` when empty."""
    p = subprocess.run([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=60)
    if p.returncode:
        return p.stderr.strip().split('\n')[-1]
    return p.stdout.strip() or 'Done'


def completion(code, recorded, answer):
    return '```python\n%s\n```\n```output\n%s\n```\nSo the answer is $\\boxed{%s}$.' % (code, recorded, answer)


def run(*args):
    p = subprocess.run([TIRBOX, 'grade'] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=600)
    return p.returncode, p.stdout


def accuracy(out):
    m = re.search(r'^accuracy: ([0-9.]+) \((\d+)/(\d+)\)$', out, re.M)
    return m.groups() if m else None


def check(name, ok, why=''):
    print(('PASS %s' % name) if ok else ('FAIL %s: %s' % (name, why)))


def main():
    for model in ('tora-70b', 'tora-code-34b'):
        with open(os.path.join(DATA, model + '-gsm8k.metrics')) as f:
            published = re.search(r'\[([0-9.]+)\]', f.read()).group(1)
        rc, out = run(os.path.join(DATA, model + '-gsm8k.jsonl'), '--tora')
        got = accuracy(out)
        check('tora_accuracy_' + model, rc == 0 and got and got[0] == published,
              'got %r, ToRA published %s' % (got, published))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'rows.jsonl')
        with open(path, 'w') as f:
            f.write(json.dumps({'question': 'q', 'answer': 'so 6 #### 42', 'completion': 'it is \\boxed{42}', 'type': 'A'}) + '\n')
            f.write('not json\n')
            f.write(json.dumps({'question': 'q'}) + '\n')
            f.write(json.dumps({'problem': 'p', 'solution': 'thus $\\boxed{\\frac12}$', 'response': 'the answer is 0.5', 'type': 'B'}) + '\n')
            f.write(json.dumps({'problem': 'p', 'solution': '\\boxed{3}', 'response': 'I get \\boxed{4}', 'type': 'B'}) + '\n')
        rc, out = run(path)
        check('bad_rows_counted', rc == 0 and '3 rows graded, 2 bad rows' in out, out)
        check('shapes_and_accuracy', accuracy(out) == ('66.7', '2', '3'), out)
        check('by_type_table', re.search(r'^  B\s+2\s+50\.0%$', out, re.M) is not None, out)
        reports = []
        for i in range(2):
            rep = os.path.join(tmp, 'r%d.json' % i)
            rc, _ = run(path, '--shard', '%d/2' % i, '--report', rep)
            reports.append(rep)
        rc, merged = run('--merge', *reports)
        check('shards_merge', rc == 0 and accuracy(merged) == ('66.7', '2', '3'), merged)
        rc, _ = run(os.path.join(tmp, 'missing.jsonl'))
        check('missing_file_is_an_error', rc == 1)
        test_jobs_and_vote(tmp)
        test_execute(tmp)


def test_jobs_and_vote(tmp):
    path = os.path.join(tmp, 'vote.jsonl')
    with open(path, 'w') as f:
        for k in range(40):
            comps = ['\\boxed{%d}' % (k + 1), '\\boxed{\\frac{%d}{2}}' % (2 * k), '\\boxed{%d.0}' % k, '']
            f.write(json.dumps({'idx': k, 'gt': str(k), 'code': comps}) + '\n')
    outs = {}
    for jobs in ('1', '3'):
        rows = os.path.join(tmp, 'rows%s.jsonl' % jobs)
        rc, out = run(path, '--jobs', jobs, '--rows', rows)
        with open(rows) as f:
            outs[jobs] = [(r['idx'], r['equal']) for r in map(json.loads, f)]
        check('first_completion_jobs_' + jobs, rc == 0 and accuracy(out) == ('0.0', '0', '40'), out)
    check('rows_in_order_whatever_the_jobs', outs['1'] == outs['3'] == [(k, False) for k in range(40)], outs)
    rc, out = run(path, '--vote', '--jobs', '2')
    check('majority_vote', rc == 0 and accuracy(out) == ('100.0', '40', '40'), out)


def test_execute(tmp):
    programs = ['print(2**100)', 'x = [1, 2]\nprint(x[5])', 'y = 3', 'print(sum(range(10)))']
    recorded = [cpython_output(c) for c in programs]
    recorded[3] = '44'                      # not what the program prints
    path = os.path.join(tmp, 'exec.jsonl')
    with open(path, 'w') as f:
        for k, (code, rec) in enumerate(zip(programs, recorded)):
            f.write(json.dumps({'idx': k, 'gt': '1', 'code': [completion(code, rec, 1)]}) + '\n')
        f.write(json.dumps({'idx': 4, 'gt': '1', 'code': ['```python\nprint(1)\n```\nno output recorded']}) + '\n')
    rows = os.path.join(tmp, 'exec_rows.jsonl')
    rc, out = run(path, '--execute', '--rows', rows)
    check('execute_summary', rc == 0 and 'execute: 3 of 4 programs reproduce their recorded output' in out, out)
    with open(rows) as f:
        got = [r.get('execute') for r in map(json.loads, f)]
    check('execute_rows', [[e['same'] for e in g] for g in got] == [[True], [True], [True], [False], []], got)
    check('execute_shows_the_error', got[1][0]['output'] == 'IndexError: list index out of range', got[1])


if __name__ == '__main__':
    sys.exit(main())
