print(format(3.5, ".1f"))
print(format(3.5, "d"))
