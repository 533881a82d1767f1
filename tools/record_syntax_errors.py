#!/usr/bin/env python3.12
"""Record what CPython 3.12 says about every malformed program in tests/syntax_errors/.

Run with CPython 3.12 (``$(../shared/tools/cpython312) tools/record_syntax_errors.py``). For each
``tests/syntax_errors/*.py`` it records, into ``tests/syntax_errors/expected.json``:

* ``ast``: the exception ``ast.parse(source_bytes, filename)`` raises (bytes, so the source is
  decoded exactly as a file would be): ``type``, ``msg``, ``lineno``, ``offset``, ``end_lineno``,
  ``end_offset``;
* ``run``: the full ``stderr`` and exit ``status`` of ``python3.12 -B FILE`` run in the corpus
  directory: what ``pyvm FILE`` must print. CPython 3.12 prints the script's path made absolute
  (the working directory as ``getcwd()`` reports it, a slash, then the argument as given), so
  that directory is stored as the placeholder ``<CORPUS>`` and tests put their own back.

The test suites read only the JSON, so ``cargo test`` never needs CPython. A case that parses
without error is a mistake in the corpus (compile-stage errors such as ``'return' outside
function`` do not belong here) and makes this script fail.
"""

import ast
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "syntax_errors")
OUTPUT = os.path.join(CORPUS, "expected.json")
PLACEHOLDER = "<CORPUS>"


def parse_error(name, data):
    """The SyntaxError `ast.parse` raises for `data`, as a dict of its attributes."""
    try:
        ast.parse(data, name)
    except SyntaxError as err:
        return {
            "type": type(err).__name__,
            "msg": err.msg,
            "lineno": err.lineno,
            "offset": err.offset,
            "end_lineno": err.end_lineno,
            "end_offset": err.end_offset,
        }
    raise SystemExit(f"{name}: ast.parse accepted it; not a parser error")


def run_file(name):
    """stderr and exit status of running the file as a script."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [sys.executable, "-B", name],
        cwd=CORPUS,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )
    if proc.stdout:
        raise SystemExit(f"{name}: unexpected stdout {proc.stdout!r}")
    stderr = proc.stderr.decode("utf-8").replace(os.path.realpath(CORPUS) + "/", PLACEHOLDER + "/")
    return {
        # CPython writes stderr as UTF-8 with backslashreplace; it is always valid UTF-8.
        "stderr": stderr,
        "status": proc.returncode,
    }


def main():
    if sys.version_info[:2] != (3, 12):
        raise SystemExit("run this with CPython 3.12")
    names = sorted(n for n in os.listdir(CORPUS) if n.endswith(".py"))
    expected = {}
    for name in names:
        with open(os.path.join(CORPUS, name), "rb") as f:
            data = f.read()
        expected[name] = {"ast": parse_error(name, data), "run": run_file(name)}
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        # ensure_ascii keeps the file plain ASCII, robust to any editor or reader.
        json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=True)
        f.write("\n")
    print(f"recorded {len(expected)} cases into {os.path.relpath(OUTPUT, ROOT)}")


if __name__ == "__main__":
    main()
