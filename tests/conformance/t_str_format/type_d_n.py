for v in (0, 42, -42, 10 ** 25, True):
    print(format(v, "d"), format(v, "n"), format(v, "+d"), format(v, "10n") + "|", format(v, ""))
for v in (1.5, 1234567.0, 1e-5, 1e20):
    print(format(v, "n"), format(v, ".3n"), format(v, "10n") + "|")
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("1", "d")
except ValueError as e:
    print(e)
