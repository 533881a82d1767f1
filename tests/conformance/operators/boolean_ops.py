def v(x):
    print("eval", repr(x))
    return x

print(v(0) and v(1))
print(v(2) and v(3))
print(v("") or v("default"))
print(v("x") or v("y"))
print(not v([]), not v([0]))
print(None or 0 or "" or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print((0 or None) is None, [] and 1)
r = v(1) if v(False) else v(2)
print(r)
print(True + True, True * 10, False - 1, True / 2)
print(bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool(" "), bool(()), bool((0,)), bool(None))
