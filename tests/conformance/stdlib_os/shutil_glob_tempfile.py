# shutil, glob and tempfile working in a private temporary directory; relative names printed.
import os, glob, shutil, tempfile, fnmatch

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    os.makedirs(os.path.join(d, "src", "pkg", "sub"))
    for rel, data in [("src/a.txt", "A"), ("src/b.py", "B"), ("src/pkg/c.py", "C"),
                      ("src/pkg/sub/d.txt", "D"), ("src/.hid", "H")]:
        with open(os.path.join(d, rel), "w") as f:
            f.write(data)
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, "src", "*"))))
    print(rel(glob.glob(os.path.join(d, "src", "*.py"))))
    print(rel(glob.glob(os.path.join(d, "src", "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "src", "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "src", "*", ""))))
    print(sorted(glob.glob("*.txt", root_dir=os.path.join(d, "src"))), glob.glob(os.path.join(d, "nope*")))
    print(sorted(glob.glob("?.*", root_dir=os.path.join(d, "src"))), glob.has_magic("a[b]"), glob.escape("a*b?[c]"))
    print(fnmatch.fnmatch("abc.py", "*.py"), fnmatch.fnmatch("abc.py", "a?c.[pq]y"), fnmatch.fnmatch("x", "[!x]"),
          fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
    s = os.path.join(d, "src")
    print(os.path.relpath(shutil.copyfile(os.path.join(s, "a.txt"), os.path.join(d, "a2.txt")), d))
    print(os.path.relpath(shutil.copy(os.path.join(s, "a.txt"), os.path.join(d, "src", "pkg")), d))
    print(os.path.relpath(shutil.copy2(os.path.join(s, "b.py"), d), d))
    try:
        shutil.copyfile(os.path.join(s, "a.txt"), os.path.join(s, "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError")
    print(os.path.relpath(shutil.copytree(s, os.path.join(d, "dst"), ignore=shutil.ignore_patterns("*.txt")), d))
    for root, dirs, files in os.walk(os.path.join(d, "dst")):
        dirs.sort()
        print(os.path.relpath(root, d), dirs, sorted(files))
    print(os.path.relpath(shutil.move(os.path.join(d, "a2.txt"), os.path.join(d, "dst")), d))
    shutil.rmtree(os.path.join(d, "dst"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    print(shutil.which("definitely-not-a-command-zz"), shutil.which("sh", path="/bin:/usr/bin") is not None)
    fd, name = tempfile.mkstemp(suffix=".x", prefix="pre", dir=d)
    os.write(fd, b"data")
    os.close(fd)
    print(os.path.basename(name)[:3], name.endswith(".x"), os.path.getsize(name))
    with tempfile.NamedTemporaryFile(dir=d, suffix=".n") as nf:
        nf.write(b"xyz")
        nf.flush()
        print(os.path.exists(nf.name), nf.name.endswith(".n"))
    print(os.path.exists(nf.name))
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=False) as nf:
        nf.write("text")
    print(open(nf.name).read())
    sub = tempfile.mkdtemp(dir=d, prefix="dd")
    print(os.path.basename(sub)[:2], os.path.dirname(sub) == d, tempfile.gettempprefix())
    t = tempfile.TemporaryDirectory(dir=d)
    print(repr(t).startswith("<TemporaryDirectory "), os.path.isdir(t.name))
    t.cleanup()
    print(os.path.exists(t.name))
print(os.path.exists(d))
