import tempfile, os, io
d = tempfile.mkdtemp()
p = os.path.join(d, "z.txt")
with open(p, "w") as f:
    print(f.encoding, f.errors, f.newlines, f.name == p, f.writable(), f.readable())
    f.write("αβ\r\nγ\rδ\n")
with open(p, "a+") as f:
    print(f.tell(), f.read(), f.seek(0), f.read(3))
with open(p, "w+") as f:
    f.write("abc\ndef")
    print(f.read(), f.seek(0), f.readline(), f.write("X"), f.tell())
with open(p) as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read1(2) if hasattr(f, "read1") else "noread1", f.peek(1)[:1] if hasattr(f, "peek") else "nopeek")
try:
    open(p, "r", encoding=5)
except TypeError as e:
    print(e)
try:
    open(p, 5)
except TypeError as e:
    print(e)
try:
    open()
except TypeError as e:
    print(e)
try:
    open(p, "wt", buffering=0)
except ValueError as e:
    print(e)
f = open(p, "rb")
print(f.readinto(bytearray(3)) if hasattr(f, "readinto") else "noreadinto")
f.close()
print(f.closed, repr(f).startswith("<_io.BufferedReader name="))
os.remove(p); os.rmdir(d)
