#!/usr/bin/env python3
"""Read CPython's own stdlib pycs, for every CPython 3.6-3.13 on this machine, with pyvm-marshal.

    python3 tools/check_stdlib_pycs.py [--limit N]

For each ~/.pyenv/versions/3.N.*/bin/python3, compiles the stdlib's top-level modules and the
modules of its top-level packages (up to --limit, default 400) into pycs in a temporary
directory (with that interpreter's py_compile), then runs
`cargo run -p pyvm-marshal --example dump_pyc -- --check` over them: every pyc is parsed,
every line/location/exception table decoded, and the pyc rewritten and compared byte for byte.
Prints one summary line per version; exits 1 if any pyc failed to read.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

CHILD = r"""
import glob, os, py_compile, sys, sysconfig
out, limit = sys.argv[1], int(sys.argv[2])
lib = sysconfig.get_paths()["stdlib"]
files = sorted(glob.glob(os.path.join(lib, "*.py")))
files += sorted(glob.glob(os.path.join(lib, "*", "*.py")))
files = [f for f in files if "site-packages" not in f and "/test" not in f]
done = 0
for f in files:
    if done >= limit:
        break
    rel = os.path.relpath(f, lib).replace(os.sep, "_")
    try:
        py_compile.compile(f, cfile=os.path.join(out, rel + "c"), doraise=True)
        done += 1
    except Exception:
        pass
print(done)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--exe", help="a dump_pyc binary already built (skips cargo build)")
    args = ap.parse_args()
    exe = args.exe
    if exe is None:
        env = dict(os.environ)
        env.setdefault("CARGO_TARGET_DIR", os.path.join(ROOT, "target-marshal"))
        subprocess.check_call(
            ["cargo", "build", "-q", "--release", "-p", "pyvm-marshal", "--example", "dump_pyc"],
            cwd=ROOT,
            env=env,
        )
        exe = os.path.join(env["CARGO_TARGET_DIR"], "release", "examples", "dump_pyc")
    bad = False
    for py in sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3"))):
        version = subprocess.check_output(
            [py, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], text=True
        ).strip()
        with tempfile.TemporaryDirectory() as tmp:
            env_child = dict(os.environ)
            env_child.pop("PYTHONDONTWRITEBYTECODE", None)
            n = subprocess.check_output(
                [py, "-c", CHILD, tmp, str(args.limit)], text=True, env=env_child
            ).strip()
            pycs = sorted(glob.glob(os.path.join(tmp, "*.pyc")))
            run = subprocess.run([exe, "--check"] + pycs, capture_output=True, text=True)
            summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "?"
            print("CPython %-5s %s compiled; %s" % (version, n, summary))
            if run.stderr.strip():
                print(run.stderr.strip()[:2000])
            if run.returncode != 0:
                bad = True
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
