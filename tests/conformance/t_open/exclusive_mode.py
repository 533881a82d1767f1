import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "x.txt")
try:
    with open(p, "x") as f:
        f.write("new")
        print(f.mode)
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(p, "xb" if False else "rb") as f:
        print(f.read())
finally:
    os.remove(p)
    os.rmdir(d)
