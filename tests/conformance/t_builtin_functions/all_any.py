print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0.0, ""]), any([0, "x"]), all("abc"), any(x > 2 for x in range(4)), all(iter([True, 1])))
def gen():
    for x in (1, 0, 1):
        print("yield", x)
        yield x
print(all(gen()))
print(any(gen()))
try:
    all(5)
except TypeError as e:
    print(e)
