for a, b in ((7, 2.0), (-7, 2.0), (7.5, -2), (-7.5, 2), (1e20, 3), (0.0, -1)):
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
