#!/usr/bin/env python3
"""Side-by-side timing of `compileall -q -f DIR` under pyvm and CPython 3.12 (issue 5, acceptance 5).

Copies ten large standard-library packages (email, json, asyncio, importlib, collections, logging,
xml, http, unittest, concurrent: 141 files, 2.2 MB of source with CPython 3.12.1) into a temporary
directory, then runs each interpreter's `-m compileall -q -f` over the copy, alternating the two,
and reports the best of N runs of each: wall-clock (whole process, start-up included) and CPU
time (user + system, all threads; steadier than wall-clock on a loaded machine).

    python3 benches/compare_compileall.py [--pyvm target/release/pyvm] [--python python3.12] [-n 5]

pyvm walks the tree and compiles natively, on several threads (see vm/src/modules/compileall.rs);
CPython compiles one file at a time in Python. Both write into the same `__pycache__`
directories without clashing (pyvm's pycs are `NAME.pyvm-312.pyc`).
"""

import argparse
import os
import resource
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
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True)
    elapsed = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout.decode(errors="replace")[-2000:])
        sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
        sys.exit("%s exited with %d" % (cmd[0], proc.returncode))
    return elapsed, cpu


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
        pyvm_runs, cpython_runs = [], []
        for _ in range(args.n):
            pyvm_runs.append(run([args.pyvm, "-m", "compileall", "-q", "-f", tmp]))
            cpython_runs.append(run([python, "-m", "compileall", "-q", "-f", tmp]))
        for name, runs in (("pyvm", pyvm_runs), ("python3.12", cpython_runs)):
            print("%-10s -m compileall -q -f: wall best %.3f s, cpu best %.3f s (of %d: %s)"
                  % (name, min(r[0] for r in runs), min(r[1] for r in runs), args.n,
                     " ".join("%.3f" % r[0] for r in runs)))
        wall = min(r[0] for r in cpython_runs) / min(r[0] for r in pyvm_runs)
        cpu = min(r[1] for r in cpython_runs) / min(r[1] for r in pyvm_runs)
        print("speed-up: %.2fx wall-clock, %.2fx cpu time (user+sys, all threads)" % (wall, cpu))


if __name__ == "__main__":
    main()
