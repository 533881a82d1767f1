//! Golden disassembly: `tests/dis/NAME.py` compiled and disassembled must equal
//! `tests/dis/NAME.dis` (code object addresses normalised to `0x...`). Every compiler change
//! shows up here as a readable diff. Regenerate after a reviewed change with
//! `PYVM_UPDATE_DIS=1 cargo test -p pyvm-compiler --test dis_golden` (or `tools/record_dis.py`).

use std::path::Path;

/// Replaces `at 0x1234abcd,` in code object reprs by `at 0x...,` (addresses vary per run).
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        let (head, tail) = rest.split_at(i + " at 0x".len());
        out.push_str(head);
        out.push_str("...");
        let end = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn disassembly_matches_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/dis");
    let update = std::env::var_os("PYVM_UPDATE_DIS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    let mut mismatches = Vec::new();
    for py in entries {
        let source = std::fs::read_to_string(&py).expect("readable");
        let name = py.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let text = match pyvm_compiler::compile(&source, name, pyvm_parser::Mode::Exec) {
            Ok(code) => normalise(&pyvm_compiler::disassemble(&code)),
            Err(e) => format!("error: {e}\n"),
        };
        let golden = py.with_extension("dis");
        if update {
            std::fs::write(&golden, &text).expect("writable");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != text {
            mismatches.push(format!("--- {}\n{text}", golden.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "disassembly changed (PYVM_UPDATE_DIS=1 to accept):\n{}",
        mismatches.join("\n")
    );
}
