#!/usr/bin/env python3.12
"""Records how CPython 3.12 decodes literal tokens, for the unit tests of
parser/src/literal.rs. Writes parser/src/literal/cases.rs.

Usage: python3.12 tools/record_literal_cases.py
"""
import ast
import random
import warnings
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "parser/src/literal/cases.rs"

# Complete string/bytes tokens.
STRINGS = [
    r'"abc"', r"'abc'", r'""', r"''", r'"""a"b"""', r"'''x'''", r'"é✓😀"',
    r"'\a\b\f\v\n\r\t\'\"\\'", r"b'\a\b\f\v\n\r\t\'\"\\\x41\xff'",
    r'"\0\00\000\0000\08\1\12\123\1234"', r'b"\0\00\000\0000\08\1\12\123\1234"',
    r'"\777"', r'"\400"', r'b"\777"', r'"\777\d"', r'"\d\777"', r'"\d\q"', r'"\8"', r'"\9"',
    r'b"\d"', r'b"\u1234"', r'b"\N{DIGIT ONE}"', r'"\é"', r'"\x41\X41"',
    r'"\x4"', r'"\x"', r'"ab\x4g"', r'"é\x4"', r'"\u12"', r'"\U1234567"', r'"\U00110000"',
    r'"\xé"', r'"\ud800"', r'"\ud800\udc00"', r'"\uDFFF"', r'"\U0001F600"', r'"\U0010FFFF"',
    r'"\N{foo}"', r'"\N"', r'"\N{"', r'"\N{LATIN SMALL LETTER A"', r'"\N{}"', r'"\Nx"',
    r'"\N{LATIN SMALL LETTER A}"', r'"\N{latin small letter a}"', r'"\N{LATINSMALLLETTERA}"',
    r'"\N{latin_small_letter_a}"', r'"\N{ LATIN SMALL LETTER A}"', r'"\N{NEW LINE}"',
    r'"\N{LINE FEED}"', r'"\N{LF}"', r'"\N{BYTE ORDER MARK}"', r'"\N{EURO-CURRENCY SIGN}"',
    r'"\N{HANGUL JUNGSEONG O-E}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E00}"',
    r'"\N{HANGUL SYLLABLE GA}"', r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
    r'"\N{LINE FEED (LF)}"', r'"é\N{é}"', r'"\N{DIGIT ONE}\N{digit one}"',
    r'"\N{TANGSA LETTER OZ}"', r'"\N{GARAY CAPITAL LETTER A}"', r'"\N{SNOWMAN}x"',
    r'r"\x"', r'R"\d\N"', r'rb"\x"', r'Rb"\x"', r'BR"\x\""', r'bR"a"', r'u"x"', r'U"x"',
    r'b"x\'"', r"'\"'", '"a\\\nb"', '"""a\nb"""', '"""a\r\nb\rc"""', 'r"""a\r\nb\\\r\nc"""',
    '"a\\\r\nb"', 'b"""a\r\nb"""', 'b"é"', 'b"\x7f"', '"tab\there"',
]

# f-string literal parts: (text between fields, raw?)
FMIDDLES = [
    ("abc", False), ("{{", False), ("}}", False), ("a{{b}}c", False), (r"\d", False),
    (r"\n\t", False), (r"{{\d}}", False), (r"\N{DIGIT ONE}", False), (r"\x4", False),
    (r"\d", True), (r"\n{{", True), ("é\\x41", False), ("a\nb", False), ("a\r\nb", False),
]

NUMBERS = [
    "0", "00", "0_0", "1", "123", "1_000_000", "9223372036854775807", "9223372036854775808",
    "18446744073709551616", "123456789012345678901234567890", "0x1F", "0X_ff", "0xffffffffffffffff",
    "0o17", "0O_7", "0o1777777777777777777777", "0b101", "0B_1_0", "0b" + "1" * 70,
    "1.5", "1.", ".5", "1e5", "1E+5", "1e-5", "1_0.5_0", "1e1_0", "1e500", "1e-400", "0.1",
    "2.2250738585072011e-308", "1.7976931348623157e308", "3.14159265358979323846264338327950288",
    "1j", "1J", "1.5j", "0j", "1e100j", "1e500j", "1_0j", ".5j", "0_0j", "1" * 4301,
]


# Pieces of random literal bodies: escapes, their arguments and troublemakers.
PIECES = ["\\", "\\", "\\", "N", "{", "}", "x", "u", "U", "0", "1", "3", "4", "7", "8", "9", "a",
          "b", "f", "n", "r", "t", "v", "d", "A", "F", "é", "😀", "'", '"', "\n", " ", "\\\n",
          "LATIN SMALL LETTER A", "DIGIT ONE", "q"]
RANDOM_CASES = 800


def random_cases():
    """Seeded random string and f-string bodies, so the sample is the same on every run."""
    rng = random.Random(7)
    out = []
    while len(out) < RANDOM_CASES:
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
        prefix = rng.choice(["", "b", "r", "u", "rb", "f"])
        quote = rng.choice(['"""', "'''"])
        if quote in body or body.endswith(quote[0]) or body.endswith("\\"):
            continue
        if prefix == "f" and ("{" in body or "}" in body):
            continue
        if prefix in ("b", "rb") and not body.isascii():
            continue
        out.append((prefix, quote, body))
    return out


def capture(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(src)
            result = ("ok", tree.body[0].value)
        except SyntaxError as e:
            result = ("err", e.msg)
    return result, [str(w.message) for w in caught if w.category is SyntaxWarning]


def rs(s):
    out = []
    for c in s:
        if c in '\\"':
            out.append("\\" + c)
        elif " " <= c <= "~":
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


def entry(kind, raw, result, warns):
    status, value = result
    if status == "ok":
        if kind == "middle" or kind == "rmiddle":
            value = value.values[0] if value.values else ast.Constant("")
        expect = f"Ok({rs(repr(value.value))})"
        is_u = getattr(value, "kind", None) == "u"
    else:
        expect = f"Err({rs(value)})"
        is_u = False
    w = ", ".join(rs(x) for x in warns)
    return f"    Case {{ kind: {rs(kind)}, raw: {rs(raw)}, expect: {expect}, is_u: {str(is_u).lower()}, warnings: &[{w}] }},\n"


def main():
    lines = []
    for raw in STRINGS:
        lines.append(entry("string", raw, *capture(raw)))
    for text, is_raw in FMIDDLES:
        src = ("rf" if is_raw else "f") + '"""' + text + '"""'
        lines.append(entry("rmiddle" if is_raw else "middle", text, *capture(src)))
    for raw in NUMBERS:
        lines.append(entry("number", raw, *capture(raw)))
    for prefix, quote, body in random_cases():
        src = prefix + quote + body + quote
        if prefix == "f":
            lines.append(entry("middle", body, *capture(src)))
        else:
            lines.append(entry("string", src, *capture(src)))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("//! How CPython 3.12 decodes literal tokens: `repr` of the value or the error message,\n")
        f.write("//! and the `SyntaxWarning`s. Generated by `tools/record_literal_cases.py`; do not edit.\n\n")
        f.write("use super::tests::Case;\n\n")
        f.write("pub(super) static CASES: &[Case] = &[\n")
        f.writelines(lines)
        f.write("];\n")
    print(f"{len(lines)} cases written to {OUT}")


if __name__ == "__main__":
    main()
