#!/usr/bin/env python3
"""Records what CPython 3.12's ast.parse does with deeply nested and huge sources.

Writes parser/tests/robustness_data/deep_nesting.txt, read by parser/tests/robustness.rs.
Each case is `head + unit * n + middle + closing * n + tail`; a line holds, tab-separated,
name, n, head, unit, middle, closing, tail (with \\ and newline escaped as \\\\ and \\n) and
CPython's outcome: `ok`, `SyntaxError: MSG @ LINENO:OFFSET`, or `CLASS: MSG` for
RecursionError / MemoryError (which carry no position).

Run with CPython 3.12 (`$(../shared/tools/cpython312) tools/record_deep_nesting.py`).
"""
import ast
import os
import sys

N = 100_000
CASES = [
    # name, n, head, unit, middle, closing, tail
    ("parens", N, "", "(", "1", ")", ""),
    ("brackets", N, "", "[", "1", "]", ""),
    ("braces", N, "", "{", "1", "}", ""),
    ("neg_parens", N, "", "-(", "1", ")", ""),
    ("calls_nested", N, "", "f(", "", ")", ""),
    ("neg", N, "", "-", "1", "", ""),
    ("invert", N, "", "~", "1", "", ""),
    ("not", N, "", "not ", "x", "", ""),
    ("add", N, "a", "+a", "", "", ""),
    ("pow", N, "a", "**a", "", "", ""),
    ("attr", N, "a", ".b", "", "", ""),
    ("call", N, "f", "()", "", "", ""),
    ("subscript", N, "a", "[0]", "", "", ""),
    ("lambda", N, "", "lambda: ", "1", "", ""),
    ("ifexpr", N, "", "a if b else ", "c", "", ""),
    ("await", N, "async def f():\n  ", "await ", "x", "", "\n"),
    ("elif", N, "if a:\n pass\n", "elif a:\n pass\n", "", "", ""),
    ("cmp_flat", N, "a", "<a", "", "", ""),
    ("and_flat", N, "a", " and a", "", "", ""),
    ("tuple_flat", N, "a", ",a", "", "", ""),
    ("decorators_flat", N, "", "@d\n", "def f(): pass\n", "", ""),
    ("str_concat_flat", N, "", "'a' ", "", "", ""),
    ("fstring_fields_flat", N, "f'", "{a}", "'", "", ""),
    ("fstring_nested", 200, "", "f'{", "1", "}'", ""),
    ("fstring_nested_150", 150, "", "f'{", "1", "}'", ""),
    ("fstring_spec_nested", 3, "f'{x", ":{y", "", "}", "}'"),
    ("huge_string", 10_000_000, "x = '", "a", "'", "", "\n"),
    ("huge_bytes", 10_000_000, "x = b'", "a", "'", "", "\n"),
    ("huge_int", 100_000, "x = ", "9", "", "", "\n"),
    ("huge_name", 1_000_000, "", "a", " = 1", "", "\n"),
    ("parens_200", 200, "", "(", "1", ")", ""),
    ("parens_201", 201, "", "(", "1", ")", ""),
    ("parens_then_neg", 150, "", "(", "-" * 2900 + "1", ")", ""),
]
# The edge of CPython's depth limit, one below and one above.
for name, head, unit, middle, edge in [
    ("neg", "", "-", "1", 2993),
    ("not", "", "not ", "x", 2993),
    ("add", "a", "+a", "", 2993),
    ("attr", "a", ".b", "", 2993),
    ("call", "f", "()", "", 2993),
    ("subscript", "a", "[0]", "", 2993),
    ("ifexpr", "", "a if b else ", "c", 2993),
    ("elif", "if a:\n pass\n", "elif a:\n pass\n", "", 2993),
    ("pow", "a", "**a", "", 2984),
    ("lambda", "", "lambda: ", "1", 2984),
]:
    for n in (edge, edge + 1):
        CASES.append((f"{name}_{n}", n, head, unit, middle, "", ""))
# Every node kind counts one level (keyword, arguments, arg, comprehension, withitem,
# match_case, excepthandler, type_param), so the edge moves with the wrapper.
for name, head, middle, edge in [
    ("call_arg", "f(", "1)", 2992),
    ("keyword", "f(x=", "1)", 2991),
    ("lambda_default", "lambda x=", "1: 0", 2991),
    ("comprehension", "[x for x in ", "1]", 2991),
    ("annotation", "def f(x: ", "1): pass", 2991),
    ("withitem", "with ", "1: pass", 2992),
    ("match_guard", "match x:\n case 1 if ", "1:\n  pass", 2992),
    ("except_type", "try: pass\nexcept ", "1: pass", 2992),
    ("type_param_bound", "def f[T: ", "1](): pass", 2992),
]:
    for n in (edge, edge + 1):
        CASES.append((f"{name}_{n}", n, head, "-", middle, "", ""))
CASES.append(("pow_2993", 2993, "a", "**a", "", "", ""))
CASES.append(("lambda_2993", 2993, "", "lambda: ", "1", "", ""))


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def outcome(src):
    try:
        ast.parse(src)
        return "ok"
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}"
    except (RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e}"


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "parser", "tests", "robustness_data", "deep_nesting.txt")
    lines = []
    for name, n, head, unit, middle, closing, tail in CASES:
        src = head + unit * n + middle + closing * n + tail
        fields = [name, str(n), head, unit, middle, closing, tail, outcome(src)]
        lines.append("\t".join(escape(f) for f in fields))
        print(lines[-1][:150], flush=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Recorded from CPython 3.12 ast.parse by tools/record_deep_nesting.py; do not edit.\n")
        f.write("# name\tn\thead\tunit\tmiddle\tclosing\ttail\toutcome\n")
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
