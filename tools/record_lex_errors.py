#!/usr/bin/env python3.12
"""Record CPython 3.12's lexical errors for pyvm-lexer's tests.

For each source below, compile() it and write one line to lexer/tests/data/lex_errors.tsv:
hex(source utf-8) TAB exception class TAB message TAB lineno TAB offset TAB end_lineno TAB
end_offset. Run with CPython 3.12 from the repository root.
"""
import pathlib
import warnings

CASES = [
    "'abc\n", "x = 'abc", "x = b'abc\n  y\n", "'''abc\n\n", "x = '''abc", "f'abc\n", "f'''abc\n\nx",
    "rb'\\\n", "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n", "if x:\n  a\n b\n",
    "if x:\n  a\n\t\tb\n", "1abc\n", "0x\n", "0xg\n", "0x_\n", "0o8\n", "0o18\n", "0o\n",
    "0b2\n", "0b12\n", "0b1_\n", "012\n", "0777\n", "0_7\n", "1_\n", "1__0\n", "1e\n", "1e+\n",
    "1.5ex\n", "1jx\n", "1.e5x\n", "0_x\n", "1andy\n", "€ = 1\n", "a€ = 1\n", "a\u00a0= 1\n",
    "x = \u200b\n", "x = 1\\ y\n", "x = 1\\\n", "x = 1\\", "\\\n", "x\n  \\\n", "x = )\n",
    "x = ]\n", "x = (]\n", "x = (\n]\n", "x = (1,\n", "x = [1,", "f'''{\n", "f'{#}'\n",
    "(" * 201 + "\n", "f'{'\n", "f'{x'\n", "f'{x!'\n", "f'{x:{y'\n", "f'}'\n", "f'a}b'\n",
    "f'{x:{y:{z:{w}}}}'\n", "x = $\n", "x = ?\n", "1 <> 2\n", "x = `\n",
    "def f():\n" + "".join(" " * i + "if x:\n" for i in range(1, 100)) + " " * 100 + "pass\n",
]


def main():
    out = []
    for src in CASES:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(src, "<test>", "exec")
        except SyntaxError as e:
            out.append("\t".join([
                src.encode().hex(), type(e).__name__, e.msg, str(e.lineno), str(e.offset),
                str(e.end_lineno), str(e.end_offset)]))
        else:
            raise SystemExit(f"no error for {src!r}")
    path = pathlib.Path("lexer/tests/data/lex_errors.tsv")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    main()
