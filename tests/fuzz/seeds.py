"""tests/fuzz/seeds.py — the seed inputs of each fuzz target, made out of the test data: programs
(golden tests, loop benchmarks, the public corpus), request lines, answers and completions, and
sympify() inputs. Used by tests/fuzz/run and tests/fuzz/test_replay.py."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(ROOT, '..', 'shared', 'corpus')


def jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def programs():
    """Program texts: the golden tests, the loop benchmarks, every 8th public corpus record."""
    out = []
    for py in sorted(glob.glob(os.path.join(ROOT, 'tests', 'golden', '**', '*.py'), recursive=True)):
        with open(py, 'rb') as f:
            out.append(f.read())
    for rec in jsonl(os.path.join(ROOT, 'tests', 'bench', 'data', 'loops.jsonl')):
        if isinstance(rec.get('code'), str):
            out.append(rec['code'].encode())
    for rec in jsonl(os.path.join(SHARED, 'programs.public.jsonl'))[::8]:
        out.append(rec['requests'][-1]['code'].encode())
    return out


def request_lines():
    lines = [b'{"id":1,"op":"ping"}', b'{"id":"c","op":"close","session":"s"}', b'',
             b'{"id":2,"code":"print(1)","limits":{"time_ms":10,"memory_mb":1,"output_bytes":1}}']
    for k, rec in enumerate(jsonl(os.path.join(SHARED, 'programs.public.jsonl'))[::32]):
        for q in rec['requests']:
            q = dict(q, id=k)
            lines.append(json.dumps(q, ensure_ascii=k % 2 == 0).encode())
    for k, rec in enumerate(jsonl(os.path.join(SHARED, 'grader.public.jsonl'))[::16]):
        lines.append(json.dumps({'id': k, 'op': 'grade', 'pred': rec['pred'], 'gold': rec['gold']}).encode())
        lines.append(json.dumps({'id': k, 'op': 'extract', 'text': 'so \\boxed{%s}' % rec['pred']}).encode())
    return lines


def answers():
    out = []
    for rec in jsonl(os.path.join(SHARED, 'grader.public.jsonl')):
        out.append(rec['pred'].encode() + b'\0' + rec['gold'].encode())
    for name in ('tora-synthetic.jsonl', 'tora-70b-gsm8k-sample.jsonl'):
        for rec in jsonl(os.path.join(ROOT, 'tests', 'drivers', 'data', name))[:50]:
            for key in ('completion', 'response', 'output', 'code'):
                v = rec.get(key)
                if isinstance(v, list) and v:
                    v = v[0]
                if isinstance(v, str):
                    out.append(v.encode())
                    break
    return out


def expressions():
    with open(os.path.join(ROOT, 'tests', 'unit', 'sym_cases.txt'), 'rb') as f:
        return [l.rstrip(b'\n') for l in f if l.strip() and not l.startswith(b'#')]


SEEDS = {'proto': request_lines, 'compile': programs, 'exec': programs, 'grade': answers, 'sym': expressions}


def write_seeds(target, bindir):
    d = os.path.join(bindir, 'seeds', target)
    os.makedirs(d, exist_ok=True)
    for old in glob.glob(os.path.join(d, '*')):
        os.remove(old)
    items = SEEDS[target]()
    for i, data in enumerate(items):
        with open(os.path.join(d, 'seed%05d' % i), 'wb') as f:
            f.write(data)
    return d, len(items)
