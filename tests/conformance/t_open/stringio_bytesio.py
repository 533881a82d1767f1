import io
s = io.StringIO("line1\nline2\nlast")
print(s.readline(), s.readline(1), s.read(3), repr(s.read()), s.tell(), s.read())
s.seek(0)
print(list(s), s.readlines())
s = io.StringIO()
print(s.write("héllo"), s.write(" world"), s.getvalue(), s.tell())
s.seek(1)
s.write("EE")
print(s.getvalue(), s.truncate(4), s.getvalue(), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed, type(s).__name__)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for f in (lambda: c.read(), lambda: s.write(5), lambda: io.StringIO(5), lambda: s.seek(-1), lambda: s.seek(2, 1)):
    try:
        print(f())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print("x", "y", sep=",", file=s)
print(repr(s.getvalue()))
b = io.BytesIO(b"ab\ncd")
print(b.read(1), b.readline(), b.read(), b.getvalue(), b.tell())
b.seek(10)
b.write(b"Z")
print(b.getvalue(), len(b.getvalue()))
b.seek(-1, 2)
print(b.read(), b.seek(0, 1), b.truncate(2), b.getvalue())
print(io.BytesIO(bytearray(b"q")).read(), bytes(io.BytesIO(b"mem").getbuffer()), list(io.BytesIO(b"1\n2")))
try:
    io.BytesIO().write("s")
except TypeError as e:
    print(e)
print(hasattr(io, "StringIO"), hasattr(io, "NoSuchThing"))
try:
    io.NoSuchThing
except AttributeError as e:
    print(e)
