#!/usr/bin/env python3.12
"""Differential fuzzing of pyvm-lexer's errors against CPython 3.12's compile().

Random sources are built from lexer-relevant fragments. When compile() fails with a message
the tokenizer produces, pyvm-lexer must report the same class, message and position (the
lexer_errors example prints them). Parser-level errors are skipped: the parser may stop
before the tokenizer reaches a lexical error.

usage: python3.12 tools/fuzz_lex_errors.py [--example PATH] [--count N] [--seed S]
"""
import argparse
import os
import random
import subprocess
import tempfile
import warnings

FRAGMENTS = [
    "'", '"', "'''", '"""', "f'", 'f"', "rf'", "b'", "{", "}", "{{", "}}", "(", ")", "[", "]",
    ":", "=", "!", "!r", "\\", "\\\n", "\n", "\r\n", "\t", "    ", " ", "\x0c", "#", "x", "if",
    "é", "€", "0", "1", "0x", "0o7", "1_", "1e", ".", "5j", "$", "<>", "\\N{", "lambda",
    "def f():\n", "pass", "  ", "\n  ", "\n\t", "f'{x:{y}}'", "f'{x!r:>{w}}'", "'''a\nb'''",
    "09", "0b2", "1.5e+", "\u00a0", "a\u200b", "x = ", "\n    x\n  y\n",
]

LEXICAL = (
    "unterminated", "inconsistent use of tabs", "unindent does not match", "invalid decimal",
    "invalid hexadecimal", "invalid octal", "invalid binary", "invalid digit", "invalid imaginary",
    "leading zeros", "invalid character", "invalid non-printable", "unexpected character after line",
    "unexpected EOF while parsing", "unmatched", "does not match opening parenthesis",
    "was never closed", "too many nested parentheses", "f-string: expecting '}'",
    "f-string: single '}'", "too many levels of indentation", "expressions nested too deeply",
)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--example", default="target/release/examples/lex_errors")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cases, expected = [], []
    with tempfile.TemporaryDirectory() as d:
        for n in range(args.count):
            src = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randrange(1, 20)))
            path = os.path.join(d, f"{n}.py")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(src)
            # Compile under the file's own name, as when running it: CPython then takes the
            # error line from the file.
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(src, path, "exec")
                continue
            except SyntaxError as e:
                if not any(k in e.msg for k in LEXICAL):
                    continue
                want = "\t".join([type(e).__name__, e.msg.replace("\n", "\\n"), str(e.lineno),
                                  str(e.offset), str(e.end_lineno), str(e.end_offset)])
            except ValueError:
                continue
            cases.append((path, src))
            expected.append(want)
        out = subprocess.run([args.example] + [p for p, _ in cases], capture_output=True,
                             text=True).stdout.splitlines()
    bad = 0
    for (path, src), want, got in zip(cases, expected, out):
        if got != want:
            bad += 1
            if bad <= 15:
                print(f"DIFF {src!r}\n  want {want}\n  got  {got}")
    print(f"{len(cases) - bad}/{len(cases)} lexical errors identical")


if __name__ == "__main__":
    main()
