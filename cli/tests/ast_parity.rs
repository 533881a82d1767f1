//! `pyvm -m ast` against CPython 3.12's output on the fixtures of `tests/parity/ast/`
//! (recorded by `tools/record_ast_sample.py`).
//!
//! Each fixture `NAME.py` passes when `pyvm -m ast` and `pyvm -m ast -a` print exactly
//! `NAME.ast` and `NAME.ast-a`, or, for a file CPython rejects (`NAME.err`), when pyvm exits
//! with status 1 and reports the same exception type on the same line. Files listed in
//! `known_failures.txt` are expected to fail: the test fails when an unlisted file fails or a
//! listed one passes, so the list can only shrink. Run with `PYVM_UPDATE_KNOWN_FAILURES=1`
//! to rewrite the list from the current results.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/parity/ast")
}

fn mode_of(name: &str) -> &'static str {
    for mode in ["eval", "single", "func_type"] {
        if name.ends_with(&format!(".{mode}.py")) {
            return mode;
        }
    }
    "exec"
}

fn run_pyvm(dir: &Path, name: &str, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .current_dir(dir)
        .args(["-m", "ast", "-m", mode_of(name)])
        .args(extra)
        .arg(name)
        .output()
        .unwrap_or_else(|e| panic!("cannot run pyvm: {e}"))
}

/// The first line that differs, for the report.
fn first_difference(got: &str, want: &str) -> String {
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        if g != w {
            return format!("line {}: expected {w:?}, got {g:?}", i + 1);
        }
    }
    format!(
        "expected {} lines, got {}",
        want.lines().count(),
        got.lines().count()
    )
}

/// Checks one fixture; `Err` says why it failed.
fn check(dir: &Path, name: &str) -> Result<(), String> {
    let stem = name.trim_end_matches(".py");
    if let Ok(expected) = std::fs::read_to_string(dir.join(format!("{stem}.err"))) {
        let out = run_pyvm(dir, name, &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let line = stderr
            .lines()
            .filter_map(|l| l.strip_prefix(&format!("  File \"{name}\", line ")))
            .next_back()
            .unwrap_or("?");
        let kind = stderr
            .lines()
            .next_back()
            .and_then(|l| l.split(':').next())
            .unwrap_or("?");
        let got = format!("{kind} {line}");
        if out.status.code() != Some(1) || got != expected.trim_end() {
            return Err(format!(
                "expected {:?} (exit 1), got {got:?} (exit {:?})",
                expected.trim_end(),
                out.status.code()
            ));
        }
        return Ok(());
    }
    for (suffix, extra) in [("ast", &[][..]), ("ast-a", &["-a"][..])] {
        let want = std::fs::read_to_string(dir.join(format!("{stem}.{suffix}")))
            .map_err(|e| format!("no recording {stem}.{suffix}: {e}"))?;
        let out = run_pyvm(dir, name, extra);
        let got = String::from_utf8_lossy(&out.stdout);
        if got != want {
            let why = if out.status.success() {
                first_difference(&got, &want)
            } else {
                let err = String::from_utf8_lossy(&out.stderr);
                format!(
                    "exit {:?}: {}",
                    out.status.code(),
                    err.lines().last().unwrap_or("")
                )
            };
            return Err(format!("-m ast {}: {why}", extra.join(" ")));
        }
    }
    Ok(())
}

#[test]
fn ast_parity() {
    let dir = sample_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no fixtures in {}", dir.display());

    let known_path = dir.join("known_failures.txt");
    let known: BTreeSet<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();

    let mut failing = BTreeSet::new();
    let mut problems = Vec::new();
    for name in &names {
        match check(&dir, name) {
            Ok(()) => {
                println!("  pass {name}");
                if known.contains(name) {
                    problems.push(format!(
                        "{name} passes now: remove it from known_failures.txt"
                    ));
                }
            }
            Err(why) => {
                println!("  FAIL {name}: {why}");
                if !known.contains(name) {
                    problems.push(format!("{name} fails: {why}"));
                }
                failing.insert(name.clone());
            }
        }
    }
    println!(
        "ast parity: {}/{} fixtures identical",
        names.len() - failing.len(),
        names.len()
    );

    if std::env::var_os("PYVM_UPDATE_KNOWN_FAILURES").is_some() {
        let mut text = String::from(
            "# Fixtures of tests/parity/ast that pyvm -m ast does not match yet (one per line).\n",
        );
        for name in &failing {
            text.push_str(name);
            text.push('\n');
        }
        std::fs::write(&known_path, text).unwrap_or_else(|e| panic!("cannot write list: {e}"));
        return;
    }
    assert!(
        problems.is_empty(),
        "{}\n(run with PYVM_UPDATE_KNOWN_FAILURES=1 to accept the current results)",
        problems.join("\n")
    );
}
