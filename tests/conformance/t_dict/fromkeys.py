print(dict.fromkeys(["a", "b"]), dict.fromkeys("abc", 0), dict.fromkeys(range(3), []), dict.fromkeys([]), dict.fromkeys((1, 1, 2)))
d = dict.fromkeys("xy", [])
d["x"].append(1)
print(d)
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("a"))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(e)
