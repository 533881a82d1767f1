//! Data values recorded from CPython 3.12 by `tools/record_marshal_values.py`: each line is
//! `version, marshal.dumps(value, version), canonical form`. We must read CPython's bytes to
//! the same value, and write that value back to the very same bytes.

#![allow(clippy::unwrap_used)] // test helpers may panic

use pyvm_marshal::{canonical, dumps_with, loads, DumpOptions, RefPolicy};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn cpython_312_values_roundtrip_bytewise() {
    let text = include_str!("fixtures/values.txt");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut parts = line.split('\t');
        let (Some(version), Some(hex), Some(want)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("bad fixture line {n}");
        };
        let version: u8 = version.parse().unwrap();
        let data = unhex(hex);
        let loaded = loads(&data).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        assert_eq!(loaded.consumed, data.len(), "line {}", n + 1);
        let got = canonical(&loaded.heap, loaded.root);
        if got != want {
            failures.push(format!("line {}: read {got}\n   want {want}", n + 1));
            continue;
        }
        let opts = DumpOptions {
            version,
            policy: RefPolicy::CPython,
        };
        let again = dumps_with(&loaded.heap, loaded.root, &opts).unwrap();
        if again != data {
            failures.push(format!(
                "line {} (v{version}) {want}: wrote\n   {}\n   want {hex}",
                n + 1,
                again.iter().map(|b| format!("{b:02x}")).collect::<String>()
            ));
        }
        cases += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        text.lines().count(),
        failures[..failures.len().min(10)].join("\n")
    );
    assert!(cases >= 1000, "only {cases} cases");
}
