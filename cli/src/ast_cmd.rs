//! `pyvm -m ast`: CPython's `python -m ast` (parse a file, print `ast.dump`).
//!
//! The command line is the one of CPython 3.12's argparse-based `ast.main()`, including its
//! usage and error texts (argparse's `prog` is `python -m ast` there, and we keep it so the
//! outputs compare byte for byte).

use std::io::{Read, Write};
use std::process::ExitCode;

use pyvm_parser::{Mode, ParseOptions, SyntaxError, SyntaxWarning};

const USAGE: &str = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
";

const HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
";

/// The parsed command line.
#[derive(Debug, PartialEq)]
struct Args {
    infile: Option<String>,
    mode: Mode,
    type_comments: bool,
    include_attributes: bool,
    indent: i64,
    help: bool,
}

/// The long options, for argparse's unique-prefix matching.
const LONG_OPTIONS: [&str; 5] = [
    "--help",
    "--mode",
    "--no-type-comments",
    "--include-attributes",
    "--indent",
];

/// Parses the arguments as argparse would; `Err` is the error line argparse prints.
fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut args = Args {
        infile: None,
        mode: Mode::Exec,
        type_comments: true,
        include_attributes: false,
        indent: 3,
        help: false,
    };
    let mut positionals: Vec<String> = Vec::new();
    let mut unrecognized: Vec<String> = Vec::new();
    let mut i = 0;
    let mut only_positionals = false;
    while let Some(arg) = argv.get(i) {
        i += 1;
        if only_positionals || arg == "-" || !arg.starts_with('-') {
            positionals.push(arg.clone());
            continue;
        }
        if arg == "--" {
            only_positionals = true;
            continue;
        }
        // Split `--opt=value`, and resolve unique prefixes of long options.
        let (opt, inline): (String, Option<String>) = if let Some(long) = arg.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (format!("--{n}"), Some(v.to_owned())),
                None => (arg.clone(), None),
            };
            let matches: Vec<&str> = LONG_OPTIONS
                .iter()
                .copied()
                .filter(|o| o.starts_with(name.as_str()))
                .collect();
            match matches.as_slice() {
                [one] => (one.to_string(), value),
                [] => {
                    unrecognized.push(arg.clone());
                    continue;
                }
                many => {
                    return Err(format!(
                        "ambiguous option: {name} could match {}",
                        many.join(", ")
                    ))
                }
            }
        } else {
            // Short options, possibly bundled (`-ai2`, `-mexec`).
            let chars = arg[1..].char_indices();
            let mut handled = None;
            for (pos, c) in chars {
                let rest = &arg[1 + pos + c.len_utf8()..];
                match c {
                    'h' => args.help = true,
                    'a' => args.include_attributes = true,
                    'm' | 'i' => {
                        let value = if rest.is_empty() {
                            None
                        } else {
                            Some(rest.to_owned())
                        };
                        handled = Some((format!("-{c}"), value));
                        break;
                    }
                    _ => {
                        unrecognized.push(arg.clone());
                        break;
                    }
                }
            }
            match handled {
                Some(h) => h,
                None => continue,
            }
        };
        let takes_value = matches!(opt.as_str(), "-m" | "--mode" | "-i" | "--indent");
        let value = if takes_value {
            match inline {
                Some(v) => Some(v),
                None => match argv.get(i) {
                    Some(v) if !v.starts_with('-') || v == "-" || v.parse::<i64>().is_ok() => {
                        i += 1;
                        Some(v.clone())
                    }
                    _ => None,
                },
            }
        } else {
            if inline.is_some() {
                return Err(format!(
                    "argument {}: ignored explicit argument '{}'",
                    display_name(&opt),
                    inline.unwrap_or_default()
                ));
            }
            None
        };
        if takes_value && value.is_none() {
            return Err(format!(
                "argument {}: expected one argument",
                display_name(&opt)
            ));
        }
        let value = value.unwrap_or_default();
        match opt.as_str() {
            "-h" | "--help" => args.help = true,
            "-a" | "--include-attributes" => args.include_attributes = true,
            "--no-type-comments" => args.type_comments = false,
            "-m" | "--mode" => {
                args.mode = match value.as_str() {
                    "exec" => Mode::Exec,
                    "single" => Mode::Single,
                    "eval" => Mode::Eval,
                    "func_type" => Mode::FuncType,
                    _ => {
                        return Err(format!(
                            "argument -m/--mode: invalid choice: '{value}' (choose from 'exec', \
                             'single', 'eval', 'func_type')"
                        ))
                    }
                }
            }
            "-i" | "--indent" => {
                args.indent =
                    value.trim().replace('_', "").parse().map_err(|_| {
                        format!("argument -i/--indent: invalid int value: '{value}'")
                    })?;
            }
            _ => unrecognized.push(arg.clone()),
        }
        if args.help {
            return Ok(args);
        }
    }
    let mut positionals = positionals.into_iter();
    args.infile = positionals.next();
    unrecognized.extend(positionals);
    if !unrecognized.is_empty() {
        return Err(format!(
            "unrecognized arguments: {}",
            unrecognized.join(" ")
        ));
    }
    Ok(args)
}

fn display_name(opt: &str) -> &'static str {
    match opt {
        "-m" | "--mode" => "-m/--mode",
        "-i" | "--indent" => "-i/--indent",
        "-a" | "--include-attributes" => "-a/--include-attributes",
        "--no-type-comments" => "--no-type-comments",
        _ => "-h/--help",
    }
}

/// Prints a `SyntaxError` as CPython's uncaught-exception display does. The frames of
/// CPython's own `ast.py` that precede it are not ours to print; the header is kept so the
/// output reads as a traceback.
fn print_syntax_error(err: &mut impl Write, filename: &str, source: &str, e: &SyntaxError) {
    let _ = writeln!(err, "Traceback (most recent call last):");
    if e.lineno == 0 {
        // CPython names the file even when the error has no line (a bad coding declaration).
        let _ = writeln!(err, "  File \"{filename}\", line 0");
    }
    let _ = write!(
        err,
        "{}",
        pyvm_parser::report::format_syntax_error(e, filename, source)
    );
}

/// Prints `SyntaxWarning`s as the `warnings` module shows them: `file:line: category: msg`,
/// then the source line, stripped.
fn print_warnings(err: &mut impl Write, filename: &str, source: &str, warnings: &[SyntaxWarning]) {
    let index = pyvm_parser::LineIndex::new(source);
    for w in warnings {
        let _ = writeln!(err, "{filename}:{}: SyntaxWarning: {}", w.lineno, w.msg);
        if w.lineno > 0 && (w.lineno as usize) <= index.line_count() {
            let line = index.line_text(source, w.lineno).trim();
            if !line.is_empty() {
                let _ = writeln!(err, "  {line}");
            }
        }
    }
}

pub fn main(argv: &[String]) -> ExitCode {
    let stderr = std::io::stderr();
    let args = match parse_args(argv) {
        Ok(a) => a,
        Err(msg) => {
            let _ = writeln!(stderr.lock(), "{USAGE}python -m ast: error: {msg}");
            return ExitCode::from(2);
        }
    };
    if args.help {
        print!("{USAGE}{HELP}");
        return ExitCode::SUCCESS;
    }
    let (filename, bytes) = match args.infile.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("{USAGE}python -m ast: error: argument infile: can't read stdin: {e}");
                return ExitCode::from(2);
            }
            ("<stdin>".to_owned(), buf)
        }
        Some(path) => match std::fs::read(path) {
            Ok(b) => (path.to_owned(), b),
            Err(e) => {
                let reason = match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        format!("[Errno 2] No such file or directory: '{path}'")
                    }
                    std::io::ErrorKind::PermissionDenied => {
                        format!("[Errno 13] Permission denied: '{path}'")
                    }
                    _ => e.to_string(),
                };
                let _ = writeln!(
                    stderr.lock(),
                    "{USAGE}python -m ast: error: argument infile: can't open '{path}': {reason}"
                );
                return ExitCode::from(2);
            }
        },
    };
    // `python -m ast` hands the file's bytes to `ast.parse`, which decodes them as
    // `compile(bytes)` does (see `parse_bytes`); the text here is what the parser saw, for
    // the dump and the error display.
    let source = match pyvm_lexer::decode_source(&bytes) {
        Ok(text) => text.into_owned(),
        Err(_) => {
            let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
            String::from_utf8_lossy(body).into_owned()
        }
    };
    let arena = bumpalo::Bump::new();
    let options = ParseOptions {
        type_comments: args.type_comments,
    };
    let mut warnings = Vec::new();
    let parsed = pyvm_parser::parse_bytes(&bytes, args.mode, options, &arena, &mut warnings);
    print_warnings(&mut stderr.lock(), &filename, &source, &warnings);
    match parsed {
        Ok(tree) => {
            let indent = usize::try_from(args.indent).unwrap_or(0);
            let mut text = pyvm_parser::dump(&tree, &source, args.include_attributes, Some(indent));
            text.push('\n');
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            if out
                .write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .is_err()
            {
                return ExitCode::from(120);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            print_syntax_error(&mut stderr.lock(), &filename, &source, &e);
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse_args(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn options_parse_like_argparse() {
        let a = args(&["-a", "-i", "2", "--mode=eval", "f.py"]).unwrap_or_else(|e| panic!("{e}"));
        assert!(a.include_attributes);
        assert_eq!(a.indent, 2);
        assert_eq!(a.mode, Mode::Eval);
        assert_eq!(a.infile.as_deref(), Some("f.py"));
        let a = args(&["-ai-1", "--no-type", "--mode", "single"]).unwrap_or_else(|e| panic!("{e}"));
        assert!(a.include_attributes && !a.type_comments);
        assert_eq!(a.indent, -1);
        assert_eq!(a.mode, Mode::Single);
        assert_eq!(
            args(&["-m", "foo"]).err().as_deref(),
            Some("argument -m/--mode: invalid choice: 'foo' (choose from 'exec', 'single', 'eval', 'func_type')")
        );
        assert_eq!(
            args(&["-i"]).err().as_deref(),
            Some("argument -i/--indent: expected one argument")
        );
        assert_eq!(
            args(&["--bogus"]).err().as_deref(),
            Some("unrecognized arguments: --bogus")
        );
        assert_eq!(
            args(&["a", "b"]).err().as_deref(),
            Some("unrecognized arguments: b")
        );
    }

    #[test]
    fn syntax_errors_print_like_cpython() {
        let src = "x = 1\nif x:\n    y = (1,\n       2 3)\n";
        let e = SyntaxError {
            kind: pyvm_parser::SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax. Perhaps you forgot a comma?".into(),
            lineno: 4,
            offset: 8,
            end_lineno: Some(4),
            end_offset: Some(11),
        };
        let mut out = Vec::new();
        print_syntax_error(&mut out, "bad.py", src, &e);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "Traceback (most recent call last):\n  File \"bad.py\", line 4\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
    }
}
