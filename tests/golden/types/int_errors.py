# int: CPython's error types and messages
tests = [
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('1 / 0', lambda: 1 / 0),
    ('0 ** -1', lambda: 0 ** -1),
    ('10**400 / 1', lambda: 10**400 / 1),
    ('(10**400) ** -1', lambda: (10**400) ** -1),
    ('1 << -1', lambda: 1 << -1),
    ('1 >> -1', lambda: 1 >> -1),
    ('1 << 10**20', lambda: 1 << 10**20),
    ('pow(2, 3, 0)', lambda: pow(2, 3, 0)),
    ('pow(2, -1, 4)', lambda: pow(2, -1, 4)),
    ("int('abc')", lambda: int('abc')),
    ("int('1__0')", lambda: int('1__0')),
    ("int('', 10)", lambda: int('', 10)),
    ("int('010', 0)", lambda: int('010', 0)),
    ("int('12', 1)", lambda: int('12', 1)),
    ('int(5, 10)', lambda: int(5, 10)),
    ('int(base=10)', lambda: int(base=10)),
    ('int([1])', lambda: int([1])),
    ("int(float('inf'))", lambda: int(float('inf'))),
    ("int(float('nan'))", lambda: int(float('nan'))),
    ('float(2**2000)', lambda: float(2**2000)),
    ('(2**2000) * 1.0', lambda: (2**2000) * 1.0),
    ("int('1' * 5000)", lambda: int('1' * 5000)),
    ('str(10**5000)', lambda: str(10**5000)),
    ("1 + 'a'", lambda: 1 + 'a'),
    ("'a' + 1", lambda: 'a' + 1),
    ("1 < 'a'", lambda: 1 < 'a'),
    ("-'a'", lambda: -'a'),
    ('~1.5', lambda: ~1.5),
    ('1 << 10**12', lambda: 1 << 10**12),
    ("(1).to_bytes(0, 'big')", lambda: (1).to_bytes(0, 'big')),
    ("(-1).to_bytes(1, 'big')", lambda: (-1).to_bytes(1, 'big')),
    ("int('a' * 300)", lambda: int('a' * 300)),
]
for label, f in tests:
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
