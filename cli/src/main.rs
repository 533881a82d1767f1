//! `pyvm`: the command-line face of the interpreter. It parses `python3`-style arguments and
//! hands the work to the library crates; nothing else lives here.

mod ast_cmd;
mod dis_cmd;
mod tokenize_cmd;

use std::process::ExitCode;
use std::sync::OnceLock;

use pyvm_vm::ImportConfig;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
Try `pyvm -h' for more information.";

/// The interpreter runs on a thread with a large stack: native code that calls back into
/// Python (and deep `repr`/comparison of nested data) recurses on the Rust stack, guarded by
/// the VM's depth limits, which need headroom beyond the default 8 MiB.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    match std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(real_main)
    {
        Ok(handle) => handle.join().unwrap_or(ExitCode::from(70)),
        Err(_) => real_main(),
    }
}

/// What to run, from the command line.
enum Target {
    Command(String),
    Module(String),
    Script(String),
    Stdin,
}

/// The import configuration, fixed once the options are parsed.
static CONFIG: OnceLock<ImportConfig> = OnceLock::new();

/// The program name CPython's own messages start with.
fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "pyvm".to_owned())
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!(
        "{msg}\nusage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.",
        program_name()
    );
    ExitCode::from(2)
}

/// Parses `python3`-style options up to the target; the rest are the program's arguments.
fn real_main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut config = ImportConfig::default();
    let mut xoptions: Vec<String> = Vec::new();
    let mut target = None;
    let mut i = 0;
    while i < args.len() && target.is_none() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            target = Some(match args.get(i) {
                Some(s) => {
                    i += 1;
                    Target::Script(s.clone())
                }
                None => Target::Stdin,
            });
            break;
        }
        if arg == "-" {
            target = Some(Target::Stdin);
            break;
        }
        match arg.as_str() {
            "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--version" => {
                println!("Python 3.12.1 (pyvm {})", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            _ => {}
        }
        if arg.starts_with("--") {
            return usage_error(&format!("unknown option {arg}"));
        }
        let Some(flags) = arg.strip_prefix('-') else {
            target = Some(Target::Script(arg.clone()));
            break;
        };
        for (pos, c) in flags.char_indices() {
            let rest = &flags[pos + c.len_utf8()..];
            // Options taking an argument: the rest of this word, else the next word.
            let mut value = || -> Option<String> {
                if !rest.is_empty() {
                    Some(rest.to_owned())
                } else {
                    let v = args.get(i).cloned();
                    i += 1;
                    v
                }
            };
            match c {
                'B' => config.dont_write_bytecode = true,
                'v' => config.verbose += 1,
                'E' => config.ignore_environment = true,
                'I' => {
                    config.isolated = true;
                    config.ignore_environment = true;
                }
                'u' | 's' | 'S' | 'q' | 'b' | 'd' | 'i' | 'O' | 'R' | 'P' => {}
                'h' | '?' => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                'V' => {
                    println!("Python 3.12.1 (pyvm {})", env!("CARGO_PKG_VERSION"));
                    return ExitCode::SUCCESS;
                }
                'c' | 'm' => {
                    let Some(v) = value() else {
                        return usage_error(&format!("Argument expected for the -{c} option"));
                    };
                    target = Some(if c == 'c' {
                        Target::Command(v)
                    } else {
                        Target::Module(v)
                    });
                    break;
                }
                'X' | 'W' => {
                    let Some(v) = value() else {
                        return usage_error(&format!("Argument expected for the -{c} option"));
                    };
                    if c == 'X' {
                        xoptions.push(v);
                    }
                    break;
                }
                other => return usage_error(&format!("Unknown option: -{other}")),
            }
        }
    }
    let rest: Vec<String> = args.get(i..).unwrap_or(&[]).to_vec();
    if !config.ignore_environment {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        if let Some(v) = env("PYTHONDONTWRITEBYTECODE") {
            // Parsed as CPython's integer flags: "0" is off, any other text is on.
            if v.trim().parse::<i64>().is_err_and(|_| true)
                || v.trim().parse::<i64>().is_ok_and(|n| n != 0)
            {
                config.dont_write_bytecode = true;
            }
        }
        if let Some(v) = env("PYTHONPATH") {
            config.pythonpath = v
                .split(':')
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
        }
        config.pycache_prefix = env("PYTHONPYCACHEPREFIX");
    }
    for x in &xoptions {
        if let Some(p) = x.strip_prefix("pycache_prefix=") {
            config.pycache_prefix = Some(p.to_owned()).filter(|p| !p.is_empty());
        }
    }
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(target) = target else {
        eprintln!("pyvm: the interactive interpreter is not implemented yet");
        return ExitCode::from(2);
    };
    if !config.isolated {
        config.path0 = Some(match &target {
            Target::Command(_) | Target::Stdin => String::new(),
            Target::Module(_) => cwd,
            // A directory runs its `__main__.py` with the directory itself first on the path.
            Target::Script(s) if std::path::Path::new(s).is_dir() => std::fs::canonicalize(s)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| s.clone()),
            Target::Script(s) => script_dir(s),
        });
    }
    let _ = CONFIG.set(config);
    match target {
        Target::Command(code) => {
            let mut argv = vec!["-c".to_owned()];
            argv.extend(rest);
            run_source(&code, "<string>", &argv)
        }
        Target::Module(module) => run_module(&module, &rest),
        Target::Script(script) => {
            let mut argv = vec![script.clone()];
            argv.extend(rest);
            run_script(&script, &argv)
        }
        Target::Stdin => {
            let mut source = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut source);
            let mut argv = vec!["-".to_owned()];
            argv.extend(rest);
            run_source(&source, "<stdin>", &argv)
        }
    }
}

/// `sys.path[0]` for a script: its directory, absolute, with symbolic links resolved.
fn script_dir(script: &str) -> String {
    let p = std::path::Path::new(script);
    let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    abs.parent()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A fresh VM configured from the command line.
fn new_vm() -> pyvm_vm::Vm {
    let mut vm = pyvm_vm::Vm::new();
    if let Some(config) = CONFIG.get() {
        vm.configure_imports(config);
    }
    vm
}

/// Parses, compiles and runs `source` as `__main__`.
fn run_source(source: &str, path: &str, argv: &[String]) -> ExitCode {
    let arena = bumpalo::Bump::new();
    let options = pyvm_parser::ParseOptions::default();
    let mut warnings = Vec::new();
    let parsed = pyvm_parser::parse_with_warnings(
        source,
        pyvm_parser::Mode::Exec,
        options,
        &arena,
        &mut warnings,
    );
    for warning in &warnings {
        eprint!(
            "{}",
            pyvm_parser::report::format_syntax_warning(warning, path, source)
        );
    }
    let module = match parsed {
        Ok(m) => m,
        Err(err) => {
            let err = pyvm_parser::report::for_file_input(&err, source);
            eprint!(
                "{}",
                pyvm_parser::report::format_syntax_error(&err, path, source)
            );
            return ExitCode::from(1);
        }
    };
    execute(&module, source, path, argv)
}

/// Compiles a parsed module and runs it in a fresh VM.
fn execute(
    module: &pyvm_parser::ast::Mod<'_>,
    source: &str,
    path: &str,
    argv: &[String],
) -> ExitCode {
    // The code generator's own SyntaxWarnings (`x is 1`, `(a, b)()`) follow the parser's.
    let mut warnings = Vec::new();
    let compiled = pyvm_compiler::compile_mod_with_warnings(module, source, path, &mut warnings);
    for warning in &warnings {
        eprint!(
            "{}",
            pyvm_parser::report::format_syntax_warning(warning, path, source)
        );
    }
    let code = match compiled {
        Ok(code) => code,
        Err(pyvm_compiler::CompileError::Syntax(err)) => {
            let err = pyvm_parser::report::for_file_input(&err, source);
            eprint!(
                "{}",
                pyvm_parser::report::format_syntax_error(&err, path, source)
            );
            return ExitCode::from(1);
        }
        Err(other) => {
            eprintln!("SystemError: {other}");
            return ExitCode::from(1);
        }
    };
    let mut vm = new_vm();
    if path != "<string>" {
        vm.set_source(path, source);
    }
    let status = vm.run_main(code, path, argv);
    exit_code(status)
}

/// `pyvm FILE`: read, decode and parse the script. A script that does not parse fails exactly
/// as under CPython (the report on stderr, exit status 1); running one comes with the VM.
fn run_script(script: &str, argv: &[String]) -> ExitCode {
    // CPython makes the script path absolute by prefixing the working directory as `getcwd()`
    // gives it, without normalising `.` or `..`; that path is what its messages show.
    let path = match std::env::current_dir() {
        Ok(cwd) if !std::path::Path::new(script).is_absolute() => {
            format!("{}/{script}", cwd.display())
        }
        _ => script.to_owned(),
    };
    let program = std::env::args().next().unwrap_or_else(|| "pyvm".to_owned());
    if std::path::Path::new(script).join("__main__.py").is_file() {
        let mut vm = new_vm();
        let status = vm.run_module_main("__main__", argv, &program);
        return exit_code(status);
    }
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
    if script.ends_with(".pyc") {
        return run_pyc(&bytes, &path, argv);
    }
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
    let mut warnings = Vec::new();
    let parsed = pyvm_parser::parse_with_warnings(
        &source,
        pyvm_parser::Mode::Exec,
        options,
        &arena,
        &mut warnings,
    );
    // Warnings met before an error are printed too, as CPython does.
    for warning in &warnings {
        eprint!(
            "{}",
            pyvm_parser::report::format_syntax_warning(warning, &path, &source)
        );
    }
    match parsed {
        Ok(module) => execute(&module, &source, &path, argv),
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

/// `pyvm FILE.pyc`: runs one of our pycs directly (never written, not checked against a
/// source), with CPython's errors for a foreign or damaged file.
fn run_pyc(bytes: &[u8], path: &str, argv: &[String]) -> ExitCode {
    if bytes.get(..4) != Some(&pyvm_compiler::serialize::MAGIC[..]) {
        eprintln!("RuntimeError: Bad magic number in .pyc file");
        return ExitCode::from(1);
    }
    let code = match bytes
        .get(16..)
        .map(pyvm_compiler::serialize::code_from_marshal)
    {
        Some(Ok(code)) => code,
        _ => {
            eprintln!("RuntimeError: Bad code object in .pyc file");
            return ExitCode::from(1);
        }
    };
    let mut vm = new_vm();
    let status = vm.run_main(std::rc::Rc::new(code), path, argv);
    exit_code(status)
}

/// Decodes a script's bytes as CPython's file tokenizer does (PEP 263, BOM, UTF-8), or gives
/// the `SyntaxError` it raises, with the text to show its line from. A decoding error has no
/// location (`lineno` 0): CPython prints its message alone.
fn decode_script(bytes: &[u8], path: &str) -> Result<String, (pyvm_parser::SyntaxError, String)> {
    use pyvm_lexer::DecodeError;
    use pyvm_parser::{SyntaxError, SyntaxErrorKind};
    let line_of = |pos: usize| {
        1 + bytes
            .get(..pos)
            .unwrap_or(bytes)
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
    };
    let nul_line = bytes.iter().position(|&b| b == 0).map(line_of);
    let null_byte_error = |lineno: u32| {
        let err = SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "source code cannot contain null bytes".to_owned(),
            lineno,
            offset: 0,
            end_lineno: Some(lineno),
            end_offset: Some(0),
        };
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        (err, String::from_utf8_lossy(bytes).into_owned())
    };
    match pyvm_lexer::decode_source(bytes) {
        Ok(text) => match nul_line {
            // The file tokenizer refuses a NUL before the parser sees the line.
            Some(line) => Err(null_byte_error(line)),
            None => Ok(text.into_owned()),
        },
        Err(err) => {
            // The tokenizer reads line by line: a NUL on an earlier line is met first.
            if let (Some(nul), DecodeError::NonUtf8 { line, .. }) = (nul_line, &err) {
                if nul < *line {
                    return Err(null_byte_error(nul));
                }
            }
            let msg = match &err {
                // CPython's file tokenizer reports a declared encoding that fails to decode by
                // name alone (for UTF-8 it gets further; that case is not reproduced yet).
                DecodeError::Decode { encoding, .. } if encoding != "utf-8" => {
                    format!("encoding problem: {encoding}")
                }
                DecodeError::Decode { .. } => format!("(unicode error) {}", err.message(path)),
                // `tokenize`'s complaint about an undecodable line 1 or 2; running the file,
                // CPython reports it like any other bytes that are not UTF-8.
                DecodeError::InvalidDeclaration => {
                    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
                    let pos = std::str::from_utf8(body)
                        .err()
                        .map_or(0, |e| e.valid_up_to());
                    let non_utf8 = DecodeError::NonUtf8 {
                        byte: body.get(pos).copied().unwrap_or(0),
                        line: 1 + body
                            .get(..pos)
                            .unwrap_or(body)
                            .iter()
                            .filter(|&&b| b == b'\n')
                            .count() as u32,
                    };
                    non_utf8.message(path)
                }
                _ => err.message(path),
            };
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
    }
}

/// Python's `repr` of a path string, as CPython's `%R` prints it in its messages.
fn py_repr(text: &str) -> String {
    pyvm_lexer::tokenize::py_repr_str(text)
}

/// `-m MODULE`: the `ast`, `tokenize` and `dis` commands implemented in Rust; any other module
/// is found through the import system and run as `__main__`.
fn run_module(module: &str, args: &[String]) -> ExitCode {
    match module {
        "ast" => ast_cmd::main(args),
        "tokenize" => tokenize_cmd::main(args),
        "dis" => dis_cmd::main(args),
        _ => {
            let mut vm = new_vm();
            let status = vm.run_module_main(module, args, &program_name());
            exit_code(status)
        }
    }
}

/// The process exit code for how a run ended. An uncaught `KeyboardInterrupt` ends the
/// process by `SIGINT` with the default disposition restored, as CPython does, so the parent
/// sees "killed by signal 2" (status 130 in a shell); 130 if the signal does not kill.
fn exit_code(status: pyvm_vm::eval::ExitStatus) -> ExitCode {
    if status == pyvm_vm::eval::ExitStatus::KEYBOARD_INTERRUPT {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
            fn raise(signum: i32) -> i32;
        }
        const SIGINT: i32 = 2;
        const SIG_DFL: usize = 0;
        // SAFETY: `signal` and `raise` are the C library's; restoring the default action of
        // SIGINT and raising it touch no Rust-managed state (the process ends here).
        unsafe {
            signal(SIGINT, SIG_DFL);
            raise(SIGINT);
        }
        return ExitCode::from(130);
    }
    ExitCode::from((status.0 & 0xff) as u8)
}
