#!/usr/bin/env python3
"""Randomised comparison of ``struct`` between CPython 3.12 and pyvm.

Random formats (every byte order, format character, repeat counts, whitespace, a few invalid
characters) with random values (ints at and beyond each range limit, floats including
inf/nan/huge, bytes, wrong types), run through pack / unpack of the packed bytes / calcsize /
unpack_from with random offsets / pack_into. A program holding the cases is written out, run by
both interpreters, and the printed lines compared.

Usage: python3.12 tools/check_struct.py [--cases N] [--seed S] [--pyvm PATH]
Exit status 1 when there are mismatches.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PROGRAM = r'''
import struct
inf = float("inf"); nan = float("nan")
cases = %r
def show(x):
    if isinstance(x, tuple):
        return tuple(show(v) for v in x)
    if isinstance(x, float):
        return x.hex() if x == x else 'nan'
    return x
for i, (fmt, values, off) in enumerate(cases):
    try:
        print(i, "size", struct.calcsize(fmt))
        b = struct.pack(fmt, *values)
        print(i, "pack", b)
        print(i, "unpack", show(struct.unpack(fmt, b)))
        print(i, "from", show(struct.unpack_from(fmt, b"\x01\x02\x03" + b + b"zz", off)))
        buf = bytearray(len(b) + 4)
        struct.pack_into(fmt, buf, off, *values)
        print(i, "into", buf)
    except Exception as e:
        print(i, "exc", type(e).__name__, e)
'''

CODES = "xcbB?hHiIlLqQnNefdspP"


def value(rng, code):
    r = rng.random()
    if r < 0.05:
        return rng.choice([None, "s", 1.5, b"ab", [], 3])
    if code in "bBhHiIlLqQnNP":
        bits = rng.choice([7, 8, 15, 16, 31, 32, 63, 64, 65, 3])
        v = rng.choice([2 ** bits - 1, 2 ** bits, -(2 ** bits), -(2 ** bits) - 1, rng.randint(-300, 300)])
        return v if rng.random() < 0.95 else True
    if code in "efd":
        return rng.choice([0.0, -0.0, 1.5, 0.1, 65504.0, 65520.0, 1e-8, 6e-8, 3e38, 1e300,
                           float("inf"), float("-inf"), float("nan"), rng.uniform(-1e5, 1e5), 7])
    if code == "c":
        return rng.choice([b"a", b"\xff", b"", b"ab", bytearray(b"q")])
    if code in "sp":
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300 if rng.random() < 0.05 else 6)))
    if code == "?":
        return rng.choice([0, 1, 5, "", "x", None, [1]])
    return None


def case(rng):
    order = rng.choice(["", "@", "=", "<", ">", "!"])
    fmt, values = order, []
    for _ in range(rng.randint(0, 4)):
        code = rng.choice(CODES) if rng.random() < 0.97 else rng.choice("zZ 3")
        count = rng.choice([None, None, 0, 1, 2, 3, 10])
        if rng.random() < 0.1:
            fmt += " "
        fmt += ("" if count is None else str(count)) + code
        n = 1 if count is None else count
        if code in "sp":
            values.append(value(rng, code))
        elif code != "x":
            values.extend(value(rng, code) for _ in range(n))
    if rng.random() < 0.05 and values:
        values.pop()
    if rng.random() < 0.05:
        values.append(1)
    off = rng.choice([0, 1, 3, -1, -4, 100])
    return fmt, values, off


def run(interp, path):
    p = subprocess.run([interp, path], capture_output=True, text=True, timeout=600)
    return p.stdout.splitlines(), p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target", "debug", "pyvm"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    cases = [case(rng) for _ in range(a.cases)]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM % (cases,))
        path = f.name
    want, _ = run(sys.executable, path)
    got, err = run(a.pyvm, path)
    os.unlink(path)
    def by_case(lines):
        out = {}
        for line in lines:
            out.setdefault(line.split(" ", 1)[0], []).append(line)
        return out
    w, g = by_case(want), by_case(got)
    bad = 0
    for key in sorted(set(w) | set(g), key=lambda k: int(k) if k.isdigit() else -1):
        if w.get(key) != g.get(key):
            bad += 1
            if bad <= 10:
                print("case", cases[int(key)] if key.isdigit() else key)
                print("   cpython:", w.get(key))
                print("   pyvm:   ", g.get(key))
    if not got:
        print("pyvm printed nothing:", err[-2000:])
    print(f"{len(cases)} cases, {len(want)} lines, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
