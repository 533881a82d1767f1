#!/usr/bin/env python3.12
"""Compare `pyvm -m tokenize [-e] FILE` with CPython 3.12's `python -m tokenize` over every
.py file of CPython's standard library (Lib/, Lib/test included).

CPython's side runs in this process (tokenize.main with captured output); pyvm runs once per
file and mode. Compared: stdout and exit status (stderr differences are listed separately).

usage: python3.12 tools/parity_tokenize.py [--pyvm PATH] [--lib DIR] [--limit N] [--jobs N]
"""
import argparse
import concurrent.futures
import contextlib
import io
import os
import pathlib
import subprocess
import sys
import sysconfig
import tokenize


def cpython_run(path, exact):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["tokenize"] + (["-e"] if exact else []) + [path]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                tokenize.main()
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 1
    finally:
        sys.argv = saved
    return out.getvalue(), err.getvalue(), code


def pyvm_run(pyvm, path, exact):
    args = [pyvm, "-m", "tokenize"] + (["-e"] if exact else []) + [path]
    p = subprocess.run(args, capture_output=True)
    return (p.stdout.decode("utf-8", "surrogateescape"),
            p.stderr.decode("utf-8", "surrogateescape"), p.returncode)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvm", default="target/release/pyvm")
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    files = sorted(str(p) for p in pathlib.Path(args.lib).rglob("*.py"))
    if args.limit:
        files = files[:args.limit]
    results = {}
    for exact in (False, True):
        expected = {f: cpython_run(f, exact) for f in files}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            got = dict(zip(files, pool.map(lambda f: pyvm_run(args.pyvm, f, exact), files)))
        mism, err_only = [], []
        for f in files:
            (eo, ee, ec), (go, ge, gc) = expected[f], got[f]
            if eo != go or ec != gc:
                mism.append(f)
            elif ee != ge:
                err_only.append(f)
        results[exact] = (mism, err_only)
        label = "-e" if exact else "plain"
        print(f"[{label}] {len(files) - len(mism)}/{len(files)} match (stdout + exit status)")
        for f in mism:
            print(f"  MISMATCH {os.path.relpath(f, args.lib)}")
        for f in err_only:
            print(f"  stderr differs: {os.path.relpath(f, args.lib)}")
    sys.exit(0 if not results[False][0] and not results[True][0] else 1)


if __name__ == "__main__":
    main()
