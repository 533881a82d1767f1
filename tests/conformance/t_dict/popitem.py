d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d.popitem(), d)
d[9] = "z"
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
