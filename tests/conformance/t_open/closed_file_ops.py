import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "c.txt")
try:
    f = open(p, "w")
    f.write("x")
    f.close()
    f.close()
    print(f.closed)
    for op in (lambda: f.write("y"), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0), lambda: iter(f), lambda: f.readline()):
        try:
            op()
        except ValueError as e:
            print(type(e).__name__, e)
    r = open(p)
    try:
        r.write("no")
    except OSError as e:
        print(type(e).__name__, e)
    r.close()
    w = open(p, "w")
    try:
        w.read()
    except OSError as e:
        print(type(e).__name__, e)
    w.close()
finally:
    os.remove(p)
    os.rmdir(d)
