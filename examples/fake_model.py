#!/usr/bin/env python3
"""fake_model.py: an OpenAI-compatible completions endpoint that replays recorded ToRA completions.

    fake_model.py RECORDED.jsonl [--port 0]     prints "http://127.0.0.1:PORT/v1" when it is ready

RECORDED.jsonl has ToRA's released format (`question` and `code`: [the full completion]). A POST to
/v1/completions whose prompt contains a recorded question answers with that completion's next round:
the round after as many "```output" blocks as the prompt already holds past the question, cut at the
first of the request's `stop` strings, exactly as the model's server produced it. So a loop that
executes the programs and feeds back the same outputs ToRA did rebuilds the recorded completion
byte for byte; a different output shows up as a different completion.
"""
import argparse
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OUTPUT_BLOCK = re.compile(r'```output\n.*?\n```\n', re.S)


class Replay:
    """The recorded completions, keyed by question."""

    def __init__(self, rows):
        self.by_question = {r['question']: r['code'][0] for r in rows}

    def find(self, prompt):
        """(completion, where the question ends in prompt) for the longest recorded question in it."""
        # fast path for ToRA's prompt format: the question sits between these markers
        head = prompt.rfind('<|user|>\n')
        tail = prompt.find('\n<|assistant|>\n', head)
        if head >= 0 and tail >= 0:
            completion = self.by_question.get(prompt[head + 9:tail])
            if completion is not None:
                return completion, tail
        best = None
        for q, completion in self.by_question.items():
            at = prompt.rfind(q)
            if at >= 0 and (best is None or len(q) > best[2]):
                best = (completion, at + len(q), len(q))
        return best[:2] if best else (None, None)

    def next_round(self, prompt, stop):
        """The text the recorded model wrote next, or None when the prompt is not one of ours."""
        completion, end = self.find(prompt)
        if completion is None:
            return None
        start, rounds = 0, prompt[end:].count('```output')
        for _ in range(rounds):
            m = OUTPUT_BLOCK.search(completion, start)
            if m is None:
                return ''
            start = m.end()
        rest = completion[start:]
        cuts = [rest.find(s) for s in stop if s and s in rest]
        return rest[:min(cuts)] if cuts else rest


def make_server(replay, port=0):
    """A ThreadingHTTPServer on 127.0.0.1 (port 0: any free one) answering /v1/completions."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def log_message(self, *args):
            pass

        def reply(self, code, obj):
            body = json.dumps(obj).encode('utf-8')
            self.send_response(code)
            self.send_header('Content-Type', 'application/json')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            try:
                req = json.loads(self.rfile.read(int(self.headers.get('Content-Length', 0))))
                prompt, stop = req['prompt'], req.get('stop') or []
            except (ValueError, KeyError, TypeError):
                return self.reply(400, {'error': {'message': 'expected a JSON body with prompt'}})
            if not self.path.rstrip('/').endswith('/completions'):
                return self.reply(404, {'error': {'message': 'only /v1/completions is served'}})
            text = replay.next_round(prompt, [stop] if isinstance(stop, str) else stop)
            if text is None:
                return self.reply(400, {'error': {'message': 'no recorded completion for this prompt'}})
            self.reply(200, {'object': 'text_completion', 'model': req.get('model'),
                             'choices': [{'index': 0, 'text': text, 'finish_reason': 'stop'}]})

    class Server(ThreadingHTTPServer):
        request_queue_size = 256     # a loop keeps dozens of connections opening at once
        daemon_threads = True

    return Server(('127.0.0.1', port), Handler)


def start(rows, port=0):
    """Serves in a background thread; returns (server, base URL). server.shutdown() stops it."""
    server = make_server(Replay(rows), port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, 'http://127.0.0.1:%d/v1' % server.server_address[1]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('recorded', help='JSON lines with question and code (ToRA output format)')
    ap.add_argument('--port', type=int, default=0)
    args = ap.parse_args(argv)
    with open(args.recorded, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f if line.strip()]
    server = make_server(Replay(rows), args.port)
    print('http://127.0.0.1:%d/v1' % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == '__main__':
    sys.exit(main())
