# Range indexing, slicing and intersections; ProductSet printing, membership, length and
# sympy's diagonal order of iteration; nsimplify with a tolerance and symbols
from sympy import *
x = symbols('x')
R = Range(1, 10)
print(R[2], R[-1], R[1:4], Range(0, 10, 2)[3], R[::2], R[5:2], R[-3:], Range(0, 10, 2)[1:3], Range(10, 0, -2)[1])
try:
    R[20]
except IndexError as e:
    print('IndexError', e)
print(Range(0, 10).intersect(Range(5, 15)), Range(0, 3) & Range(5, 9), Range(1, 10) & Interval(2.5, 7),
      Interval(0, 4.5) & Range(0, 10), Range(0, 10) & Interval(20, 30), sum(Range(1, 101)[::3]))
P = ProductSet(FiniteSet(1, 2), FiniteSet(3, 4))
print(P, list(P), len(P), (1, 3) in P, (5, 3) in P, FiniteSet(1, 2) * FiniteSet(3), FiniteSet(1, 2) * S.EmptySet)
print(list(ProductSet(FiniteSet(1, 2, 3), FiniteSet(10, 20, 30))), list(ProductSet(FiniteSet(1, 2), FiniteSet(3, 4), FiniteSet(5, 6))))
dice = ProductSet(Range(1, 7), Range(1, 7))
print(len(dice), sum(1 for a, b in dice if a + b == 7), [a + b for a, b in ProductSet(FiniteSet(1, 2, 3), FiniteSet(10, 20))])
print(nsimplify(0.333*x, tolerance=0.01), nsimplify(3.14159*x, tolerance=0.001), nsimplify(0.125*x, tolerance=0.5),
      nsimplify(3.14159, tolerance=0.001, rational=True), nsimplify(1.41421*x, tolerance=0.0001), nsimplify(2.7183, tolerance=0.001))
