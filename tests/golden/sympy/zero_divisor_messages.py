# request: {"prelude": "sympy"}
for f in [lambda: 1 % Integer(0), lambda: Integer(1) % 0, lambda: Integer(1) % Integer(0), lambda: Integer(5) // 0,
          lambda: 5 // Integer(0), lambda: Rational(1, 2) % 0, lambda: float(zoo), lambda: int(zoo), lambda: float(I),
          lambda: int(oo), lambda: Integer(7) % 0.0, lambda: divmod(Integer(7), 0), lambda: Integer(10) // Integer(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: Integer(7) // 0.0, lambda: Rational(1, 2) % 0.0, lambda: Rational(1, 2) // 0.0, lambda: Integer(7) / 0.0,
          lambda: 7 % Float(0), lambda: Float(7) % 0, lambda: Float(7) // 0, lambda: divmod(Integer(7), 0.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
