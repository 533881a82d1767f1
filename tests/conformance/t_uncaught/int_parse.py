print("parsing")
n = int("12x")
print("unreachable", n)
