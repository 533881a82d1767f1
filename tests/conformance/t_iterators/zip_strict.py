print(list(zip("ab", [1, 2])), list(zip()), list(zip("abc", "x")), list(zip("a", "b", "c")), list(zip("ab", "cd", strict=True)))
for args in (("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "ab", "a")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
