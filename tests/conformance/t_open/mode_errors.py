import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "m.txt")
try:
    for mode in ("rw", "z", "rbt", "bb", "", "r++", "wa", "U"):
        try:
            open(p, mode)
        except ValueError as e:
            print(repr(mode), e)
    for kw in ({"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "newline": ""}, {"mode": "rb", "errors": "strict"}):
        try:
            open(p, **kw)
        except ValueError as e:
            print(e)
    try:
        open(p, "w", encoding="nonexistent-codec")
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        open(5.5)
    except TypeError as e:
        print(e)
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
