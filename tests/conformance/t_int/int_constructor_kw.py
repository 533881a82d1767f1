print(int("101", base=2), int("z", base=36), int(base=10, x="5") if False else int("5", base=10))
try:
    int(base=10)
except TypeError as e:
    print(e)
try:
    int("5", 10, 3)
except TypeError as e:
    print(e)
print(int.__name__, int.__qualname__, int.__module__)
