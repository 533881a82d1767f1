import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
try:
    with open(p, "w") as f:
        for i in range(2000):
            f.write("%05d %s\n" % (i, "x" * (i % 50)))
    with open(p) as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], sum(len(l) for l in lines), os.path.getsize(p))
    with open(p, "rb") as f:
        f.seek(-10, 2)
        print(f.read())
finally:
    os.remove(p)
    os.rmdir(d)
