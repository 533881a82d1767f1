#!/usr/bin/env python3.12
"""Record what CPython 3.12's `python -m tokenize` prints for the fixtures in
tests/parity/tokenize/cases/ (run from the repository root with CPython 3.12).

For each CASE.py it writes, under tests/parity/tokenize/expected/:
  CASE.out        stdout of `python -m tokenize tests/parity/tokenize/cases/CASE.py`
  CASE.exact.out  stdout with -e
  CASE.status     "exit N" on the first line, then stderr (identical for both modes)
cli/tests/tokenize_parity.rs runs pyvm the same way (from the repository root) and compares.
"""
import contextlib
import io
import pathlib
import sys
import tokenize

CASES = pathlib.Path("tests/parity/tokenize/cases")
EXPECTED = pathlib.Path("tests/parity/tokenize/expected")


def run(path, exact):
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


def main():
    EXPECTED.mkdir(parents=True, exist_ok=True)
    cases = sorted(CASES.glob("*.py"))
    for case in cases:
        path = case.as_posix()
        plain = run(path, False)
        exact = run(path, True)
        assert plain[1:] == exact[1:], case
        (EXPECTED / f"{case.stem}.out").write_text(plain[0], encoding="utf-8", newline="")
        (EXPECTED / f"{case.stem}.exact.out").write_text(exact[0], encoding="utf-8", newline="")
        (EXPECTED / f"{case.stem}.status").write_text(
            f"exit {plain[2]}\n{plain[1]}", encoding="utf-8", newline="")
    print(f"recorded {len(cases)} cases in {EXPECTED}")


if __name__ == "__main__":
    main()
