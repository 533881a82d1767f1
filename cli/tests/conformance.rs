//! The language conformance suite: every `tests/conformance/<area>/<name>.py` is run through the
//! built `pyvm` binary and its stdout, stderr and exit status are compared byte for byte with what
//! CPython 3.12 produced (recorded by `tools/record_conformance.py`, committed beside each program).
//!
//! The VM grows one feature at a time, so the suite works as a ratchet: the programs listed in
//! `tests/conformance/known_failures.txt` are expected to fail. The test fails when a program outside
//! the list fails (a regression); a listed program that passes is only reported (several people make
//! programs pass at once; the list is tightened by regenerating it). `PYVM_UPDATE_KNOWN_FAILURES=1 cargo test -p pyvm-cli --test
//! conformance` rewrites the list from the current results. `PYVM_CONFORMANCE_FILTER=<substring>`
//! runs only the programs whose `area/name` contains the substring (the list is then only checked,
//! never rewritten, for those programs).
//!
//! Programs run two at a time, each with a 10 second limit, so a hang cannot stall CI.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

// Generous: debug builds on a loaded 2-core machine run the deep-recursion programs slowly.
const TIMEOUT: Duration = Duration::from_secs(60);
const WORKERS: usize = 2;

/// One program of the corpus, named `area/name` (without `.py`).
struct Program {
    name: String,
    dir: PathBuf,
    file: String,
}

/// What running a program under pyvm gave, compared with the recording.
enum Outcome {
    Pass,
    /// The first mismatch, described for a human.
    Fail(String),
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
        .join("conformance")
}

fn collect_programs(corpus: &Path) -> Vec<Program> {
    let mut programs = Vec::new();
    let Ok(areas) = fs::read_dir(corpus) else {
        return programs;
    };
    for area in areas.flatten() {
        let dir = area.path();
        if !dir.is_dir() {
            continue;
        }
        let area_name = area.file_name().to_string_lossy().into_owned();
        let Ok(files) = fs::read_dir(&dir) else {
            continue;
        };
        for file in files.flatten() {
            let file_name = file.file_name().to_string_lossy().into_owned();
            if let Some(stem) = file_name.strip_suffix(".py") {
                programs.push(Program {
                    name: format!("{area_name}/{stem}"),
                    dir: dir.clone(),
                    file: file_name.clone(),
                });
            }
        }
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

/// Removes the checkout-specific directory from file names, as the recorder does (CPython makes
/// the script path absolute, so tracebacks would otherwise depend on where the repo lives).
fn normalise(data: &[u8], dir: &Path) -> Vec<u8> {
    let mut prefixes = vec![dir.to_path_buf()];
    if let Ok(real) = dir.canonicalize() {
        prefixes.push(real);
    }
    let mut out = data.to_vec();
    for prefix in prefixes {
        let mut needle = prefix.to_string_lossy().into_owned().into_bytes();
        needle.push(b'/');
        out = replace_all(&out, &needle);
    }
    out
}

fn replace_all(haystack: &[u8], needle: &[u8]) -> Vec<u8> {
    if needle.is_empty() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

fn spawn_reader(stream: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut s) = stream {
            let _ = s.read_to_end(&mut buf);
        }
        buf
    })
}

/// Waits for `child` at most `TIMEOUT`; returns its exit status, or `None` after killing it.
fn wait_with_timeout(child: &mut Child) -> Result<Option<i32>, String> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            // A process killed by signal N reads as -N, as Python's `returncode` (what the
            // recorder writes) reports it: CPython dies of SIGINT after an uncaught
            // KeyboardInterrupt.
            Ok(Some(status)) => {
                use std::os::unix::process::ExitStatusExt;
                let code = status.code().or_else(|| status.signal().map(|s| -s));
                return Ok(Some(code.unwrap_or(-1)));
            }
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Ok(None);
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for pyvm failed: {e}")),
        }
    }
}

/// First line where two outputs differ, for the failure report.
fn first_difference(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let mut e_lines = expected.split_inclusive('\n');
    let mut a_lines = actual.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (e_lines.next(), a_lines.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (e, a) => {
                let show = |s: Option<&str>| s.map_or("<end>".to_string(), |s| format!("{s:?}"));
                return format!("{what} line {line}: expected {}, got {}", show(e), show(a));
            }
        }
    }
}

fn run_one(pyvm: &Path, program: &Program) -> Outcome {
    let base = program.dir.join(&program.file);
    let read = |suffix: &str| fs::read(base.with_extension(suffix));
    let (Ok(want_out), Ok(want_err), Ok(want_status)) = (read("out"), read("err"), read("status"))
    else {
        return Outcome::Fail("no recording: run tools/record_conformance.py".into());
    };
    let want_status = String::from_utf8_lossy(&want_status).trim().to_string();
    let spawned = Command::new(pyvm)
        .arg(&program.file)
        .current_dir(&program.dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => return Outcome::Fail(format!("cannot start pyvm: {e}")),
    };
    let out_reader = spawn_reader(child.stdout.take());
    let err_reader = spawn_reader(child.stderr.take());
    let status = wait_with_timeout(&mut child);
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    let status = match status {
        Ok(Some(code)) => code,
        Ok(None) => return Outcome::Fail(format!("timed out after {TIMEOUT:?}")),
        Err(e) => return Outcome::Fail(e),
    };
    let out = normalise(&out, &program.dir);
    let err = normalise(&err, &program.dir);
    if out != want_out {
        return Outcome::Fail(first_difference("stdout", &want_out, &out));
    }
    if err != want_err {
        return Outcome::Fail(first_difference("stderr", &want_err, &err));
    }
    if status.to_string() != want_status {
        return Outcome::Fail(format!("exit status: expected {want_status}, got {status}"));
    }
    Outcome::Pass
}

fn read_known_failures(path: &Path) -> BTreeSet<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn conformance() {
    let pyvm = PathBuf::from(env!("CARGO_BIN_EXE_pyvm"));
    let corpus = corpus_dir();
    let filter = std::env::var("PYVM_CONFORMANCE_FILTER").unwrap_or_default();
    let programs: Vec<Program> = collect_programs(&corpus)
        .into_iter()
        .filter(|p| p.name.contains(&filter))
        .collect();
    assert!(
        !programs.is_empty(),
        "no programs found under {}",
        corpus.display()
    );

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(program) = programs.get(i) else {
                    break;
                };
                let outcome = run_one(&pyvm, program);
                if let Ok(mut r) = results.lock() {
                    r.push((i, outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);

    let mut failed: Vec<(&str, String)> = Vec::new();
    let mut passed = 0usize;
    for (i, outcome) in &results {
        let name = programs[*i].name.as_str();
        match outcome {
            Outcome::Pass => passed += 1,
            Outcome::Fail(why) => failed.push((name, why.clone())),
        }
    }
    println!("conformance: {passed} passed, {} failed", failed.len());
    for (name, why) in &failed {
        println!("  FAIL {name}: {why}");
    }

    let list_path = corpus.join("known_failures.txt");
    let known = read_known_failures(&list_path);
    if std::env::var("PYVM_UPDATE_KNOWN_FAILURES").is_ok_and(|v| v == "1") {
        assert!(
            filter.is_empty(),
            "PYVM_UPDATE_KNOWN_FAILURES needs the whole corpus: unset PYVM_CONFORMANCE_FILTER"
        );
        let mut text = String::from(
            "# Conformance programs pyvm is known to fail (a ratchet: see cli/tests/conformance.rs).\n\
             # Regenerate with PYVM_UPDATE_KNOWN_FAILURES=1 cargo test -p pyvm-cli --test conformance\n",
        );
        for (name, _) in &failed {
            text.push_str(name);
            text.push('\n');
        }
        fs::write(&list_path, text).expect("cannot write known_failures.txt");
        println!("wrote {} names to {}", failed.len(), list_path.display());
        return;
    }

    let failing: BTreeSet<&str> = failed.iter().map(|(n, _)| *n).collect();
    let selected: BTreeSet<&str> = programs.iter().map(|p| p.name.as_str()).collect();
    let regressions: Vec<&str> = failing
        .iter()
        .filter(|n| !known.contains(**n))
        .copied()
        .collect();
    let newly_passing: Vec<&str> = known
        .iter()
        .map(String::as_str)
        .filter(|n| selected.contains(n) && !failing.contains(n))
        .collect();
    let stale: Vec<&str> = if filter.is_empty() {
        known
            .iter()
            .map(String::as_str)
            .filter(|n| !selected.contains(n))
            .collect()
    } else {
        Vec::new()
    };
    let mut problems = String::new();
    for name in &regressions {
        problems.push_str(&format!("  unexpected failure: {name}\n"));
    }
    // Newly passing programs are reported but do not fail the run: several people make programs
    // pass at once, and the list is tightened by regenerating it (PYVM_UPDATE_KNOWN_FAILURES=1).
    for name in &newly_passing {
        println!("  now passes (can leave known_failures.txt): {name}");
    }
    for name in &stale {
        problems.push_str(&format!("  listed but no such program: {name}\n"));
    }
    assert!(
        problems.is_empty(),
        "conformance ratchet broken ({passed} passed, {} failed):\n{problems}\
         (run with PYVM_UPDATE_KNOWN_FAILURES=1 to accept the current results)",
        failed.len()
    );
}
