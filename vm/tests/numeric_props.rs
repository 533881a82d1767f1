//! Issue 4, acceptance 2: pyvm's numbers against CPython 3.12 on thousands of random inputs.
//!
//! `tools/record_numeric_props.py` generated the expressions with a fixed seed -- int and float
//! arithmetic (`+ - * / // % ** divmod pow`, shifts, bit operations on negatives, big values),
//! `repr(float)`, `format()`/`str.format` specs and `int(str, base)` -- and recorded what CPython
//! answered (the result's `repr`, or `!ExceptionName: message`) in `data/numeric_props.txt`.
//! This test evaluates every expression in pyvm and compares the answers line by line.

use pyvm_vm::object::Payload;
use pyvm_vm::{Value, Vm};

const DATA: &str = include_str!("data/numeric_props.txt");

/// pyvm's answer for one expression, in the recording's notation.
fn answer(vm: &mut Vm, expr: &str) -> String {
    let source = format!("_r = {expr}\n");
    let result = vm
        .exec_source(&source, "<numeric_props>")
        .and_then(|globals| {
            let r = match globals.payload() {
                Some(Payload::Dict(d)) => d.borrow().get_str("_r").cloned(),
                _ => None,
            };
            vm.repr_string(&r.unwrap_or(Value::None))
        });
    match result {
        Ok(text) => text,
        Err(e) => {
            let msg = vm
                .str_string(&e.value())
                .unwrap_or_else(|_| "<str() failed>".to_owned());
            format!("!{}: {msg}", e.type_name())
        }
    }
}

#[test]
fn numbers_match_cpython() {
    let mut vm = Vm::new();
    let mut total = 0usize;
    let mut failures = Vec::new();
    for line in DATA.lines() {
        let Some((expr, expected)) = line.split_once('\t') else {
            continue;
        };
        total += 1;
        let got = answer(&mut vm, expr);
        if got != expected {
            failures.push(format!(
                "{expr}\n    CPython: {expected}\n    pyvm:    {got}"
            ));
        }
    }
    eprintln!(
        "numeric_props: {} of {total} cases match CPython",
        total - failures.len()
    );
    assert!(total > 5000, "the recording has only {total} cases");
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from CPython; the first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
