#!/usr/bin/env python3.12
"""Side-by-side: CPython 3.12's parser against pyvm's, over the same files, in one run.

    $(../../shared/tools/cpython312) compare_parse.py [DIR] [--repeat N] [--parse-corpus EXE]

DIR defaults to this CPython's standard library. The file set is every ``.py`` file under DIR
that is UTF-8 (the encoding PEP 3120 makes the default) and that CPython's ``ast.parse``
accepts. CPython is timed in this process, ``ast.parse`` on already-decoded text (its
tokenizer with ``tokenize.generate_tokens`` for the lexing figure); pyvm by its
``parse_corpus`` binary (built in release mode when not given), which likewise times only
lexing and parsing. Both report MB/s of source; the ratio is pyvm over CPython (above 1 means
pyvm is faster).
"""

import argparse
import ast
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import tokenize
import tracemalloc
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
WORKSPACE = os.path.dirname(HERE)


def python_files(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return sorted(out)


def load(paths):
    """(path, text) for each file that decodes as UTF-8 and that CPython parses."""
    files = []
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
            ast.parse(text)
        except (UnicodeDecodeError, SyntaxError, ValueError, MemoryError, RecursionError):
            continue
        files.append((path, text))
    return files


def time_cpython(files, repeat):
    sources = [text for _, text in files]
    start = time.perf_counter()
    for _ in range(repeat):
        for text in sources:
            ast.parse(text)
    parse_seconds = time.perf_counter() - start

    lex_errors = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for text in sources:
            try:
                for _tok in tokenize.generate_tokens(io.StringIO(text).readline):
                    pass
            except (tokenize.TokenError, SyntaxError):
                lex_errors += 1
    lex_seconds = time.perf_counter() - start

    largest = max(sources, key=len, default="")
    tracemalloc.start()
    ast.parse(largest)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return parse_seconds, lex_seconds, lex_errors, peak


def find_parse_corpus(given):
    if given:
        return given
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(WORKSPACE, "target"))
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "-p", "pyvm-benches", "--bin", "parse_corpus"],
        cwd=WORKSPACE,
        check=True,
    )
    return os.path.join(target, "release", "parse_corpus")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", help="directory of .py files (default: the stdlib)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds over the files")
    parser.add_argument("--parse-corpus", help="path of a built parse_corpus binary")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        raise SystemExit("run this with CPython 3.12")
    root = args.dir or os.path.dirname(os.__file__)
    # Invalid escape sequences in old files would print a SyntaxWarning per parse.
    warnings.simplefilter("ignore", SyntaxWarning)

    files = load(python_files(root))
    size = sum(len(text.encode("utf-8")) for _, text in files)
    total = size * args.repeat
    cp_parse, cp_lex, cp_lex_errors, cp_peak = time_cpython(files, args.repeat)

    exe = find_parse_corpus(args.parse_corpus)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("".join(path + "\n" for path, _ in files))
    try:
        out = subprocess.run(
            [exe, "--json", "--files", listing.name, str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(listing.name)
    ours = json.loads(out)

    def mbs(seconds):
        return total / 1e6 / max(seconds, 1e-9)

    rows = [
        ("lex  (MB/s)", mbs(cp_lex), ours["lex_mb_per_s"]),
        ("parse (MB/s)", mbs(cp_parse), ours["parse_mb_per_s"]),
    ]
    print(f"{len(files)} files, {size / 1e6:.1f} MB, {args.repeat} round(s), from {root}")
    print(f"{'':14}{'CPython 3.12':>14}{'pyvm':>10}{'pyvm/CPython':>14}")
    for name, theirs, mine in rows:
        print(f"{name:14}{theirs:>14.1f}{mine:>10.1f}{mine / max(theirs, 1e-9):>14.2f}")
    print(
        f"peak memory parsing the largest file ({ours['largest_bytes']} bytes): "
        f"CPython {cp_peak / 1e6:.1f} MB (tracemalloc, AST objects included), "
        f"pyvm {ours['largest_peak_bytes'] / 1e6:.1f} MB (arena and all)"
    )
    notes = []
    if ours["parse_errors"]:
        notes.append(f"pyvm rejected {ours['parse_errors']} files CPython accepts")
    if ours["lex_errors"]:
        notes.append(f"pyvm's lexer failed on {ours['lex_errors']} files")
    if cp_lex_errors:
        notes.append(f"CPython's tokenize failed on {cp_lex_errors} files")
    if ours["files"] != len(files):
        notes.append(f"pyvm read {ours['files']} of the {len(files)} files")
    for note in notes:
        print("note:", note)


if __name__ == "__main__":
    main()
