#!/usr/bin/env python3
"""Randomised comparison of ``re`` between CPython 3.12 and pyvm.

Random patterns from a small grammar (literals, classes, escapes, groups, alternation,
quantifiers of every kind, lookarounds, backreferences, conditionals, inline flags), each
tried on random subjects over a small alphabet: ``search`` (span, groups, lastindex),
``fullmatch``, ``findall``, ``split``, ``sub`` with a template, or the error raised by
compiling. A program holding a batch of cases is written out, run by both interpreters, and
the printed lines compared; mismatching cases are reported with their pattern and subject.

Usage: python3.12 tools/check_re.py [--cases N] [--seed S] [--pyvm PATH] [--show K]
Exit status 1 when there are mismatches.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALPHABET = "abcAB1 _-\n"
# --extended adds characters with interesting case or class properties
EXTRA = "\u00e9\u00c9\u212a\u017f\u0130\u0131\u00df\u03a3\u03c3\u03c2\u0663\u00b2\u00b5\u039c"
LITERALS = "abcAB1 _-"

PROGRAM = r'''
import re, sys
cases = %r
for i, (pat, flags, subjects) in enumerate(cases):
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(i, "error", e.msg, e.pos)
        continue
    except Exception as e:
        print(i, "exc", type(e).__name__, e)
        continue
    print(i, "groups", p.groups, sorted(p.groupindex.items()))
    for s in subjects:
        try:
            m = p.search(s)
            print(i, "search", None if m is None else (m.span(), m.groups(), m.lastindex))
            m = p.fullmatch(s)
            print(i, "full", None if m is None else (m.span(), m.groups()))
            print(i, "findall", p.findall(s))
            print(i, "split", p.split(s))
            print(i, "sub", p.subn("<\\g<0>>", s))
        except Exception as e:
            print(i, "exc", type(e).__name__, e)
'''


def gen_atom(r, depth, state):
    k = r.random()
    if k < 0.30:
        return r.choice(LITERALS)
    if k < 0.38:
        return "."
    if k < 0.50:
        return r.choice([r"\w", r"\d", r"\s", r"\W", r"\b", r"\B", "^", "$", r"\A", r"\Z",
                         r"\-", r"\.", r"\n"])
    if k < 0.62:
        neg = "^" if r.random() < 0.3 else ""
        items = []
        for _ in range(r.randint(1, 3)):
            t = r.random()
            if t < 0.5:
                items.append(r.choice(LITERALS.replace("-", "")))
            elif t < 0.75:
                items.append(r.choice(["a-c", "A-Z", "0-9", "b-b"]))
            else:
                items.append(r.choice([r"\w", r"\d", r"\s", r"\W"]))
        return "[" + neg + "".join(items) + "]"
    if k < 0.68 and state["groups"]:
        g = r.randint(1, state["groups"])
        return "\\%d" % g
    if depth > 2:
        return r.choice("abc")
    inner = gen_alt(r, depth + 1, state)
    t = r.random()
    if t < 0.35:
        state["groups"] += 1
        return "(" + inner + ")"
    if t < 0.45:
        state["groups"] += 1
        state["named"] += 1
        return "(?P<n%d>%s)" % (state["named"], inner)
    if t < 0.60:
        return "(?:" + inner + ")"
    if t < 0.68:
        return "(?=" + inner + ")"
    if t < 0.74:
        return "(?!" + inner + ")"
    if t < 0.80:
        lit = "".join(r.choice("ab") for _ in range(r.randint(1, 2)))
        return "(?<" + r.choice("=!") + lit + ")"
    if t < 0.86:
        return "(?>" + inner + ")"
    if t < 0.92 and state["groups"]:
        g = r.randint(1, state["groups"])
        return "(?(%d)%s|%s)" % (g, gen_seq(r, depth + 1, state), gen_seq(r, depth + 1, state))
    return "(?i:" + inner + ")"


def gen_quant(r):
    base = r.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}"])
    return base + r.choice(["", "", "?", "+"])


def gen_seq(r, depth, state):
    out = []
    for _ in range(r.randint(1, 4)):
        a = gen_atom(r, depth, state)
        if r.random() < 0.3:
            a += gen_quant(r)
        out.append(a)
    return "".join(out)


def gen_alt(r, depth, state):
    parts = [gen_seq(r, depth, state)]
    while r.random() < 0.25:
        parts.append(gen_seq(r, depth, state))
    return "|".join(parts)


def gen_case(r):
    state = {"groups": 0, "named": 0}
    pat = gen_alt(r, 0, state)
    if r.random() < 0.05:
        pat = pat + r.choice(["(", ")", "[", "*", "\\", "{1,0}", "(?P<1>a)", "(?<=a*)"])
    flags = 0
    for f in (2, 8, 16, 256):
        if r.random() < 0.15:
            flags |= f
    subjects = ["".join(r.choice(ALPHABET) for _ in range(r.randint(0, 10)))
                for _ in range(3)]
    return pat, flags, subjects


def run(interp, path):
    p = subprocess.run([interp, path], capture_output=True, text=True, timeout=600,
                       env=dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8"))
    return p.stdout.splitlines(), p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target", "release", "pyvm"))
    ap.add_argument("--oracle", default=sys.executable)
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--extended", action="store_true")
    a = ap.parse_args()
    global ALPHABET, LITERALS
    if a.extended:
        ALPHABET += EXTRA
        LITERALS += EXTRA
    r = random.Random(a.seed)
    cases = [gen_case(r) for _ in range(a.cases)]
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "cases.py")
        with open(path, "w") as f:
            f.write(PROGRAM % (cases,))
        want, _ = run(a.oracle, path)
        got, err = run(a.pyvm, path)
    bad = {}
    want_by = {}
    got_by = {}
    for line in want:
        want_by.setdefault(int(line.split(" ", 1)[0]), []).append(line)
    for line in got:
        try:
            got_by.setdefault(int(line.split(" ", 1)[0]), []).append(line)
        except ValueError:
            pass
    for i in range(len(cases)):
        if want_by.get(i) != got_by.get(i):
            bad[i] = (want_by.get(i), got_by.get(i))
    for i in list(bad)[:a.show]:
        w, g = bad[i]
        print("case %d: pattern=%r flags=%d subjects=%r" % ((i,) + cases[i]))
        for x, y in zip(w or [], (g or []) + [None] * len(w or [])):
            if x != y:
                print("   cpython:", x)
                print("   pyvm:   ", y)
                break
    if err.strip():
        print("pyvm stderr:", err.strip()[-2000:])
    print("%d cases, %d mismatches" % (len(cases), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
