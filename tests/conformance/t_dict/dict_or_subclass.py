class D(dict):
    pass
a = D(x=1)
print(type(a | {}).__name__, type({} | a).__name__, type(a.copy()).__name__, a | {"y": 2})
from_items = dict.fromkeys(["k"], 0) | {"j": 1}
print(from_items)
