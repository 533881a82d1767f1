//! Shared by the tests that run the syntax-error corpus (`parser/tests/syntax_errors.rs`,
//! `cli/tests/syntax_error_display.rs`), which include it with `#[path]`: reading
//! `expected.json` (recorded from CPython 3.12 by `tools/record_syntax_errors.py`) and the
//! known-failures ratchet.
//!
//! The ratchet lets the corpus land before the code it tests: a committed list names the cases
//! that do not pass yet; a test fails when a case outside the list fails (a regression) or a
//! listed case passes (progress to record). `PYVM_UPDATE_KNOWN_FAILURES=1` rewrites the list.
//!
//! The JSON reader is a small one of our own so that the tests need no extra dependency; it
//! accepts the whole JSON grammar, which is more than `json.dump` ever writes.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The corpus directory, from a crate's manifest directory.
pub fn corpus_dir(manifest_dir: &str) -> PathBuf {
    Path::new(manifest_dir)
        .join("..")
        .join("tests")
        .join("syntax_errors")
}

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(BTreeMap<String, Json>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// An integer, or `None` for `null` and anything else.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) if n.fract() == 0.0 => Some(*n as i64),
            _ => None,
        }
    }

    pub fn parse(text: &str) -> Result<Json, String> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            pos: 0,
        };
        let value = reader.value()?;
        reader.skip_space();
        if reader.pos != reader.bytes.len() {
            return Err(format!("trailing data at byte {}", reader.pos));
        }
        Ok(value)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at byte {}", byte as char, self.pos))
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(format!("bad literal at byte {}", self.pos))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.skip_space();
        match self.peek() {
            Some(b'{') => {
                self.pos += 1;
                let mut map = BTreeMap::new();
                self.skip_space();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(Json::Object(map));
                }
                loop {
                    self.skip_space();
                    let key = self.string()?;
                    self.expect(b':')?;
                    let value = self.value()?;
                    map.insert(key, value);
                    self.skip_space();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Json::Object(map));
                        }
                        _ => return Err(format!("bad object at byte {}", self.pos)),
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_space();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value()?);
                    self.skip_space();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(format!("bad array at byte {}", self.pos)),
                    }
                }
            }
            Some(b'"') => self.string().map(Json::String),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.pos;
                while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.peek() {
                    self.pos += 1;
                }
                let text =
                    std::str::from_utf8(&self.bytes[start..self.pos]).map_err(|e| e.to_string())?;
                text.parse()
                    .map(Json::Number)
                    .map_err(|e| format!("{e}: {text}"))
            }
            _ => Err(format!("unexpected byte at {}", self.pos)),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .ok_or("truncated \\u escape")?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|e| e.to_string())
    }

    fn string(&mut self) -> Result<String, String> {
        if self.peek() != Some(b'"') {
            return Err(format!("expected a string at byte {}", self.pos));
        }
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let byte = self.peek().ok_or("unterminated string")?;
            self.pos += 1;
            match byte {
                b'"' => return String::from_utf8(out).map_err(|e| e.to_string()),
                b'\\' => {
                    let escape = self.peek().ok_or("unterminated escape")?;
                    self.pos += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xd800..0xdc00).contains(&code)
                                && self.bytes[self.pos..].starts_with(b"\\u")
                            {
                                self.pos += 2;
                                let low = self.hex4()?;
                                code = 0x10000
                                    + ((code - 0xd800) << 10)
                                    + (low.wrapping_sub(0xdc00) & 0x3ff);
                            }
                            // A lone surrogate cannot be a Rust char; CPython never records one.
                            char::from_u32(code).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(format!("bad escape at byte {}", self.pos)),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(byte),
            }
        }
    }
}

/// One corpus case as recorded from CPython.
#[derive(Clone, Debug)]
pub struct Case {
    /// File name within the corpus directory, e.g. `001_double_equals_assign.py`.
    pub name: String,
    /// `ast.parse`'s exception: class name, message and positions. Positions CPython leaves
    /// `None` or sets to `-1` are `None` here.
    pub ast_type: String,
    pub ast_msg: String,
    pub ast_lineno: Option<i64>,
    pub ast_offset: Option<i64>,
    pub ast_end_lineno: Option<i64>,
    pub ast_end_offset: Option<i64>,
    /// What `python3.12 -B FILE` printed, with the corpus directory as `<CORPUS>`.
    pub run_stderr: String,
    pub run_status: i64,
}

/// The placeholder for the corpus directory in recorded stderr.
pub const CORPUS_PLACEHOLDER: &str = "<CORPUS>";

fn position(value: Option<&Json>) -> Option<i64> {
    value.and_then(Json::as_i64).filter(|&n| n >= 0)
}

/// Reads `expected.json`, cases in file-name order.
pub fn load_cases(corpus: &Path) -> Vec<Case> {
    let path = corpus.join("expected.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json = Json::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let Json::Object(map) = json else {
        panic!("{}: not an object", path.display());
    };
    map.into_iter()
        .map(|(name, entry)| {
            let ast = entry.get("ast").unwrap_or(&Json::Null);
            let run = entry.get("run").unwrap_or(&Json::Null);
            let text = |v: Option<&Json>| v.and_then(Json::as_str).unwrap_or_default().to_owned();
            Case {
                ast_type: text(ast.get("type")),
                ast_msg: text(ast.get("msg")),
                ast_lineno: position(ast.get("lineno")),
                ast_offset: position(ast.get("offset")),
                ast_end_lineno: position(ast.get("end_lineno")),
                ast_end_offset: position(ast.get("end_offset")),
                run_stderr: text(run.get("stderr")),
                run_status: run.get("status").and_then(Json::as_i64).unwrap_or(-1),
                name,
            }
        })
        .collect()
}

/// Compares outcomes against the committed list of known failures `list_file` and panics on a
/// regression or on unrecorded progress. `failures` maps each failing case to a description.
/// Prints `N/M match exactly` either way.
pub fn ratchet(what: &str, list_file: &Path, total: usize, failures: &BTreeMap<String, String>) {
    let passing = total - failures.len();
    println!("{what}: {passing}/{total} match exactly");
    if std::env::var_os("PYVM_UPDATE_KNOWN_FAILURES").is_some_and(|v| v == "1") {
        let mut text = String::from(
            "# Corpus cases that do not match CPython yet (one file name a line).\n\
             # Regenerate with PYVM_UPDATE_KNOWN_FAILURES=1 cargo test; never edit to hide a regression.\n",
        );
        for name in failures.keys() {
            text.push_str(name);
            text.push('\n');
        }
        std::fs::write(list_file, text).unwrap_or_else(|e| panic!("{}: {e}", list_file.display()));
        println!(
            "rewrote {} ({} entries)",
            list_file.display(),
            failures.len()
        );
        return;
    }
    let listed: Vec<String> = std::fs::read_to_string(list_file)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut report = String::new();
    let regressions: Vec<&String> = failures.keys().filter(|n| !listed.contains(n)).collect();
    let progress: Vec<&String> = listed
        .iter()
        .filter(|n| !failures.contains_key(*n))
        .collect();
    for name in &regressions {
        let _ = writeln!(report, "NEW FAILURE {name}: {}", failures[*name]);
    }
    for name in &progress {
        let _ = writeln!(report, "NOW PASSES (remove from the list) {name}");
    }
    // A taste of what is still wrong, to work from (all of it with `PYVM_SHOW_ALL_FAILURES=1`).
    let shown = if std::env::var_os("PYVM_SHOW_ALL_FAILURES").is_some_and(|v| v == "1") {
        usize::MAX
    } else {
        15
    };
    for (name, why) in failures
        .iter()
        .filter(|(n, _)| listed.contains(n))
        .take(shown)
    {
        println!("known failure {name}: {why}");
    }
    assert!(
        regressions.is_empty() && progress.is_empty(),
        "{what}: the known-failures list {} is out of date \
         (rerun with PYVM_UPDATE_KNOWN_FAILURES=1 once the change is intended):\n{report}",
        list_file.display()
    );
}
