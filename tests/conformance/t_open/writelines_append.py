import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "w.txt")
try:
    with open(p, "w") as f:
        f.writelines(["a\n", "b\n"])
        f.writelines(x + "\n" for x in "cd")
    with open(p, "a") as f:
        print(f.tell())
        f.write("appended\n")
    with open(p) as f:
        print(f.read())
    with open(p, "w") as f:
        f.write("truncated")
    with open(p) as f:
        print(f.read())
    with open(p, "w") as f:
        try:
            f.writelines([1])
        except TypeError as e:
            print(e)
        try:
            f.write(b"bytes")
        except TypeError as e:
            print(e)
finally:
    os.remove(p)
    os.rmdir(d)
