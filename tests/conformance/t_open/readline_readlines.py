import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "lines.txt")
try:
    with open(p, "w") as f:
        f.write("one\ntwo\n\nfour")
    with open(p) as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open(p) as f:
        print(f.readlines())
    with open(p) as f:
        print(f.readlines(5))
    with open(p) as f:
        print(repr(f.readline(2)), repr(f.readline(-1)), repr(f.readline(0)))
    with open(p) as f:
        print([line for line in f])
    with open(p) as f:
        print(list(enumerate(f, 1)))
finally:
    os.remove(p)
    os.rmdir(d)
