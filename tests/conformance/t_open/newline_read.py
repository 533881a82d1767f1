import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "nl.txt")
try:
    with open(p, "wb") as f:
        f.write(b"a\nb\r\nc\rd\r\n")
    for nl in (None, "", "\n", "\r\n", "\r"):
        with open(p, newline=nl) as f:
            data = f.read()
        with open(p, newline=nl) as f:
            lines = f.readlines()
        print(repr(nl), repr(data), lines)
    with open(p) as f:
        f.read()
        print(repr(f.newlines))
    try:
        open(p, newline="x")
    except ValueError as e:
        print(e)
finally:
    os.remove(p)
    os.rmdir(d)
