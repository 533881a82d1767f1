//! `pyvm -m tokenize` against CPython 3.12's output for the fixtures in
//! `tests/parity/tokenize/cases` (recorded by `tools/record_tokenize_sample.py`).

use std::path::Path;
use std::process::Command;

#[test]
fn tokenize_matches_cpython_on_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cases = root.join("tests/parity/tokenize/cases");
    let expected = root.join("tests/parity/tokenize/expected");
    let mut names: Vec<String> = std::fs::read_dir(&cases)
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 30, "fixtures missing");
    let mut failures = Vec::new();
    for name in &names {
        let stem = name.trim_end_matches(".py");
        let rel = format!("tests/parity/tokenize/cases/{name}");
        let status =
            std::fs::read_to_string(expected.join(format!("{stem}.status"))).expect("status file");
        let (exit_line, want_stderr) = status.split_once('\n').unwrap_or((&status, ""));
        let want_code: i32 = exit_line
            .trim_start_matches("exit ")
            .parse()
            .expect("exit code");
        for (flag, suffix) in [(None, "out"), (Some("-e"), "exact.out")] {
            let want_stdout =
                std::fs::read(expected.join(format!("{stem}.{suffix}"))).expect("stdout file");
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyvm"));
            cmd.current_dir(&root).args(["-m", "tokenize"]);
            if let Some(flag) = flag {
                cmd.arg(flag);
            }
            let out = cmd.arg(&rel).output().expect("run pyvm");
            let code = out.status.code().unwrap_or(-1);
            if out.stdout != want_stdout
                || code != want_code
                || out.stderr != want_stderr.as_bytes()
            {
                failures.push(format!(
                    "{rel} {}: exit {code} (want {want_code})\n--- stderr\n{}",
                    flag.unwrap_or("plain"),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} runs differ from CPython:\n{}",
        failures.len(),
        names.len() * 2,
        failures.join("\n")
    );
}
