# math: float functions, constants and special values, printed as CPython prints them
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
xs = [0.0, -0.0, 0.5, 1, 2, 3.7, -2.5, 10, 1e-300, 1e300, 123456.789]
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos',
             'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc',
             'fabs', 'cbrt', 'exp2', 'degrees', 'radians']:
    out = []
    for x in xs:
        try:
            out.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(math.degrees(math.pi / 3), math.radians(60), math.radians(180), math.degrees(1))
print(math.atan2(1, 1), math.atan2(0, -0.0), math.atan2(-1, -1), math.copysign(1, -0.0))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-0.0), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')), math.dist((1, 2), (4, 6)))
print(math.dist([0.1, 0.2, 0.3], [1.5, -2.5, 7]), math.hypot(0.1, 0.2, 0.3, 0.4, 0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([]), math.fsum(range(10)), math.fsum([float('nan'), 1]))
print(math.fsum([float('inf'), 1]), math.fsum([1e308, -1e308, 1.0]), math.fsum([0.3, -0.1, -0.2]))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(float('nan'), 0), math.pow(2, -1100), math.pow(-8, 3))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(1, float('inf')), math.remainder(5, 3), math.remainder(7, 2))
print(math.ldexp(0.5, 3), math.frexp(8.0), math.frexp(0), math.frexp(-0.1), math.modf(-2.5), math.modf(float('inf')))
print(math.nextafter(1, 2), math.nextafter(0, 1), math.ulp(1), math.ulp(0), math.ulp(float('inf')), math.ulp(1e308))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(float('inf'), float('inf')), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isfinite(1e308), math.isinf(float('-inf')), math.isnan(float('nan')), math.isnan(1))
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log10(10**400), math.log2(2**2000))
print(math.log(2**1024, 2**1024), math.log(2**1024, 2), math.log(True), math.log(3**1000, 3))
print(math.log(1024, 2), math.log(1000, 10), math.log(125, 5), math.log(0.5), math.log(float('inf')))
print(math.sqrt(True), math.sqrt(16), math.sqrt(2), math.sqrt(-0.0), math.sqrt(float('inf')), math.sqrt(10**300))
print(math.gamma(1), math.gamma(5), math.gamma(23), math.lgamma(1), math.lgamma(2))
for x in [0, -0.0, -1, -2.0, float('inf'), float('-inf'), float('nan'), 200, 1e-320]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
print(math.sin(math.pi), math.cos(math.pi), math.tan(math.pi / 4), math.sin(math.radians(30)))
