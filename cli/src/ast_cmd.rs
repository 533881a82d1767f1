//! `pyvm -m ast`: CPython's `python -m ast` (parse a file, print `ast.dump`).

use std::process::ExitCode;

pub fn main(_args: &[String]) -> ExitCode {
    eprintln!("pyvm: -m ast is not implemented yet");
    ExitCode::from(2)
}
