import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
try:
    with open(p, "w+") as f:
        f.write("0123456789")
        f.flush()
        print(os.path.getsize(p))
        print(f.truncate(4), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(p, "rb+") as f:
        f.seek(2)
        print(f.truncate(), f.read())
    print(os.path.getsize(p))
finally:
    os.remove(p)
    os.rmdir(d)
