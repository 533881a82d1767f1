d = {"a": 1, (1, 2): 2}
for k in ("missing", 5, (1, 3), "", None, 1.5, ("t",)):
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print(e)
