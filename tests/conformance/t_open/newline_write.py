import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "nlw.txt")
try:
    for nl in (None, "", "\n", "\r\n", "\r"):
        with open(p, "w", newline=nl) as f:
            f.write("x\ny\r\nz\r")
        with open(p, "rb") as f:
            print(repr(nl), f.read())
finally:
    os.remove(p)
    os.rmdir(d)
