//! Compiles whole corpora: every conformance program must compile and disassemble without
//! error (programs that CPython itself rejects are skipped), and every stdlib file (when the
//! CPython installation is present) must compile without a panic. Counts are printed with
//! `--nocapture`.

use std::path::Path;

mod common;
use common::py_files;

fn read_source(p: &Path) -> Option<String> {
    let bytes = std::fs::read(p).ok()?;
    pyvm_lexer::decode_source(&bytes)
        .ok()
        .map(|s| s.into_owned())
}

/// Programs whose recorded CPython stderr is a SyntaxError are expected not to compile.
fn expects_syntax_error(p: &Path) -> bool {
    let stderr = p.with_extension("err");
    std::fs::read_to_string(stderr)
        .map(|s| {
            s.lines().any(|l| {
                l.starts_with("SyntaxError:")
                    || l.starts_with("IndentationError:")
                    || l.starts_with("TabError:")
            })
        })
        .unwrap_or(false)
}

#[test]
fn conformance_programs_compile_and_disassemble() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut files = Vec::new();
    py_files(&root, &mut files);
    let mut failures = Vec::new();
    let mut ok = 0;
    for f in &files {
        let Some(src) = read_source(f) else { continue };
        let arena = bumpalo::Bump::new();
        let Ok(module) = pyvm_parser::parse(
            &src,
            pyvm_parser::Mode::Exec,
            pyvm_parser::ParseOptions::default(),
            &arena,
        ) else {
            continue;
        };
        match pyvm_compiler::compile_mod(&module, &src, &f.display().to_string()) {
            Ok(code) => {
                let text = pyvm_compiler::disassemble(&code);
                assert!(!text.is_empty());
                ok += 1;
            }
            Err(e) => {
                if !expects_syntax_error(f) {
                    failures.push(format!("{}: {e}", f.display()));
                }
            }
        }
    }
    println!(
        "conformance: {ok} compiled, {} unexpected errors",
        failures.len()
    );
    for f in &failures {
        println!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "{} programs failed to compile",
        failures.len()
    );
}

#[test]
fn stdlib_compiles_without_panic() {
    let root = Path::new("/root/.pyenv/versions/3.12.1/lib/python3.12");
    if !root.exists() {
        eprintln!("stdlib not present: skipped");
        return;
    }
    let mut files = Vec::new();
    py_files(root, &mut files);
    let (mut ok, mut parse_err, mut syntax, mut too_large) = (0, 0, 0, 0);
    let mut examples = Vec::new();
    for f in &files {
        let Some(src) = read_source(f) else {
            parse_err += 1;
            continue;
        };
        let arena = bumpalo::Bump::new();
        let Ok(module) = pyvm_parser::parse(
            &src,
            pyvm_parser::Mode::Exec,
            pyvm_parser::ParseOptions::default(),
            &arena,
        ) else {
            parse_err += 1;
            continue;
        };
        match pyvm_compiler::compile_mod(&module, &src, &f.display().to_string()) {
            Ok(_) => ok += 1,
            Err(e) => {
                match e {
                    pyvm_compiler::CompileError::Syntax(_) => syntax += 1,
                    pyvm_compiler::CompileError::TooLarge { .. } => too_large += 1,
                }
                if examples.len() < 40 {
                    examples.push(format!("{}: {e}", f.display()));
                }
            }
        }
    }
    println!(
        "stdlib: {} files, {ok} compiled, {parse_err} not parsed, {syntax} SyntaxError, \
         {too_large} over bytecode limits",
        files.len()
    );
    for e in &examples {
        println!("  {e}");
    }
}
