#!/usr/bin/env python3
"""Randomised comparison of lib/difflib with CPython 3.12's difflib: random line lists and
strings over small alphabets (so that matches, junk and popular elements occur), comparing
opcodes, ratios, ndiff, unified_diff, context_diff and get_close_matches. Run with
python3.12; prints mismatches. Not needed by cargo test.
"""
import difflib as real
import importlib.util
import random
import sys
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "lib"
spec = importlib.util.spec_from_file_location("mydifflib", LIB / "difflib.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 3)


def text(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def lines():
    n = rng.choice([0, 1, 3, 6, 12, 40])
    return [text("ab c\t", rng.randint(0, 6)) + rng.choice(["", "\n"]) for _ in range(n)]


bad = 0
N = 400
for _ in range(N):
    a, b = lines(), lines()
    if rng.random() < 0.5:
        a, b = text("abcd ", rng.randint(0, 250)), text("abcd ", rng.randint(0, 250))
    checks = [
        lambda m: m.SequenceMatcher(None, a, b).get_opcodes(),
        lambda m: m.SequenceMatcher(None, a, b).ratio(),
        lambda m: m.SequenceMatcher(lambda x: x == " ", a, b).get_matching_blocks(),
        lambda m: list(m.ndiff(list(a), list(b))),
        lambda m: list(m.unified_diff(list(map(str, a)), list(map(str, b)), "x", "y", n=rng.choice([0, 1, 3]))),
        lambda m: list(m.context_diff(list(map(str, a)), list(map(str, b)))),
        lambda m: m.get_close_matches(text("abc", 4), [text("abc", 4) for _ in range(8)]),
    ]
    for i, check in enumerate(checks):
        state = rng.getstate()
        x = check(real)
        rng.setstate(state)
        y = check(mine)
        if [tuple(t) for t in x] != [tuple(t) for t in y] if isinstance(x, list) else x != y:
            bad += 1
            if bad < 5:
                print("check", i, repr(a)[:200], repr(b)[:200])
                print("  cpython", repr(x)[:400])
                print("  mine   ", repr(y)[:400])
print(N, "cases,", bad, "mismatches")
