# os.path string operations (no file system access).
import os.path as P
import posixpath

print(P is posixpath)
for a in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), (b"a", b"b")]:
    print(a, repr(P.join(*a)))
for s in ["a/b/c.txt", "/", "//", "///a", "a/", "", "a.b/c", ".bashrc", "a/..b", "x.tar.gz",
          "/usr/lib/", "..", b"/x/y.z"]:
    print(repr(s), P.split(s), P.splitext(s), repr(P.basename(s)), repr(P.dirname(s)),
          P.isabs(s), P.splitroot(s))
for s in ["", ".", "a//b", "a/./b/", "a/../b", "../../a", "/../a", "//a/b", "///a/./b/../c", b"a/../..", "a/b/.."]:
    print(repr(s), repr(P.normpath(s)))
print(P.relpath("/a/b/c", "/a/d"), P.relpath("/a", "/a"), P.relpath("a/b", "a"))
print(P.commonpath(["/a/b/c", "/a/b/d", "/a/bx"]), P.commonpath(["a/b", "a/./b/c"]))
print(P.commonprefix(["/usr/lib", "/usr/local"]), repr(P.commonprefix([])))
for bad in [lambda: P.commonpath([]), lambda: P.commonpath(["/a", "b"]), lambda: P.relpath("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    P.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    P.join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(P.expandvars("$NO_SUCH_VAR_X/${NO_SUCH_VAR_Y}/$/x"), P.expanduser("a/~"), P.normcase("A/B"))
print(P.sep, P.curdir, P.pardir, P.extsep, P.pathsep, P.altsep, P.devnull, P.splitdrive("/a/b"))
