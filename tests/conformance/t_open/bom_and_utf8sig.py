import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "bom.txt")
try:
    with open(p, "w", encoding="utf-8-sig") as f:
        f.write("bom text")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(p, encoding="utf-8-sig") as f:
        print(repr(f.read()))
finally:
    os.remove(p)
    os.rmdir(d)
