print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1.real}".format(["x", "y"], 5))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{:*^10}".format("mid"))
print("{:.3}".format("truncate"), "{:,}".format(1234567), "{:_b}".format(255))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{a}".format_map(d))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
