x = 1234.5
print(str(x), repr(x), "%s" % x, "%r" % x, "{}".format(x), f"{x}", format(x), "%g" % x, "%.10g" % x, f"{x!r}", str([x]))
