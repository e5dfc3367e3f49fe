from sympy import *
# solveset ignores the symbol's own assumptions: it solves over the domain given (Complexes by default)
x = Symbol('x', real=True)
p = Symbol('p', positive=True)
y = Symbol('y')
n = Symbol('n', integer=True)
print(solveset(p**2 - 4, p), solveset(x**2 + 1, x), solveset(sqrt(p) + 1, p), solveset(p**2 - 4, p, S.Reals))
print(solveset(y**2 + x**2, y), solveset(p*x - 1, x), solveset(x**2 - p, x, S.Reals), solveset(Abs(x) - 2, x, S.Reals))
print(solveset(p - 5 < 0, p, S.Reals), solveset(x**2 - 4 < 0, x, S.Reals), solveset(x**2 - 4 < 0, x, Interval(0, 10)))
print(solveset(x**2 - 4, x, Interval(0, 10)), solveset(2*n - 3, n), solveset(x**3 - x, x, S.Reals), solveset(x**3 - x, x))
print(solveset(Eq(p**2, 9), p), solveset(y**2 - 4, y, S.Reals), solveset(x**2 - 2*x + 5, x), solveset(x**2 - 2*x + 5, x, S.Reals))
for bad in ([1, 2], (1, 2), [x], []):
    try:
        print(Max(bad))
    except ValueError as err:
        print('ValueError', err)
try:
    print(Min([1, 2], 3))
except ValueError as err:
    print('ValueError', err)
