import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "s.txt")
try:
    with open(p, "w") as f:
        f.write("0123456789\nabc\n")
    with open(p) as f:
        print(f.tell(), f.read(3), f.tell())
        print(f.seek(0), f.read(2))
        print(f.seek(0, 2), f.read(), f.tell())
        print(f.seek(11), f.readline())
        try:
            f.seek(2, 1)
        except Exception as e:
            print(type(e).__name__, e)
        print(f.seek(0, 1) == f.tell())
        try:
            f.seek(-1)
        except ValueError as e:
            print(e)
finally:
    os.remove(p)
    os.rmdir(d)
