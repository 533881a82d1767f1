#!/usr/bin/env python3
"""Randomised comparison of ``decimal`` between CPython 3.12 and pyvm's lib/decimal.py:
random decimal strings (signs, exponents, trailing zeros, zeros), random precision and
rounding, through + - * / // % quantize sqrt round/str/repr/int/float/hash and comparisons.

Usage: python3.12 tools/check_decimal.py [--cases N] [--seed S] [--pyvm PATH]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = r'''
from decimal import *
cases = %r
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%%": lambda a, b: a %% b,
    "q": lambda a, b: a.quantize(Decimal("1e%%d" %% (b.adjusted() %% 5 - 3))),
    "sqrt": lambda a, b: abs(a).sqrt(), "cmp": lambda a, b: (a < b, a == b, a >= b),
    "conv": lambda a, b: (str(a), repr(b), int(a), float(b), round(a), hash(a) == hash(+a)),
    "pow": lambda a, b: a ** (int(b) %% 5), "norm": lambda a, b: (a.normalize(), -b, abs(a)),
}
for i, (x, y, prec, rounding, op) in enumerate(cases):
    getcontext().prec = prec
    getcontext().rounding = rounding
    try:
        print(i, op, ops[op](Decimal(x), Decimal(y)))
    except Exception as e:
        print(i, op, type(e).__name__, e)
'''
ROUNDINGS = ["ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
             "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"]
OPS = ["+", "-", "*", "/", "//", "%", "q", "sqrt", "cmp", "conv", "pow", "norm"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target", "debug", "pyvm"))
    a = ap.parse_args()
    rng = random.Random(a.seed)

    def num():
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 12)))
        s = rng.choice(["", "-"]) + digits
        k = rng.random()
        if k < 0.4 and len(digits) > 1:
            p = rng.randint(1, len(digits) - 1)
            s = s[:len(s) - p] + "." + s[len(s) - p:]
        elif k < 0.6:
            s += "E%d" % rng.randint(-12, 12)
        return s
    cases = [(num(), num(), rng.choice([1, 3, 6, 9, 28]), rng.choice(ROUNDINGS), rng.choice(OPS))
             for _ in range(a.cases)]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM % (cases,))
        path = f.name
    want = subprocess.run([sys.executable, path], capture_output=True, text=True).stdout
    got = subprocess.run([a.pyvm, path], capture_output=True, text=True)
    os.unlink(path)
    w, g = want.splitlines(), got.stdout.splitlines()
    bad = 0
    for x, y in zip(w, g):
        if x != y:
            bad += 1
            if bad <= 10:
                print(cases[int(x.split()[0])], "\n  cpython", x, "\n  pyvm   ", y)
    bad += abs(len(w) - len(g))
    if len(w) != len(g):
        print(got.stderr[-1500:])
    print(f"{len(cases)} cases, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
