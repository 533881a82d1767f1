//! `pyvm -m dis [FILE]`: the disassembly of a module and of every code object nested in it,
//! in the layout of CPython's `python -m dis`, with pyvm's own instructions.

use std::io::{Read, Write};
use std::process::ExitCode;

pub fn main(argv: &[String]) -> ExitCode {
    let (filename, bytes) = match argv.first().map(String::as_str) {
        None | Some("-") => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("pyvm -m dis: can't read stdin: {e}");
                return ExitCode::from(2);
            }
            ("<stdin>".to_owned(), buf)
        }
        Some(path) => match std::fs::read(path) {
            Ok(b) => (path.to_owned(), b),
            Err(e) => {
                eprintln!("pyvm -m dis: can't open '{path}': {e}");
                return ExitCode::from(2);
            }
        },
    };
    let source = match pyvm_lexer::decode_source(&bytes) {
        Ok(s) => s.into_owned(),
        Err(e) => {
            eprintln!("pyvm -m dis: {filename}: cannot decode source: {e:?}");
            return ExitCode::from(1);
        }
    };
    let arena = bumpalo::Bump::new();
    let mut warnings = Vec::new();
    let parsed = pyvm_parser::parse_with_warnings(
        &source,
        pyvm_parser::Mode::Exec,
        pyvm_parser::ParseOptions::default(),
        &arena,
        &mut warnings,
    );
    let compiled = parsed
        .map_err(pyvm_compiler::CompileError::Syntax)
        .and_then(|module| {
            pyvm_compiler::compile_mod_with_warnings(&module, &source, &filename, &mut warnings)
        });
    for w in &warnings {
        eprint!(
            "{}",
            pyvm_parser::report::format_syntax_warning(w, &filename, &source)
        );
    }
    match compiled {
        Ok(code) => {
            let text = pyvm_compiler::disassemble(&code);
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(pyvm_compiler::CompileError::Syntax(e)) => {
            eprintln!("Traceback (most recent call last):");
            eprint!(
                "{}",
                pyvm_parser::report::format_syntax_error(&e, &filename, &source)
            );
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("SystemError: {e}");
            ExitCode::from(1)
        }
    }
}
