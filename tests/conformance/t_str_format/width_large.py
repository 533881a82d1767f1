print(len(format(1, "1000")), len(format("a", "<300")), len(format(1.5, "100.50f")))
try:
    format(1, "99999999999999999999")
except ValueError as e:
    print(e)
try:
    format(1.5, ".99999999999999999999f")
except ValueError as e:
    print(e)
