import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "u.txt")
try:
    with open(p, "wb") as f:
        f.write(b"l1\r\nl2\rl3\nl4")
    with open(p) as f:
        print([l for l in f])
    with open(p, newline="") as f:
        print([l for l in f])
    with open(p, newline="\r") as f:
        print([l for l in f])
    with open(p, "rb") as f:
        print([l for l in f])
finally:
    os.remove(p)
    os.rmdir(d)
