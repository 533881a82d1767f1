//! The stream of CPython's `tokenize` module (`python -m tokenize`).
//!
//! CPython 3.12's `tokenize` runs the C tokenizer with `extra_tokens=True`: the same tokens
//! as the parser's, plus COMMENT and NL, with positions in characters and a few quirks
//! reproduced here: DEDENTs and ENDMARKER at end of file sit on the line after the last one,
//! a NEWLINE or NL the tokenizer had to invent for a last line without newline has the empty
//! string and ends one column further, and f-string literal text is split at `{{`/`}}` (the
//! piece keeps the first brace, the second belongs to no token).

use std::borrow::Cow;

use crate::decode::{decode_with, detect, DecodeError};
use crate::error::{line_col, LexError, LexErrorKind};
use crate::layout::{Kind, Scanner};
use crate::line_index::LineIndex;

/// One token as `tokenize.TokenInfo` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenInfo<'s> {
    /// The token type name (`NAME`, `OP`, `NL`, ...).
    pub type_name: &'static str,
    /// The exact type name (`LPAR`, `PLUSEQUAL`, ...; equal to `type_name` except for
    /// operators).
    pub exact_type_name: &'static str,
    pub string: &'s str,
    /// `(line, column)`, 1-based line, 0-based column in characters.
    pub start: (u32, u32),
    pub end: (u32, u32),
}

impl TokenInfo<'_> {
    /// The line `python -m tokenize` prints: `"%-20s%-15s%-15r" % (range, name, string)`.
    pub fn display(&self, exact: bool) -> String {
        let range = format!(
            "{},{}-{},{}:",
            self.start.0, self.start.1, self.end.0, self.end.1
        );
        let name = if exact {
            self.exact_type_name
        } else {
            self.type_name
        };
        format!("{range:<20}{name:<15}{:<15}", py_repr_str(self.string))
    }
}

/// Why `tokenize` stopped, with the position `python -m tokenize` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenizeError {
    /// A tokenizer error, printed as `FILE:LINE:COL: error: MESSAGE`.
    Located {
        message: String,
        line: u32,
        col: i64,
    },
    /// An encoding problem, printed as `FILE: error: MESSAGE`.
    Unlocated { message: String },
}

impl TokenizeError {
    /// What `python -m tokenize FILE` writes to stderr (without the newline).
    pub fn display(&self, filename: &str) -> String {
        match self {
            TokenizeError::Located { message, line, col } => {
                format!("{filename}:{line}:{col}: error: {message}")
            }
            TokenizeError::Unlocated { message } => format!("{filename}: error: {message}"),
        }
    }
}

/// Detects the encoding of a file as `tokenize.tokenize` does and decodes it (invalid bytes
/// become U+FFFD, as the C tokenizer decodes them for `tokenize`). Returns the ENCODING
/// token's string and the text. `filename` appears in the messages.
pub fn decode_for_tokenize<'b>(
    bytes: &'b [u8],
    filename: &str,
) -> Result<(String, Cow<'b, str>), TokenizeError> {
    let name = py_repr_str(filename);
    let d = detect(bytes).map_err(|e| TokenizeError::Unlocated {
        message: match e {
            DecodeError::UnknownEncoding(enc) => format!("unknown encoding for {name}: {enc}"),
            DecodeError::BomWithEncoding(_) => format!("encoding problem for {name}: utf-8"),
            _ => format!("invalid or missing encoding declaration for {name}"),
        },
    })?;
    let body = if d.bom {
        bytes.get(3..).unwrap_or_default()
    } else {
        bytes
    };
    let text = decode_with(body, &d, true).map_err(|e| TokenizeError::Unlocated {
        message: e.message(filename),
    })?;
    let encoding = if d.name == "utf-8-sig" {
        "utf-8".to_string()
    } else {
        d.name
    };
    Ok((encoding, text))
}

/// The tokens of `source` as `tokenize.generate_tokens` yields them (no ENCODING token).
pub fn tokenize(source: &str) -> Result<Vec<TokenInfo<'_>>, TokenizeError> {
    tokenize_with_warnings(source).0
}

/// [`tokenize`], plus the warning lines CPython prints to stderr while tokenizing
/// (`<string>:LINE: SyntaxWarning: MESSAGE`, each location and message once).
pub fn tokenize_with_warnings(
    source: &str,
) -> (Result<Vec<TokenInfo<'_>>, TokenizeError>, Vec<String>) {
    let mut scanner = Scanner::new(source, true);
    let result = tokens(source, &mut scanner);
    let mut lines: Vec<String> = Vec::new();
    for w in &scanner.warnings {
        let line = line_col(source, w.offset as usize).0;
        let text = format!("<string>:{line}: SyntaxWarning: {}", w.message);
        if !lines.contains(&text) {
            lines.push(text);
        }
    }
    (result, lines)
}

fn tokens<'s>(
    source: &'s str,
    scanner: &mut Scanner<'s>,
) -> Result<Vec<TokenInfo<'s>>, TokenizeError> {
    let index = LineIndex::new(source);
    let len = source.len() as u32;
    let ends_with_newline = source.ends_with(['\n', '\r']);
    let lines = index.line_count() as u32 - u32::from(source.is_empty() || ends_with_newline);
    let trailing = (lines + 1, 0);
    let pos = |offset: u32| {
        let (l, c) = index.line_col_chars(source, offset);
        (l, c)
    };
    let text = |s: u32, e: u32| source.get(s as usize..e as usize).unwrap_or("");
    let mut out = Vec::new();
    while let Some(t) = scanner.next_token() {
        let t = t.map_err(|e| tokenize_error(source, &e))?;
        let (s, e) = (t.start, t.end);
        let (type_name, exact) = match t.kind {
            Kind::Name => ("NAME", "NAME"),
            Kind::Number(_) => ("NUMBER", "NUMBER"),
            Kind::String => ("STRING", "STRING"),
            Kind::FStringStart => ("FSTRING_START", "FSTRING_START"),
            Kind::FStringMiddle { .. } => ("FSTRING_MIDDLE", "FSTRING_MIDDLE"),
            Kind::FStringEnd => ("FSTRING_END", "FSTRING_END"),
            Kind::Op(op) => ("OP", op.exact_name()),
            Kind::Unknown => ("OP", "OP"),
            Kind::Comment { .. } => ("COMMENT", "COMMENT"),
            Kind::Nl { .. } => ("NL", "NL"),
            Kind::Newline => ("NEWLINE", "NEWLINE"),
            Kind::Indent => ("INDENT", "INDENT"),
            Kind::Dedent => ("DEDENT", "DEDENT"),
            Kind::EndMarker => ("ENDMARKER", "ENDMARKER"),
        };
        let (start, end) = match t.kind {
            Kind::EndMarker => (trailing, trailing),
            Kind::Dedent if s == len => (trailing, trailing),
            Kind::Nl { .. } | Kind::Newline if s == e => {
                // The newline CPython appended to a last line without one.
                let p = pos(s);
                (p, (p.0, p.1 + 1))
            }
            Kind::Nl { .. } | Kind::Newline => {
                // Ends on its own line, after its `\n` or `\r\n`.
                let p = pos(s);
                (p, (p.0, p.1 + text(s, e).chars().count() as u32))
            }
            Kind::String | Kind::FStringMiddle { .. } => {
                let (start, mut end) = (pos(s), pos(e));
                if end.0 != start.0 {
                    end.1 = multi_line_end_col(source, &index, start.0, end.0, e);
                }
                (start, end)
            }
            _ => (pos(s), pos(e)),
        };
        out.push(TokenInfo {
            type_name,
            exact_type_name: exact,
            string: text(s, e),
            start,
            end,
        });
    }
    Ok(out)
}

/// CPython 3.12's end column of a string spanning lines: it converts the end's byte column
/// to characters against the text of the string's *first* line (and the lines after it), so
/// non-ASCII text there shifts the column. Reproduced as is.
fn multi_line_end_col(source: &str, index: &LineIndex, first: u32, last: u32, end: u32) -> u32 {
    let first_start = index.line_start(first) as usize;
    let bytes = end.saturating_sub(index.line_start(last)) as usize;
    let text = source.as_bytes().get(first_start..).unwrap_or_default();
    let prefix = text.get(..bytes.min(text.len())).unwrap_or_default();
    String::from_utf8_lossy(prefix).chars().count() as u32
}

/// The position and message `python -m tokenize` reports for a tokenizer error.
fn tokenize_error(source: &str, e: &LexError) -> TokenizeError {
    use LexErrorKind::*;
    let (line, col) = match e.kind {
        InconsistentTabs | UnindentMismatch | TooDeepIndentation | LineContinuation => {
            // The length in characters of CPython's line buffer: from where it started to
            // the end of the current line.
            let from = (e.line_buffer as usize).min(e.start as usize);
            let rest = source.get(e.start as usize..).unwrap_or("");
            let line_end = e.start as usize + rest.find('\n').map_or(rest.len(), |i| i + 1);
            let buffer = source.get(from..line_end).unwrap_or("");
            let implicit = i64::from(!buffer.ends_with('\n'));
            (
                line_col(source, e.start as usize).0,
                buffer.chars().count() as i64 + implicit,
            )
        }
        EofInMultiLineStatement => {
            // Here CPython counts bytes, from the start of its line buffer (`start`, or the
            // end when the buffer was emptied before reading the end of file).
            let last = line_col(source, source.len().saturating_sub(1)).0;
            let buffer = source.get(e.start as usize..).unwrap_or("");
            let implicit = i64::from(!buffer.is_empty() && !buffer.ends_with(['\n', '\r']));
            (last, buffer.len() as i64 + implicit)
        }
        NullByte => (line_col(source, e.start as usize).0, 0),
        _ => {
            let loc = e.location(source);
            (loc.lineno, loc.offset)
        }
    };
    let mut message = e.message();
    if message.contains("unterminated triple-quoted string literal") {
        message = "EOF in multi-line string".into();
    }
    TokenizeError::Located { message, line, col }
}

/// Python's `repr()` of a `str`: the quote choice and escapes of CPython's
/// `unicode_repr`.
pub fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() || crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::{py_repr_str, tokenize};

    fn lines(src: &str) -> Vec<String> {
        tokenize(src)
            .unwrap()
            .iter()
            .map(|t| t.display(true).trim_end().to_string())
            .collect()
    }

    #[test]
    fn repr_matches_python() {
        assert_eq!(py_repr_str("a'b"), "\"a'b\"");
        assert_eq!(py_repr_str("a'\"b"), "'a\\'\"b'");
        assert_eq!(py_repr_str("\\\n\t\r\x00\x7f"), "'\\\\\\n\\t\\r\\x00\\x7f'");
        assert_eq!(
            py_repr_str("é€\u{a0}\u{200b}\u{10ffff}"),
            "'é€\\xa0\\u200b\\U0010ffff'"
        );
    }

    #[test]
    fn quirks_of_the_last_line() {
        assert_eq!(
            lines("def f():\n    pass\n    # x"),
            [
                "1,0-1,3:            NAME           'def'",
                "1,4-1,5:            NAME           'f'",
                "1,5-1,6:            LPAR           '('",
                "1,6-1,7:            RPAR           ')'",
                "1,7-1,8:            COLON          ':'",
                "1,8-1,9:            NEWLINE        '\\n'",
                "2,0-2,4:            INDENT         '    '",
                "2,4-2,8:            NAME           'pass'",
                "2,8-2,9:            NEWLINE        '\\n'",
                "3,4-3,7:            COMMENT        '# x'",
                "3,7-3,8:            NL             ''",
                "4,0-4,0:            DEDENT         ''",
                "4,0-4,0:            ENDMARKER      ''",
            ]
        );
    }
}
