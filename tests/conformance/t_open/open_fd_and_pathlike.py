import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "pl.txt")
class PathLike:
    def __fspath__(self):
        return p
try:
    with open(PathLike(), "w") as f:
        f.write("via fspath")
    with open(p.encode(), "rb") as f:
        print(f.read())
    fd = os.open(p, os.O_RDONLY)
    with open(fd, closefd=True) as f:
        print(f.read(), f.name == fd)
finally:
    os.remove(p)
    os.rmdir(d)
