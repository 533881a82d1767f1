#!/usr/bin/env python3
"""Randomised comparison of ``hashlib`` between CPython 3.12 and pyvm: random data of random
lengths (around block boundaries too), fed whole or in random chunks, through every
algorithm pyvm provides; digests compared line by line.

Usage: python3.12 tools/check_hashlib.py [--cases N] [--seed S] [--pyvm PATH]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = r'''
import hashlib
cases = %r
for i, (name, chunks) in enumerate(cases):
    h = hashlib.new(name)
    for c in chunks:
        h.update(c)
    c = h.copy()
    c.update(b"x")
    print(i, h.hexdigest(), c.hexdigest(), getattr(hashlib, name)(b"".join(chunks)).hexdigest())
'''
NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
         "sha3_384", "sha3_512"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target", "debug", "pyvm"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    cases = []
    for _ in range(a.cases):
        n = rng.choice([0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137,
                        rng.randint(0, 3000)])
        data = bytes(rng.randrange(256) for _ in range(n))
        cuts = sorted(rng.randint(0, n) for _ in range(rng.randint(0, 3)))
        chunks = [data[i:j] for i, j in zip([0] + cuts, cuts + [n])]
        cases.append((rng.choice(NAMES), chunks))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM % (cases,))
        path = f.name
    want = subprocess.run([sys.executable, path], capture_output=True, text=True).stdout
    got = subprocess.run([a.pyvm, path], capture_output=True, text=True).stdout
    os.unlink(path)
    w, g = want.splitlines(), got.splitlines()
    bad = sum(1 for x, y in zip(w, g) if x != y) + abs(len(w) - len(g))
    print(f"{len(cases)} cases, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
