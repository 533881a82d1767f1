//! Compile-time `SyntaxError`s and `SyntaxWarning`s of the code generator and symbol table,
//! compared with CPython 3.12's: `tests/dis/errors/*.py`, recorded into
//! `tests/dis/errors/expected.json` by `tools/record_dis_errors.py` (run with CPython 3.12).

use std::path::Path;

#[test]
fn errors_and_warnings_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/dis/errors");
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("valid json");
    let cases = expected.as_object().expect("an object");
    assert!(cases.len() >= 30);
    let mut mismatches = Vec::new();
    for (name, want) in cases {
        let source = std::fs::read_to_string(dir.join(name)).expect("case file");
        let arena = bumpalo::Bump::new();
        let mut warnings = Vec::new();
        let result = pyvm_parser::parse_with_warnings(
            &source,
            pyvm_parser::Mode::Exec,
            pyvm_parser::ParseOptions::default(),
            &arena,
            &mut warnings,
        )
        .map_err(pyvm_compiler::CompileError::Syntax)
        .and_then(|m| pyvm_compiler::compile_mod_with_warnings(&m, &source, name, &mut warnings));
        let got_error = match result {
            Ok(_) => serde_json::Value::Null,
            Err(pyvm_compiler::CompileError::Syntax(e)) => {
                serde_json::json!([e.msg, e.lineno, e.offset])
            }
            Err(e) => serde_json::json!([e.to_string(), 0, 0]),
        };
        let got_warnings: Vec<serde_json::Value> = warnings
            .iter()
            .map(|w| serde_json::json!([w.msg, w.lineno]))
            .collect();
        let got = serde_json::json!({"error": got_error, "warnings": got_warnings});
        if &got != want {
            mismatches.push(format!("{name}: expected {want}, got {got}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
