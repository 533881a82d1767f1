print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, {1: [1]} == {1: [1]}, {"a": 1} == [("a", 1)])
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
