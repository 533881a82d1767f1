#!/usr/bin/env python3
"""Randomised comparison of ``cmath`` between CPython 3.12 and pyvm: every function on random
complex arguments of ordinary size (plus zeros of both signs, the unit circle and branch cuts),
comparing float.hex of the results or the exception raised.

Usage: python3.12 tools/check_cmath.py [--cases N] [--seed S] [--pyvm PATH]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = r'''
import cmath
cases = %r
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar"]
def show(v):
    if isinstance(v, complex):
        return v.real.hex() + "," + v.imag.hex()
    if isinstance(v, tuple):
        return ";".join(show(x) for x in v)
    return v.hex()
for i, (re, im) in enumerate(cases):
    z = complex(re, im)
    for n in names:
        try:
            print(i, n, show(getattr(cmath, n)(z)))
        except Exception as e:
            print(i, n, type(e).__name__, e)
    print(i, "rect", show(cmath.rect(abs(re), im)))
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target", "debug", "pyvm"))
    a = ap.parse_args()
    rng = random.Random(a.seed)

    def num():
        k = rng.random()
        if k < 0.15:
            return rng.choice([0.0, -0.0, 1.0, -1.0, 0.5, 2.0])
        if k < 0.5:
            return rng.uniform(-2, 2)
        return rng.uniform(-1, 1) * 10 ** rng.randint(-5, 5)
    cases = [(num(), num()) for _ in range(a.cases)]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM % (cases,))
        path = f.name
    want = subprocess.run([sys.executable, path], capture_output=True, text=True).stdout
    got = subprocess.run([a.pyvm, path], capture_output=True, text=True).stdout
    os.unlink(path)
    w, g = want.splitlines(), got.splitlines()
    bad = 0
    for x, y in zip(w, g):
        if x != y:
            bad += 1
            if bad <= 8:
                i = int(x.split()[0])
                print(cases[i], "\n  cpython", x, "\n  pyvm   ", y)
    bad += abs(len(w) - len(g))
    print(f"{len(cases)} cases, {len(w)} lines, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
