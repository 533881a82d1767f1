def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(v(5) < v(2) < v(3))
x = 5
print(0 <= x < 10, 0 < x == 5, 1 < x != 5)
print(1 == 1 == 1, 1 == 1 != 2, "a" < "b" < "c")
print(1 in [1, 2] in [[1, 2]], 3 not in [1] is not None)
a = b = [1]
print(a is b is not None, a == b == [1])
