a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("z", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(e)
try:
    a |= 5
except TypeError as e:
    print(e)
