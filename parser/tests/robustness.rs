//! Deep nesting and huge inputs: the parser must answer (a tree or an error) without
//! overflowing the Rust stack, and answer what CPython 3.12's `ast.parse` answers.
//!
//! The cases and CPython's outcomes live in `robustness_data/deep_nesting.txt`, recorded by
//! `tools/record_deep_nesting.py`. Every case runs on the test harness's own thread (2 MiB of
//! stack in a debug build), so a recursive walk over a 100,000-deep tree would crash it.
//!
//! Known difference: where CPython's PEG parser overflows its own stack first ("MemoryError:
//! Parser stack overflowed - Python source too complex to parse": right-nested chains such as
//! `- - - 1`, `a ** a ** a`, `lambda: lambda: 1` past about 2,985 levels), pyvm's LR parser
//! does not, and the same depth limit as CPython's ast construction reports `RecursionError`
//! instead (or, for the few `**` / `lambda` depths between the two limits, accepts the tree).

use bumpalo::Bump;
use pyvm_parser::report::format_syntax_error;
use pyvm_parser::{parse, Mode, ParseOptions, SyntaxErrorKind};

const DATA: &str = include_str!("robustness_data/deep_nesting.txt");

/// Cases whose outcome differs from CPython's in a known way, with the reason. They still run
/// (nothing may crash), but their outcome is not compared.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "huge_int",
    "CPython reports the int-digits limit at offset 0 (column -1); pyvm at the literal",
)];

struct Case {
    name: String,
    source: String,
    expected: String,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for line in DATA
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [name, n, head, unit, middle, closing, tail, expected] = fields.as_slice() else {
            panic!("malformed line in deep_nesting.txt: {line:.80}");
        };
        let n: usize = n.parse().expect("repeat count");
        let source = format!(
            "{head}{}{middle}{}{tail}",
            unit.repeat(n),
            closing.repeat(n)
        );
        cases.push(Case {
            name: name.clone(),
            source,
            expected: expected.clone(),
        });
    }
    cases
}

/// The outcome in the recorder's format.
fn outcome(source: &str) -> String {
    let arena = Bump::new();
    match parse(source, Mode::Exec, ParseOptions::default(), &arena) {
        Ok(_) => "ok".to_string(),
        Err(e) if e.kind == SyntaxErrorKind::RecursionError => {
            // Printed as CPython's last traceback line, without a position.
            assert_eq!(e.lineno, 0);
            assert_eq!(
                format_syntax_error(&e, "f.py", source),
                format!("RecursionError: {}\n", e.msg)
            );
            format!("RecursionError: {}", e.msg)
        }
        Err(e) => format!("{}: {} @ {}:{}", e.kind.name(), e.msg, e.lineno, e.offset),
    }
}

#[test]
fn deep_and_huge_inputs_match_cpython() {
    let mut mismatches = Vec::new();
    let mut cases_run = 0;
    for case in cases() {
        cases_run += 1;
        let got = outcome(&case.source);
        if KNOWN_DIFFERENCES.iter().any(|(name, _)| *name == case.name) {
            continue;
        }
        let same = got == case.expected
            || (case
                .expected
                .starts_with("MemoryError: Parser stack overflowed")
                && (got.starts_with("RecursionError:") || got == "ok"));
        if !same {
            mismatches.push(format!(
                "{}: pyvm {got:.160}\n    CPython {:.160}",
                case.name, case.expected
            ));
        }
    }
    assert!(cases_run > 40, "the data file lost its cases");
    assert!(
        mismatches.is_empty(),
        "{} of {cases_run} cases differ from CPython 3.12:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

/// Trees right at the limit are accepted, and every later pass must cope with them; the dump
/// is the one in this crate. It recurses, so it gets a thread with a large stack here: the
/// `-m ast` command needs the same (a debug build spends several KiB per level).
#[test]
fn trees_at_the_depth_limit_dump() {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            for source in [
                "-".repeat(2993) + "1",
                "a".to_string() + &"+a".repeat(2993),
                "if a:\n pass\n".to_string() + &"elif a:\n pass\n".repeat(2993),
            ] {
                let arena = Bump::new();
                let tree = parse(&source, Mode::Exec, ParseOptions::default(), &arena)
                    .expect("CPython accepts this depth");
                let dump = pyvm_parser::dump(&tree, &source, false, None);
                assert!(dump.starts_with("Module(body=["));
                // Indented, the text itself grows with depth squared; the dump must not add
                // another factor (it once copied every subtree's text into its parent's).
                let dump = pyvm_parser::dump(&tree, &source, true, Some(1));
                assert!(dump.starts_with("Module(\n body=["));
            }
        })
        .expect("spawn");
    assert!(handle.join().is_ok());
}

/// The same limit holds in the other modes (`eval` is what `eval()` and `-m ast --mode eval`
/// use), and with `# type:` comments parsed.
#[test]
fn depth_limit_in_every_mode() {
    let deep = "-".repeat(100_000) + "1";
    let arena = Bump::new();
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        for type_comments in [false, true] {
            let err =
                parse(&deep, mode, ParseOptions { type_comments }, &arena).expect_err("too deep");
            assert_eq!(
                err.kind,
                SyntaxErrorKind::RecursionError,
                "{mode:?}: {err:?}"
            );
        }
    }
    let func_type = format!("({deep}) -> int");
    let err = parse(&func_type, Mode::FuncType, ParseOptions::default(), &arena);
    assert!(err.is_err());
}
