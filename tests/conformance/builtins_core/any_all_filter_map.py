print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(7))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)
