eg = ExceptionGroup("all", [
    ValueError("v1"),
    ExceptionGroup("nested", [TypeError("t1"), ValueError("v2")]),
    KeyError("k1"),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
m, r = eg.split(lambda e: isinstance(e, LookupError))
print(repr(m), repr(r))
m, r = eg.split(Exception)
print(m is eg, r)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")))
