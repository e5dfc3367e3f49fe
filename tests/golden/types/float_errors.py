# float and complex: error types and messages
tests = [
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1.0 // 0', lambda: 1.0 // 0),
    ('1.0 % 0', lambda: 1.0 % 0),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0.0 ** -1', lambda: 0.0 ** -1),
    ('2.0 ** 10000', lambda: 2.0 ** 10000),
    ("float('abc')", lambda: float('abc')),
    ("float('1e')", lambda: float('1e')),
    ('float([1])', lambda: float([1])),
    ('round(1.5e308, -308)', lambda: round(1.5e308, -308)),
    ('1j / 0', lambda: 1j / 0),
    ('0j ** -1', lambda: 0j ** -1),
    ('(1 + 2j) // 1', lambda: (1 + 2j) // 1),
    ('(1 + 2j) % 1', lambda: (1 + 2j) % 1),
    ('complex(1, 2) < complex(1, 2)', lambda: complex(1, 2) < complex(1, 2)),
    ("complex('x')", lambda: complex('x')),
    ("float('nan').as_integer_ratio()", lambda: float('nan').as_integer_ratio()),
    ("float('inf').as_integer_ratio()", lambda: float('inf').as_integer_ratio()),
    ('int(1e400)', lambda: int(1e400)),
    ('hex(1.5)', lambda: hex(1.5)),
    ("round(float('nan'))", lambda: round(float('nan'))),
    ("round(float('inf'))", lambda: round(float('inf'))),
    ('len(1.5)', lambda: len(1.5)),
]
for label, f in tests:
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
