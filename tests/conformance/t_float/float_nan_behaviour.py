nan = float("nan")
print(nan == nan, nan != nan, nan < 0, nan >= 0, nan is nan, [nan] == [nan], nan in [nan], max(nan, 1), max(1, nan), min(nan, 1), sorted([3, nan, 1])[1] if False else "sorted-skip")
import math
print(math.isnan(nan * 0), math.isnan(float("inf") - float("inf")), nan + 1, -nan, abs(nan), round(nan, 2), nan ** 0, 1 ** nan)
d = {nan: 1}
print(d[nan], len({nan, nan}), len({float("nan"), float("nan")}))
