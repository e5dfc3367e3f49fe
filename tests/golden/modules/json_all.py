# json: dumps and loads as CPython's encoder and decoder
import json

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: json.dumps({'a': [1, 2.5, None, True], 'b': 'x"y\\n'}), lambda: json.dumps([1, [2, {}], []], indent=2),
    lambda: json.dumps({'b': 1, 'a': {'c': [1]}}, indent=4, sort_keys=True), lambda: json.dumps({1: 2, 2.5: 3, False: 4, None: 5}),
    lambda: json.dumps({(1,): 2}), lambda: json.dumps({1, 2}), lambda: json.dumps(float('nan')),
    lambda: json.dumps(float('inf'), allow_nan=False), lambda: json.dumps('héllo €'), lambda: json.dumps('héllo €', ensure_ascii=False),
    lambda: json.dumps('\U0001F600'), lambda: json.dumps([1, 2], separators=(',', ':')), lambda: json.dumps({'a': 1}, indent='\t'),
    lambda: json.dumps(10**30), lambda: json.dumps(1e100), lambda: json.dumps((1, 2)), lambda: json.dumps('\x01\x1f'),
    lambda: json.dumps({'x': {1, 2}}, default=sorted), lambda: json.dumps({(1,): 2}, skipkeys=True), lambda: json.dumps(0.1 + 0.2),
    lambda: json.dumps([]), lambda: json.dumps({}, indent=2), lambda: json.dumps(-0.0), lambda: json.dumps(True),
    lambda: json.loads('{"a": [1, 2.5, null, true, false], "b": "x\\u00e9"}'), lambda: json.loads('[1e3, -0, 12345678901234567890, -1.5E-2]'),
    lambda: json.loads(''), lambda: json.loads('{'), lambda: json.loads('{"a" 1}'), lambda: json.loads('{"a": 1,}'),
    lambda: json.loads('[1 2]'), lambda: json.loads('[1] x'), lambda: json.loads('"abc'), lambda: json.loads('NaN'),
    lambda: json.loads('[Infinity, -Infinity]'), lambda: json.loads('{"a":1, "a":2}'), lambda: json.loads('  \n [\n1,\n  ]'),
    lambda: json.loads('"\\q"'), lambda: json.loads('tru'), lambda: json.loads(5), lambda: json.loads('"\\ud83d\\ude00"'),
    lambda: json.loads(' 42 '), lambda: json.loads('"tab\there"'), lambda: json.loads('01'), lambda: json.loads('1.'),
]
for t in tests:
    show(t)
data = {'name': 'Ann', 'scores': [90, 85.5], 'meta': {'ok': True, 'none': None}}
s = json.dumps(data, indent=2)
print(s)
print(json.loads(s) == data, json.loads(json.dumps(data, sort_keys=True)))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print('caught', e.msg, e.pos, e.lineno, e.colno)
except ValueError:
    print('wrong')
