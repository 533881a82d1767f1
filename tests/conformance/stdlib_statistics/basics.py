import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 7, 9]
print(st.mean(ints), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(ints), st.fmean([1, 2, 3], weights=[3, 1, 1]))
print(round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(data))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabb'))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.multimode([1, 1, 2, 2]))
print(st.variance(data), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance(ints), st.pvariance(ints))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.variance([1, 2, 3, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev(ints), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance(data, st.mean(data)), st.stdev(range(10)), st.pvariance(range(10)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method='inclusive'), st.quantiles([1.5, 2.5], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, y, method='ranked'))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(lr, lr.slope, lr.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.inv_cdf(0.95), 6), nd.zscore(130), nd + 5, nd * 2, nd - st.NormalDist(10, 20))
print([round(q, 4) for q in nd.quantiles()], round(nd.pdf(100), 8), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(nd == st.NormalDist(100, 15), st.NormalDist(), st.NormalDist(0, 1).inv_cdf(0.5), round(st.NormalDist().inv_cdf(0.001), 9))
print(type(st.StatisticsError.__mro__[1]).__name__, issubclass(st.StatisticsError, ValueError))
for bad in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
            lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.fmean([]), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
            lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.NormalDist(0, -1),
            lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.mean(['a']), lambda: st.quantiles([1, 2], method='x')):
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
