import statistics, random
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 12), round(nd.cdf(70), 12), round(nd.overlap(statistics.NormalDist(110, 10)), 12))
print(round(statistics.NormalDist().cdf(0.5), 12), round(statistics.NormalDist().cdf(3), 12))
random.seed(5)
print([random.binomialvariate(100, 0.3) for _ in range(10)])
