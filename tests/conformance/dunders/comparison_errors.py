pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, 0), ({}, {}), (1.5, "x"), (object(), object())]
for a, b in pairs:
    try:
        a < b
    except TypeError as e:
        print(e)
for a, b in pairs[:3]:
    try:
        a >= b
    except TypeError as e:
        print(e)
print(1 == "a", [1] == (1,), None == 0, {} == {})
print(1 != "a")
try:
    sorted([3, "x", 1])
except TypeError as e:
    print(e)
