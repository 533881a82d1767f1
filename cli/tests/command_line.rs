//! Messages of the `pyvm` command itself (before any Python runs), as `python3.12` prints them.

use std::process::Command;

/// A missing script is named with Python's `repr`, so a non-printable character is escaped
/// (`\u200b`), as CPython's `%R` does (recorded from CPython 3.12.1).
#[test]
fn missing_script_is_shown_with_python_repr() {
    let dir = std::env::temp_dir().canonicalize().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg("no\u{200b}such.py")
        .current_dir(&dir)
        .output()
        .expect("run pyvm");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!(
        ": can't open file '{}/no\\u200bsuch.py': [Errno 2] No such file or directory\n",
        dir.display()
    );
    assert!(stderr.ends_with(&expected), "stderr: {stderr}");
    assert_eq!(out.status.code(), Some(2));
}
