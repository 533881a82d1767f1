print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 70)))
try:
    len(42)
except TypeError as e:
    print(e)
try:
    len(iter([1]))
except TypeError as e:
    print(e)
try:
    abs(None)
except TypeError as e:
    print(e)
