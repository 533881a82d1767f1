# os / os.path / stat / tempfile in a private temporary directory; only relative names printed.
import os, stat, tempfile

d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d)[:3])
p = os.path.join(d, "a.txt")
with open(p, "w") as f:
    f.write("hello")
st = os.stat(p)
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.S_IMODE(0o100644))
print(st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], os.path.getsize(p), os.path.getmtime(p) == st.st_mtime)
print(sorted(os.listdir(d)), os.listdir(os.fsencode(d)))
for e in os.scandir(d):
    print(repr(e), e.name, e.is_file(), e.is_dir(), e.is_symlink(), e.path == p, e.stat().st_size)
os.mkdir(os.path.join(d, "sub"))
os.makedirs(os.path.join(d, "x", "y", "z"))
os.makedirs(os.path.join(d, "x", "y"), exist_ok=True)
with open(os.path.join(d, "x", "y", "f.bin"), "wb") as f:
    f.write(b"\0" * 10)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), dirs, sorted(files))
for root, dirs, files in os.walk(d, topdown=False):
    print("up", os.path.relpath(root, d), sorted(dirs), sorted(files))

def err(f, *a):
    try:
        f(*a)
    except OSError as e:
        fn = e.filename
        print(type(e).__name__, e.errno, e.strerror, fn if fn is None else os.path.relpath(fn, d))

err(os.stat, os.path.join(d, "nope"))
err(os.mkdir, d)
err(os.rmdir, os.path.join(d, "x"))
err(os.remove, os.path.join(d, "sub"))
err(os.listdir, p)
err(os.chdir, os.path.join(d, "nope"))
err(open, os.path.join(d, "nope"))
try:
    os.rename("nope_src_zz", "nope_dst_zz")
except OSError as e:
    print(e)
print(os.strerror(2), os.strerror(13), os.strerror(17))

os.rename(p, os.path.join(d, "b.txt"))
os.replace(os.path.join(d, "b.txt"), os.path.join(d, "c.txt"))
print(sorted(os.listdir(d)))
os.symlink(os.path.join(d, "c.txt"), os.path.join(d, "link"))
print(os.path.islink(os.path.join(d, "link")), os.path.basename(os.readlink(os.path.join(d, "link"))))
print(os.path.exists(os.path.join(d, "link")), os.path.lexists(os.path.join(d, "link")))
print(os.path.realpath(os.path.join(d, "link")) == os.path.realpath(os.path.join(d, "c.txt")))
print(os.path.samefile(os.path.join(d, "link"), os.path.join(d, "c.txt")))

fd = os.open(os.path.join(d, "raw"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"0123456789"), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(os.path.join(d, "raw"), os.O_RDONLY)
print(os.read(fd, 4), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END))
os.close(fd)
err(os.close, fd)
os.utime(os.path.join(d, "raw"), (1000000000, 1500000000))
st = os.stat(os.path.join(d, "raw"))
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
print(os.access(d, os.F_OK), os.access(os.path.join(d, "nope"), os.F_OK), os.access(os.path.join(d, "raw"), os.R_OK))

cwd = os.getcwd()
os.chdir(d)
print(sorted(os.listdir()), os.path.basename(os.getcwd()) == os.path.basename(d))
os.chdir(cwd)

os.environ["PYVM_OS_TEST"] = "v1"
print(os.environ["PYVM_OS_TEST"], os.getenv("PYVM_OS_TEST"), "PYVM_OS_TEST" in os.environ,
      os.environb[b"PYVM_OS_TEST"])
del os.environ["PYVM_OS_TEST"]
print("PYVM_OS_TEST" in os.environ, os.getenv("PYVM_OS_TEST", "dflt"))
try:
    os.environ["PYVM_OS_TEST"]
except KeyError as e:
    print("KeyError", e)
print(len(os.urandom(16)), type(os.getpid()).__name__, type(os.cpu_count()).__name__)
print(os.fsencode("a\udcff"), repr(os.fsdecode(b"a\xff")), os.fspath("s"), os.fspath(b"b"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.sep, os.curdir, os.pardir, os.extsep, os.devnull, os.name, repr(os.linesep), os.pathsep)

def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            p = os.path.join(root, n)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(top)

rmtree(d)
print(os.path.exists(d))
