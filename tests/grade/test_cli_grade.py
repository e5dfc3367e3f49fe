#!/usr/bin/env python3
"""tests/grade/test_cli_grade.py — `tirbox grade` on files: ToRA's published accuracies on its own
GSM8K completions (examples/data, the figures from ToRA's .metrics files), bad rows counted,
shards merged back to the whole. Prints PASS/FAIL lines; finds the binary in $TIRBOX."""
import json
import os
import re
import subprocess
import sys
import tempfile

TIRBOX = os.environ.get('TIRBOX', './tirbox')
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples', 'data')


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


if __name__ == '__main__':
    sys.exit(main())
