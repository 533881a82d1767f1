a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, type(None) is type(None))
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "abc", "z" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 2 in {1, 2}, (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1], [] in [[]])
nan = float("nan")
print(nan == nan, nan in [nan], nan is nan)
print(b"ab" in b"cabd", 97 in b"abc")
try:
    1 in "abc"
except TypeError as e:
    print(e)
try:
    [1] in {1: 2}
except TypeError as e:
    print(e)
