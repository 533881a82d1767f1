//! `pyvm -m tokenize [-e] [FILE]`: CPython's `python -m tokenize` (print the token stream of a
//! file, one `"%-20s%-15s%-15r"` line per token).

use std::io::{Read, Write};
use std::process::ExitCode;

use pyvm_lexer::tokenize::{decode_for_tokenize, py_repr_str, tokenize_with_warnings, TokenInfo};

const USAGE: &str = "usage: python -m tokenize [-h] [-e] [filename.py]";

const HELP: &str = "usage: python -m tokenize [-h] [-e] [filename.py]

positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type";

pub fn main(args: &[String]) -> ExitCode {
    let mut exact = false;
    let mut filename: Option<&str> = None;
    let mut only_positional = false;
    for arg in args {
        match arg.as_str() {
            "-e" | "--exact" if !only_positional => exact = true,
            "-h" | "--help" if !only_positional => {
                println!("{HELP}");
                return ExitCode::SUCCESS;
            }
            "--" if !only_positional => only_positional = true,
            a if a.starts_with('-') && a.len() > 1 && !only_positional => {
                eprintln!("{USAGE}\npython -m tokenize: error: unrecognized arguments: {a}");
                return ExitCode::from(2);
            }
            a => {
                if filename.is_some() {
                    eprintln!("{USAGE}\npython -m tokenize: error: unrecognized arguments: {a}");
                    return ExitCode::from(2);
                }
                filename = Some(a);
            }
        }
    }
    match filename {
        Some(name) => tokenize_file(name, exact),
        None => tokenize_stdin(exact),
    }
}

fn tokenize_file(filename: &str, exact: bool) -> ExitCode {
    let bytes = match std::fs::read(filename) {
        Ok(b) => b,
        Err(e) => {
            let (errno, text) = match e.kind() {
                std::io::ErrorKind::NotFound => (2, "No such file or directory"),
                std::io::ErrorKind::PermissionDenied => (13, "Permission denied"),
                _ if std::path::Path::new(filename).is_dir() => (21, "Is a directory"),
                _ => (5, "Input/output error"),
            };
            eprintln!("error: [Errno {errno}] {text}: {}", py_repr_str(filename));
            return ExitCode::from(1);
        }
    };
    let (encoding, text) = match decode_for_tokenize(&bytes, filename) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{}", e.display(filename));
            return ExitCode::from(1);
        }
    };
    let encoding_token = TokenInfo {
        type_name: "ENCODING",
        exact_type_name: "ENCODING",
        string: &encoding,
        start: (0, 0),
        end: (0, 0),
    };
    let (result, warnings) = tokenize_with_warnings(&text);
    for w in warnings {
        eprintln!("{w}");
    }
    match result {
        Ok(tokens) => print_tokens(std::iter::once(&encoding_token).chain(&tokens), exact),
        Err(e) => {
            eprintln!("{}", e.display(filename));
            ExitCode::from(1)
        }
    }
}

fn tokenize_stdin(exact: bool) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("error: {e}");
        return ExitCode::from(1);
    }
    let text = String::from_utf8_lossy(&bytes);
    let (result, warnings) = tokenize_with_warnings(&text);
    for w in warnings {
        eprintln!("{w}");
    }
    match result {
        Ok(tokens) => print_tokens(tokens.iter(), exact),
        Err(e) => {
            eprintln!("{}", e.display("<stdin>"));
            ExitCode::from(1)
        }
    }
}

fn print_tokens<'a, 's: 'a>(
    tokens: impl Iterator<Item = &'a TokenInfo<'s>>,
    exact: bool,
) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for t in tokens {
        if writeln!(out, "{}", t.display(exact)).is_err() {
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
