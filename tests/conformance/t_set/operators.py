a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a == {4, 3, 2, 1}, a != b, a.isdisjoint({9}), a.isdisjoint(b))
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
