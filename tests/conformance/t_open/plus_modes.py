import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "p.txt")
try:
    with open(p, "w+") as f:
        f.write("hello world")
        f.seek(0)
        print(f.read(5), f.readable(), f.writable(), f.mode)
    with open(p, "r+") as f:
        f.write("HE")
        f.seek(0)
        print(f.read())
    with open(p, "a+") as f:
        f.write("!")
        f.seek(0)
        print(f.read(), f.mode)
    with open(p, "rb+") as f:
        f.seek(6)
        f.write(b"W")
        f.seek(0)
        print(f.read(), f.mode)
    with open(p, "wb+") as f:
        print(f.read(), f.mode)
finally:
    os.remove(p)
    os.rmdir(d)
