import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")
f = open(p, "w")
print(repr(f)[:22], f.write("héllo\nwörld\n"), f.writelines(["a\n", "b"]))
f.close()
print(repr(f).startswith("<_io.TextIOWrapper name="))
with open(p, "rb") as g:
    print(repr(g).startswith("<_io.BufferedReader name="), g.read(3))
with open(p, encoding="ascii", errors="surrogateescape") as g:
    s = g.read()
    print(repr(s))
with open(p, "w", encoding="ascii", errors="surrogateescape") as g:
    g.write(s)
with open(p, "rb") as g:
    print(g.read())
with open(p, encoding="ascii", errors="replace") as g:
    print(repr(g.read()))
with open(p, "w", encoding="ascii", errors="replace") as g:
    print(g.write("é€x"))
with open(p) as g:
    print(g.read())
try:
    open(p).write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, OSError))
f = open(p, "rb")
try:
    f.write(b"x")
except io.UnsupportedOperation as e:
    print(e)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(str(e).replace(d, "D"), e.args[0] if e.args else None)
with open(p, "a") as f:
    print(f.tell(), f.write("zz"), f.tell())
with open(p) as f:
    print(f.readlines())
    print(f.read(), f.readline(), f.readlines())
with open(p, "w") as f:
    print(f.truncate(), f.seekable(), f.fileno() > 2)
with open(p, "r+b") as f:
    print(f.mode, f.read(), f.write(b"abc"), f.seek(1), f.read(1))
print(open(p, "rb", buffering=0).read())
os.remove(p)
os.rmdir(d)
