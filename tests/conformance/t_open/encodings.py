import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "enc.txt")
try:
    with open(p, "w", encoding="latin-1") as f:
        f.write("café ÿ")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="latin-1") as f:
        print(f.read())
    with open(p, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    try:
        with open(p, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open(p, "w", encoding="utf-8") as f:
        f.write("café €")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="ascii", errors="ignore") as f:
        print(f.read())
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("é")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open(p, "w", encoding="utf-16") as f:
        f.write("hi")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-16") as f:
        print(f.read())
finally:
    os.remove(p)
    os.rmdir(d)
