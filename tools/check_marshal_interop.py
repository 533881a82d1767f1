#!/usr/bin/env python3
"""Check that CPython 3.12 loads pyvm-marshal's output to the values pyvm meant.

    /root/.pyenv/versions/3.12.1/bin/python3.12 tools/check_marshal_interop.py [--cases FILE]

Without --cases, runs `cargo test -p pyvm-marshal --test properties interop_cases` with
PYVM_MARSHAL_INTEROP_OUT set, which writes 2000 random values (nested containers, shared
references, big ints, NaNs, surrogates...) as `hex <TAB> canonical` lines. Each is loaded with
marshal.loads and its canonical form compared (the same canon() as record_marshal_values.py).
Exits 1 on any mismatch.
"""
import argparse
import marshal
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from record_marshal_values import canon  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases")
    args = ap.parse_args()
    path = args.cases
    if path is None:
        path = os.path.join(tempfile.mkdtemp(), "interop.txt")
        env = dict(os.environ, PYVM_MARSHAL_INTEROP_OUT=path)
        subprocess.check_call(
            ["cargo", "test", "-q", "-p", "pyvm-marshal", "--test", "properties", "interop_cases"],
            cwd=os.path.join(HERE, ".."),
            env=env,
        )
    bad = 0
    total = 0
    with open(path) as f:
        for line in f:
            hexdata, want = line.rstrip("\n").split("\t")
            total += 1
            try:
                got = canon(marshal.loads(bytes.fromhex(hexdata)))
            except Exception as e:  # report and continue
                got = "%s: %s" % (type(e).__name__, e)
            if got != want:
                bad += 1
                if bad <= 5:
                    print("mismatch:\n  ours    %s\n  cpython %s\n  bytes   %s" % (want, got, hexdata))
    print("%d of %d values loaded by CPython %d.%d as written" % (total - bad, total, *sys.version_info[:2]))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
