//! Positions of syntax errors at the end of `compile()` strings in `eval` and `single` mode,
//! where CPython's tokenizer adds no final newline (values recorded from CPython 3.12.1:
//! `compile(SRC, 'f', MODE)` and the `SyntaxError`'s lineno, offset, end_lineno, end_offset).

use pyvm_parser::{parse, Mode, ParseOptions};

fn position(source: &str, mode: Mode) -> (u32, u32, Option<u32>, Option<u32>) {
    let arena = bumpalo::Bump::new();
    match parse(source, mode, ParseOptions::default(), &arena) {
        Ok(_) => panic!("{source:?} parsed"),
        Err(e) => (e.lineno, e.offset, e.end_lineno, e.end_offset),
    }
}

#[test]
fn generic_error_at_end_of_string_has_column_zero() {
    assert_eq!(position("1 +", Mode::Eval), (1, 0, Some(1), Some(0)));
    assert_eq!(position("1 +", Mode::Single), (1, 0, Some(1), Some(0)));
    assert_eq!(position("x = 1 +", Mode::Single), (1, 0, Some(1), Some(0)));
}

#[test]
fn final_newline_or_exec_mode_keeps_the_column() {
    assert_eq!(position("1 +", Mode::Exec), (1, 4, Some(1), Some(5)));
    assert_eq!(position("1 +\n", Mode::Eval), (1, 4, Some(1), Some(5)));
    assert_eq!(position("1 +\n", Mode::Single), (1, 4, Some(1), Some(5)));
    assert_eq!(position("x = 1 +", Mode::Eval), (1, 3, Some(1), Some(4)));
}
