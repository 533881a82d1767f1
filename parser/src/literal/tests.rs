//! The literal decoder against values recorded from CPython 3.12 (`cases.rs`).

use bumpalo::Bump;

use super::*;
use crate::pyrepr::constant_repr;

#[rustfmt::skip] // generated
#[path = "cases.rs"]
mod cases;

/// One recorded token: `kind` is `string`, `middle` (f-string part), `rmiddle` (raw f-string
/// part) or `number`; `expect` is `repr` of the value or the error message.
pub(super) struct Case {
    pub kind: &'static str,
    pub raw: &'static str,
    pub expect: Result<&'static str, &'static str>,
    pub is_u: bool,
    pub warnings: &'static [&'static str],
}

fn run(case: &Case, arena: &Bump) -> (Result<String, String>, bool, Vec<String>) {
    let mut warnings = Vec::new();
    let mut is_u = false;
    let result = match case.kind {
        "string" => decode_string(case.raw, arena, &mut warnings).map(|d| match d {
            DecodedString::Str { value, is_u: u } => {
                is_u = u;
                ConstantValue::Str(value)
            }
            DecodedString::Bytes(b) => ConstantValue::Bytes(b),
        }),
        "middle" | "rmiddle" => {
            decode_fstring_middle(case.raw, case.kind == "rmiddle", arena, &mut warnings)
                .map(ConstantValue::Str)
        }
        _ => decode_number(case.raw, arena),
    };
    (
        result.map(|v| constant_repr(&v)).map_err(|e| e.msg),
        is_u,
        warnings.into_iter().map(|w| w.msg).collect(),
    )
}

#[test]
fn literals_decode_as_cpython_does() {
    let arena = Bump::new();
    let mut failures = Vec::new();
    for case in cases::CASES {
        let (got, is_u, warnings) = run(case, &arena);
        let want = case.expect.map(str::to_owned).map_err(str::to_owned);
        if got != want || is_u != case.is_u || warnings != case.warnings {
            failures.push(format!(
                "{} {:?}: got {got:?} u={is_u} {warnings:?}, want {want:?} u={} {:?}",
                case.kind, case.raw, case.is_u, case.warnings
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn big_integers_keep_their_digits() {
    let arena = Bump::new();
    assert_eq!(
        decode_number("0x_FFFF_FFFF_FFFF_FFFF", &arena),
        Ok(ConstantValue::Int(IntValue::Big {
            digits: "FFFFFFFFFFFFFFFF",
            radix: 16
        }))
    );
    assert_eq!(
        decode_number("9_223_372_036_854_775_807", &arena),
        Ok(ConstantValue::Int(IntValue::Small(i64::MAX)))
    );
}

#[test]
fn lone_surrogates_are_kept() {
    let arena = Bump::new();
    let mut w = Vec::new();
    let Ok(DecodedString::Str { value, .. }) = decode_string(r#""\ud800x""#, &arena, &mut w) else {
        panic!("expected a str");
    };
    assert!(value.has_surrogates());
    assert_eq!(value.code_points().collect::<Vec<_>>(), vec![0xD800, 0x78]);
}

#[test]
fn malformed_tokens_are_errors_not_panics() {
    let arena = Bump::new();
    let mut w = Vec::new();
    for raw in ["", "\"", "'''", "x'a'", "\"\\", "b'\\", "ub''", "'\\N{"] {
        let _ = decode_string(raw, &arena, &mut w);
    }
    for raw in ["", "0x", "1e", "j", "0b2", "1__0", "١"] {
        let _ = decode_number(raw, &arena);
    }
    for raw in ["\\", "{{{", "\\N{x"] {
        let _ = decode_fstring_middle(raw, false, &arena, &mut w);
    }
}
