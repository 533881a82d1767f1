import os, tempfile
d = tempfile.mkdtemp()
try:
    for mode in ("r", "rb", "r+"):
        try:
            open(os.path.join(d, "nope.txt"), mode)
        except FileNotFoundError as e:
            print(mode, type(e).__name__, e.errno, e.strerror, isinstance(e, OSError), e.filename == os.path.join(d, "nope.txt"))
    try:
        open(d)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        open(os.path.join(d, "sub", "f.txt"), "w")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
finally:
    os.rmdir(d)
