# Built-in exception objects: repr/str/args with 0-3 arguments, OSError errno subclasses and
# attributes, BlockingIOError.characters_written, __cause__/__context__ type checks.
excs = [Exception(), Exception("a"), Exception("a", 2), Exception(None), KeyError(), KeyError("k"), KeyError("a", "b"), KeyError(1),
        OSError(), OSError("m"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError(2, "x", "f", None, "g"),
        FileNotFoundError(2, "nf", "p"), PermissionError(13, "denied"), OSError(17, "exists"), OSError(999, "weird"),
        UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"), UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
        UnicodeDecodeError("utf-8", b"ab", 0, 2, "x"), SystemExit(), SystemExit(3), StopIteration(5), StopIteration(),
        AttributeError("m", name="n", obj=3), NameError("q", name="z"), ImportError("m", name="mod", path="/p"),
        ModuleNotFoundError("No module named 'x'", name="x"), BaseExceptionGroup("g", [ValueError(1)]),
        ArithmeticError(), ZeroDivisionError("division by zero"), AssertionError(), RecursionError("r"), TimeoutError(),
        BlockingIOError(11, "would block", 3), ConnectionResetError(104, "reset"), ChildProcessError(), IsADirectoryError(21, "dir", "d")]
for e in excs:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(13, "x")).__name__, type(OSError(2, "x")).__name__, type(OSError(11, "x")).__name__, type(OSError(32, "x")).__name__, type(OSError(1, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
b = BlockingIOError(11, "x", 7); print(b.characters_written)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad"); print(u.encoding, u.object, u.start, u.end, u.reason)
s = StopIteration(1, 2); print(s.value)
se = SystemExit(1, 2); print(se.code)
ie = ImportError("m", name="mod", path="/p"); print(ie.name, ie.path, ie.msg)
try:
    ImportError("m", bogus=1)
except TypeError as t: print(t)
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print(repr(e), e.errno, e.filename)
try:
    open("/")
except OSError as e:
    print(repr(e))
import os
try:
    os.listdir("/nonexistent_zz")
except OSError as e:
    print(repr(e), str(e))
try:
    os.rename("/nonexistent_a", "/nonexistent_b")
except OSError as e:
    print(repr(e), str(e))
try:
    os.mkdir("/tmp")
except OSError as e:
    print(repr(e), str(e))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2); print(repr(e), str(e), e.args)
class F(Exception):
    def __init__(self, x):
        self.x = x
f = F(3); print(repr(f), str(f), f.args)
class G(Exception):
    def __str__(self): return "custom str"
    def __repr__(self): return "G!"
print(repr(G()), str(G()), f"{G()}")
print(repr(KeyError("a\nb")), str(KeyError("a\nb")))
e = Exception("x"); e.args = (1, 2); print(str(e), repr(e))
e.args = "ab"; print(e.args)
try:
    e.args = 5
except TypeError as t: print(t)
print(Exception("x") == Exception("x"))
print(hash(Exception) != 0)
e = ValueError("msg"); e.__cause__ = KeyError("c"); print(e.__suppress_context__)
try: e.__cause__ = 5
except TypeError as t: print(t)
try: e.__context__ = "x"
except TypeError as t: print(t)
print(BaseException.__new__(ValueError).args)
print(ValueError.__mro__)
print(issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError))
