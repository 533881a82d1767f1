#!/usr/bin/env python3
"""Randomised comparison of lib/textwrap.py (wrap, dedent) with CPython 3.12's textwrap.

Run with python3.12; prints the first mismatches and their count. Not needed by cargo test.
"""
import sys
import importlib.util, random, textwrap as real
from pathlib import Path
spec = importlib.util.spec_from_file_location("mytw", Path(__file__).resolve().parent.parent / "lib" / "textwrap.py")
mine = importlib.util.module_from_spec(spec); spec.loader.exec_module(mine)
random.seed(1)
alpha = "ab-- .,!?'\"_1\t\nAé-x"
bad = 0
for n in range(20000):
    s = "".join(random.choice(alpha) for _ in range(random.randint(0, 25)))
    for kw in ({}, {"break_on_hyphens": False}, {"fix_sentence_endings": True}, {"max_lines": 2}, {"break_long_words": False}, {"drop_whitespace": False}):
        w = random.randint(1, 12)
        try:
            a = real.wrap(s, w, **kw)
        except ValueError as e:
            a = ("E", str(e))
        try:
            b = mine.wrap(s, w, **kw)
        except ValueError as e:
            b = ("E", str(e))
        if a != b:
            bad += 1
            if bad < 5: print(repr(s), w, kw, a, b)
    d = "".join(random.choice(" \t\nab") for _ in range(random.randint(0, 15)))
    if real.dedent(d) != mine.dedent(d):
        bad += 1
        if bad < 10: print("dedent", repr(d), repr(real.dedent(d)), repr(mine.dedent(d)))
print("mismatches", bad)
sys.exit(1 if bad else 0)
