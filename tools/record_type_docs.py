#!/usr/bin/env python3
"""Writes vm/src/objects/type_docs.rs: the __doc__ strings of the built-in types, as CPython 3.12
has them (run with CPython 3.12: python3.12 tools/record_type_docs.py)."""
import pathlib

TYPES = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
         frozenset, range, slice, type, enumerate, zip, map, filter, reversed]


def rust_str(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def main():
    lines = [
        "//! `__doc__` of the built-in types, recorded from CPython 3.12 by",
        "//! `tools/record_type_docs.py` (do not edit by hand).",
        "",
        "/// `(type name, docstring)`.",
        "pub(crate) const TYPE_DOCS: &[(&str, &str)] = &[",
    ]
    for t in TYPES:
        lines.append(f"    ({rust_str(t.__name__)}, {rust_str(t.__doc__ or '')}),")
    lines.append("];")
    path = pathlib.Path(__file__).resolve().parent.parent / "vm/src/objects/type_docs.rs"
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
