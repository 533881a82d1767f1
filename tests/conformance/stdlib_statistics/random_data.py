import random, statistics as st
from fractions import Fraction
random.seed(8)
for i in range(120):
    kind = i % 3
    n = random.randint(2, 30)
    if kind == 0:
        data = [random.randint(-1000, 1000) for _ in range(n)]
    elif kind == 1:
        data = [random.uniform(-100, 100) for _ in range(n)]
    else:
        data = [Fraction(random.randint(-50, 50), random.randint(1, 20)) for _ in range(n)]
    print(st.mean(data), st.median(data), st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.quantiles(data, n=4), st.fmean(data) if kind != 2 else '')
