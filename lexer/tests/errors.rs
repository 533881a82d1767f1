//! Every lexical error against CPython 3.12's message, class and position, as recorded by
//! `tools/record_lex_errors.py`.

use pyvm_lexer::{LexOptions, Lexer};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn errors_match_cpython() {
    let data = include_str!("data/lex_errors.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines().filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let src = String::from_utf8(unhex(f[0])).expect("utf-8");
        count += 1;
        let err = Lexer::new(&src, LexOptions::default()).find_map(|t| t.err());
        let Some(err) = err else {
            failures.push(format!("{src:?}: no error, expected {}", f[2]));
            continue;
        };
        let loc = err.location(&src);
        let got = format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            err.class().name(),
            err.message(),
            loc.lineno,
            loc.offset,
            loc.end_lineno,
            loc.end_offset
        );
        let want = f[1..].join("\t");
        if got != want {
            failures.push(format!("{src:?}\n   got  {got}\n   want {want}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
