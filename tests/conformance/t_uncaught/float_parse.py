def parse_all(xs):
    return [float(x) for x in xs]
print(parse_all(["1.5", "2"]))
print(parse_all(["3", "abc"]))
