#!/usr/bin/env python3
"""Record the __doc__ and __text_signature__ of CPython 3.12's built-in functions (len, print,
isinstance, ...) and of the common built-in types' methods (keyed by their qualified name,
"list.append") into vm/src/objects/builtin_docs.rs, the table behind pyvm's
`builtin_function.__doc__` and `__text_signature__` (which inspect.signature reads).

Usage: python3.12 tools/record_builtin_docs.py
"""

import builtins
import json
import types
from pathlib import Path

TYPES = (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
         frozenset, range, slice)
OUT = Path(__file__).resolve().parent.parent / "vm" / "src" / "objects" / "builtin_docs.rs"


def main() -> None:
    rows = []
    for name in sorted(dir(builtins)):
        obj = getattr(builtins, name)
        if isinstance(obj, types.BuiltinFunctionType) and isinstance(obj.__doc__, str):
            rows.append((name, obj.__doc__, obj.__text_signature__))
    # Methods of the common built-in types, keyed "type.method" (their __qualname__).
    method_kinds = (types.MethodDescriptorType, types.ClassMethodDescriptorType,
                    types.WrapperDescriptorType, types.BuiltinFunctionType)
    for cls in TYPES:
        for name, obj in vars(cls).items():
            if isinstance(obj, staticmethod):
                obj = obj.__func__
            if isinstance(obj, method_kinds) and isinstance(obj.__doc__, str):
                rows.append((f"{cls.__name__}.{name}", obj.__doc__, obj.__text_signature__))
    rows.sort(key=lambda row: row[0])
    lines = [
        "//! `__doc__` of the built-in functions, recorded from CPython 3.12 by",
        "//! `tools/record_builtin_docs.py` (do not edit by hand).",
        "",
        "/// `(qualified name, docstring, text signature)`, sorted by name.",
        "pub(crate) const BUILTIN_DOCS: &[(&str, &str, Option<&str>)] = &[",
    ]
    for name, doc, sig in rows:
        sig_text = "None" if sig is None else f"Some({json.dumps(sig, ensure_ascii=False)})"
        lines.append(f"    ({json.dumps(name, ensure_ascii=False)}, {json.dumps(doc, ensure_ascii=False)}, {sig_text}),")
    lines.append("];")
    lines.append("")
    lines.append("/// The docstring of built-in function `name` (a method of type `owner`), if CPython")
    lines.append("/// has one.")
    lines.append("pub(crate) fn builtin_doc(owner: Option<&str>, name: &str) -> Option<&'static str> {")
    lines.append("    entry(owner, name).map(|(_, d, _)| *d)")
    lines.append("}")
    lines.append("")
    lines.append("/// The `__text_signature__` of built-in function `name` (a method of `owner`), if any.")
    lines.append("pub(crate) fn builtin_text_signature(owner: Option<&str>, name: &str) -> Option<&'static str> {")
    lines.append("    entry(owner, name).and_then(|(_, _, s)| *s)")
    lines.append("}")
    lines.append("")
    lines.append("type Entry = (&'static str, &'static str, Option<&'static str>);")
    lines.append("")
    lines.append("fn entry(owner: Option<&str>, name: &str) -> Option<&'static Entry> {")
    lines.append("    let key = match owner {")
    lines.append("        Some(t) => format!(\"{t}.{name}\"),")
    lines.append("        None => name.to_string(),")
    lines.append("    };")
    lines.append("    BUILTIN_DOCS")
    lines.append("        .binary_search_by(|(n, _, _)| (*n).cmp(key.as_str()))")
    lines.append("        .ok()")
    lines.append("        .and_then(|i| BUILTIN_DOCS.get(i))")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
