#!/usr/bin/env python3
"""Side-by-side timing of `compileall -q -f DIR` under pyvm and CPython 3.12 (issue 5, acceptance 5).

Copies ten large standard-library packages (email, json, asyncio, importlib, collections, logging,
xml, http, unittest, concurrent: 141 files, 2.2 MB of source with CPython 3.12.1) into a temporary
directory, then runs each interpreter's `-m compileall -q -f` over the copy, alternating the two,
and reports the best of N runs of each (wall-clock, whole process: start-up included).

    python3 benches/compare_compileall.py [--pyvm target/release/pyvm] [--python python3.12] [-n 5]

pyvm walks the tree and compiles natively, on several threads (see vm/src/modules/compileall.rs);
CPython compiles one file at a time in Python. Both write into the same `__pycache__`
directories without clashing (pyvm's pycs are `NAME.pyvm-312.pyc`).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

PACKAGES = ["email", "json", "asyncio", "importlib", "collections", "logging", "xml", "http",
            "unittest", "concurrent"]


def default_python():
    for cand in ("/root/.pyenv/versions/3.12.1/bin/python3.12", shutil.which("python3.12")):
        if cand and os.path.exists(cand):
            return cand
    sys.exit("python3.12 not found; pass --python")


def stdlib_dir(python):
    out = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def copy_tree(src_root, dst):
    files = size = 0
    for pkg in PACKAGES:
        shutil.copytree(os.path.join(src_root, pkg), os.path.join(dst, pkg),
                        ignore=shutil.ignore_patterns("__pycache__"))
    for root, _dirs, names in os.walk(dst):
        for n in names:
            if n.endswith(".py"):
                files += 1
                size += os.path.getsize(os.path.join(root, n))
    return files, size


def run(cmd):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout.decode(errors="replace")[-2000:])
        sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
        sys.exit("%s exited with %d" % (cmd[0], proc.returncode))
    return elapsed


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=os.path.join(here, "..", "target", "release", "pyvm"))
    ap.add_argument("--python", default=None)
    ap.add_argument("-n", type=int, default=5, help="runs of each (best is reported)")
    args = ap.parse_args()
    python = args.python or default_python()
    with tempfile.TemporaryDirectory(prefix="compileall-bench-") as tmp:
        files, size = copy_tree(stdlib_dir(python), tmp)
        print("tree: %d files, %.1f MB (%s)" % (files, size / 1e6, ", ".join(PACKAGES)))
        pyvm_times, cpython_times = [], []
        for _ in range(args.n):
            pyvm_times.append(run([args.pyvm, "-m", "compileall", "-q", "-f", tmp]))
            cpython_times.append(run([python, "-m", "compileall", "-q", "-f", tmp]))
        best_p, best_c = min(pyvm_times), min(cpython_times)
        print("pyvm      -m compileall -q -f: best %.3f s of %d (%s)"
              % (best_p, args.n, " ".join("%.3f" % t for t in pyvm_times)))
        print("python3.12 -m compileall -q -f: best %.3f s of %d (%s)"
              % (best_c, args.n, " ".join("%.3f" % t for t in cpython_times)))
        print("speed-up: %.2fx" % (best_c / best_p))


if __name__ == "__main__":
    main()
