big = 2 ** 63
print(big == float(big), big + 1 == float(big), big + 1 > float(big), big - 1 < float(big))
print(float("nan") == 1, float("nan") < 1, 1 < float("nan"), 1 != float("nan"))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(-9007199254740993 < -9007199254740992.0)
print(sorted([3, 2.5, 2 ** 60, -1.5, 0, True]))
