import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "b.bin")
try:
    with open(p, "wb") as f:
        print(f.write(b"\x00\x01\xffabc\r\n"), f.mode, type(f).__name__)
        print(f.write(bytearray(b"BA")), f.write(memoryview(b"MV")))
    with open(p, "rb") as f:
        print(f.read(), type(f).__name__, f.mode)
    with open(p, "rb") as f:
        print(f.read(2), f.read(3), f.tell(), f.readline(), f.read(), f.read())
    with open(p, "rb") as f:
        print(f.readlines(), list(open(p, "rb")) == [b"\x00\x01\xffabc\r\n", b"BAMV"])
    with open(p, "wb") as f:
        try:
            f.write("text")
        except TypeError as e:
            print(e)
finally:
    os.remove(p)
    os.rmdir(d)
