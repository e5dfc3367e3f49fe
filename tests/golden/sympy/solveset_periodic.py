# solveset of equations in one trigonometric function: ImageSets over the integers, their
# order in a Union, ConditionSet over the complex numbers, points in an interval
from sympy import *
x, n = symbols('x n')
eqs = [sin(x), cos(x), tan(x), sin(x) - 1, cos(x) + S(1)/2, 2*sin(x) + 1, tan(x) - sqrt(3), tan(x) - 2,
       sin(x) - S(1)/3, cos(x) + S(1)/3, sin(2*x), sin(3*x) - 1, cos(x/2), sin(2*x + pi/6), cos(-2*x + 1),
       sin(x + 1), cot(x) + 2, sec(x) - 2, csc(x) - 2, sin(x)**2 - S(1)/4, 4*cos(x)**2 - 3, sin(x)**2,
       2*sin(x)**2 - sin(x) - 1, cos(x)**2 - cos(x), sin(x)**3 - sin(x), tan(x)**2 - tan(x), sin(x) - 2,
       cos(x) - 2, sin(x)**2 - 4, sin(x) - (sqrt(5) - 1)/4]
for e in eqs:
    print(e, '|', solveset(e, x), '|', solveset(e, x, S.Reals))
for d in [Interval(0, 2*pi), Interval.Ropen(0, 2*pi), Interval(-pi, pi), Interval.open(0, pi/2), Interval(1, 3),
          Interval.Lopen(pi/6, 5*pi/6), Interval(-10, 10)]:
    print(d, [solveset(e, x, d) for e in eqs[:8] + eqs[19:26]])
print(solveset(Eq(2*cos(x), 1), x, Interval(0, 2*pi)), solveset(Eq(sin(x), S(1)/2), x, domain=S.Reals))
sols = solveset(2*sin(x)**2 - 3*sin(x) + 1, x, Interval(0, 2*pi))
print(sols, len(sols), sum(sols), sorted(sols, key=lambda s: s.evalf()))
A = ImageSet(Lambda(n, 2*n*pi), S.Integers)
print(A, pi in A, 2*pi in A, A.intersect(Interval(0, 10)), A & Interval(-7, 7))
print(imageset(Lambda(n, 2*n + 3), S.Integers), imageset(Lambda(n, -2*n + 3), S.Integers),
      imageset(Lambda(n, 2*n + 1), S.Naturals), imageset(n, n**2, S.Naturals), imageset(Lambda(n, n + 1), S.Integers),
      imageset(Lambda(n, n**2), FiniteSet(1, 2, 3)), imageset(Lambda(n, 2*n*pi - pi/2), S.Integers))
s = solveset(cos(x) - S(1)/2, x, S.Reals)
print(s.intersect(Interval(0, 4*pi)), pi/3 in s, 0 in s, type(s).__name__)
print(acos(-S(1)/3), acot(-2), asin((sqrt(5) + 1)/4), asin(sqrt(2 - sqrt(2))/2))
