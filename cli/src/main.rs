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
        arg => {
            eprintln!("pyvm: running programs is not implemented yet ({arg})");
            ExitCode::from(2)
        }
    }
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
