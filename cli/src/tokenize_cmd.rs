//! `pyvm -m tokenize`: CPython's `python -m tokenize` (print the token stream of a file).

use std::process::ExitCode;

pub fn main(_args: &[String]) -> ExitCode {
    eprintln!("pyvm: -m tokenize is not implemented yet");
    ExitCode::from(2)
}
