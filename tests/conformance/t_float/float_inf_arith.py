inf = float("inf")
print(inf + inf, inf - 1e308, inf * -1, 1 / inf, -1 / inf, inf // 1, inf % 1 if False else "", 1 % inf, -1 % inf, inf ** 0, 0 ** inf if False else 0.0 ** inf, 2 ** -inf, 0.5 ** inf)
print(inf > 10 ** 1000, -inf < -(10 ** 1000), inf == inf, int(1e308) < inf, max(inf, -inf), inf.is_integer(), (-inf).hex())
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    inf // 0
except ZeroDivisionError as e:
    print(e)
