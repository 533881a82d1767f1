d = {}
for key in ("plain", 1, (1, 2), None, "", "quote'd", 2.5):
    try:
        d[key]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e))
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e))
