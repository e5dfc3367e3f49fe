# statistics: exact sums, result types, every function and StatisticsError's messages
import statistics as st
from fractions import Fraction as F

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

tests = [
    lambda: st.mean([1, 2, 3]), lambda: st.mean([1, 2]), lambda: st.mean([1, 2, 3.0]), lambda: st.mean([0.1, 0.2, 0.3]),
    lambda: st.mean([F(1, 2), F(1, 3)]), lambda: st.mean([F(1, 2), 1]), lambda: st.mean([F(1, 2), 0.5]),
    lambda: st.mean([True, False]), lambda: st.mean([]), lambda: st.mean(['a']), lambda: st.mean([1, 'a']),
    lambda: st.mean(iter([1, 2, 3, 4])), lambda: st.mean([float('inf'), 1]), lambda: st.mean([float('nan'), 1]),
    lambda: st.mean([1e308, 1e308]), lambda: st.mean([float('inf'), float('-inf')]), lambda: st.mean(x for x in [1, 2, 3]),
    lambda: st.mean(range(1, 101)), lambda: st.mean([1, 2.5, F(1, 2)]), lambda: st.mean({1: 2, 3: 4}), lambda: st.mean(5),
    lambda: st.mean([10**400, 1]), lambda: st.mean([10**30, 10**30 + 2]), lambda: st.mean([85, 90, 78, 92, 88]),
    lambda: st.fmean([1, 2, 3]), lambda: st.fmean([]), lambda: st.fmean([1, 2, 3], weights=[1, 0, 1]),
    lambda: st.fmean([1, 2], weights=[0, 0]), lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean(iter([1, 2, 3])),
    lambda: st.fmean('a'), lambda: st.fmean([0.1, 0.2, 0.3]),
    lambda: st.geometric_mean([1, 2, 4]), lambda: st.geometric_mean([1, -2]), lambda: st.geometric_mean([]),
    lambda: st.geometric_mean([54, 24, 36]), lambda: st.geometric_mean([2**1100, 2]),
    lambda: st.harmonic_mean([1, 2, 4]), lambda: st.harmonic_mean([2.5]), lambda: st.harmonic_mean([1, 0]),
    lambda: st.harmonic_mean([1, -1]), lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([60, 40], weights=[1, 1]),
    lambda: st.harmonic_mean([1, 0.0]), lambda: st.harmonic_mean([2, 0], weights=[1, 3]),
    lambda: st.harmonic_mean([2, 4], weights=[1, 3]), lambda: st.harmonic_mean([2, 4], weights=[1]),
    lambda: st.harmonic_mean([2, 4], weights=[1, -1]), lambda: st.harmonic_mean([F(1, 2), F(1, 3)]),
    lambda: st.harmonic_mean(['a']), lambda: st.harmonic_mean(['a', 'b']), lambda: st.harmonic_mean([2.0, 4.0]),
    lambda: st.harmonic_mean([2, 6]), lambda: st.harmonic_mean([-2]), lambda: st.harmonic_mean([1, 2], weights=[0, 0]),
    lambda: st.median([3, 1, 2]), lambda: st.median([3, 1, 2, 4]), lambda: st.median([1, 2]), lambda: st.median([1.5, 2]),
    lambda: st.median([]), lambda: st.median(['a', 'c', 'b']), lambda: st.median(['a', 'b']), lambda: st.median(range(10)),
    lambda: st.median([F(1, 3), F(1, 2)]), lambda: st.median(5),
    lambda: st.median_low([1, 2, 3, 4]), lambda: st.median_high([1, 2, 3, 4]), lambda: st.median_low([]),
    lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), lambda: st.median_grouped([52, 52, 53, 54]),
    lambda: st.median_grouped([1, 3, 3, 5, 7], interval=2), lambda: st.median_grouped([]), lambda: st.median_grouped([5]),
    lambda: st.median_grouped(['a', 'b']), lambda: st.median_grouped([1, 2], 'x'), lambda: st.median_grouped([1.5, 2.5, 2.5, 3]),
    lambda: st.median_grouped([F(1, 2), F(1, 2), 1]),
    lambda: st.mode([1, 1, 2, 3]), lambda: st.mode(['a', 'b', 'b']), lambda: st.mode([1, 2, 3]), lambda: st.mode([]),
    lambda: st.mode([[1], [1]]), lambda: st.mode('aabbbc'), lambda: st.multimode('aabbbbccddddeeffffgg'), lambda: st.multimode([]),
    lambda: st.variance([1, 2, 3, 4]), lambda: st.variance([1, 2, 3, 4.0]), lambda: st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]),
    lambda: st.variance([1]), lambda: st.variance([F(1, 2), F(3, 4)]), lambda: st.variance([1, 2, 3, 4], 2.5),
    lambda: st.variance([1, 2, 3, 4], 2), lambda: st.variance([float('inf'), 1]), lambda: st.variance([1.5, 'a']),
    lambda: st.variance([1, 2, 3], F(2)), lambda: st.variance(range(10)), lambda: st.variance([1, 3, 5, 7]),
    lambda: st.pvariance([1, 2, 3, 4]), lambda: st.pvariance([]), lambda: st.pvariance([5]), lambda: st.pvariance([1.0, 2.0, 3.0], mu=2),
    lambda: st.stdev([1, 2, 3, 4]), lambda: st.stdev([1, 2, 3]), lambda: st.stdev([1]), lambda: st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]),
    lambda: st.stdev([float('inf'), 1]), lambda: st.stdev([1, 2], 'a'), lambda: st.stdev(range(10)), lambda: st.stdev([10**200, 1]),
    lambda: st.stdev([1, 1.5, F(1, 2)]), lambda: st.stdev([0.1, 0.2, 0.3, 0.4]), lambda: st.stdev([2, 4, 4, 4, 5, 5, 7, 9]),
    lambda: st.pstdev([1, 2, 3, 4]), lambda: st.pstdev([F(1, 2), F(3, 4)]), lambda: st.pstdev([2.5, 2.5]),
    lambda: st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), lambda: st.pstdev([]),
    lambda: st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), lambda: st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10),
    lambda: st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method='inclusive'), lambda: st.quantiles([1], n=4),
    lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'), lambda: st.quantiles([1, 2, 3], 4),
    lambda: st.quantiles([1, 2, 3], n=4.5), lambda: st.quantiles([1.5, 2, 3], n=4),
    lambda: st.covariance([1, 2, 3], [1, 2, 4]), lambda: st.covariance([1], [1]), lambda: st.covariance([1, 2], [1]),
    lambda: st.covariance([1.5, 2.5, 3.5], [1, 2, 4.5]),
    lambda: st.correlation([1, 2, 3], [1, 2, 4]), lambda: st.correlation([1, 1, 1], [1, 2, 4]),
    lambda: st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]),
    lambda: st.linear_regression([1, 2, 3], [2, 4, 7]), lambda: st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True),
    lambda: st.linear_regression([1, 1], [2, 4]), lambda: st.linear_regression([1, 2, 3], [2, 4, 7]).slope,
    lambda: st.StatisticsError, lambda: issubclass(st.StatisticsError, ValueError),
]
for t in tests:
    show(t)
scores = [88, 92, 79, 93, 85]
print(st.mean(scores), st.median(scores), st.stdev(scores), st.variance(scores), st.pstdev(scores))
try:
    st.mode([])
except ValueError as e:
    print('caught', type(e).__name__, e)
