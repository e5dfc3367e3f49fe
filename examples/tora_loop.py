#!/usr/bin/env python3
"""tora_loop.py: ToRA's tool-integrated inference loop against any OpenAI-compatible completions
endpoint, with tirbox executing the programs (stdlib only).

    tora_loop.py --url http://127.0.0.1:8000/v1 --model llm-agents/tora-70b-v1.0 \
                 --data gsm8k.jsonl --out completions.jsonl [--tirbox PATH | --server CMD...]

Each problem (a JSON line with `question`, and `gt` to be graded) goes through up to 4 rounds, as in
microsoft/ToRA src/infer/inference.py: the model writes until `</s>`, `---` or "```output"; its text
is rstripped and appended; when it contains no `boxed` and ends with "```", the last ```python block
of that round runs (ToRA's executor: the last line of stdout, else `Type: message`), the result is
stripped, cut to 50 + "..." + 50 when over 100 characters, and appended as
"\n```output\n{result}\n```\n"; after the 4th execution "\nReach max function call limit." ends it.
Problems run concurrently (each its own loop), so the model and tirbox are both kept busy; the
texts are the same as ToRA's lock-step batches.

At the end the final answer of each completion is extracted and graded by the server (`extract`
and `grade` ops) when it can; rows that carry a recorded completion (`code`, as in ToRA's released
outputs) are also compared with it. Output: one JSON line per problem (idx, question, gt, code,
and, when graded, pred and score) and a summary on stderr; its last line is the accuracy.
`tirbox grade --tora OUT.jsonl` grades the output file by ToRA's own rules.
"""
import argparse
import concurrent.futures
import json
import os
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'python'))
import tirbox  # noqa: E402

STOP = ['</s>', '---', '```output']
TEMPLATE = '<|user|>\n{question}\n<|assistant|>\n'     # the format ToRA's models were trained on


def last_python_block(text):
    """The code of the last ```python block in text (lines up to the next ``` line, or the end)."""
    block, inside = None, False
    for line in text.split('\n'):
        if line.startswith('```python'):
            block, inside = [], True
        elif line.startswith('```'):
            inside = False
        elif inside:
            block.append(line)
    return ''.join(line + '\n' for line in block or [])


def shorten(s, limit=100):
    """ToRA's loop: results over `limit` characters become the first and last limit/2 around '...'."""
    half = limit // 2
    return s[:half] + '...' + s[-half:] if len(s) > limit else s


class Model:
    """An OpenAI-compatible /completions endpoint (connection failures are retried a few times)."""

    def __init__(self, url, model, max_tokens=1024, temperature=0.0, api_key=None, timeout=600):
        self.url = url.rstrip('/')
        if not self.url.endswith('/completions'):
            self.url += '/completions'
        self.model, self.max_tokens, self.temperature = model, max_tokens, temperature
        self.api_key, self.timeout = api_key, timeout
        self.retries = 3               # connection failures only

    def complete(self, prompt, stop):
        body = json.dumps({'model': self.model, 'prompt': prompt, 'max_tokens': self.max_tokens,
                           'temperature': self.temperature, 'stop': stop, 'n': 1}).encode('utf-8')
        headers = {'Content-Type': 'application/json'}
        if self.api_key:
            headers['Authorization'] = 'Bearer ' + self.api_key
        req = urllib.request.Request(self.url, data=body, headers=headers, method='POST')
        for attempt in range(self.retries + 1):
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as r:
                    return json.loads(r.read().decode('utf-8'))['choices'][0]['text']
            except urllib.error.HTTPError:
                raise                  # the endpoint answered: retrying would not change it
            except OSError:
                if attempt == self.retries:
                    raise
                time.sleep(0.5 * 2 ** attempt)


def solve(model, executor, question, max_func_call=4, template=TEMPLATE):
    """Runs the loop for one question; returns (completion, number of programs executed)."""
    prompt = template.format(question=question)
    query, calls = prompt, 0
    for epoch in range(max_func_call):
        output = model.complete(query, STOP).rstrip()
        query += output
        if 'boxed' in output or not output.endswith('```'):
            break
        result, report = executor.apply(last_python_block(output))
        calls += 1
        result, report = shorten(str(result).strip()), shorten(str(report).strip())
        query += '\n```output\n%s\n```\n' % (result or report)
        if epoch == max_func_call - 1:
            query += '\nReach max function call limit.'
    return query[len(prompt):].strip(), calls


def grade(client, completion, gt):
    """(pred, score) from the server's extract and grade ops; (None, None) when it has none."""
    try:
        pred = client.extract(completion)
        return pred, client.grade(pred or '', str(gt))
    except tirbox.ServerError:
        return None, None


def run(rows, model, client, jobs=16, max_func_call=4, timeout_length=5, template=TEMPLATE, log=None):
    """The loop over all rows; returns (result rows in input order, statistics)."""
    executor = tirbox.ToraExecutor(get_answer_from_stdout=True, timeout_length=timeout_length,
                                   client=client)
    stats = {'calls': 0, 'graded': 0, 'correct': 0, 'recorded': 0, 'same_as_recorded': 0, 'differ': []}
    out = [None] * len(rows)

    def one(i):
        row = rows[i]
        completion, calls = solve(model, executor, row['question'], max_func_call, template)
        pred, score = grade(client, completion, row['gt']) if 'gt' in row else (None, None)
        return i, completion, calls, pred, score

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for n, fut in enumerate(concurrent.futures.as_completed([pool.submit(one, i) for i in range(len(rows))])):
            i, completion, calls, pred, score = fut.result()
            row = rows[i]
            stats['calls'] += calls
            if score is not None:
                stats['graded'] += 1
                stats['correct'] += bool(score)
            if row.get('code'):
                stats['recorded'] += 1
                if completion == row['code'][0]:
                    stats['same_as_recorded'] += 1
                else:
                    stats['differ'].append(row.get('idx', i))
            out[i] = {'idx': row.get('idx', i), 'question': row['question'], 'gt': row.get('gt'),
                      'code': [completion]}
            if score is not None:
                out[i].update(pred=[pred], score=[score])
            if log and (n + 1) % 100 == 0:
                log('[tora_loop] %d/%d problems, %.1f s' % (n + 1, len(rows), time.monotonic() - t0))
    stats['seconds'] = time.monotonic() - t0
    return out, stats


def summary(stats, n):
    """Human-readable lines; the last one is the accuracy."""
    lines = ['problems: %d, programs executed: %d, wall time: %.2f s' % (n, stats['calls'], stats['seconds'])]
    if stats['recorded']:
        lines.append('identical to the recorded completion: %d/%d%s' % (
            stats['same_as_recorded'], stats['recorded'],
            '' if not stats['differ'] else ' (differ: %s)' % ', '.join(map(str, stats['differ'][:20]))))
    if stats['graded']:
        lines.append('accuracy: %.1f (%d/%d)' % (100.0 * stats['correct'] / stats['graded'],
                                                 stats['correct'], stats['graded']))
    else:
        lines.append('accuracy: n/a (the server has no grade op)')
    return lines


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--url', required=True, help='base URL of the API, e.g. http://127.0.0.1:8000/v1')
    ap.add_argument('--model', required=True, help='model name sent to the endpoint')
    ap.add_argument('--data', required=True, help='JSON lines with `question` (and `gt`)')
    ap.add_argument('--out', help='write the completions here (JSON lines)')
    ap.add_argument('--limit', type=int, default=0, help='only the first N problems')
    ap.add_argument('--jobs', type=int, default=16, help='problems in flight at once')
    ap.add_argument('--max-func-call', type=int, default=4)
    ap.add_argument('--timeout', type=float, default=5, help='CPU seconds per program')
    ap.add_argument('--max-tokens', type=int, default=1024)
    ap.add_argument('--temperature', type=float, default=0.0)
    ap.add_argument('--template', default=TEMPLATE, help='prompt with {question} (default: ToRA\'s)')
    ap.add_argument('--tirbox', help='the tirbox binary (default: $TIRBOX, else tirbox on PATH)')
    ap.add_argument('--server', nargs=argparse.REMAINDER,
                    help='any server speaking the tirbox protocol instead, e.g. --server pyserve')
    args = ap.parse_args(argv)
    with open(args.data, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        rows = rows[:args.limit]
    cmd = args.server or ([args.tirbox, 'serve'] if args.tirbox else None)
    model = Model(args.url, args.model, args.max_tokens, args.temperature, os.environ.get('OPENAI_API_KEY'))

    def log(msg):
        sys.stderr.write(msg + '\n')
    with tirbox.Client(cmd) as client:
        out, stats = run(rows, model, client, args.jobs, args.max_func_call, args.timeout, args.template, log)
    if args.out:
        with open(args.out, 'w', encoding='utf-8') as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for line in summary(stats, len(rows)):
        log(line)
    return 0


if __name__ == '__main__':
    sys.exit(main())
