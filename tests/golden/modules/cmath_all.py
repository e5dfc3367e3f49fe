# cmath: complex functions (last digits as CPython computes them), errors, constants
import cmath

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(8, 2), lambda: cmath.log(-1), lambda: cmath.log(1j, 0),
    lambda: cmath.log10(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt('a'), lambda: cmath.sqrt(),
    lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(-4), lambda: cmath.sqrt(-7), lambda: cmath.sqrt(2), lambda: cmath.phase(-1),
    lambda: cmath.phase(-1 - 0j), lambda: cmath.polar(1j), lambda: cmath.rect(1, cmath.pi / 2), lambda: cmath.rect(2, 0),
    lambda: cmath.rect(0, 1), lambda: cmath.isclose(1j, 1j + 1e-12), lambda: cmath.isclose(1, 2, abs_tol=-1),
    lambda: cmath.infj, lambda: cmath.nanj, lambda: cmath.cosh(1000), lambda: cmath.tan(1e308j),
    lambda: cmath.polar(1e308 + 1e308j), lambda: cmath.sqrt(-0.0), lambda: cmath.exp(float('inf')),
    lambda: cmath.log(float('inf')), lambda: cmath.sqrt(complex(float('inf'), float('nan'))), lambda: cmath.acos(2),
    lambda: cmath.asin(2), lambda: cmath.sqrt(10**400), lambda: cmath.isfinite(1 + 1j), lambda: cmath.isnan(cmath.nanj),
    lambda: cmath.sqrt(-1 + 0j), lambda: cmath.sin(complex(float('inf'), 0)), lambda: cmath.pi, lambda: cmath.e,
    lambda: cmath.polar(-3 + 4j), lambda: abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15,
]
for t in tests:
    show(t)
zs = [0.5 + 0.25j, -1.5 + 2j, 3 - 4j, -0.1 - 0.9j, 2j, -3, 0.99 + 0.01j, 1e-5 + 50j, 12.5 - 0.5j, -7.25 + 1e-3j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh']:
    print(name, [getattr(cmath, name)(z) for z in zs])
a, b, c = 1, 2, 5
d = b ** 2 - 4 * a * c
print((-b + cmath.sqrt(d)) / (2 * a), (-b - cmath.sqrt(d)) / (2 * a))
