import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "we.txt")
try:
    try:
        with open(p, "w") as f:
            f.write("partial")
            raise RuntimeError("inside with")
    except RuntimeError as e:
        print(e, f.closed)
    with open(p) as f:
        print(f.read())
    with open(p) as a, open(p) as b:
        print(a.read(3), b.read(), a.read())
    print(a.closed, b.closed)
    f = open(p)
    print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
finally:
    os.remove(p)
    os.rmdir(d)
