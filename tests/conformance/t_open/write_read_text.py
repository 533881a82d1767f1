import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")
try:
    with open(p, "w") as f:
        print(f.write("hello\n"), f.write("wörld\n"), f.mode, f.closed, type(f).__name__)
    print(f.closed)
    with open(p) as f:
        print(repr(f.read()), repr(f.read()))
    with open(p, encoding="utf-8") as f:
        print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))
    print(os.path.getsize(p))
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
print(os.path.exists(d))
