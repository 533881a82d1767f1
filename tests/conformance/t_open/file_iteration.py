import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "it.txt")
try:
    with open(p, "w") as f:
        for i in range(5):
            print("line", i, file=f)
    with open(p) as f:
        it = iter(f)
        print(it is f, next(f), f.readline(), list(f))
    with open(p) as f:
        print(sum(1 for _ in f), max(open(p)), sorted(open(p), reverse=True)[0])
    with open(p) as f:
        print([l.rstrip("\n") for l in f if "3" in l or "0" in l])
finally:
    os.remove(p)
    os.rmdir(d)
