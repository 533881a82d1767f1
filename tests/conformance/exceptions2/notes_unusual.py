# __notes__ that are not lists of str: non-str notes, tuples, a str, a non-sequence.
import sys


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


def show(notes):
    e = ValueError("v")
    e.__notes__ = notes
    sys.excepthook(type(e), e, None)


show(["a", "multi\nline"])
show(("tuple note",))
show("just a string")
show(b"bytes")
show(42)
show(None)
show([1, 2.5, None])
show([BadStr()])
show(BadRepr())
show([])
e = KeyError("k")
e.add_note("first")
try:
    e.add_note(b"bytes")
except TypeError as t:
    print(t)
e.__notes__ = ("x",)
try:
    e.add_note("y")
except TypeError as t:
    print(t)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
raise e
