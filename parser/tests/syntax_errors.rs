//! The syntax-error corpus (`tests/syntax_errors/`): every malformed program must fail to parse
//! with the exception class, message and positions CPython 3.12's `ast.parse` reports.
//!
//! A ratchet over `tests/syntax_errors/known_failures.txt` (see `harness.rs`); run with
//! `PYVM_UPDATE_KNOWN_FAILURES=1` to rewrite the list after an intended change.
//!
//! Positions CPython leaves `None` or sets to `-1` are expected as `None` in `end_lineno` /
//! `end_offset`, and as `0` in `lineno` / `offset` (which are not optional in our type).

#[path = "../../tests/syntax_errors/harness.rs"]
mod harness;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use bumpalo::Bump;
use pyvm_parser::{parse_bytes, Mode, ParseOptions, SyntaxError};

/// Source bytes to text as a script file is read (BOM, coding declaration, UTF-8 check).
fn decode(bytes: &[u8]) -> Result<String, String> {
    pyvm_lexer::decode_source(bytes)
        .map(|text| text.into_owned())
        .map_err(|e| format!("decoding failed: {}", e.message("<file>")))
}

fn describe(err: &SyntaxError) -> String {
    format!(
        "{}: {:?} at ({}, {}, {:?}, {:?})",
        err.kind.name(),
        err.msg,
        err.lineno,
        err.offset,
        err.end_lineno,
        err.end_offset
    )
}

/// `None` when the outcome matches, else what went wrong.
fn check(case: &harness::Case, bytes: &[u8], arena: &Bump) -> Option<String> {
    let expected = format!(
        "{}: {:?} at ({}, {}, {:?}, {:?})",
        case.ast_type,
        case.ast_msg,
        case.ast_lineno.unwrap_or(0),
        case.ast_offset.unwrap_or(0),
        case.ast_end_lineno,
        case.ast_end_offset
    );
    // The recorded errors are `ast.parse(bytes)`'s, so the bytes go to `parse_bytes`.
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut warnings = Vec::new();
        parse_bytes(
            bytes,
            Mode::Exec,
            ParseOptions::default(),
            arena,
            &mut warnings,
        )
        .map(|_| ())
    }));
    let got = match outcome {
        Err(_) => return Some(format!("parser panicked; expected {expected}")),
        Ok(Ok(())) => return Some(format!("parsed without error; expected {expected}")),
        Ok(Err(err)) => describe(&err),
    };
    (got != expected).then(|| format!("got {got}; expected {expected}"))
}

fn run_corpus() {
    let corpus = harness::corpus_dir(env!("CARGO_MANIFEST_DIR"));
    let cases = harness::load_cases(&corpus);
    assert!(cases.len() >= 150, "corpus too small: {}", cases.len());
    let mut arena = Bump::new();
    let mut failures = BTreeMap::new();
    for case in &cases {
        let path = corpus.join(&case.name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if let Some(why) = check(case, &bytes, &arena) {
            failures.insert(case.name.clone(), why);
        }
        arena.reset();
    }
    harness::ratchet(
        "syntax errors (parser)",
        &corpus.join("known_failures.txt"),
        cases.len(),
        &failures,
    );
}

#[test]
fn syntax_error_corpus() {
    // Deeply nested cases must not overflow the default 2 MiB test-thread stack before the
    // parser gets to reject them.
    let runner = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run_corpus)
        .expect("spawn the corpus thread");
    if let Err(panic) = runner.join() {
        std::panic::resume_unwind(panic);
    }
}

/// The display half alone: CPython's own errors (as `ast.parse` recorded them), adjusted to file
/// input and formatted by `report`, must reproduce the recorded stderr of `python3.12 FILE` for
/// every case whose error comes from the parser (the decoding errors differ between the two
/// modes and are the CLI's business).
#[test]
fn report_reproduces_recorded_stderr() {
    use pyvm_parser::report::{for_file_input, format_syntax_error};
    use pyvm_parser::SyntaxErrorKind;

    let corpus = harness::corpus_dir(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for case in harness::load_cases(&corpus) {
        let last_line = format!("{}: {}\n", case.ast_type, case.ast_msg);
        if !case.run_stderr.ends_with(&last_line) {
            continue;
        }
        let bytes = std::fs::read(corpus.join(&case.name)).expect("read case");
        let Ok(source) = decode(&bytes) else { continue };
        let kind = match case.ast_type.as_str() {
            "IndentationError" => SyntaxErrorKind::IndentationError,
            "TabError" => SyntaxErrorKind::TabError,
            _ => SyntaxErrorKind::SyntaxError,
        };
        let to_u32 = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok());
        let err = SyntaxError {
            kind,
            msg: case.ast_msg.clone(),
            lineno: to_u32(case.ast_lineno).unwrap_or(0),
            offset: to_u32(case.ast_offset).unwrap_or(0),
            end_lineno: to_u32(case.ast_end_lineno),
            end_offset: to_u32(case.ast_end_offset),
        };
        let filename = format!("{}/{}", harness::CORPUS_PLACEHOLDER, case.name);
        let shown = format_syntax_error(&for_file_input(&err, &source), &filename, &source);
        checked += 1;
        // SyntaxWarnings printed before the error are the parser's to find, not the report's.
        let report_start = case.run_stderr.find("  File \"").unwrap_or(0);
        if shown != case.run_stderr[report_start..] {
            mismatches.push(format!(
                "{}:\n got {shown:?}\nwant {:?}",
                case.name, case.run_stderr
            ));
        }
    }
    println!(
        "report: {}/{checked} recorded errors display exactly",
        checked - mismatches.len()
    );
    assert!(checked >= 150, "only {checked} cases checked");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
