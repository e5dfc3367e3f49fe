#!/usr/bin/env python3
"""tests/bench/bench_tora_replay.py — the whole ToRA GSM8K replay: examples/tora_loop.py over all
1319 released ToRA-70B completions, the fake model (examples/fake_model.py) replaying them round by
round, the programs executed through the Python client by `$TIRBOX serve` and then by the reference
server ($PYSERVE), in the same run.

For each server: completions rebuilt byte for byte, ```output blocks reproduced (each differing
block is listed with the recorded text and the one produced) and the loop's wall time; then `tirbox
grade --tora` grades tirbox's completions by ToRA's rules (ToRA reports 84.3). The RESULT line gives
tirbox's speed as a ratio against the reference's. FAIL when tirbox does not rebuild every
completion. The one program that runs into ToRA's 5 s limit bounds both times from below (5 s of
CPU time: longer on a loaded machine), so the loop is timed a second time without the rows whose
recorded output is a time-out: the second RESULT line. BENCH_TORA_DATA overrides the data file.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [os.path.join(ROOT, 'examples', 'python'), os.path.join(ROOT, 'examples')]
import fake_model  # noqa: E402
import tirbox  # noqa: E402
import tora_loop  # noqa: E402

OUTPUT = re.compile(r'```output\n(.*?)\n```\n', re.S)
TIMED_OUT = re.compile(r'```output\n[^`]*(Timed Out|Timeout Error)[^`]*\n```')
DATA = [os.environ.get('BENCH_TORA_DATA', ''), os.path.join(ROOT, 'examples', 'data', 'tora-70b-gsm8k.jsonl'),
        os.path.join(ROOT, '..', 'shared', 'data', 'tora-gsm8k', 'tora-70b.jsonl')]


def output_blocks(rows, out):
    """(blocks recorded, blocks reproduced, [(idx, recorded, produced)] for the others)."""
    total, differ = 0, []
    for row, got in zip(rows, out):
        mine = OUTPUT.findall(got['code'][0])
        for k, recorded in enumerate(OUTPUT.findall(row['code'][0])):
            total += 1
            produced = mine[k] if k < len(mine) else None
            if produced != recorded:
                differ.append((row.get('idx'), recorded, produced))
    return total, total - len(differ), differ


def main():
    path = next(d for d in DATA if d and os.path.exists(d))
    with open(path, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f if line.strip()]
    quick = [r for r in rows if not TIMED_OUT.search(r['code'][0])]
    server, url = fake_model.start(rows)
    stats, out, quick_seconds = {}, {}, {}
    try:
        for name, cmd in (('tirbox', [os.environ['TIRBOX'], 'serve']), ('pyserve', [os.environ['PYSERVE']])):
            with tirbox.Client(cmd) as client:
                client.ping(60)          # start-up is not part of the loop's time
                out[name], stats[name] = tora_loop.run(rows, tora_loop.Model(url, 'tora'), client, jobs=32)
                quick_seconds[name] = tora_loop.run(quick, tora_loop.Model(url, 'tora'), client, jobs=32)[1]['seconds']
            for line in tora_loop.summary(stats[name], len(rows)):
                print('  %-7s %s' % (name, line))
            total, same, differ = output_blocks(rows, out[name])
            print('  %-7s ```output blocks reproduced: %d/%d' % (name, same, total))
            for idx, recorded, produced in differ[:20]:
                print('  %-7s   idx %s: recorded %r, got %r' % (name, idx, recorded[:120],
                                                              None if produced is None else produced[:120]))
            sys.stdout.flush()
    finally:
        server.shutdown()
    t, p = stats['tirbox'], stats['pyserve']
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        f.writelines(json.dumps(r) + '\n' for r in out['tirbox'])
    try:
        g = subprocess.run([os.environ['TIRBOX'], 'grade', '--tora', f.name], stdout=subprocess.PIPE,
                           universal_newlines=True)
    finally:
        os.unlink(f.name)
    print('  tirbox  completions graded by `tirbox grade --tora`: %s' % (g.stdout.strip().split('\n') or [''])[-1])
    print('RESULT tora_replay_ratio: %.2fx (tirbox %.2f s, pyserve %.2f s; %d/%d completions rebuilt by tirbox)'
          % (p['seconds'] / t['seconds'], t['seconds'], p['seconds'], t['same_as_recorded'], len(rows)))
    print('RESULT tora_replay_without_timeouts_ratio: %.2fx (tirbox %.2f s, pyserve %.2f s; %d rows, '
          'without the %d whose program ran out of time)'
          % (quick_seconds['pyserve'] / quick_seconds['tirbox'], quick_seconds['tirbox'],
             quick_seconds['pyserve'], len(quick), len(rows) - len(quick)))
    if t['same_as_recorded'] != len(rows):
        print('FAIL tora_replay: tirbox rebuilt %d/%d recorded completions (differ: %s)'
              % (t['same_as_recorded'], len(rows), ', '.join(map(str, t['differ'][:20]))))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
