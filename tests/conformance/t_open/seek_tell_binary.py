import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "s.bin")
try:
    with open(p, "wb") as f:
        f.write(bytes(range(20)))
        print(f.tell())
    with open(p, "rb") as f:
        print(f.seek(5), f.read(2), f.tell())
        print(f.seek(3, 1), f.read(1), f.seek(-2, 2), f.read(), f.seek(100), f.read(), f.tell())
        print(f.seekable(), f.readable(), f.writable())
        try:
            f.seek(-1)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
finally:
    os.remove(p)
    os.rmdir(d)
