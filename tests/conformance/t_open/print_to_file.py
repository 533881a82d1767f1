import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "pr.txt")
try:
    with open(p, "w") as f:
        print("a", 1, 2.5, sep=",", file=f)
        print("no end", end="", file=f)
        print(file=f)
        print([1], {"k": None}, file=f, flush=True)
    with open(p) as f:
        print(repr(f.read()))
finally:
    os.remove(p)
    os.rmdir(d)
