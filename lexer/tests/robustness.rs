//! The lexer never panics and always terminates, whatever the input: random sources built
//! from the fragments that drive its state machine (quotes, braces, prefixes, indentation,
//! continuations, odd characters).

use pyvm_lexer::tokenize::tokenize;
use pyvm_lexer::{decode_source, LexOptions, Lexer};

const FRAGMENTS: &[&str] = &[
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"",
    "rf'",
    "b'",
    "{",
    "}",
    "{{",
    "}}",
    "(",
    ")",
    "[",
    "]",
    ":",
    "=",
    "!",
    "!r",
    "\\",
    "\\\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "    ",
    " ",
    "\x0c",
    "#",
    "# type: ignore",
    "# type: int",
    "x",
    "if",
    "é",
    "€",
    "\u{a0}",
    "\0",
    "\x0b",
    "0",
    "1",
    "0x",
    "0o7",
    "1_",
    "1e",
    ".",
    "5j",
    "$",
    "?",
    "<>",
    "\\N{",
    "lambda",
    "def f():\n",
    "pass",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_sources_never_panic_or_hang() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let n = (rng.next() % 40) as usize;
        let src: String = (0..n)
            .map(|_| FRAGMENTS[(rng.next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        let limit = 4 * src.len() + 16;
        for type_comments in [false, true] {
            let count = Lexer::new(&src, LexOptions { type_comments })
                .take(limit + 1)
                .count();
            assert!(count <= limit, "runaway token stream for {src:?}");
            if let Some(Err(e)) =
                Lexer::new(&src, LexOptions { type_comments }).find(|t| t.is_err())
            {
                let _ = (e.message(), e.class(), e.location(&src));
            }
        }
        let _ = tokenize(&src);
    }
}

#[test]
fn random_bytes_decode_or_fail_cleanly() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..5_000 {
        let n = (rng.next() % 64) as usize;
        let mut bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        if rng.next() % 3 == 0 {
            bytes.splice(0..0, b"# coding: latin-1\n".iter().copied());
        }
        if let Ok(text) = decode_source(&bytes) {
            let _ = Lexer::new(&text, LexOptions::default()).count();
        }
    }
}

/// Huge and deeply nested inputs: every stream ends, in time linear in the input, with
/// tokens or one error, and the `tokenize` stream too. (What the parser makes of the same
/// inputs, against CPython's recorded answers, is `parser/tests/robustness.rs`.)
#[test]
fn huge_and_deep_inputs_end() {
    let n = 100_000;
    let inputs: Vec<String> = vec![
        "(".repeat(n) + &")".repeat(n),
        "[".repeat(n),
        "}".repeat(n),
        "f'{".repeat(n) + &"}'".repeat(n),
        "f'{x:{y:{z:{".repeat(1000),
        "-".repeat(n) + "1",
        "x = '".to_string() + &"a".repeat(10_000_000) + "'\n",
        "x = '''".to_string() + &"a\n".repeat(n),
        "x = \"".to_string() + &"\\\n".repeat(n),
        "x = 1 + \\\n".repeat(n) + "1\n",
        (0..200).map(|i| " ".repeat(i) + "if a:\n").collect(),
        (0..200).map(|i| "\t".repeat(i) + "if a:\n").collect(),
        "#".repeat(1_000_000),
        "\n".repeat(1_000_000),
        "\r".repeat(n) + "x",
        "9".repeat(1_000_000),
        "é".repeat(n),
        "a".repeat(1_000_000),
        "aé".repeat(n),
        "#".to_string() + &"é".repeat(n),
        "1".to_string() + &"_1".repeat(n),
        "0x".to_string() + &"f".repeat(n),
        "\"\"\"".repeat(n),
        "# type: ignore\n".repeat(n),
    ];
    for src in &inputs {
        for type_comments in [false, true] {
            let limit = 4 * src.len() + 16;
            let count = Lexer::new(src, LexOptions { type_comments })
                .take(limit + 1)
                .count();
            assert!(count <= limit, "runaway token stream for {:.40?}", src);
        }
        let _ = tokenize(src);
    }
}
