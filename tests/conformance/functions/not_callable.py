values = [5, "abc", None, [1, 2], (1,), {}, 2.5, b"x"]
for v in values:
    try:
        v()
    except TypeError as e:
        print(e)

class C:
    pass
try:
    C()()
except TypeError as e:
    print(e)
try:
    C.__name__()
except TypeError as e:
    print(e)
print(callable(C), callable(C()), callable(print), callable(len))
