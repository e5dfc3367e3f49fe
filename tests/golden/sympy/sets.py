from sympy import *
x = Symbol('x')
tests = '''Interval(0, 1)
Interval(0, 1, True, True)
Interval(0, 1, True)
Interval(0, 1, False, True)
Interval(-oo, 2)
Interval(-oo, 2, True, True)
Interval(2, oo)
Interval(-oo, oo)
Interval(1, 1)
Interval(2, 1)
FiniteSet(3, 1, 2)
FiniteSet(x, 1)
FiniteSet()
Union(Interval(0, 1), Interval(2, 3))
Union(Interval(0, 2), Interval(1, 3))
Union(FiniteSet(1, 2), Interval(0, 1))
Union(FiniteSet(5), Interval(0, 1))
Union(FiniteSet(2, 5), Interval(0, 1))
Union(Interval(3, 4), FiniteSet(2), Interval(0, 1))
Interval(0, 2) & Interval(1, 3)
Interval(0, 2) - Interval(1, 3)
Interval(0, 5) - FiniteSet(2)
S.Reals - FiniteSet(2)
solveset(x**2 - 4, x)
solveset(x**2 + 4, x)
solveset(x**2 + 4, x, domain=S.Reals)
solveset(x**2 - 5*x + 6 > 0, x, domain=S.Reals)
solveset(x > 1, x, S.Reals)
solveset(x > 1, x)
solveset(exp(x) - x, x)
solveset(x - x, x)
solveset(Eq(x, 1), x)
solveset(1/x, x)
solveset(x**3 - x, x, S.Reals)
solveset(x**2 - 4, x, Interval(0, 5))
2 in Interval(0, 3)
5 in Interval(0, 3)
Interval(0, 3).contains(x)
Interval(0, 3).contains(2)
FiniteSet(1,2).contains(3)
Interval(0, 3).measure
Interval(0, 3).inf, Interval(0, 3).sup
list(FiniteSet(3, 1, 2))
len(FiniteSet(3, 1, 2))
S.EmptySet
S.Integers
S.Naturals
S.Complexes
FiniteSet(1, 2) | FiniteSet(2, 3)
FiniteSet(1, 2) & FiniteSet(2, 3)
Interval(0, 1).is_subset(Interval(0, 2))
type(solveset(x**2 - 4, x)).__name__
Intersection(Interval(0, 5), S.Integers)
Interval(0.5, 2.5) & S.Integers
ConditionSet(x, Eq(exp(x), x), S.Reals)
Interval(0, 1).boundary
Interval.open(0, 1)
Interval.Lopen(0, 1)
Interval.Ropen(0, 1)
Interval(1, 3).union(Interval(2, 5))
Interval(1, 3).intersect(Interval(2, 5))
Interval(0,1).left_open, Interval.open(0,1).right_open
Interval(1, 3).start, Interval(1,3).end
FiniteSet(1, 2, 3).is_empty, S.EmptySet.is_empty
solve_univariate_inequality(x**2 < 25, x)
solve_univariate_inequality(x**2 < 25, x, relational=False)
reduce_inequalities(x**2 < 25, x)
solve_univariate_inequality(x**2 - 25 < 0, x, False)
reduce_inequalities([x > 1, x < 5], x)
linsolve([x + Symbol('y') - 3, x - Symbol('y') - 1], [x, Symbol('y')])
Interval(0, 1) + Interval(2, 3)
FiniteSet(1, 2) == FiniteSet(2, 1)
Interval(0, 2).complement(S.Reals)
Range(5)
list(Range(1, 10, 3))
Union(S.Integers, Interval(0, 1))
solveset(x**2 - 2*x + 1, x)
solveset(Eq(x**2, 9), x, S.Reals)
solveset(x**2 >= 4, x, S.Reals)
Interval(1, 5).contains(x + 1)'''.split('\n')
for t in tests:
    try:
        print(t, '=>', eval(t))
    except Exception as e:
        print(t, '=>', type(e).__name__, e)
for t in ['solveset(x**2 >= 0, x, S.Reals)', 'Interval(-oo, oo) & Interval(-oo, oo)', 'Interval(-oo,oo) | Interval(0,1)', 'Union(Interval(-oo, 1), Interval(0, oo))', 'S.Reals - FiniteSet()', 'Interval(-oo, oo) - Interval(0,1)', 'S.Reals & Interval(0, 1)', 'S.Reals | Interval(0, 1)']:
    print(t, '=>', eval(t))
