#!/usr/bin/env python3.12
"""Differential fuzzing of `pyvm -m tokenize -e` against CPython 3.12's tokenize on random
sources built from lexer-relevant fragments. Prints the inputs whose output (stdout, stderr,
exit status) differs.

usage: python3.12 tools/fuzz_tokenize_diff.py [--pyvm PATH] [--count N] [--seed S]
"""
import argparse
import contextlib
import io
import os
import random
import subprocess
import sys
import tempfile
import tokenize

FRAGMENTS = [
    "'", '"', "'''", '"""', "f'", 'f"', "rf'", "b'", "{", "}", "{{", "}}", "(", ")", "[", "]",
    ":", "=", "!", "!r", "\\", "\\\n", "\n", "\r\n", "\t", "    ", " ", "\x0c", "#", "x", "if",
    "é", "€", "0", "1", "0x", "0o7", "1_", "1e", ".", "5j", "$", "<>", "\\N{", "lambda",
    "def f():\n", "pass", "  ", "\n  ", "\n\t", "f'{x:{y}}'", "f'{x!r:>{w}}'", "'''a\nb'''",
]


def cpython(path):
    out, err = io.StringIO(), io.StringIO()
    sys.argv = ["tokenize", "-e", path]
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            tokenize.main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
    return out.getvalue(), err.getvalue(), code


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvm", default="target/release/pyvm")
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "case.py")
        for _ in range(args.count):
            src = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randrange(1, 25)))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(src)
            want = cpython(path)
            p = subprocess.run([args.pyvm, "-m", "tokenize", "-e", path], capture_output=True)
            got = (p.stdout.decode(), p.stderr.decode(), p.returncode)
            if got != want:
                bad += 1
                print(f"DIFF {src!r}")
                if bad <= 5:
                    print("  want:", want[1].strip() or want[0][-200:], want[2])
                    print("  got: ", got[1].strip() or got[0][-200:], got[2])
    print(f"{args.count - bad}/{args.count} identical")


if __name__ == "__main__":
    main()
