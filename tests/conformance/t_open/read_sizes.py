import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "rs.txt")
try:
    with open(p, "w", encoding="utf-8") as f:
        f.write("αβγδε\nsecond")
    with open(p, encoding="utf-8") as f:
        print(repr(f.read(0)), repr(f.read(1)), repr(f.read(-1)), repr(f.read(None) if False else f.read()))
    with open(p, "rb") as f:
        print(f.read(3), f.read(-1))
    with open(p, encoding="utf-8") as f:
        print(repr(f.read(7)), f.tell())
finally:
    os.remove(p)
    os.rmdir(d)
