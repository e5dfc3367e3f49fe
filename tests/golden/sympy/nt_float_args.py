# request: {"prelude": "sympy"}
# sympy's as_int names a Python float as Python prints it, a Float as sympy prints it
calls = [lambda: isprime(7.0), lambda: isprime(Float(7)), lambda: factorint(1.5), lambda: divisors(12.0),
         lambda: divisor_count(2.5), lambda: prime(3.0), lambda: primitive_root(7.0),
         lambda: integer_nthroot(27.0, 3), lambda: isprime(7)]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except ValueError as e:
        print(i, e)
n = 14
print(isprime(n / 2))
