//! `pyvm FILE` on the syntax-error corpus (`tests/syntax_errors/`) must print exactly what
//! `python3.12 -B FILE` printed to stderr, and exit with the same status.
//!
//! A ratchet over `tests/syntax_errors/known_display_failures.txt` (see `harness.rs`); run with
//! `PYVM_UPDATE_KNOWN_FAILURES=1` to rewrite the list after an intended change.

#[path = "../../tests/syntax_errors/harness.rs"]
mod harness;

use std::collections::BTreeMap;
use std::process::{Command, Stdio};

#[test]
fn syntax_error_display_corpus() {
    let corpus = harness::corpus_dir(env!("CARGO_MANIFEST_DIR"));
    // CPython shows the script path made absolute from `getcwd()`, which resolves symlinks.
    let real_dir = std::fs::canonicalize(&corpus).expect("corpus directory");
    let real_dir = format!("{}/", real_dir.display());
    let cases = harness::load_cases(&corpus);
    assert!(cases.len() >= 150, "corpus too small: {}", cases.len());
    let mut failures = BTreeMap::new();
    for case in &cases {
        let output = Command::new(env!("CARGO_BIN_EXE_pyvm"))
            .arg(&case.name)
            .current_dir(&corpus)
            .stdin(Stdio::null())
            .output()
            .expect("run pyvm");
        let stderr = String::from_utf8_lossy(&output.stderr)
            .replace(&real_dir, &format!("{}/", harness::CORPUS_PLACEHOLDER));
        let status = output.status.code().map_or(-1, i64::from);
        if stderr != case.run_stderr || status != case.run_status || !output.stdout.is_empty() {
            failures.insert(
                case.name.clone(),
                format!(
                    "exit {status} (expected {}), stderr {stderr:?} (expected {:?})",
                    case.run_status, case.run_stderr
                ),
            );
        }
    }
    harness::ratchet(
        "syntax errors (pyvm FILE display)",
        &corpus.join("known_display_failures.txt"),
        cases.len(),
        &failures,
    );
}
