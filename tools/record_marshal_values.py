#!/usr/bin/env python3
"""Record CPython's marshal output for random data values (pyvm-marshal test fixture).

Run with CPython 3.12 (the oracle):

    /root/.pyenv/versions/3.12.1/bin/python3.12 tools/record_marshal_values.py

Writes marshal/tests/fixtures/values.txt: one line per case,
`version <TAB> hex of marshal.dumps(value, version) <TAB> canonical form`.

Every value is built fresh at run time, with no object reachable twice, so CPython's
FLAG_REF choices depend only on which objects 3.12 keeps as immortal singletons; pyvm's
`RefPolicy::CPython` must reproduce the bytes exactly. The canonical form is the one
`pyvm_marshal::canonical` prints (ints in decimal, floats as bit patterns, str/bytes in hex,
set elements sorted), so the Rust test needs no Python.
"""
import marshal
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "marshal", "tests", "fixtures", "values.txt")


def canon(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if v is StopIteration:
        return "StopIteration"
    if v is True:
        return "True"
    if v is False:
        return "False"
    t = type(v)
    if t is int:
        return str(v)
    if t is float:
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if t is complex:
        bits = lambda f: "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]
        return "c%s:%s" % (bits(v.real), bits(v.imag))
    if t is bytes:
        return "b" + v.hex()
    if t is str:
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if t is tuple:
        return "(" + ",".join(canon(x) for x in v) + ")"
    if t is list:
        return "[" + ",".join(canon(x) for x in v) + "]"
    if t is dict:
        return "{" + ",".join(canon(k) + ":" + canon(x) for k, x in v.items()) + "}"
    if t is set:
        return "<" + ",".join(sorted(canon(x) for x in v)) + ">"
    if t is frozenset:
        return "f<" + ",".join(sorted(canon(x) for x in v)) + ">"
    raise TypeError(t)


class Gen:
    """Random values, every one a new object (nothing reachable twice)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def int(self):
        # A new int object: constants of this script are shared with its code objects, and
        # CPython flags any object with more than one reference.
        return int(repr(self.int_value()))

    def int_value(self):
        r = self.r
        kind = r.randrange(6)
        if kind == 0:
            return r.randrange(-5, 257) + 0  # small-int cache
        if kind == 1:
            return r.randrange(-2**31, 2**31)
        if kind == 2:
            return r.choice([2**31, -2**31 - 1, 2**31 - 1, -2**31, 2**63, -2**63 - 1, 2**15, 2**30, 2**45])
        if kind == 3:
            return r.randrange(-2**64, 2**64)
        if kind == 4:
            return r.randrange(-2**100, 2**100) if r.randrange(10) else r.randrange(-2**300, 2**300)
        return int(r.choice(["", "-"]) + "1" + "0" * r.randrange(1, 60))

    def float(self):
        return float(repr(self.float_value()))

    def float_value(self):
        r = self.r
        kind = r.randrange(5)
        if kind == 0:
            return r.choice([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e308, 5e-324, 1.5])
        if kind == 1:
            return struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
        return r.uniform(-1e6, 1e6) * 1.0

    def text(self):
        r = self.r
        n = r.choice([0, 1, 1, 2, 3, 5, 12]) if r.randrange(30) else r.choice([255, 256])
        alphabet = r.choice([
            "abcxyz_019",
            "abc\u00e9\u00ff\x00\n'\"",
            "a\u20ac\U0001f600\u4e2d",
            "a\ud800\udc00\udfff\ud83d",
        ])
        return "".join(r.choice(alphabet) for _ in range(n))

    def str(self):
        s = self.text()
        # Build a fresh object: concatenation at run time is never interned.
        if self.r.randrange(8) == 0 and s.isidentifier():
            return sys.intern(s)
        return s

    def bytes(self):
        r = self.r
        n = r.choice([0, 1, 2, 7]) if r.randrange(30) else 300
        return bytes(r.randrange(256) for _ in range(n))

    def hashable(self, depth):
        r = self.r
        kind = r.randrange(10 if depth > 0 else 8)
        if kind == 0:
            return self.int()
        if kind == 1:
            return self.float()
        if kind == 2:
            return self.str()
        if kind == 3:
            return self.bytes()
        if kind == 4:
            return complex(self.float(), self.float())
        if kind == 5:
            return r.choice([None, True, False, Ellipsis, StopIteration])
        if kind == 6:
            return self.str()
        if kind == 7:
            return self.int()
        if kind == 8:
            return tuple(self.hashable(depth - 1) for _ in range(r.randrange(4)))
        return frozenset(self.hashable(depth - 1) for _ in range(r.randrange(4)))

    def value(self, depth):
        r = self.r
        if depth <= 0:
            return self.hashable(0)
        kind = r.randrange(8)
        n = r.choice([0, 1, 2, 3, 5])
        if kind == 0:
            return [self.value(depth - 1) for _ in range(n)]
        if kind == 1:
            return tuple(self.value(depth - 1) for _ in range(n))
        if kind == 2:
            return {self.hashable(depth - 1): self.value(depth - 1) for _ in range(n)}
        if kind == 3:
            return {self.hashable(depth - 1) for _ in range(n)}
        if kind == 4:
            return frozenset(self.hashable(depth - 1) for _ in range(n))
        if kind == 5 and r.randrange(20) == 0:
            return tuple(self.int() for _ in range(r.choice([255, 256, 300])))
        return self.hashable(depth)


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    gen = Gen(20240512)
    lines = []
    cases = []
    for i in range(1200):
        cases.append(gen.value(gen.r.randrange(5)))
    for i, v in enumerate(cases):
        # Every case is held by the `cases` list and passed as an argument, like
        # `marshal.dumps(x)` on a variable: refcount >= 2 at the top level.
        version = 4 if i % 5 else i // 5 % 4
        data = marshal.dumps(cases[i], version)
        assert canon(marshal.loads(data)) == canon(v) or v != v
        lines.append("%d\t%s\t%s" % (version, data.hex(), canon(v)))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
