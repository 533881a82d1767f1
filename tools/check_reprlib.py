#!/usr/bin/env python3
"""Randomised comparison of lib/reprlib with CPython 3.12's reprlib: random nested values and
random limits/indent. Run with python3.12; prints mismatches. Not needed by cargo test.
"""
import importlib.util
import random
import reprlib as real
import sys
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "lib"
spec = importlib.util.spec_from_file_location("myreprlib", LIB / "reprlib.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
rng = random.Random(12)


def value(depth=0):
    k = rng.randrange(12 if depth < 4 else 5)
    if k == 0:
        return rng.randint(-10**rng.randint(0, 60), 10**rng.randint(0, 60))
    if k == 1:
        return "".join(rng.choice("ab'\"\\\né") for _ in range(rng.randint(0, 50)))
    if k == 2:
        return rng.choice([None, True, 1.5, b"xy" * rng.randint(0, 30), 2j])
    if k == 3:
        return rng.choice([frozenset(), set(), (), [], {}])
    if k == 4:
        return object
    items = [value(depth + 1) for _ in range(rng.randint(0, 9))]
    if k in (5, 6):
        return items
    if k == 7:
        return tuple(items)
    hashable = [i for i in items if isinstance(i, (int, str, bytes, tuple, frozenset))]
    try:
        if k == 8:
            return set(hashable)
        if k == 9:
            return frozenset(hashable)
        return {h: v for h, v in zip(hashable, items)}
    except TypeError:
        return items


def outcome(f):
    try:
        return ("ok", f())
    except Exception as e:
        return (type(e).__name__, str(e))


bad = 0
for _ in range(20000):
    v = value()
    opts = {name: rng.randint(0, 8) for name in ("maxlevel", "maxtuple", "maxlist", "maxdict",
                                                  "maxset", "maxfrozenset", "maxstring",
                                                  "maxlong", "maxother") if rng.random() < 0.3}
    if rng.random() < 0.3:
        opts["indent"] = rng.choice([None, 0, 2, "-> ", -1])
    if rng.random() < 0.2:
        opts["fillvalue"] = rng.choice(["", "+", "<more>"])
    a = outcome(lambda: real.Repr(**opts).repr(v))
    b = outcome(lambda: mine.Repr(**opts).repr(v))
    if a != b:
        bad += 1
        if bad < 8:
            print(repr(v)[:200], opts, a, b)
print("mismatches", bad)
sys.exit(1 if bad else 0)
