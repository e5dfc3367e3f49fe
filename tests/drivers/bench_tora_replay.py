#!/usr/bin/env python3
"""The whole ToRA GSM8K replay: examples/tora_loop.py over every released completion, the fake model
replaying them, programs executed by `tirbox serve` and then by the reference server in the same run.

    tests/drivers/bench_tora_replay.py [--tirbox ./tirbox] [--data FILE] [--reference CMD...]

Prints, for each server: completions rebuilt byte for byte (so every ```output block reproduced),
the accuracy from the server's extract/grade ops (ToRA reports 84.3 for tora-70b), and the wall time;
the last line is tirbox's wall time as a ratio against the reference's.
"""
import argparse
import json
import os
import sys

from common import ROOT

import fake_model
import tirbox
import tora_loop

DATA = [os.path.join(ROOT, 'examples', 'data', 'tora-70b-gsm8k.jsonl'),
        os.path.join(ROOT, '..', 'shared', 'data', 'tora-gsm8k', 'tora-70b.jsonl')]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--tirbox', default=os.path.join(ROOT, 'tirbox'))
    ap.add_argument('--data', default=next((d for d in DATA if os.path.exists(d)), DATA[-1]))
    ap.add_argument('--jobs', type=int, default=32, help='problems in flight at once')
    ap.add_argument('--reference', nargs=argparse.REMAINDER,
                    default=[os.path.join(ROOT, '..', 'shared', 'tools', 'pyserve')])
    args = ap.parse_args()
    with open(args.data, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f if line.strip()]
    server, url = fake_model.start(rows)
    seconds = {}
    try:
        for name, cmd in (('tirbox', [args.tirbox, 'serve']), ('reference', args.reference)):
            with tirbox.Client(cmd) as client:
                client.ping(60)          # start-up is not part of the loop's time
                _, stats = tora_loop.run(rows, tora_loop.Model(url, 'tora'), client, jobs=args.jobs)
            seconds[name] = stats['seconds']
            for line in tora_loop.summary(stats, len(rows)):
                print('%-9s %s' % (name, line))
            sys.stdout.flush()
    finally:
        server.shutdown()
    print('tora replay wall time: tirbox %.2f s, reference %.2f s, ratio %.2fx'
          % (seconds['tirbox'], seconds['reference'], seconds['reference'] / seconds['tirbox']))
    return 0


if __name__ == '__main__':
    sys.exit(main())
