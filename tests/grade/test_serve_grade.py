#!/usr/bin/env python3
"""tests/grade/test_serve_grade.py — `grade` and `extract` through `tirbox serve` (protocol/PROTOCOL.md):
the response fields, ToRA's style, limits that end a grading task, bad requests. Equality
expectations are labelled pairs of ../shared/corpus/grader.public.jsonl (ids named); ToRA-style
expectations are what ToRA's parser gave on its released GSM8K completions (examples/data)."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'protocol'))
from serveproc import Check, requests  # noqa: E402

# (id in grader.public.jsonl, pred, gold, label)
LABELLED = [
    ('g0001', '7,425,000', '7425000', True),
    ('g0263', '$1 + \\frac{1}{\\mathrm{e}}$', '$1 - \\frac{1}{\\mathrm{e}}$', False),
    ('g0310', '\\frac{100}{3}', '33.3', False),
    ('g0495', '||x||y||', '\\left|{\\left|{x}\\right| \\left|{y}\\right|}\\right|', True),
    ('g0863', '[0,1] \\setminus {0.5}', '\\left[0, 0.5\\right) \\cup \\left(0.5, 1\\right]', True),
    ('g1531', '0.2', '20\\%', True),
]


def test_grade_fields(check):
    reqs = [{'id': cid, 'op': 'grade', 'pred': p, 'gold': g} for cid, p, g, _ in LABELLED]
    got, _ = requests(reqs, ['--workers', '2'])
    for cid, _, _, label in LABELLED:
        r = got[cid]
        ok = (r.get('status') == 'ok' and r.get('equal') is label and
              list(r) == ['id', 'status', 'equal', 'reason', 'pred_norm', 'gold_norm'] and r['reason'])
        check('grade_' + cid, ok, r)
    r = got['g0001']
    check('grade_norms', r['pred_norm'] == '7425000' and r['gold_norm'] == '7425000', r)


def test_extract(check):
    reqs = [
        {'id': 'box', 'op': 'extract', 'text': 'so $x = \\boxed{\\frac{1}{2}}$.'},
        {'id': 'none', 'op': 'extract', 'text': 'no answer here'},
        # ToRA-70B's GSM8K row 116: ToRA recorded the answer \frac{840}{13}
        {'id': 'tora', 'op': 'extract', 'style': 'tora',
         'text': 'Katy used $\\boxed{\\frac{840}{13}}$ teaspoons of sugar.'},
    ]
    got, _ = requests(reqs)
    check('extract_box', got['box'] == {'id': 'box', 'status': 'ok', 'answer': '\\frac{1}{2}'}, got['box'])
    check('extract_none', got['none'] == {'id': 'none', 'status': 'ok', 'answer': None}, got['none'])
    check('extract_tora', got['tora'].get('answer') == '\\frac{840}{13}', got['tora'])


def test_tora_style(check):
    # ToRA's math_equal takes 0.5 and 50 as the same answer (the reference may be a percentage);
    # tirbox's own rules do not.
    reqs = [{'id': 't', 'op': 'grade', 'style': 'tora', 'pred': '0.5', 'gold': '50'},
            {'id': 'n', 'op': 'grade', 'pred': '0.5', 'gold': '50'}]
    got, _ = requests(reqs)
    check('tora_style', got['t'].get('equal') is True and got['n'].get('equal') is False, got)


def test_limits(check):
    big = '+'.join('x^{%d}' % i for i in range(3000))
    reqs = [
        {'id': 't', 'op': 'grade', 'pred': big, 'gold': big + '+1', 'limits': {'time_ms': 1}},
        {'id': 'm', 'op': 'grade', 'pred': big, 'gold': big + '+1', 'limits': {'memory_mb': 1}},
        {'id': 'after', 'op': 'grade', 'pred': '1/2', 'gold': '0.5'},
        {'id': 'long', 'op': 'grade', 'pred': '1' * 5000, 'gold': '2', 'limits': {'output_bytes': 100}},
    ]
    got, _ = requests(reqs, ['--workers', '1'])
    check('grade_timeout', got['t'] == {'id': 't', 'status': 'timeout', 'error': {
        'type': 'TimeoutError', 'message': 'Timed Out', 'line': None}}, got['t'])
    check('grade_memory', got['m'].get('status') == 'memory' and got['m']['error']['type'] == 'MemoryError', got['m'])
    check('grade_after_limits', got['after'].get('equal') is True, got['after'])
    check('grade_norms_capped', got['long'].get('equal') is False and len(got['long']['pred_norm']) == 100, got['long'])


def test_bad_requests(check):
    reqs = [{'id': 1, 'op': 'grade', 'pred': '1', 'gold': '1', 'style': 'x'},
            {'id': 2, 'op': 'grade', 'pred': '1', 'gold': '1', 'rel_tol': 5},
            {'id': 3, 'op': 'grade', 'pred': '1'}]
    got, _ = requests(reqs)
    msgs = {k: got[k].get('error', {}).get('message') for k in got}
    check('bad_style', got[1]['status'] == 'bad_request' and msgs[1] == 'style must be "tirbox" or "tora"', got[1])
    check('bad_rel_tol', msgs[2] == 'rel_tol must be a number between 0 and 1', got[2])
    check('grade_needs_both', msgs[3] == 'grade needs pred and gold (strings)', got[3])


def main():
    check = Check()
    for t in (test_grade_fields, test_extract, test_tora_style, test_limits, test_bad_requests):
        check.run(t)
    check.exit()


if __name__ == '__main__':
    main()
