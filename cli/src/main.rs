//! `pyvm`: the command-line face of the interpreter. It parses `python3`-style arguments and
//! hands the work to the library crates; nothing else lives here.

mod ast_cmd;
mod tokenize_cmd;

use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
Try `pyvm -h' for more information.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(first) = args.first() else {
        eprintln!("pyvm: the interactive interpreter is not implemented yet");
        return ExitCode::from(2);
    };
    match first.as_str() {
        "-h" | "--help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        "-V" | "--version" => {
            println!("Python 3.12.1 (pyvm {})", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        "-m" => match args.get(1) {
            Some(module) => run_module(module, &args[2..]),
            None => {
                eprintln!("Argument expected for the -m option\n{USAGE}");
                ExitCode::from(2)
            }
        },
        arg if arg.starts_with("-m") => run_module(&arg[2..], &args[1..]),
        script => run_script(script),
    }
}

/// `pyvm FILE`: read, decode and parse the script. A script that does not parse fails exactly
/// as under CPython (the report on stderr, exit status 1); running one comes with the VM.
fn run_script(script: &str) -> ExitCode {
    // CPython makes the script path absolute by prefixing the working directory as `getcwd()`
    // gives it, without normalising `.` or `..`; that path is what its messages show.
    let path = match std::env::current_dir() {
        Ok(cwd) if !std::path::Path::new(script).is_absolute() => {
            format!("{}/{script}", cwd.display())
        }
        _ => script.to_owned(),
    };
    let program = std::env::args().next().unwrap_or_else(|| "pyvm".to_owned());
    if std::path::Path::new(script).is_dir() {
        eprintln!(
            "{program}: can't find '__main__' module in {}",
            py_repr(&path)
        );
        return ExitCode::from(1);
    }
    let bytes = match std::fs::read(script) {
        Ok(bytes) => bytes,
        Err(err) => {
            let errno = err.raw_os_error().unwrap_or(0);
            let text = err.to_string();
            let strerror = text.split(" (os error").next().unwrap_or(&text);
            eprintln!(
                "{program}: can't open file {}: [Errno {errno}] {strerror}",
                py_repr(&path)
            );
            return ExitCode::from(2);
        }
    };
    let source = match decode_script(&bytes, &path) {
        Ok(source) => source,
        Err((err, shown)) => {
            let report = pyvm_parser::report::format_syntax_error(&err, &path, &shown);
            eprint!("{report}");
            return ExitCode::from(1);
        }
    };
    let arena = bumpalo::Bump::new();
    let options = pyvm_parser::ParseOptions::default();
    match pyvm_parser::parse(&source, pyvm_parser::Mode::Exec, options, &arena) {
        Ok(_) => {
            eprintln!("pyvm: running programs is not implemented yet ({script})");
            ExitCode::from(2)
        }
        Err(err) => {
            let err = pyvm_parser::report::for_file_input(&err, &source);
            eprint!(
                "{}",
                pyvm_parser::report::format_syntax_error(&err, &path, &source)
            );
            ExitCode::from(1)
        }
    }
}

/// Decodes a script's bytes as CPython's file tokenizer does, or gives the `SyntaxError` it
/// raises with the text to show its line from. A stand-in until the lexer's `decode_source`
/// lands: a UTF-8 BOM is skipped, coding declarations are not read yet.
fn decode_script(bytes: &[u8], path: &str) -> Result<String, (pyvm_parser::SyntaxError, String)> {
    use pyvm_parser::{SyntaxError, SyntaxErrorKind};
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let line_of = |pos: usize| {
        1 + bytes
            .get(..pos)
            .unwrap_or(bytes)
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
    };
    let nul = bytes.iter().position(|&b| b == 0);
    let bad_utf8 = std::str::from_utf8(bytes).err().map(|e| e.valid_up_to());
    // The tokenizer reads line by line: whichever problem sits on an earlier line wins.
    match (bad_utf8, nul) {
        (Some(bad), nul) if nul.is_none_or(|n| line_of(bad) <= line_of(n)) => {
            let byte = bytes.get(bad).copied().unwrap_or(0);
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                line_of(bad)
            );
            let err = SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg,
                lineno: 0,
                offset: 0,
                end_lineno: None,
                end_offset: None,
            };
            Err((err, String::new()))
        }
        (_, Some(nul)) => {
            let lineno = line_of(nul);
            let err = SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: "source code cannot contain null bytes".to_owned(),
                lineno,
                offset: 0,
                end_lineno: Some(lineno),
                end_offset: Some(0),
            };
            Err((err, String::from_utf8_lossy(bytes).into_owned()))
        }
        (_, None) => Ok(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// Python's `repr` of a path string, as CPython's `%R` prints it in its messages.
fn py_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `-m MODULE`: the modules implemented natively in Rust today.
fn run_module(module: &str, args: &[String]) -> ExitCode {
    match module {
        "ast" => ast_cmd::main(args),
        "tokenize" => tokenize_cmd::main(args),
        _ => {
            eprintln!("pyvm: No module named {module}");
            ExitCode::from(1)
        }
    }
}
